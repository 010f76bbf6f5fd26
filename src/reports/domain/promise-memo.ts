/**
 * Promised values by key, made once and shared by everyone who asks while they
 * are made or after. Bounded: the least recently asked goes first. A promise
 * that fails is not kept, so the next ask makes it again.
 */
export class PromiseMemo<Value> {
  private readonly values = new Map<string, Promise<Value>>();

  constructor(private readonly capacity: number) {}

  get(key: string, make: () => Promise<Value>): Promise<Value> {
    const known = this.values.get(key);
    if (known) {
      this.values.delete(key);
      this.values.set(key, known);
      return known;
    }
    const made = make();
    this.values.set(key, made);
    made.catch(() => {
      if (this.values.get(key) === made) this.values.delete(key);
    });
    if (this.values.size > this.capacity) this.values.delete(this.values.keys().next().value as string);
    return made;
  }
}

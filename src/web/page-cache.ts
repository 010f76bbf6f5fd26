/**
 * Rendered pages by what they were asked for, valid while the read models
 * stay at one checkpoint. At a million events the dashboard and a län page
 * take 120 ms to read and render, and every visitor between two writes would
 * get the same bytes. Bounded by size (a län page at a million events is
 * 1.7 MB): when full it starts over rather than track recency.
 */
export class PageCache {
  private readonly pages = new Map<string, string>();
  private chars = 0;
  private checkpoint: number | null | undefined;

  constructor(private readonly capacityChars = 32 * 2 ** 20) {}

  get(key: string, checkpoint: number | null): string | undefined {
    if (checkpoint !== this.checkpoint) return undefined;
    return this.pages.get(key);
  }

  set(key: string, checkpoint: number | null, html: string): void {
    if (checkpoint !== this.checkpoint || this.chars + html.length > this.capacityChars) {
      this.pages.clear();
      this.chars = 0;
      this.checkpoint = checkpoint;
    }
    if (html.length > this.capacityChars) return;
    this.chars += html.length - (this.pages.get(key)?.length ?? 0);
    this.pages.set(key, html);
  }
}

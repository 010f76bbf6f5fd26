/**
 * Drawn charts by what they draw. Vega takes tens of milliseconds a chart and
 * a report draws several, while the indicators behind them change only when
 * a decision lands in the range: reports made in between reuse the SVG.
 * Vega's output is the same for the same input (render-svg renumbers its ids),
 * so reuse never changes a page. Bounded: the oldest drawing goes first.
 */
export class ChartMemo {
  private readonly svgs = new Map<string, Promise<string>>();

  constructor(private readonly capacity = 64) {}

  draw<Input>(input: Input, render: (input: Input) => Promise<string>): Promise<string> {
    const key = JSON.stringify(input);
    const known = this.svgs.get(key);
    if (known) {
      this.svgs.delete(key);
      this.svgs.set(key, known);
      return known;
    }
    const drawn = render(input);
    this.svgs.set(key, drawn);
    // A failed drawing is not kept: the next report tries again.
    drawn.catch(() => {
      if (this.svgs.get(key) === drawn) this.svgs.delete(key);
    });
    if (this.svgs.size > this.capacity) this.svgs.delete(this.svgs.keys().next().value as string);
    return drawn;
  }
}

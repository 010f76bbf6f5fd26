import { PromiseMemo } from './promise-memo.js';

/**
 * Drawn charts by what they draw. Vega takes tens of milliseconds a chart and
 * a report draws several, while the indicators behind them change only when
 * a decision lands in the range: reports made in between reuse the SVG.
 * Vega's output is the same for the same input (render-svg renumbers its ids),
 * so reuse never changes a page. Bounded: the oldest drawing goes first.
 */
export class ChartMemo {
  private readonly svgs: PromiseMemo<string>;

  constructor(capacity = 64) {
    this.svgs = new PromiseMemo(capacity);
  }

  draw<Input>(input: Input, render: (input: Input) => Promise<string>): Promise<string> {
    return this.svgs.get(JSON.stringify(input), () => render(input));
  }
}

/**
 * Rendered charts by their input. Vega takes tens of milliseconds per chart
 * and a live page is fetched again after every decision, while most charts
 * have not changed; the same input always renders the same SVG.
 */
export class ChartCache {
  private readonly charts = new Map<string, Promise<string>>();

  constructor(private readonly limit = 500) {}

  render<Input>(input: Input, draw: (input: Input) => Promise<string>): Promise<string> {
    const key = JSON.stringify(input);
    let chart = this.charts.get(key);
    if (!chart) {
      if (this.charts.size >= this.limit) this.charts.clear();
      chart = draw(input);
      this.charts.set(key, chart);
      chart.catch(() => this.charts.delete(key));
    }
    return chart;
  }
}

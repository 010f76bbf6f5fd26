import type { TopLevelSpec } from 'vega-lite';
import { renderVegaLiteSvg, type RenderOptions } from './render-svg.js';

/** One year of one indicator. `low`..`high` is the certain..possible range where dates are imprecise. */
export interface LinePoint {
  readonly year: number;
  readonly value: number | null;
  readonly low?: number | null;
  readonly high?: number | null;
}

export interface LineSeries {
  readonly id: string;
  /** Legend text, e.g. "Län med beslutad länsgemensam målbild". */
  readonly label: string;
  readonly points: readonly LinePoint[];
}

export interface LineChartInput {
  /** Prefix for the SVG's ids; unique on the page that inlines it. */
  readonly id: string;
  readonly title: string;
  readonly subtitle?: string;
  /** Read by screen readers; defaults to a sentence naming the lines and years. */
  readonly description?: string;
  /** `share`: values are fractions 0..1 drawn as percent; `count`: whole numbers. */
  readonly unit: 'share' | 'count';
  readonly yTitle: string;
  /** Every year on the x axis, including years without data. */
  readonly years: readonly number[];
  readonly series: readonly LineSeries[];
  readonly width?: number;
  readonly height?: number;
}

const RANGE_NOTE = 'Lodräta streck visar spannet från säkert till möjligt värde när beslutsdatum är oprecisa.';

function rows(series: readonly LineSeries[]) {
  return series.flatMap((s) =>
    s.points.map((p) => {
      const low = p.low ?? p.value;
      const high = p.high ?? p.value;
      return { serie: s.label, year: p.year, value: p.value, low, high, ranged: low !== null && high !== null && low !== high };
    }),
  );
}

/** Shares start at zero and end at the first of 10, 25, 50 or 100 % above every value, so small shares still show their change. */
function shareCeiling(data: readonly { high: number | null }[]): number {
  const top = Math.max(0, ...data.map((r) => r.high ?? 0));
  return [0.1, 0.25, 0.5, 1].find((ceiling) => top <= ceiling) ?? 1;
}

function defaultDescription(input: LineChartInput): string {
  const first = input.years[0];
  const last = input.years[input.years.length - 1];
  const lines = input.series.map((s) => s.label).join('; ');
  return `Linjediagram med ${input.series.length} ${input.series.length === 1 ? 'linje' : 'linjer'}, en per indikator, för åren ${first}–${last}: ${lines}.`;
}

/** A line per indicator across years, with the certain..possible range as error bars where there is one. */
export async function renderLineChart(input: LineChartInput, options: RenderOptions = {}): Promise<string> {
  const data = rows(input.series);
  const hasRanges = data.some((r) => r.ranged);
  const yAxis =
    input.unit === 'share'
      ? { title: input.yTitle, format: '.0%', tickCount: 5 }
      : { title: input.yTitle, format: 'd', tickMinStep: 1 };
  const yScale = input.unit === 'share' ? { domain: [0, shareCeiling(data)] } : { zero: true, nice: true };
  const color = {
    field: 'serie',
    type: 'nominal',
    title: null,
    scale: { domain: input.series.map((s) => s.label) },
    legend: { orient: 'bottom', direction: 'vertical', columns: 1, labelLimit: 560, symbolType: 'stroke' },
  } as const;
  const x = {
    field: 'year',
    type: 'ordinal',
    title: 'År',
    scale: { domain: [...input.years] },
    axis: { labelAngle: 0 },
  } as const;
  const subtitle = [input.subtitle, hasRanges ? RANGE_NOTE : undefined].filter((t): t is string => Boolean(t));
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: input.title, subtitle: subtitle.length > 0 ? subtitle : undefined, anchor: 'start' },
    width: input.width ?? 560,
    height: input.height ?? 260,
    data: { values: data },
    encoding: { x, color },
    layer: [
      {
        mark: { type: 'line', point: { filled: true, size: 40 }, strokeWidth: 2 },
        encoding: { y: { field: 'value', type: 'quantitative', scale: yScale, axis: yAxis } },
      },
      ...(hasRanges
        ? [
            {
              transform: [{ filter: 'datum.ranged' }],
              mark: { type: 'rule', strokeWidth: 3, opacity: 0.6, strokeCap: 'round' },
              encoding: { y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' } },
            },
          ]
        : []),
    ],
    config: { font: 'Helvetica, Arial, sans-serif', view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 12 } },
  } as TopLevelSpec;
  return renderVegaLiteSvg(spec, { id: input.id, title: input.title, description: input.description ?? defaultDescription(input) }, options);
}

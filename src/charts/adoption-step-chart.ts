import type { TopLevelSpec } from 'vega-lite';
import { renderVegaLiteSvg, type RenderOptions } from './render-svg.js';
import { formatSwedishDay, utcDay } from './swedish-day.js';

/** One party's adoption; `earliest` = `latest` when the decision day is known, a span when only month or season is. */
export interface StepAdoption {
  readonly partyName: string;
  /** ISO day. */
  readonly earliest: string;
  /** ISO day. */
  readonly latest: string;
}

export interface AdoptionStepInput {
  readonly id: string;
  readonly planTitle: string;
  /** Parties that must adopt for the plan to be fully adopted. */
  readonly expected: number;
  readonly adoptions: readonly StepAdoption[];
  readonly title?: string;
  readonly description?: string;
  readonly width?: number;
  readonly height?: number;
}

interface Step {
  readonly serie: string;
  readonly day: string;
  readonly t: number;
  readonly count: number;
}

const CERTAIN = 'Antagna (säkert datum)';
const POSSIBLE = 'Möjligen antagna (oprecist datum)';

function cumulative(serie: string, days: readonly string[]): Step[] {
  const perDay = new Map<string, number>();
  for (const day of days) perDay.set(day, (perDay.get(day) ?? 0) + 1);
  let count = 0;
  return [...perDay.keys()].sort().map((day) => {
    count += perDay.get(day) ?? 0;
    return { serie, day, t: utcDay(day), count };
  });
}

/** Days on which the count of adopted parties is certain (latest) and possible (earliest). */
export function adoptionSteps(adoptions: readonly StepAdoption[]): { certain: Step[]; possible: Step[] } {
  const imprecise = adoptions.some((a) => a.earliest !== a.latest);
  const certain = cumulative(imprecise ? CERTAIN : 'Antagna parter', adoptions.map((a) => a.latest));
  return { certain, possible: imprecise ? cumulative(POSSIBLE, adoptions.map((a) => a.earliest)) : [] };
}

function summary(input: AdoptionStepInput, certain: readonly Step[]): string {
  const last = certain[certain.length - 1];
  if (!last) return `Ingen av ${input.expected} parter har antagit planen.`;
  const verb = last.count >= input.expected ? 'Fullt antagen' : 'Senaste antagande';
  return `${last.count} av ${input.expected} parter. ${verb} ${formatSwedishDay(last.day)}.`;
}

/** Cumulative adopted parties over decision days, as a step curve, with a rule at the expected total. */
export async function renderAdoptionStepChart(input: AdoptionStepInput, options: RenderOptions = {}): Promise<string> {
  const { certain, possible } = adoptionSteps(input.adoptions);
  const steps = [...certain, ...possible];
  const last = certain[certain.length - 1];
  const title = input.title ?? `${input.planTitle} – antagna parter över tid`;
  const subtitle = summary(input, certain);
  const series = [...new Set(steps.map((s) => s.serie))];
  const legend = series.length > 1 ? { orient: 'bottom', labelLimit: 400, symbolType: 'stroke' } : null;
  const x = { field: 't', type: 'temporal', title: 'Beslutsdag', scale: { type: 'utc' }, axis: { format: '%-d %b %Y', labelAngle: 0, tickCount: 6 } } as const;
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, subtitle, anchor: 'start' },
    width: input.width ?? 560,
    height: input.height ?? 240,
    layer: [
      {
        data: { values: steps },
        mark: { type: 'line', interpolate: 'step-after', point: { filled: true, size: 30 }, strokeWidth: 2 },
        encoding: {
          x,
          y: {
            field: 'count',
            type: 'quantitative',
            title: 'Antal parter som antagit',
            scale: { domain: [0, Math.max(input.expected, last?.count ?? 0)], nice: false },
            axis: { format: 'd', tickMinStep: 1 },
          },
          color: { field: 'serie', type: 'nominal', title: null, scale: { domain: series }, legend },
          strokeDash: { field: 'serie', type: 'nominal', title: null, scale: { domain: series, range: [[1, 0], [5, 3]] }, legend },
        },
      },
      {
        data: { values: [{ expected: input.expected, label: `Samtliga ${input.expected} parter` }] },
        layer: [
          { mark: { type: 'rule', strokeDash: [2, 2], color: '#555' }, encoding: { y: { field: 'expected', type: 'quantitative' } } },
          {
            mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 4, dy: -3, x: 0, color: '#333', fontSize: 11 },
            encoding: { y: { field: 'expected', type: 'quantitative' }, text: { field: 'label' } },
          },
        ],
      },
      ...(last
        ? [
            {
              data: { values: [{ ...last, label: `${last.count} av ${input.expected}, ${formatSwedishDay(last.day)}` }] },
              mark: { type: 'text', align: 'right', baseline: 'bottom', dy: -3, dx: -2, fontSize: 11, fontWeight: 'bold' },
              encoding: { x, y: { field: 'count', type: 'quantitative' }, text: { field: 'label' } },
            },
          ]
        : []),
    ],
    config: { font: 'Helvetica, Arial, sans-serif', view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 12 } },
  } as TopLevelSpec;
  const description =
    input.description ??
    `Stegkurva över hur många av planens ${input.expected} parter som antagit ${input.planTitle}, dag för dag. ${subtitle}`;
  return renderVegaLiteSvg(spec, { id: input.id, title, description }, options);
}

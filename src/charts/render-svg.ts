import type { LoggerInterface } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { SWEDISH_LOCALE } from './swedish-locale.js';

/** What a screen reader announces for a chart, and the prefix that keeps its SVG ids unique on a page. */
export interface ChartLabel {
  /** Becomes the prefix of every id inside the SVG; letters, digits, `-` and `_`. */
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const safeId = (id: string) => {
  const cleaned = id.replace(/[^A-Za-z0-9_-]/g, '-');
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `chart-${cleaned}`;
};

/**
 * Vega numbers clip paths and gradients from process-wide counters, so the
 * same chart rendered twice would differ and two charts inlined in one page
 * could collide. Renumber them per chart, in order of appearance.
 */
function renumberDefinitions(svg: string, prefix: string): string {
  const renamed = new Map<string, string>();
  const rename = (old: string) => {
    let next = renamed.get(old);
    if (next === undefined) {
      next = `${prefix}-def${renamed.size + 1}`;
      renamed.set(old, next);
    }
    return next;
  };
  return svg
    .replace(/id="((?:p_)?(?:clip|gradient_)\d+)"/g, (_m, old: string) => `id="${rename(old)}"`)
    .replace(/url\(#((?:p_)?(?:clip|gradient_)\d+)\)/g, (_m, old: string) => `url(#${rename(old)})`);
}

function labelled(svg: string, label: ChartLabel, prefix: string): string {
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  return svg.replace(
    /^<svg([^>]*)>/,
    `<svg$1 id="${prefix}" role="img" aria-labelledby="${titleId} ${descId}">` +
      `<title id="${titleId}">${escapeXml(label.title)}</title><desc id="${descId}">${escapeXml(label.description)}</desc>`,
  );
}

export interface RenderOptions {
  /** Receives vega's and vega-lite's warnings, which would otherwise go to the console. */
  readonly onWarning?: (message: string) => void;
}

/**
 * Vega and vega-lite are loaded when the first chart is drawn, not while the
 * service starts: loading them took ~170 ms of a ~1.2 s start before the
 * catch-up with the log could begin.
 */
let vega: Promise<[typeof import('vega'), typeof import('vega-lite')]> | null = null;
// One after the other: they share modules, and jest's ESM loader fails on two imports linking the same module at once.
const loadVega = () => (vega ??= import('vega').then(async (v) => [v, await import('vega-lite')]));

function quietLogger(level: number, onWarning: ((message: string) => void) | undefined, errors: string[]): LoggerInterface {
  const logger: LoggerInterface = {
    level: () => level,
    error: (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      return logger;
    },
    warn: (...args: unknown[]) => {
      onWarning?.(args.map(String).join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/** Compiles a vega-lite spec and renders it to a standalone SVG string, headless and deterministic. */
export async function renderVegaLiteSvg(spec: TopLevelSpec, label: ChartLabel, options: RenderOptions = {}): Promise<string> {
  const [{ parse, View, Warn }, { compile }] = await loadVega();
  const errors: string[] = [];
  const logger = quietLogger(Warn, options.onWarning, errors);
  const withLocale = { ...spec, config: { ...spec.config, locale: SWEDISH_LOCALE } } as TopLevelSpec;
  const view = new View(parse(compile(withLocale, { logger }).spec), { renderer: 'none', logger, logLevel: Warn });
  try {
    const svg = await view.toSVG();
    if (errors.length > 0) throw new Error(`Diagrammet ${label.id} kunde inte ritas: ${errors.join('; ')}`);
    const prefix = safeId(label.id);
    return labelled(renumberDefinitions(svg, prefix), label, prefix);
  } finally {
    view.finalize();
  }
}

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { ratio, type Measurement } from './measurement.js';

const format = (value: number | null | undefined): string => {
  if (value === null || value === undefined) return '–';
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en-US');
  return String(Math.round(value * 100) / 100);
};

const verdict = (m: Measurement): string => (m.target ? `${m.target.text} ${m.target.met === null ? '?' : m.target.met ? 'MET' : 'MISSED'}` : '');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The table for one size: our figure, the raw limit and the peer, with the ratios the targets are stated in. */
export function resultsTable(size: string, measurements: readonly Measurement[]): string {
  const rows = measurements.map((m) => [
    m.name,
    m.unit,
    format(m.ours),
    format(m.limit),
    format(ratio(m.ours, m.limit)),
    format(m.peer),
    format(ratio(m.ours, m.peer)),
    m.sample === undefined ? '' : format(m.sample),
    verdict(m),
  ]);
  return `\n## ${size}\n\n${table(['measurement', 'unit', 'ours', 'raw (limit)', 'ours/raw', 'Emmett (peer)', 'ours/Emmett', 'sample', 'target'], rows)}\n${measurements
    .filter((m) => m.note)
    .map((m) => `- ${m.name}: ${m.note}`)
    .join('\n')}\n`;
}

/**
 * How each figure changes from one size to the next (the log grows 10× each
 * step): a rate that holds or a latency that stays flat is what the issue asks.
 */
export function growthTable(bySize: ReadonlyMap<string, readonly Measurement[]>): string {
  const sizes = [...bySize.keys()];
  if (sizes.length < 2) return '';
  const names = [...new Set([...bySize.values()].flatMap((ms) => ms.map((m) => m.name)))];
  const rows = names.map((name) => {
    const values = sizes.map((size) => bySize.get(size)?.find((m) => m.name === name)?.ours ?? null);
    const unit = [...bySize.values()].flatMap((ms) => ms).find((m) => m.name === name)?.unit ?? '';
    const steps = values.slice(1).map((value, index) => `×${format(ratio(value, values[index]))}`);
    return [name, unit, ...values.map(format), steps.join(' ')];
  });
  return `\n## Growth (log ×10 per step)\n\n${table(['measurement', 'unit', ...sizes, 'change per step'], rows)}\n`;
}

/**
 * Writes `<date>-<size>.json`. A run of only some measurements keeps the
 * other figures already written for that size that day, so `--only` can redo
 * one measurement without losing the rest.
 */
export function writeResults(dir: string, size: string, content: { measurements: readonly Measurement[] } & Record<string, unknown>): string {
  mkdirSync(dir, { recursive: true });
  const date = new Date().toISOString().slice(0, 10);
  const file = join(dir, `${date}-${size}.json`);
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version };
  const fresh = new Set(content.measurements.map((m) => m.name));
  const earlier = existsSync(file) ? ((JSON.parse(readFileSync(file, 'utf8')) as { measurements?: Measurement[] }).measurements ?? []) : [];
  const measurements = [...earlier.filter((m) => !fresh.has(m.name)), ...content.measurements];
  writeFileSync(file, `${JSON.stringify({ date, size, machine, ...content, measurements }, null, 2)}\n`);
  return file;
}

import type { KommunRow, LanRow } from './actor.js';

/** The reference files are plain comma-separated values without quoting; a header names the columns. */
function rows(text: string, file: string, expectedHeader: string): string[][] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines[0] !== expectedHeader) {
    throw new Error(`${file}: expected header "${expectedHeader}", found "${lines[0] ?? ''}"`);
  }
  return lines.slice(1).map((line) => line.split(','));
}

export function parseLanCsv(text: string): LanRow[] {
  return rows(text, 'lan.csv', 'county_code,county_name,county_name_short').map(([code, , shortName]) => {
    if (!/^\d{2}$/.test(code) || !shortName) throw new Error(`lan.csv: malformed row for ${code}`);
    return { code, shortName };
  });
}

export function parseKommunCsv(text: string): KommunRow[] {
  return rows(text, 'kommuner.csv', 'municipality_code,municipality_name,municipality_name_short,county_code').map(
    ([code, , shortName, lanCode]) => {
      if (!/^\d{4}$/.test(code) || !shortName || !/^\d{2}$/.test(lanCode)) {
        throw new Error(`kommuner.csv: malformed row for ${code}`);
      }
      return { code, shortName, lanCode };
    },
  );
}

import type { DataQualityFacts } from './report-input.js';
import { formatCount, listInWords } from './swedish.js';

const PRECISION_WORDS = {
  month: (n: number) => `${formatCount(n)} med bara månad`,
  season: (n: number) => `${formatCount(n)} med bara årstid`,
  year: (n: number) => `${formatCount(n)} med bara år`,
} as const;

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

function impreciseNote(facts: DataQualityFacts): string {
  const parts = (['month', 'season', 'year'] as const)
    .filter((precision) => (facts.imprecise[precision] ?? 0) > 0)
    .map((precision) => PRECISION_WORDS[precision](facts.imprecise[precision] ?? 0));
  const total = Object.values(facts.imprecise).reduce((sum, n) => sum + (n ?? 0), 0);
  if (facts.decisions === 0) return 'Rapportens omfång innehåller inga beslut under perioden.';
  if (total === 0) {
    return facts.decisions === 1
      ? 'Beslutet i rapportens omfång har ett exakt beslutsdatum.'
      : `Alla ${formatCount(facts.decisions)} beslut i rapportens omfång har ett exakt beslutsdatum.`;
  }
  return (
    `Av ${plural(facts.decisions, 'beslut', 'beslut')} i rapportens omfång har ${formatCount(total)} ett oprecist datum: ${listInWords(parts)}. ` +
    'Sådana datum avrundas aldrig till en dag; antal vid ett årsskifte som de kan hamna på båda sidor om redovisas som spann från säkert till möjligt.'
  );
}

function undatedNote(undated: number | null): string | null {
  if (undated === null) return null;
  if (undated === 0) return 'Inga uppgifter i den publika datamängden har lämnats utanför för att datum saknas.';
  return (
    `${plural(undated, 'uppgift', 'uppgifter')} i den publika datamängden saknar beslutsdatum i källan och ingår därför inte i rapporten ` +
    '(se DATA-QUALITY.md).'
  );
}

function sourceNote(facts: DataQualityFacts): string {
  const { events, withoutSourceUrl } = facts;
  const tail = 'källans titel och utgivare anges ändå.';
  if (withoutSourceUrl === 0) return 'Alla händelser i rapportens omfång har en källa med webbadress.';
  if (withoutSourceUrl === events) {
    return events === 1 ? `Händelsen i rapportens omfång har en källa utan webbadress; ${tail}` : `Ingen av de ${formatCount(events)} händelserna i rapportens omfång har en källa med webbadress; ${tail}`;
  }
  return `${formatCount(withoutSourceUrl)} av ${formatCount(events)} händelser i rapportens omfång har en källa utan webbadress; ${tail}`;
}

/** The data-quality section in sentences: imprecise dates, undated facts left out, sources without URL. */
export function dataQualityNotes(facts: DataQualityFacts): string[] {
  return [impreciseNote(facts), undatedNote(facts.undatedLeftOut), sourceNote(facts)].filter(
    (note): note is string => note !== null,
  );
}

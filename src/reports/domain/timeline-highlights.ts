import { formatDecisionDate } from '../../web/format.js';
import type { TimelineEntry, TimelineLine, TimelineYearLines } from './report-input.js';
import { formatCount, whenPhrase } from './swedish.js';
import { PHRASES } from './timeline-phrases.js';

export interface TimelineHighlight {
  /** Decision time in words at its recorded precision ("28 mars 2022 – 16 juni 2022", "hösten 2022"). */
  readonly when: string;
  readonly text: string;
  readonly sources: readonly string[];
}

export interface TimelineYear {
  readonly year: number;
  readonly highlights: readonly TimelineHighlight[];
  /** Further events that year not listed, so the list stays readable. */
  readonly more: number;
}

const sourcesOf = (entries: readonly TimelineEntry[]) => [...new Set(entries.flatMap((e) => (e.source ? [e.source.title] : [])))];

/** "28 mars 2022 – 16 juni 2022", or the one date when first and last share it. */
const span = (first: TimelineEntry, last: TimelineEntry) =>
  first.decidedOn.edtf === last.decidedOn.edtf
    ? formatDecisionDate(first.decidedOn.edtf)
    : `${formatDecisionDate(first.decidedOn.edtf)} – ${formatDecisionDate(last.decidedOn.edtf)}`;

function single(entry: TimelineEntry): TimelineHighlight {
  const phrase = PHRASES[entry.type] as (e: TimelineEntry) => string;
  return { when: formatDecisionDate(entry.decidedOn.edtf), text: `${phrase(entry)}.`, sources: sourcesOf([entry]) };
}

/** A publisher's figures of one day as one line: they are listed where they are reconciled. */
function publications(entries: readonly TimelineEntry[]): TimelineHighlight {
  const [first] = entries;
  return {
    when: formatDecisionDate(first.decidedOn.edtf),
    text: `${first.actor ?? 'En myndighet'} publicerade ${formatCount(entries.length)} siffror; de ställs mot liggaren under Avstämning mot publicerade siffror.`,
    sources: sourcesOf(entries),
  };
}

/** A plan's adoptions in one year (in decision order) as one line, saying when the last party made it fully adopted. */
function adoptions(line: TimelineLine): TimelineHighlight {
  const sorted = line.entries;
  const first = sorted[0];
  const last = sorted.reduce((a, b) => (b.decidedOn.latest > a.decidedOn.latest ? b : a));
  const parties =
    line.expected !== null
      ? `${sorted.length === line.expected ? 'samtliga ' : `${formatCount(sorted.length)} av `}${formatCount(line.expected)} parter`
      : `${formatCount(sorted.length)} parter`;
  const text = `${first.subject} antogs av ${parties}${line.fully ? `; fullt antagen ${whenPhrase(last.decidedOn)}` : ''}.`;
  return { when: span(first, last), text, sources: sourcesOf(sorted) };
}

function highlightOf(line: TimelineLine): TimelineHighlight {
  switch (line.kind) {
    case 'single':
      return single(line.entries[0]);
    case 'publications':
      return publications(line.entries);
    case 'adoptions':
      return adoptions(line);
  }
}

/** Highlights per year, in words: one line per decision, a plan's adoptions in a year and a publisher's figures of a day one line each. */
export function timelineHighlights(years: readonly TimelineYearLines[]): TimelineYear[] {
  return years.map((year) => ({ year: year.year, highlights: year.lines.map(highlightOf), more: year.more }));
}

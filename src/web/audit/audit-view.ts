import type { Source } from '../../ledger/domain/vocabulary.js';

/** One event of the log with its metadata, as the audit shows it. */
export interface AuditEventView {
  readonly position: number;
  readonly eventId: string;
  readonly stream: string;
  readonly revision: number;
  readonly type: string;
  readonly recordedAt: string;
  readonly principal: string;
  readonly source: Source | null;
  readonly correlationId: string;
  readonly causationId: string;
  readonly hash: string;
  readonly previousHash: string | null;
  readonly data: Readonly<Record<string, unknown>>;
}

/** An event of a stream and the corrections and retraction that amend it, side by side. */
export interface StreamHistoryEntry {
  readonly event: AuditEventView;
  readonly amendments: readonly AuditEventView[];
}

export interface StreamHistoryView {
  readonly stream: string;
  /** The plan's or initiative's title, when known. */
  readonly title: string | null;
  readonly entries: readonly StreamHistoryEntry[];
}

export interface ChainProblem {
  readonly stream: string;
  readonly revision: number;
  readonly eventId: string;
  readonly message: string;
}

export interface VerificationView {
  readonly ok: boolean;
  readonly eventsChecked: number;
  readonly streamsChecked: number;
  /** How many links are broken in all; `problems` names the first. */
  readonly brokenLinks: number;
  readonly problems: readonly ChainProblem[];
  /** When the verification last caught up with the log (ISO); null until it first has. */
  readonly checkedAt: string | null;
  /** While it catches up: the position reached and the log's head. */
  readonly pending: { readonly through: number; readonly head: number } | null;
  /** Why the last catch-up stopped short, if it did. */
  readonly interrupted: string | null;
}

export interface AuditFilterView {
  readonly principal: string;
  readonly stream: string;
  readonly type: string;
}

export interface AuditPageView {
  readonly verification: VerificationView;
  readonly events: readonly AuditEventView[];
  readonly total: number;
  readonly filters: AuditFilterView;
  readonly types: readonly string[];
  /** Links to the next older and newer page, when there is one. */
  readonly olderHref: string | null;
  readonly newerHref: string | null;
  readonly history: StreamHistoryView | null;
}

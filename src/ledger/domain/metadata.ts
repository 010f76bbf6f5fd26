import type { Source } from './vocabulary.js';

export const SCHEMA_VERSION = 1;

/** Metadata every ledger event carries (shared/DESIGN.md, Events). */
export interface LedgerMetadata {
  /** Who recorded it: the authenticated principal (`key:<name>`, `import:<file>`, …). */
  readonly principal: string;
  /** Record time: the server clock when the ledger learned it (ISO 8601, UTC). */
  readonly recordedAt: string;
  readonly source: Source;
  readonly correlationId: string;
  readonly causationId: string;
  readonly schemaVersion: number;
  /** SHA-256 (hex) of the previous event of the same stream, canonical JSON; null for the first. */
  readonly previousHash: string | null;
  /** SHA-256 (hex) of this event (id, stream, revision, type, data, metadata without `hash`). */
  readonly hash: string;
  readonly idempotencyKey?: string;
}

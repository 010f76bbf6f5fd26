import type Database from 'better-sqlite3';

export interface Migration {
  /** The `PRAGMA user_version` the schema has once this migration ran. */
  readonly version: number;
  readonly description: string;
  readonly up: (db: Database.Database) => void;
}

/**
 * The schema, one step per version; never edit a step once released, add one.
 *
 * `position` is the rowid, so the global log order is the table's own order and
 * a page read is a range scan. Ids are unique across the store (idempotent
 * re-sends); (stream, revision) is unique so two writers can never both take the
 * same revision, whatever happened to the expected-revision check.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'events: global log with per-stream revisions',
    up: (db) =>
      db.exec(`
        CREATE TABLE events (
          position    INTEGER PRIMARY KEY,
          id          TEXT    NOT NULL,
          stream      TEXT    NOT NULL,
          revision    INTEGER NOT NULL,
          type        TEXT    NOT NULL,
          data        TEXT    NOT NULL,
          metadata    TEXT    NOT NULL,
          recorded_at INTEGER NOT NULL
        ) STRICT;
        CREATE UNIQUE INDEX events_by_id ON events (id);
        CREATE UNIQUE INDEX events_by_stream_revision ON events (stream, revision);
      `),
  },
];

export interface MigrationOutcome {
  readonly from: number;
  readonly to: number;
}

/** Brings the schema up to the last migration; each step commits with its version or not at all. */
export function migrate(db: Database.Database, steps: readonly Migration[] = migrations): MigrationOutcome {
  const from = db.pragma('user_version', { simple: true }) as number;
  const latest = steps.at(-1)?.version ?? 0;
  if (from > latest) {
    throw new Error(
      `Databasens schemaversion ${from} är nyare än den här versionen av programmet kan läsa (högst ${latest})`,
    );
  }
  for (const step of steps) {
    if (step.version <= from) continue;
    db.transaction(() => {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    }).immediate();
  }
  return { from, to: Math.max(from, latest) };
}

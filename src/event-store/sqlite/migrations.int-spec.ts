import Database from 'better-sqlite3';
import { migrate, migrations, type Migration } from './migrations.js';

const version = (db: Database.Database) => db.pragma('user_version', { simple: true });
const tables = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'index') ORDER BY name").pluck().all();

describe('SQLite schema migrations', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
  });
  afterEach(() => db.close());

  it('creates the schema on an empty file and records its version', () => {
    expect(migrate(db)).toEqual({ from: 0, to: migrations.length });
    expect(version(db)).toBe(migrations.length);
    expect(tables(db)).toEqual(['events', 'events_by_id', 'events_by_stream_revision']);
  });

  it('does nothing on a file that is already up to date', () => {
    migrate(db);
    db.prepare("INSERT INTO events VALUES (1, 'id', 'plan-1', 0, 'PlanProposed', '{}', '{}', 0)").run();
    expect(migrate(db)).toEqual({ from: migrations.length, to: migrations.length });
    expect(db.prepare('SELECT COUNT(*) FROM events').pluck().get()).toBe(1);
  });

  it('runs only the steps newer than the file, in order, keeping the data', () => {
    migrate(db);
    db.prepare("INSERT INTO events VALUES (1, 'id', 'plan-1', 0, 'PlanProposed', '{}', '{}', 0)").run();
    const next: Migration = {
      version: migrations.length + 1,
      description: 'test step',
      up: (target) => target.exec('ALTER TABLE events ADD COLUMN note TEXT'),
    };

    expect(migrate(db, [...migrations, next])).toEqual({ from: migrations.length, to: next.version });
    expect(db.prepare('SELECT stream, note FROM events').get()).toEqual({ stream: 'plan-1', note: null });
  });

  it('leaves the file at its old version when a step fails half-way', () => {
    migrate(db);
    const broken: Migration = {
      version: migrations.length + 1,
      description: 'fails after a change',
      up: (target) => {
        target.exec('CREATE TABLE half_done (x INTEGER)');
        target.exec('THIS IS NOT SQL');
      },
    };

    expect(() => migrate(db, [...migrations, broken])).toThrow();
    expect(version(db)).toBe(migrations.length);
    expect(tables(db)).not.toContain('half_done');
  });

  it('refuses a file written by a newer version of the program', () => {
    db.pragma(`user_version = ${migrations.length + 1}`);
    expect(() => migrate(db)).toThrow(/schemaversion/);
  });
});

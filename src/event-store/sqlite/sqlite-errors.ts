import { StoreUnavailableError } from '../event-store.port.js';

/** Codes that say the file cannot be used right now, as opposed to a bug or a conflict. */
const UNAVAILABLE_CODES = ['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_IOERR', 'SQLITE_FULL', 'SQLITE_CANTOPEN', 'SQLITE_READONLY'];

interface SqliteFailure {
  readonly name: string;
  readonly code: string;
  readonly message: string;
}

/**
 * Recognised by shape, not instanceof: the native addon keeps the error class of
 * whichever copy of better-sqlite3 loaded it first, so in a process with several
 * module registries or realms (jest) instanceof fails.
 */
function isSqliteFailure(error: unknown): error is SqliteFailure {
  const candidate = error as Partial<SqliteFailure> | null;
  return typeof candidate === 'object' && candidate?.name === 'SqliteError' && typeof candidate.code === 'string';
}

function isClosedConnection(error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && /database connection is not open/i.test(message);
}

export function toSqliteStoreError(error: unknown): unknown {
  if (isSqliteFailure(error) && UNAVAILABLE_CODES.some((code) => error.code.startsWith(code))) {
    return new StoreUnavailableError(`SQLite-filen går inte att använda just nu (${error.code})`, error);
  }
  if (isClosedConnection(error)) {
    return new StoreUnavailableError('Händelselagret är stängt', error);
  }
  return error;
}

export function isDuplicateIdError(error: unknown): boolean {
  return isSqliteFailure(error) && error.code === 'SQLITE_CONSTRAINT_UNIQUE' && error.message.includes('events.id');
}

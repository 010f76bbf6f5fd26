import { createHash } from 'node:crypto';

/** Namespace of the ledger's name-based ids (a fixed random UUID; changing it would change every derived id). */
export const LEDGER_ID_NAMESPACE = '6f3c1d52-8a47-4f0e-9b6a-2d91c7e5a0b4';

const uuidBytes = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex');

/** RFC 9562 UUID version 5 (SHA-1, name-based): the same name always gives the same id. */
export function uuidV5(name: string, namespace: string = LEDGER_ID_NAMESPACE): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Id of the `index`-th event written by a command carrying an idempotency key.
 * A retried command derives the same ids, finds them in its stream and answers
 * with the first result; the store's idempotent append covers a race between retries.
 */
export function deriveEventId(principal: string, idempotencyKey: string, index: number): string {
  return uuidV5(`event\u0000${principal}\u0000${idempotencyKey}\u0000${index}`);
}

/** A stable id for something else a keyed command creates (a generated plan id, the command's own id). */
export function deriveId(principal: string, idempotencyKey: string, purpose: string): string {
  return uuidV5(`${purpose}\u0000${principal}\u0000${idempotencyKey}`);
}

/**
 * HTTP status of each refusal. The rule: 400 for every invalid request (shape,
 * vocabulary, unknown actor, impossible date, not a party: the request itself
 * is wrong; 422 is not used), 404 when the addressed plan, initiative or event
 * does not exist, 409 when the request conflicts with the current state of the
 * record (a duplicate, a closed plan, an out-of-order step, a stale If-Match),
 * 401/403 for keys and scope, 413 for oversized bodies, 503 when the store
 * cannot be reached.
 */
const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  'AUTH.MISSING_KEY': 401,
  'AUTH.INVALID_KEY': 401,
  'AUTH.FORBIDDEN': 403,
  'AUTH.OUT_OF_SCOPE': 403,
  'PLAN.ALREADY_EXISTS': 409,
  'PLAN.PARTY_ALREADY_ADOPTED': 409,
  'PLAN.WITHDRAWN': 409,
  'PLAN.SUPERSEDED': 409,
  'INITIATIVE.ALREADY_EXISTS': 409,
  'INITIATIVE.TRANSITION_OUT_OF_ORDER': 409,
  'FIGURE.ALREADY_PUBLISHED': 409,
  'RECORD.RETRACTED': 409,
  'RECORD.ALREADY_RETRACTED': 409,
  'RETRACTION.HAS_DEPENDENTS': 409,
  'KEY.NAME_TAKEN': 409,
  'COMMAND.WRONG_REVISION': 409,
  'COMMAND.IDEMPOTENCY_KEY_REUSED': 409,
  'COMMAND.CONCURRENT_CHANGES': 409,
  'REQUEST.TOO_LARGE': 413,
  'REQUEST.UNSUPPORTED_MEDIA_TYPE': 415,
  'STORE.UNAVAILABLE': 503,
};

export function statusOfCode(code: string): number {
  return STATUS_BY_CODE[code] ?? (code.endsWith('.NOT_FOUND') ? 404 : 400);
}

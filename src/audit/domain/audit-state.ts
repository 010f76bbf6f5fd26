/**
 * The audit index: one row per ledger event in compact columns (a million
 * events take about 30 MB), enough to filter and count by stream, principal,
 * type and record time. The events themselves are read back from the store
 * for the page shown, so the audit always shows what is stored.
 */
export interface AuditState {
  count: number;
  positions: Float64Array;
  recordedAt: Float64Array;
  revisions: Uint32Array;
  types: Uint16Array;
  principals: Uint32Array;
  streams: Uint32Array;
  readonly typeNames: string[];
  readonly principalNames: string[];
  readonly streamNames: string[];
  readonly codes: { readonly type: Map<string, number>; readonly principal: Map<string, number>; readonly stream: Map<string, number> };
  lastPosition: number;
}

const INITIAL_CAPACITY = 1024;

export function emptyAudit(): AuditState {
  return {
    count: 0,
    positions: new Float64Array(INITIAL_CAPACITY),
    recordedAt: new Float64Array(INITIAL_CAPACITY),
    revisions: new Uint32Array(INITIAL_CAPACITY),
    types: new Uint16Array(INITIAL_CAPACITY),
    principals: new Uint32Array(INITIAL_CAPACITY),
    streams: new Uint32Array(INITIAL_CAPACITY),
    typeNames: [],
    principalNames: [],
    streamNames: [],
    codes: { type: new Map(), principal: new Map(), stream: new Map() },
    lastPosition: Number.NEGATIVE_INFINITY,
  };
}

export function codeOf(codes: Map<string, number>, names: string[], name: string): number {
  let code = codes.get(name);
  if (code === undefined) {
    code = names.length;
    names.push(name);
    codes.set(name, code);
  }
  return code;
}

function grown<T extends Float64Array | Uint32Array | Uint16Array>(column: T, make: (size: number) => T): T {
  const next = make(column.length * 2);
  next.set(column);
  return next;
}

export function ensureCapacity(state: AuditState): void {
  if (state.count < state.positions.length) return;
  state.positions = grown(state.positions, (n) => new Float64Array(n));
  state.recordedAt = grown(state.recordedAt, (n) => new Float64Array(n));
  state.revisions = grown(state.revisions, (n) => new Uint32Array(n));
  state.types = grown(state.types, (n) => new Uint16Array(n));
  state.principals = grown(state.principals, (n) => new Uint32Array(n));
  state.streams = grown(state.streams, (n) => new Uint32Array(n));
}

import fc from 'fast-check';
import type { RawRequest } from './raw-request.js';

/** One route of the service: its method, path template (`/plans/{planId}`), query parameters and their vocabularies. */
export interface Route {
  readonly method: string;
  readonly path: string;
  readonly query: readonly string[];
  readonly enums: Readonly<Record<string, readonly string[]>>;
  /** Bodies the documentation gives as accepted examples (commands only). */
  readonly examples: readonly Record<string, unknown>[];
}

/** Values that make sense for a parameter of this name, so generated requests reach past the first check. */
export type Plausible = Readonly<Record<string, readonly string[]>>;

const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 40 });
const oddText = fc.constantFrom(
  '',
  ' ',
  '-1',
  '0',
  '1.5',
  '1e400',
  'NaN',
  'Infinity',
  '9'.repeat(40),
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'toString',
  '<script>alert(1)</script>',
  '\u0000',
  'å ä ö',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '2022-02-30',
  '2022-13',
  '2022-25',
  '-2022',
  '99999-01-01',
  'lan:99',
  'kommun:0000',
  'a'.repeat(3000),
);
/** Anything at all where a parameter's value goes. */
export const garbage = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 3, arbitrary: oddText },
  { weight: 2, arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
);
/** Printable ASCII that goes into a path or query string without encoding: broken escapes, separators, dots. */
const rawSegment = fc.constantFrom('..', '.', '%', '%zz', '%2F', '%00', 'a%2Fb', '%E0%A4%A', '~', '*', ';', ':', '@', '!$', "'");
const rawQuerySuffix = fc.oneof(
  { weight: 6, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('&', '&&=', '=x', '%', '%zz', '&asOf', '&minPosition=', ';', '&a[b]=c', '&__proto__=1', '#frag') },
);

const valueFor = (name: string, route: Route, plausible: Plausible) => {
  const known = [...(route.enums[name] ?? []), ...(plausible[name] ?? [])];
  return known.length > 0 ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: garbage }) : garbage;
};

function pathOf(route: Route, plausible: Plausible): fc.Arbitrary<string> {
  const parts = route.path.split(/(\{[^}]+\})/).map((part) => {
    const name = /^\{([^}]+)\}$/.exec(part)?.[1];
    if (!name) return fc.constant(part);
    return fc.oneof({ weight: 6, arbitrary: valueFor(name, route, plausible).map(encodeURIComponent) }, { weight: 1, arbitrary: rawSegment });
  });
  return fc.tuple(...parts).map((segments) => segments.join(''));
}

function queryOf(route: Route, plausible: Plausible): fc.Arbitrary<string> {
  const names = [...route.query, 'asOf', 'minPosition'];
  const pair = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...names).chain((name) => valueFor(name, route, plausible).map((value) => [name, value] as const)) },
    { weight: 1, arbitrary: fc.tuple(garbage, garbage) },
  );
  return fc
    .tuple(fc.array(pair, { maxLength: 4 }), rawQuerySuffix)
    .map(([pairs, suffix]) => {
      const text = pairs.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&') + suffix;
      return text === '' ? '' : `?${text}`;
    });
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'];

/**
 * Requests aimed at one route: its own method mostly (sometimes another),
 * plausible or garbage path parameters, query strings of known and unknown
 * parameters with plausible or garbage values (repeated, badly escaped),
 * any or no key, odd If-Match / Idempotency-Key / Last-Event-ID / Accept /
 * Content-Type headers, and a body of any JSON, of text, or none.
 */
export function requestsFor(route: Route, plausible: Plausible, adminKey: string): fc.Arbitrary<RawRequest> {
  const authorization = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom<string | undefined>(undefined, `Bearer ${adminKey}`) },
    { weight: 1, arbitrary: fc.constantFrom('Bearer oms_okand', 'Bearer ', 'Basic dGVzdDp0ZXN0', adminKey, `bearer ${adminKey}`, `Bearer ${adminKey} extra`) },
  );
  const optionalHeader = (name: string, values: fc.Arbitrary<string>) => fc.option(values.map((value) => [name, value] as const), { nil: undefined });
  const headers = fc
    .tuple(
      authorization,
      optionalHeader('if-match', fc.oneof(printable, fc.constantFrom('"0"', '"1"', 'W/"2"', '*', '"-1"', '"99999999999999999"'))),
      optionalHeader('idempotency-key', printable),
      optionalHeader('x-correlation-id', printable),
      optionalHeader('last-event-id', fc.oneof(printable, fc.nat().map(String))),
      optionalHeader('accept', fc.constantFrom('text/html', 'application/json', 'text/csv', '*/*', 'image/png')),
      fc.constantFrom('application/json', 'application/json', 'text/plain', 'application/json; charset=latin1', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded'),
    )
    .map(([auth, ...optional]) => {
      const contentType = optional.pop() as string;
      const entries = (optional as (readonly [string, string] | undefined)[]).filter((entry) => entry !== undefined);
      return { ...(auth === undefined ? {} : { authorization: auth }), 'content-type': contentType, ...Object.fromEntries(entries) };
    });
  const body = fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 50 }) },
    ...(route.examples.length > 0 ? [{ weight: 4, arbitrary: nearExample(route.examples).map((value) => JSON.stringify(value)) }] : []),
  );
  const method = fc.oneof({ weight: 6, arbitrary: fc.constant(route.method.toUpperCase()) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) });
  return fc.record({ method, path: pathOf(route, plausible), query: queryOf(route, plausible), headers, body }).map(({ method: verb, path, query, headers: sent, body: payload }) => {
    const hasBody = !['GET', 'HEAD'].includes(verb) && payload !== undefined;
    return { method: verb, path: path + query, headers: hasBody ? { ...sent, 'content-length': String(Buffer.byteLength(payload)) } : omit(sent, 'content-type'), body: hasBody ? payload : undefined };
  });
}

/** A documented example as is (accepted, or refused as a repeat), or with one field dropped, replaced by anything, or added. */
function nearExample(examples: readonly Record<string, unknown>[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.constantFrom(...examples).chain((example) => {
    const fields = Object.keys(example);
    return fc.oneof(
      fc.constant(example),
      fc.constantFrom(...fields).map((field) => omit(example, field)),
      fc.tuple(fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 2 })).map(([field, value]) => ({ ...example, [field]: value })),
      fc.tuple(garbage, fc.jsonValue({ maxDepth: 1 })).map(([field, value]) => ({ ...example, [field]: value })),
    );
  });
}

function omit<T>(record: Record<string, T>, name: string): Record<string, T> {
  const { [name]: _omitted, ...rest } = record;
  return rest;
}

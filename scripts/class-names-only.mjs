// esbuild's keepNames gives back the name of every function or class it may
// have renamed by wrapping it in its `__name(target, "name")` helper, which
// defines `name` on the target. On a closure made anew for each call (the
// per-request callbacks of Fastify and Nest, Nest's execution context) that
// replaces a built-in accessor with a data property, which turns the
// closure's hidden class into a dictionary map of its own, allocated in the
// old generation: about 335 bytes per request at a million events, which
// filled the old generation in half a minute of load and brought a full
// collection, about half a second of marking on the main thread.
//
// Names matter for classes (Nest names providers and log contexts by class,
// Swagger its schemas by DTO class), so every target with a prototype (a
// class, a `function`) still gets its name; one without (an arrow, an async
// function) keeps the name V8 gave it, so a closure's stack frame reads as
// anonymous at its place in the bundle.
const HELPER = 'var __name = (target, value) => __defProp(target, "name", { value, configurable: true });';
const CLASSES_ONLY =
  'var __name = (target, value) => target.name === value || target.prototype === void 0 ? target : __defProp(target, "name", { value, configurable: true });';

/** The bundle's code with the helper replaced; how many helpers it replaced (esbuild writes one per chunk that needs it). */
export function withClassNamesOnly(code) {
  const parts = code.split(HELPER);
  return { code: parts.join(CLASSES_ONLY), replaced: parts.length - 1 };
}

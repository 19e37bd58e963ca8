/**
 * The engine's own built-ins, kept while a library loads. pdf.js's legacy build (the one that runs
 * on Node 20 and in older browsers alike) bundles core-js, which replaces for the whole thread the
 * built-ins it finds wanting on an edge case — on V8 `Array.prototype.push`, `JSON.stringify` and
 * `JSON.parse` — with JavaScript versions: after the first PDF, every later document read on that
 * thread (an ingest worker, the browser's import worker) went ~25 % slower. What a library adds
 * (`Promise.withResolvers`, `Set.prototype.union`…) stays; what it replaced is put back.
 */

/** The objects whose functions are put back: the ones core-js patches that the readers use on every cell. */
const INTRINSICS: readonly object[] = [Array.prototype, Array, JSON, Object, String.prototype, String, Number, Math, Promise, Promise.prototype, Map.prototype, Set.prototype, Function.prototype, RegExp.prototype];

type Kept = readonly (readonly [object, PropertyKey, PropertyDescriptor])[];

function ownFunctions(): Kept {
  const kept: [object, PropertyKey, PropertyDescriptor][] = [];
  for (const target of INTRINSICS) {
    for (const key of Reflect.ownKeys(target)) {
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      if (descriptor && typeof descriptor.value === 'function') kept.push([target, key, descriptor]);
    }
  }
  return kept;
}

/** Runs `load` (a dynamic import) and puts back every built-in function it replaced. */
export async function loadKeepingBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const kept = ownFunctions();
  try {
    return await load();
  } finally {
    for (const [target, key, descriptor] of kept) {
      if (Object.getOwnPropertyDescriptor(target, key)?.value !== descriptor.value) Object.defineProperty(target, key, descriptor);
    }
  }
}

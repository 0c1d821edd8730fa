/**
 * Keeps the JavaScript built-ins as they were before pdf.js came. pdf-parse ships pdf.js's legacy
 * build, which carries core-js: when it loads (and again when its worker module loads with the first
 * PDF) it replaces, for the whole process, built-ins it finds wanting with polyfills written in
 * JavaScript. On Node 20 that is `Array.prototype.push` and `JSON.parse`: every `push` of every later
 * check became a call into a polyfill instead of V8's inlined builtin, and a check of 100 kB of text
 * ran about a sixth slower in a process that had read one PDF. What pdf.js adds (methods the engine
 * lacks) stays; what it replaced is put back, until its last module has loaded. Only edge cases
 * (array-likes of 2^32 items, a reviver reading source text) told the two apart, and neither pdf.js
 * nor bla-check reaches them.
 */

type Snapshot = Array<{ owner: object; key: PropertyKey; descriptor: PropertyDescriptor }>;

/** The objects whose methods a polyfill library patches; the global object itself is left alone (Node fills it lazily). */
function intrinsics(): object[] {
  const typedArray = Object.getPrototypeOf(Uint8Array) as object;
  return [
    Object, Object.prototype, Function.prototype, Array, Array.prototype, String, String.prototype,
    Number, Number.prototype, Math, JSON, Reflect, Symbol, Promise, Promise.prototype, RegExp.prototype,
    Map, Map.prototype, Set, Set.prototype, WeakMap.prototype, WeakSet.prototype,
    typedArray, (typedArray as { prototype: object }).prototype, ArrayBuffer, ArrayBuffer.prototype, DataView.prototype,
  ];
}

let kept: Snapshot | undefined;
let settled = false;

/** Remember the built-ins now (once: the first call sees them before any pdf.js code has run). */
export function rememberBuiltins(): void {
  if (kept || settled) return;
  kept = [];
  for (const owner of intrinsics()) {
    for (const key of Reflect.ownKeys(owner)) {
      const descriptor = Object.getOwnPropertyDescriptor(owner, key);
      if (descriptor?.configurable) kept.push({ owner, key, descriptor });
    }
  }
}

/**
 * Put back what was replaced, then stop watching: pdf.js brings its polyfills only with its modules,
 * and once a document has opened they have all loaded. A built-in changed after that is the
 * program's own doing (it may load core-js itself) and is left as it is.
 */
export function settleBuiltins(): void {
  restoreBuiltins();
  kept = undefined;
  settled = true;
}

/** Put back every remembered built-in that has been replaced since; returns how many were. */
export function restoreBuiltins(): number {
  let restored = 0;
  for (const { owner, key, descriptor } of kept ?? []) {
    const now = Object.getOwnPropertyDescriptor(owner, key);
    if (!now || sameSlot(now, descriptor) || !now.configurable) continue;
    Object.defineProperty(owner, key, descriptor);
    restored++;
  }
  return restored;
}

function sameSlot(a: PropertyDescriptor, b: PropertyDescriptor): boolean {
  return Object.is(a.value, b.value) && a.get === b.get && a.set === b.set;
}

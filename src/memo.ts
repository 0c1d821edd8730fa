/** Answers kept per owner (a pack, a condition) and per key, made the first time they are asked: judge and prepare share it. */

/**
 * The value for (`owner`, `key`) in `cache`, made by `make(owner, key)` the first time. `make` takes
 * both as arguments, so a caller on a hot path passes a plain function and allocates nothing per call.
 */
export function keptFor<O extends object, K, V>(cache: WeakMap<O, Map<K, V>>, owner: O, key: K, make: (owner: O, key: K) => V): V {
  let byKey = cache.get(owner);
  if (!byKey) cache.set(owner, (byKey = new Map()));
  let value = byKey.get(key);
  if (value === undefined) byKey.set(key, (value = make(owner, key)));
  return value;
}

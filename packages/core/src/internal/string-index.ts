/**
 * An index of strings: each distinct key gets a dense number, 0, 1, 2… in the order keys are
 * first seen, so that what is kept per key lives in plain arrays beside it.
 *
 * Why not a `Map<string, number>`: ids decoded from a file are fresh strings, and V8 computes a
 * fresh string's hash in its runtime on the first lookup. A MurmurHash3 computed here in
 * JavaScript, kept in a typed array of slots probed linearly, made looking up 440,000 freshly
 * decoded patient ids two to three times faster than a `Map` (measured: bench/, `Kpi` end to end).
 * Keys are compared with `===` after their hashes, so the index is exact: two ids are one key
 * only when they are equal strings.
 *
 * Only an array and typed arrays: an index survives a structured clone (posting to a worker),
 * and its numbers stay valid through it.
 *
 * @since 0.1.0
 * @internal
 */
import { hash32 } from "./hyperloglog.js"

/** @internal */
export interface StringIndex {
  /** The keys, by number. */
  readonly keys: Array<string>
  /**
   * Two numbers per slot (a power of two of slots, at most half used): the key's hash, then its
   * number + 1 (0: an empty slot). Side by side, so that a probe reads one cache line.
   */
  slots: Int32Array
}

/** An empty index. @internal */
export const make = (): StringIndex => ({ keys: [], slots: new Int32Array(32) })

// Doubles the slots, placing each key by its kept hash (no key is hashed again).
const grow = (index: StringIndex): void => {
  const slots = index.slots
  const next = new Int32Array(slots.length * 2)
  const mask = next.length / 2 - 1
  for (let k = 0; k < slots.length; k += 2) {
    const number = slots[k + 1]!
    if (number === 0) continue
    const h = slots[k]!
    let i = h & mask
    while (next[2 * i + 1] !== 0) i = (i + 1) & mask
    next[2 * i] = h
    next[2 * i + 1] = number
  }
  index.slots = next
}

/**
 * The number of `key`, which is added (with the next number, `keys.length` before the call)
 * when the index does not hold it yet.
 *
 * @internal
 */
export const numberOf = (index: StringIndex, key: string): number => {
  const h = hash32(key) | 0
  const slots = index.slots
  const mask = slots.length / 2 - 1
  let i = h & mask
  for (;;) {
    const number = slots[2 * i + 1]!
    if (number === 0) break
    if (slots[2 * i] === h && index.keys[number - 1] === key) return number - 1
    i = (i + 1) & mask
  }
  const n = index.keys.length
  index.keys.push(key)
  slots[2 * i] = h
  slots[2 * i + 1] = n + 1
  if (4 * index.keys.length > slots.length) grow(index)
  return n
}

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
  /** Per slot (a power of two of them, at most half used): the key's hash, then its number + 1 (0: empty). */
  hashes: Int32Array
  slots: Int32Array
}

/** An empty index. @internal */
export const make = (): StringIndex => ({ keys: [], hashes: new Int32Array(16), slots: new Int32Array(16) })

// Doubles the slots, placing each key by its kept hash (no key is hashed again).
const grow = (index: StringIndex): void => {
  const { hashes, slots } = index
  const size = slots.length * 2
  const mask = size - 1
  const nextHashes = new Int32Array(size)
  const nextSlots = new Int32Array(size)
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k]!
    if (slot === 0) continue
    const h = hashes[k]!
    let i = h & mask
    while (nextSlots[i] !== 0) i = (i + 1) & mask
    nextHashes[i] = h
    nextSlots[i] = slot
  }
  index.hashes = nextHashes
  index.slots = nextSlots
}

/**
 * The number of `key`, which is added (with the next number, `keys.length` before the call)
 * when the index does not hold it yet.
 *
 * @internal
 */
export const numberOf = (index: StringIndex, key: string): number => {
  const h = hash32(key) | 0
  const { hashes, slots } = index
  const mask = slots.length - 1
  let i = h & mask
  for (;;) {
    const slot = slots[i]!
    if (slot === 0) break
    if (hashes[i] === h && index.keys[slot - 1] === key) return slot - 1
    i = (i + 1) & mask
  }
  const n = index.keys.length
  index.keys.push(key)
  hashes[i] = h
  slots[i] = n + 1
  if (2 * index.keys.length > slots.length) grow(index)
  return n
}

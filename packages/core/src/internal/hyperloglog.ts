/**
 * HyperLogLog cardinality sketches (Flajolet, Fusy, Gandouet, Meunier 2007): `2^p` registers of
 * one byte each, merged by element-wise maximum, so that counting distinct ids is a commutative
 * monoid in constant memory. Internal: the public surface is `Kpi.uniquePatientsApproximate`.
 *
 * @since 0.1.0
 * @internal
 */

/** @internal */
export const defaultPrecision = 14

/** @internal */
export const minPrecision = 4

/** @internal */
export const maxPrecision = 18

/**
 * The relative standard error of an estimate, `1.04 / √m` with `m = 2^p` registers (0.81 % at
 * p = 14).
 *
 * @internal
 */
export const relativeStandardError = (precision: number): number => 1.04 / Math.sqrt(2 ** precision)

/**
 * Empty registers for a precision. A precision outside 4 to 18 or not an integer is a
 * programming error, not a data error, hence the throw.
 *
 * @internal
 */
export const make = (precision: number = defaultPrecision): Uint8Array => {
  if (!Number.isInteger(precision) || precision < minPrecision || precision > maxPrecision) {
    throw new RangeError(
      `HyperLogLog precision must be an integer from ${minPrecision} to ${maxPrecision}, got ${precision}`
    )
  }
  return new Uint8Array(2 ** precision)
}

/** The precision of registers (their length is a power of two). @internal */
export const precisionOf = (registers: Uint8Array): number => Math.log2(registers.length)

/**
 * MurmurHash3 (x86, 32 bits, seed 0) of a string's UTF-16 code units: well mixed, fast, and the
 * same on every platform, so sketches built on different machines can be merged.
 *
 * @internal
 */
export const hash32 = (text: string): number => {
  let h = 0
  const length = text.length
  let i = 0
  for (; i + 1 < length; i += 2) {
    let k = (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)) >>> 0
    k = Math.imul(k, 0xcc9e2d51)
    k = (k << 15) | (k >>> 17)
    k = Math.imul(k, 0x1b873593)
    h ^= k
    h = (h << 13) | (h >>> 19)
    h = (Math.imul(h, 5) + 0xe6546b64) | 0
  }
  if (i < length) {
    let k = text.charCodeAt(i)
    k = Math.imul(k, 0xcc9e2d51)
    k = (k << 15) | (k >>> 17)
    k = Math.imul(k, 0x1b873593)
    h ^= k
  }
  h ^= length * 2
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/**
 * Adds an id, in place: the first `p` bits of its hash pick a register, which keeps the largest
 * rank (position of the first 1 bit) seen among the remaining `32 − p` bits.
 *
 * @internal
 */
export const add = (registers: Uint8Array, id: string): Uint8Array => {
  addHash(registers, hash32(id))
  return registers
}

/**
 * Adds an id by its {@link hash32}, in place (so that an id added to several sketches is hashed
 * once).
 *
 * @internal
 */
export const addHash = (registers: Uint8Array, h: number): void => {
  const precision = 31 - Math.clz32(registers.length) // log2 of a power of two
  const index = h >>> (32 - precision)
  const rest = (h << precision) | 0
  const rank = rest === 0 ? 33 - precision : Math.clz32(rest) + 1
  if (rank > (registers[index] ?? 0)) registers[index] = rank
}

/**
 * Merges two sketches of the same precision into new registers (element-wise maximum): the
 * sketch of the union of both sets.
 *
 * @internal
 */
export const merge = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  if (a.length !== b.length) {
    throw new RangeError(`Cannot merge HyperLogLog sketches of ${a.length} and ${b.length} registers`)
  }
  const out = new Uint8Array(a.length)
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0
    const y = b[i] ?? 0
    out[i] = Math.max(x, y)
  }
  return out
}

/**
 * The estimated number of distinct ids: the raw harmonic-mean estimate, with the standard
 * small-range correction (linear counting, `m·ln(m/V)`, when the raw estimate is at most `2.5·m`
 * and `V` registers are still zero). With 32-bit hashes the estimate stays sound up to about
 * 10^8 distinct ids.
 *
 * @internal
 */
export const estimate = (registers: Uint8Array): number => {
  const m = registers.length
  let sum = 0
  let zeros = 0
  for (let i = 0; i < m; i++) {
    const r = registers[i] ?? 0
    if (r === 0) zeros++
    sum += 2 ** -r
  }
  const alpha = m >= 128 ? 0.7213 / (1 + 1.079 / m) : m === 64 ? 0.709 : m === 32 ? 0.697 : 0.673
  const raw = (alpha * m * m) / sum
  return raw <= 2.5 * m && zeros > 0 ? m * Math.log(m / zeros) : raw
}

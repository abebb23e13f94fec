/**
 * Exact integer division with a rounding mode. Internal: the public surface is `Money`.
 *
 * Both the `number` path (when every intermediate stays a safe integer, the common case) and
 * the `bigint` path (large products) compute the same mathematical result, so callers never
 * see float drift.
 */

/** How to round an exact quotient to an integer. */
export type RoundingMode =
  | "halfEven"
  | "halfUp"
  | "halfDown"
  | "halfAwayFromZero"
  | "floor"
  | "ceil"
  | "truncate"

/** Every rounding mode, in a stable order (for docs, tests and decoders). */
export const roundingModes: ReadonlyArray<RoundingMode> = [
  "halfEven",
  "halfUp",
  "halfDown",
  "halfAwayFromZero",
  "floor",
  "ceil",
  "truncate"
]

/**
 * Decides whether to move the floored quotient `q` up by one, given the remainder `r` of the
 * floor division (0 <= r < d) and the sign of the dividend.
 */
const roundsUp = (
  mode: RoundingMode,
  q: number | bigint,
  r2cmp: number,
  hasRemainder: boolean,
  negative: boolean
) => {
  if (!hasRemainder) return false
  switch (mode) {
    case "floor":
      return false
    case "ceil":
      return true
    case "truncate":
      return negative
    default:
      if (r2cmp < 0) return false
      if (r2cmp > 0) return true
      switch (mode) {
        case "halfUp":
          return true
        case "halfDown":
          return false
        case "halfAwayFromZero":
          return !negative
        case "halfEven":
          return typeof q === "bigint" ? q % 2n !== 0n : q % 2 !== 0
      }
  }
}

/**
 * `n / d` rounded with `mode`, for safe integers `n` and a positive safe integer `d`.
 * Falls back to `bigint` arithmetic when it cannot be done exactly with numbers.
 */
export const divideRounded = (n: number, d: number, mode: RoundingMode): number => {
  const q = Math.floor(n / d)
  const r = n - q * d
  // The float quotient can be off by one for large operands; fall back to bigint then.
  if (!Number.isSafeInteger(q * d) || r < 0 || r >= d || !Number.isSafeInteger(2 * r)) {
    return Number(divideRoundedBig(BigInt(n), BigInt(d), mode))
  }
  const twice = 2 * r
  const cmp = twice < d ? -1 : twice > d ? 1 : 0
  return roundsUp(mode, q, cmp, r !== 0, n < 0) ? q + 1 : q
}

/** `n / d` rounded with `mode`, with `d > 0`, exactly, on bigints. */
export const divideRoundedBig = (n: bigint, d: bigint, mode: RoundingMode): bigint => {
  let q = n / d
  let r = n % d
  if (r < 0n) {
    q -= 1n
    r += d
  }
  const twice = 2n * r
  const cmp = twice < d ? -1 : twice > d ? 1 : 0
  return roundsUp(mode, q, cmp, r !== 0n, n < 0n) ? q + 1n : q
}

/**
 * `a * numerator / denominator` rounded with `mode`, exactly. `a`, `numerator` are safe
 * integers, `denominator` a positive safe integer.
 */
export const mulDivRounded = (
  a: number,
  numerator: number,
  denominator: number,
  mode: RoundingMode
): number => {
  const product = a * numerator
  if (Number.isSafeInteger(product)) return divideRounded(product, denominator, mode)
  return Number(divideRoundedBig(BigInt(a) * BigInt(numerator), BigInt(denominator), mode))
}

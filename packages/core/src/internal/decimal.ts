/**
 * Exact decimal views of numbers and strings. Internal: used by `Money` so that a rate written
 * `0.815` or an amount written `"4700.05"` is taken as the decimal a person wrote, not as the
 * nearest binary float.
 */

/** A decimal `coefficient × 10^-scale`, exactly. */
export interface Decimal {
  readonly coefficient: bigint
  readonly scale: number
}

const decimalPattern = /^([+-]?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i

/**
 * Parses a plain or exponent decimal literal (`"12"`, `"-0.815"`, `"1.5e-7"`).
 * Returns `undefined` for anything else.
 */
export const parseDecimal = (text: string): Decimal | undefined => {
  const match = decimalPattern.exec(text)
  if (match === null) return undefined
  const [, sign, whole, fraction = "", exponent = "0"] = match
  const digits = `${whole}${fraction}`
  let coefficient = BigInt(digits)
  if (sign === "-") coefficient = -coefficient
  let scale = fraction.length - Number(exponent)
  if (scale < 0) {
    coefficient *= 10n ** BigInt(-scale)
    scale = 0
  }
  return { coefficient, scale }
}

/**
 * The decimal a finite number stands for: the shortest literal that reads back as the same
 * float (what `String(x)` prints). `undefined` for `NaN` and infinities.
 */
export const decimalOfNumber = (x: number): Decimal | undefined =>
  Number.isFinite(x) ? parseDecimal(String(x)) : undefined

/** Greatest common divisor of two non-negative bigints. */
export const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a
  let y = b < 0n ? -b : b
  while (y !== 0n) {
    const t = x % y
    x = y
    y = t
  }
  return x
}

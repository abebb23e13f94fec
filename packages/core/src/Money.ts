/**
 * Exact money: integer euro cents.
 *
 * Every amount in the library is a {@link Cents} value, a branded integer number of euro cents.
 * Rounding happens only here, at named points, with an explicit {@link RoundingMode}; products
 * by a rate or a fraction are computed exactly (no binary-float drift) before that single
 * rounding; splitting an amount uses the largest-remainder method, so the parts always add up
 * to the whole.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * const monthly = Money.euros(4700)
 * const partTime = Money.scale(monthly, Money.ratio(27, 35), "halfEven")
 * Money.format(partTime) // "3 625,71 €"
 * ```
 *
 * @since 0.1.0
 * @module
 */
import type * as Brand from "effect/Brand"
import * as Data from "effect/Data"
import { dual } from "effect/Function"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaTransformation from "effect/SchemaTransformation"
import { decimalOfNumber, gcd, parseDecimal } from "./internal/decimal.js"
import {
  divideRounded,
  divideRoundedBig,
  type RoundingMode as InternalRoundingMode,
  roundingModes as internalRoundingModes,
  mulDivRounded
} from "./internal/rounding.js"

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * An amount of money in integer euro cents (`470000` is 4,700.00 €). Negative amounts are
 * allowed (a deficit, a refund); the magnitude must stay a safe integer (about ±90 trillion €).
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * const rent: Money.Cents = Money.cents(125_000)
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Cents = number & Brand.Brand<"Cents">

/**
 * How an exact result is rounded to a whole cent.
 *
 * - `halfEven`: to the nearest cent, ties to the even cent (banker's rounding, no bias on sums);
 * - `halfUp`: to the nearest cent, ties toward +∞ (the usual commercial rule for positive amounts);
 * - `halfDown`: to the nearest cent, ties toward −∞;
 * - `halfAwayFromZero`: to the nearest cent, ties away from zero;
 * - `floor`, `ceil`: toward −∞, toward +∞;
 * - `truncate`: toward zero.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * const mode: Money.RoundingMode = "halfEven"
 * Money.roundingModes.includes(mode) // true
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type RoundingMode = InternalRoundingMode

/**
 * Every {@link RoundingMode}, in a stable order.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.roundingModes.length // 7
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export const roundingModes: ReadonlyArray<RoundingMode> = internalRoundingModes

/**
 * An exact fraction `numerator / denominator` (denominator > 0, in lowest terms) used to scale
 * money: a full-time-equivalent share such as 27/35, or a rate such as 0.815 (= 163/200).
 * Build it with {@link ratio} or {@link ratioFromNumber}; compute it once and reuse it on hot paths.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * const fte: Money.Ratio = Money.ratio(27, 35)
 * fte.numerator // 27
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Ratio {
  readonly numerator: number
  readonly denominator: number
}

/**
 * Why a money operation could not be done, in words an analyst can act on.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const r = Money.fromCents(12.5)
 * if (Result.isFailure(r)) r.failure.message // "Expected a whole number of cents, got 12.5"
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class MoneyError extends Data.TaggedError("MoneyError")<{
  readonly message: string
}> {}

// -----------------------------------------------------------------------------
// constructors
// -----------------------------------------------------------------------------

const fail = (message: string): Result.Result<never, MoneyError> => Result.fail(new MoneyError({ message }))

/**
 * Zero euros.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.format(Money.zero) // "0,00 €"
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const zero: Cents = 0 as Cents

/**
 * Checks a number of cents from untrusted input.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * Result.isSuccess(Money.fromCents(470000)) // true
 * Result.isFailure(Money.fromCents(Number.NaN)) // true
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromCents = (cents: number): Result.Result<Cents, MoneyError> =>
  Number.isSafeInteger(cents)
    ? Result.succeed(cents as Cents)
    : fail(`Expected a whole number of cents, got ${cents}`)

/**
 * A number of cents written in code. Throws a `RangeError` if it is not a safe integer, which
 * is a programming mistake; use {@link fromCents} for input that may be wrong.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.cents(2650) // 26.50 €
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const cents = (cents: number): Cents => {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Expected a whole number of cents, got ${cents}`)
  return cents as Cents
}

/**
 * An amount in euros written in code, with at most two decimals (`4700`, `26.5`). Throws a
 * `RangeError` if it would need rounding; use {@link fromEuros} to round explicitly.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.euros(26.5) // 2650 cents
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const euros = (euros: number): Cents => {
  const decimal = decimalOfNumber(euros)
  if (decimal === undefined || decimal.scale > 2) {
    throw new RangeError(`Expected euros with at most two decimals, got ${euros}`)
  }
  const value = Number(decimal.coefficient * 10n ** BigInt(2 - decimal.scale))
  if (!Number.isSafeInteger(value)) throw new RangeError(`Amount out of range: ${euros} €`)
  return value as Cents
}

/**
 * Converts a number of euros to cents, rounding with `mode`. The number is read as the decimal
 * it prints as (`1.005` is one euro and half a cent), so the rounding is exact.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * Money.fromEuros(1.005, "halfUp") // Result.succeed(101)
 * Money.fromEuros(1.005, "halfEven") // Result.succeed(100)
 * Result.isFailure(Money.fromEuros(Infinity, "halfEven")) // true
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromEuros = (euros: number, mode: RoundingMode): Result.Result<Cents, MoneyError> => {
  const decimal = decimalOfNumber(euros)
  if (decimal === undefined) return fail(`Expected a finite amount of euros, got ${euros}`)
  const value =
    decimal.scale <= 2
      ? decimal.coefficient * 10n ** BigInt(2 - decimal.scale)
      : divideRoundedBig(decimal.coefficient, 10n ** BigInt(decimal.scale - 2), mode)
  const asNumber = Number(value)
  return Number.isSafeInteger(asNumber)
    ? Result.succeed(asNumber as Cents)
    : fail(`Amount out of range: ${euros} €`)
}

const euroStringPattern = /^-?\d{1,13}(?:\.\d{1,2})?$/

/**
 * Parses a decimal euro string such as `"4700.00"`, `"26.5"` or `"-12"` into cents, exactly.
 * At most two decimals (no silent rounding), a dot as decimal separator, no grouping.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * Money.parseEuros("4700.00") // Result.succeed(470000)
 * Result.isFailure(Money.parseEuros("4 700,00")) // true
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const parseEuros = (text: string): Result.Result<Cents, MoneyError> => {
  if (!euroStringPattern.test(text)) {
    return fail(
      `Expected a euro amount such as "4700.00" (dot decimal, at most 2 decimals), got ${JSON.stringify(text)}`
    )
  }
  return Result.succeed(eurosStringToCents(text))
}

// Only called on strings that matched `euroStringPattern`: at most 15 digits, so exact.
const eurosStringToCents = (text: string): Cents => {
  const decimal = parseDecimal(text)!
  return Number(decimal.coefficient * 10n ** BigInt(2 - decimal.scale)) as Cents
}

/**
 * The exact fraction `numerator / denominator`, reduced. Both must be safe integers and the
 * denominator positive; otherwise a `RangeError` is thrown (a programming mistake).
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.ratio(39, 35) // { numerator: 39, denominator: 35 }
 * Money.ratio(10, 35) // { numerator: 2, denominator: 7 }
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const ratio = (numerator: number, denominator: number): Ratio => {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(
      `Expected a fraction of safe integers with a positive denominator, got ${numerator}/${denominator}`
    )
  }
  const divisor = Number(gcd(BigInt(numerator), BigInt(denominator))) || 1
  return { numerator: numerator / divisor, denominator: denominator / divisor }
}

/**
 * The exact fraction a decimal number stands for: `0.815` is 163/200, `1.345` is 269/200.
 * Fails for `NaN`, infinities and numbers too precise to hold as a fraction of safe integers.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.ratioFromNumber(0.815) // Result.succeed({ numerator: 163, denominator: 200 })
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const ratioFromNumber = (x: number): Result.Result<Ratio, MoneyError> => {
  const fast = smallDecimalRatio(x)
  if (fast !== undefined) return Result.succeed(fast)
  const decimal = decimalOfNumber(x)
  if (decimal === undefined) return fail(`Expected a finite rate, got ${x}`)
  const denominator = 10n ** BigInt(decimal.scale)
  const divisor = gcd(decimal.coefficient, denominator) || 1n
  const n = Number(decimal.coefficient / divisor)
  const d = Number(denominator / divisor)
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d))
    return fail(`Rate ${x} has too many digits to be exact`)
  return Result.succeed({ numerator: n, denominator: d })
}

// Fast path for the usual rates and hours (up to 6 decimals, magnitude below 10^9): scaling by
// 10^k and rounding recovers the decimal exactly, so no bigint is needed.
const smallDecimalRatio = (x: number): Ratio | undefined => {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e9) return undefined
  let denominator = 1
  for (let k = 0; k <= 6; k++, denominator *= 10) {
    const numerator = Math.round(x * denominator)
    if (numerator / denominator === x) {
      let a = Math.abs(numerator)
      let b = denominator
      while (b !== 0) {
        const t = a % b
        a = b
        b = t
      }
      const divisor = a === 0 ? denominator : a
      // `+ 0` turns -0 (from `ratioFromNumber(-0)`) into 0: a ratio has no signed zero.
      return { numerator: numerator / divisor + 0, denominator: denominator / divisor }
    }
  }
  return undefined
}

// -----------------------------------------------------------------------------
// arithmetic
// -----------------------------------------------------------------------------

/**
 * The sum of two amounts.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 * import { pipe } from "effect"
 *
 * Money.add(Money.euros(30), Money.euros(10)) // 4000
 * pipe(Money.euros(30), Money.add(Money.euros(10))) // 4000
 * ```
 *
 * @since 0.1.0
 * @category arithmetic
 */
export const add: {
  (that: Cents): (self: Cents) => Cents
  (self: Cents, that: Cents): Cents
} = dual(2, (self: Cents, that: Cents): Cents => (self + that) as Cents)

/**
 * `self` minus `that`.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.subtract(Money.euros(30), Money.euros(26.5)) // 350
 * ```
 *
 * @since 0.1.0
 * @category arithmetic
 */
export const subtract: {
  (that: Cents): (self: Cents) => Cents
  (self: Cents, that: Cents): Cents
} = dual(2, (self: Cents, that: Cents): Cents => (self - that) as Cents)

/**
 * The opposite amount.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.negate(Money.euros(12)) // -1200
 * ```
 *
 * @since 0.1.0
 * @category arithmetic
 */
export const negate = (self: Cents): Cents => (self === 0 ? zero : (-self as Cents))

/**
 * The sum of any number of amounts (zero for none).
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.sum([Money.euros(1), Money.euros(2.5)]) // 350
 * ```
 *
 * @since 0.1.0
 * @category arithmetic
 */
export const sum = (amounts: Iterable<Cents>): Cents => {
  let total = 0
  for (const amount of amounts) total += amount
  return total as Cents
}

/**
 * An amount multiplied by a whole number (a count of acts, of months).
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.times(Money.euros(30), 3) // 9000
 * ```
 *
 * @since 0.1.0
 * @category arithmetic
 */
export const times: {
  (count: number): (self: Cents) => Cents
  (self: Cents, count: number): Cents
} = dual(2, (self: Cents, count: number): Cents => (self * count) as Cents)

/**
 * An amount multiplied by an exact fraction, rounded once with `mode`.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.scale(Money.euros(4700), Money.ratio(27, 35), "halfEven") // 362571
 * ```
 *
 * @since 0.1.0
 * @category arithmetic
 */
export const scale: {
  (by: Ratio, mode: RoundingMode): (self: Cents) => Cents
  (self: Cents, by: Ratio, mode: RoundingMode): Cents
} = dual(
  3,
  (self: Cents, by: Ratio, mode: RoundingMode): Cents =>
    mulDivRounded(self, by.numerator, by.denominator, mode) as Cents
)

/**
 * An amount multiplied by a decimal rate (`0.815`, `1.345`), read exactly as written and
 * rounded once with `mode`. On a hot path, convert the rate once with {@link ratioFromNumber}
 * and use {@link scale}. Throws a `RangeError` for a rate that is not finite (a programming
 * mistake: rates come from decoded policy data, which are always finite).
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.multiplyByRate(Money.euros(100), 0.815, "halfEven") // 8150
 * ```
 *
 * @since 0.1.0
 * @category arithmetic
 */
export const multiplyByRate: {
  (rate: number, mode: RoundingMode): (self: Cents) => Cents
  (self: Cents, rate: number, mode: RoundingMode): Cents
} = dual(3, (self: Cents, rate: number, mode: RoundingMode): Cents => {
  const exact = ratioFromNumber(rate)
  if (Result.isFailure(exact)) throw new RangeError(exact.failure.message)
  return scale(self, exact.success, mode)
})

/**
 * An amount divided by a positive whole number, rounded with `mode`. To split an amount into
 * parts that add up, use {@link allocate} instead. Throws a `RangeError` for a divisor that is
 * not a positive whole number (a programming mistake).
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.divide(Money.euros(100), 3, "halfEven") // 3333
 * ```
 *
 * @since 0.1.0
 * @category arithmetic
 */
export const divide: {
  (divisor: number, mode: RoundingMode): (self: Cents) => Cents
  (self: Cents, divisor: number, mode: RoundingMode): Cents
} = dual(3, (self: Cents, divisor: number, mode: RoundingMode): Cents => {
  if (!Number.isSafeInteger(divisor) || divisor <= 0) {
    throw new RangeError(`Expected a positive whole divisor, got ${divisor}`)
  }
  return divideRounded(self, divisor, mode) as Cents
})

// -----------------------------------------------------------------------------
// allocation
// -----------------------------------------------------------------------------

/**
 * Splits `total` into parts proportional to `weights`, by the largest-remainder method: each
 * part is within one cent of its exact share, the parts always add up to `total`, and ties are
 * broken toward the earlier weight (so the result is deterministic). Weights are non-negative
 * finite numbers, read exactly as decimals; at least one must be positive.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.allocate(Money.euros(100), [1, 1, 1]) // Result.succeed([3334, 3333, 3333])
 * Money.allocate(Money.euros(1000), [0.5, 0.25, 0.25]) // Result.succeed([50000, 25000, 25000])
 * ```
 *
 * @since 0.1.0
 * @category allocation
 */
export const allocate = (
  total: Cents,
  weights: ReadonlyArray<number>
): Result.Result<Array<Cents>, MoneyError> => {
  if (weights.length === 0) return fail("Cannot split an amount over no parts")
  const decimals: Array<{ coefficient: bigint; scale: number }> = []
  let maxScale = 0
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!
    const decimal = decimalOfNumber(w)
    if (decimal === undefined || w < 0) {
      return fail(`Expected non-negative finite weights, got ${w} at position ${i}`)
    }
    decimals.push(decimal)
    if (decimal.scale > maxScale) maxScale = decimal.scale
  }
  const integerWeights = decimals.map((d) => d.coefficient * 10n ** BigInt(maxScale - d.scale))
  let weightSum = 0n
  for (const w of integerWeights) weightSum += w
  if (weightSum === 0n) return fail("Cannot split an amount over weights that are all zero")
  return Result.succeed(allocateByIntegerWeights(total, integerWeights, weightSum))
}

const allocateByIntegerWeights = (
  total: Cents,
  weights: ReadonlyArray<bigint>,
  weightSum: bigint
): Array<Cents> => {
  const negative = total < 0
  const magnitude = BigInt(negative ? -total : total)
  const parts = new Array<bigint>(weights.length)
  const remainders = new Array<bigint>(weights.length)
  let allocated = 0n
  for (let i = 0; i < weights.length; i++) {
    const exact = magnitude * weights[i]!
    parts[i] = exact / weightSum
    remainders[i] = exact % weightSum
    allocated += parts[i]!
  }
  // Hand the cents left over to the largest remainders; ties go to the earlier index.
  const order = weights.map((_, i) => i)
  order.sort((a, b) => {
    const ra = remainders[a]!
    const rb = remainders[b]!
    return ra === rb ? a - b : ra > rb ? -1 : 1
  })
  let leftover = Number(magnitude - allocated)
  for (let k = 0; leftover > 0; k++, leftover--) parts[order[k]!]! += 1n
  return parts.map((p) => (negative && p !== 0n ? -Number(p) : Number(p)) as Cents)
}

/**
 * Rounds exact amounts that make up a whole: each part is `numerators[i] / denominator` cents
 * (a non-negative fraction of a cent allowed), the total is their exact sum rounded once with
 * `mode`, and the parts are floored then given the cents left over by largest remainder (ties
 * to the earlier part), so they always add up to the total and each is within a cent of its
 * exact amount. Used for contribution lines: one rounding per payslip side, not per line.
 * Throws a `RangeError` for a negative numerator or a denominator that is not positive (a
 * programming mistake).
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * // 1/3, 1/3 and 1/3 of a cent… times 100: 33.33… cents each, 100 cents in all
 * Money.roundParts([100n, 100n, 100n], 3n, "halfUp") // { total: 100, parts: [34, 33, 33] }
 * ```
 *
 * @since 0.1.0
 * @category allocation
 */
export const roundParts = (
  numerators: ReadonlyArray<bigint>,
  denominator: bigint,
  mode: RoundingMode
): { readonly total: Cents; readonly parts: Array<Cents> } => {
  if (denominator <= 0n) throw new RangeError(`Expected a positive denominator, got ${denominator}`)
  let exact = 0n
  let floored = 0n
  const parts = new Array<bigint>(numerators.length)
  const remainders = new Array<bigint>(numerators.length)
  for (let i = 0; i < numerators.length; i++) {
    const n = numerators[i]!
    if (n < 0n) throw new RangeError(`Expected non-negative parts, got ${n} at position ${i}`)
    exact += n
    parts[i] = n / denominator
    remainders[i] = n % denominator
    floored += parts[i]!
  }
  const total = divideRoundedBig(exact, denominator, mode)
  // floor(Σ) ≤ total ≤ ceil(Σ), and Σ floor ≤ floor(Σ) ≤ Σ floor + (parts with a remainder):
  // the cents left over are between 0 and the number of parts with a remainder.
  const order = numerators.map((_, i) => i)
  order.sort((a, b) => {
    const ra = remainders[a]!
    const rb = remainders[b]!
    return ra === rb ? a - b : ra > rb ? -1 : 1
  })
  let leftover = Number(total - floored)
  for (let k = 0; leftover > 0 && k < order.length; k++, leftover--) parts[order[k]!]! += 1n
  return { total: Number(total) as Cents, parts: parts.map((p) => Number(p) as Cents) }
}

// -----------------------------------------------------------------------------
// comparison
// -----------------------------------------------------------------------------

/**
 * Orders two amounts: `-1` if `self` is smaller, `0` if equal, `1` if larger.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.compare(Money.euros(26.5), Money.euros(30)) // -1
 * ```
 *
 * @since 0.1.0
 * @category comparison
 */
export const compare = (self: Cents, that: Cents): -1 | 0 | 1 => (self < that ? -1 : self > that ? 1 : 0)

/**
 * Whether two amounts are equal.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.equals(Money.euros(30), Money.cents(3000)) // true
 * ```
 *
 * @since 0.1.0
 * @category comparison
 */
export const equals = (self: Cents, that: Cents): boolean => self === that

/**
 * The smaller of two amounts.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.min(Money.euros(1), Money.euros(2)) // 100
 * ```
 *
 * @since 0.1.0
 * @category comparison
 */
export const min = (self: Cents, that: Cents): Cents => (self <= that ? self : that)

/**
 * The larger of two amounts.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.max(Money.euros(1), Money.euros(2)) // 200
 * ```
 *
 * @since 0.1.0
 * @category comparison
 */
export const max = (self: Cents, that: Cents): Cents => (self >= that ? self : that)

/**
 * Whether an amount is below zero (a deficit).
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.isNegative(Money.euros(-1)) // true
 * ```
 *
 * @since 0.1.0
 * @category comparison
 */
export const isNegative = (self: Cents): boolean => self < 0

// -----------------------------------------------------------------------------
// schemas
// -----------------------------------------------------------------------------

/**
 * Schema of an amount as an integer number of cents in JSON (`470000`).
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.decodeUnknownSync(Money.CentsSchema)(470000) // 470000
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const CentsSchema = Schema.Int.pipe(Schema.brand("Cents")).annotate({
  title: "Cents",
  description: "An amount of money in integer euro cents (470000 is 4,700.00 €)"
})

/**
 * Schema of an amount written as a decimal euro string in JSON (`"4700.00"`), decoded to
 * cents without float drift and encoded back with two decimals.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.decodeUnknownSync(Money.FromEuroString)("4700.05") // 470005
 * Schema.encodeSync(Money.FromEuroString)(Money.cents(2650)) // "26.50"
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const FromEuroString = Schema.String.check(
  Schema.isPattern(euroStringPattern, {
    expected: 'a euro amount such as "4700.00" (dot decimal, at most 2 decimals)'
  })
).pipe(
  Schema.decodeTo(
    CentsSchema,
    SchemaTransformation.transform<number, string>({
      decode: (text) => eurosStringToCents(text),
      encode: (amount: number) => toEuroString(amount as Cents)
    })
  )
)

/**
 * Schema of an amount in JSON written either as integer cents (`470000`) or as a decimal euro
 * string (`"4700.00"`). Encodes to integer cents.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * const decode = Schema.decodeUnknownSync(Money.FromJson)
 * decode(2650) === decode("26.50") // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const FromJson = Schema.Union([CentsSchema, FromEuroString])

// -----------------------------------------------------------------------------
// renderers
// -----------------------------------------------------------------------------

const groupThousands = (digits: string, separator: string): string => {
  let out = ""
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator
    out += digits[i]
  }
  return out
}

const splitCents = (self: Cents): { sign: string; whole: string; fraction: string } => {
  const magnitude = Math.abs(self)
  return {
    sign: self < 0 ? "-" : "",
    whole: String(Math.floor(magnitude / 100)),
    fraction: String(magnitude % 100).padStart(2, "0")
  }
}

/**
 * Formats an amount the French way: `"4 700,00 €"`, with the same characters as
 * `Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" })` (narrow no-break space
 * between thousands, no-break space before €) but computed from the integer, so it is exact
 * for every amount and independent of the runtime's locale data.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.format(Money.euros(4700)) // "4 700,00 €"
 * Money.format(Money.euros(-12.5)) // "-12,50 €"
 * ```
 *
 * @since 0.1.0
 * @category renderers
 */
export const format = (self: Cents): string => {
  const { sign, whole, fraction } = splitCents(self)
  return `${sign}${groupThousands(whole, "\u202f")},${fraction}\u00a0€`
}

/**
 * Writes an amount as a decimal euro string with two decimals (`"4700.00"`), the form
 * {@link parseEuros} and {@link FromEuroString} read back.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.toEuroString(Money.cents(-5)) // "-0.05"
 * ```
 *
 * @since 0.1.0
 * @category renderers
 */
export const toEuroString = (self: Cents): string => {
  const { sign, whole, fraction } = splitCents(self)
  return `${sign}${whole}.${fraction}`
}

/**
 * The amount as a floating number of euros, for charts and display only: never compute with it.
 *
 * @example
 * ```ts
 * import { Money } from "@gip-sante/core"
 *
 * Money.toEuros(Money.cents(2650)) // 26.5
 * ```
 *
 * @since 0.1.0
 * @category renderers
 */
export const toEuros = (self: Cents): number => self / 100

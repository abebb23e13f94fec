/**
 * fast-check arbitraries for `Calendar`.
 *
 * @since 0.1.0
 * @module
 */
import * as fc from "fast-check"
import type { LocalDate, Period, YearMonth } from "../Calendar.js"
import { date, fromDayNumber, toDayNumber, yearMonth as toYearMonth } from "../Calendar.js"

const defaultMin = date("1900-01-01")
const defaultMax = date("2100-12-31")

const dayRange = (options: { readonly min?: LocalDate; readonly max?: LocalDate }): [number, number] => {
  const min = toDayNumber(options.min ?? defaultMin)
  const max = toDayNumber(options.max ?? defaultMax)
  if (min > max) throw new RangeError(`Expected min (${options.min}) to be on or before max (${options.max})`)
  return [min, max]
}

const monthIndex = (ym: YearMonth): number => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1

const monthOfIndex = (index: number): YearMonth =>
  toYearMonth(
    `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`
  )

/**
 * Any date from `min` to `max`, both included (default 1900-01-01 to 2100-12-31). Shrinks
 * toward `min`.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 * import { localDate } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(localDate({ min: Calendar.date("2024-01-01"), max: Calendar.date("2024-12-31") }), 3)
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const localDate = (
  options: { readonly min?: LocalDate; readonly max?: LocalDate } = {}
): fc.Arbitrary<LocalDate> => {
  const [min, max] = dayRange(options)
  return fc.integer({ min, max }).map(fromDayNumber)
}

/**
 * Any month from `min` to `max`, both included (default 1900-01 to 2100-12).
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 * import { yearMonth } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(yearMonth({ min: Calendar.yearMonth("2024-01") }), 3)
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const yearMonth = (
  options: { readonly min?: YearMonth; readonly max?: YearMonth } = {}
): fc.Arbitrary<YearMonth> => {
  const min = monthIndex(options.min ?? toYearMonth("1900-01"))
  const max = monthIndex(options.max ?? toYearMonth("2100-12"))
  if (min > max) throw new RangeError(`Expected min (${options.min}) to be on or before max (${options.max})`)
  return fc.integer({ min, max }).map(monthOfIndex)
}

/**
 * Options of {@link period} and {@link nonEmptyPeriod}: periods start on or after `min` and end
 * on or before `max` (default 1900-01-01 and 2100-12-31); `maxLengthInDays` bounds their length
 * (unbounded by default), which keeps day-by-day tests fast.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 * import type { PeriodArbitraryOptions } from "@gip-sante/core/testing"
 *
 * const options: PeriodArbitraryOptions = { min: Calendar.date("2024-01-01"), maxLengthInDays: 400 }
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export interface PeriodArbitraryOptions {
  readonly min?: LocalDate
  readonly max?: LocalDate
  readonly maxLengthInDays?: number
}

const periodOf = (start: number, end: number): Period => ({
  start: fromDayNumber(start),
  end: fromDayNumber(end)
})

const periodArbitrary = (options: PeriodArbitraryOptions, minLength: number): fc.Arbitrary<Period> => {
  const [min, max] = dayRange(options)
  if (max - min < minLength) {
    throw new RangeError(`No non-empty period fits between ${options.min} and ${options.max}`)
  }
  const maxLength = options.maxLengthInDays
  if (maxLength === undefined) {
    return fc
      .tuple(fc.integer({ min, max }), fc.integer({ min, max }))
      .filter(([a, b]) => Math.abs(a - b) >= minLength)
      .map(([a, b]) => (a <= b ? periodOf(a, b) : periodOf(b, a)))
  }
  if (!Number.isInteger(maxLength) || maxLength < minLength) {
    throw new RangeError(
      `Expected maxLengthInDays to be a whole number of at least ${minLength}, got ${maxLength}`
    )
  }
  return fc
    .tuple(fc.integer({ min, max: max - minLength }), fc.integer({ min: minLength, max: maxLength }))
    .map(([start, length]) => periodOf(start, Math.min(start + length, max)))
}

/**
 * Any period `[start, end)` with `min <= start <= end <= max`; about one in ten is empty
 * (`start` equal to `end`).
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 * import { period } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.assert(fc.property(period({ maxLengthInDays: 400 }), (p) => Calendar.eachDay(p).length <= 400))
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const period = (options: PeriodArbitraryOptions = {}): fc.Arbitrary<Period> => {
  const [min, max] = dayRange(options)
  const empty = fc.integer({ min, max }).map((n) => periodOf(n, n))
  if (min === max || options.maxLengthInDays === 0) return empty
  return fc.oneof({ arbitrary: periodArbitrary(options, 1), weight: 9 }, { arbitrary: empty, weight: 1 })
}

/**
 * Any period with at least one day, `min <= start < end <= max`. Throws a `RangeError` if
 * `min` is not before `max`.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 * import { nonEmptyPeriod } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.assert(fc.property(nonEmptyPeriod(), (p) => !Calendar.isEmpty(p)))
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const nonEmptyPeriod = (options: PeriodArbitraryOptions = {}): fc.Arbitrary<Period> =>
  periodArbitrary(options, 1)

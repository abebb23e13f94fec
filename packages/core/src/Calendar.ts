/**
 * Calendar dates without clocks or time zones.
 *
 * A {@link LocalDate} is a branded `"YYYY-MM-DD"` string naming a real day of the proleptic
 * Gregorian calendar (years 0001 to 9999); a {@link YearMonth} is a branded `"YYYY-MM"`. Both
 * sort correctly as plain strings. A {@link Period} is a half-open range of days
 * `[start, end)`: the end date is excluded, so consecutive periods share a boundary and a month
 * is `[first day, first day of the next month)`. Day arithmetic goes through an integer day
 * number (days since 1970-01-01), never through the JavaScript `Date` object, so results do not
 * depend on the machine's clock, time zone or daylight saving rules. The module also knows the
 * French public holidays (Code du travail, art. L3133-1), with the two extra days observed in
 * Alsace-Moselle.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * const year = Calendar.yearPeriod(2024)
 * Calendar.lengthInDays(year) // 366
 * Calendar.splitByMonth(year).length // 12
 * Calendar.isPublicHoliday(Calendar.date("2024-05-20")) // true (Lundi de Pentecôte)
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

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * A calendar day written `"YYYY-MM-DD"`: a date that exists in the proleptic Gregorian calendar,
 * with a year from 0001 to 9999. No time, no time zone. Strings of this form sort in date order.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * const opening: Calendar.LocalDate = Calendar.date("2024-09-02")
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type LocalDate = string & Brand.Brand<"LocalDate">

/**
 * A calendar month written `"YYYY-MM"`, with a year from 0001 to 9999. Strings of this form sort
 * in month order.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * const month: Calendar.YearMonth = Calendar.yearMonth("2024-02")
 * Calendar.daysInMonth(month) // 29
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type YearMonth = string & Brand.Brand<"YearMonth">

/**
 * A half-open range of days `[start, end)`: `start` is included, `end` is excluded, and
 * `start <= end`. A period is empty when `start` equals `end`. Build it with {@link makePeriod}
 * (checked) or {@link period} (literals in code).
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * // The whole of 2024: 2025-01-01 is the first day after it.
 * const p: Calendar.Period = Calendar.period("2024-01-01", "2025-01-01")
 * Calendar.contains(p, Calendar.date("2024-12-31")) // true
 * Calendar.contains(p, Calendar.date("2025-01-01")) // false
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Period {
  readonly start: LocalDate
  readonly end: LocalDate
}

/**
 * An ISO 8601 week: `week` (1 to 53) of the ISO week-numbering `year`, which differs from the
 * calendar year for a few days around New Year (2021-01-03 is in week 53 of 2020).
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * const w: Calendar.IsoWeek = Calendar.isoWeek(Calendar.date("2024-12-30"))
 * w // { year: 2025, week: 1 }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface IsoWeek {
  readonly year: number
  readonly week: number
}

/**
 * A French public holiday (jour férié): its date and its usual French name
 * (`"Lundi de Pâques"`, `"Fête nationale"`).
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * const first: Calendar.PublicHoliday = Calendar.publicHolidays(2024)[0]!
 * first // { date: "2024-01-01", name: "Jour de l'an" }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface PublicHoliday {
  readonly date: LocalDate
  readonly name: string
}

/**
 * Why a date, month or period could not be built, in words an analyst can act on.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const r = Calendar.parseDate("2023-02-29")
 * if (Result.isFailure(r)) r.failure.message
 * // 'Expected a calendar date "YYYY-MM-DD", got "2023-02-29": days run from 01 to 28 in February 2023'
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class CalendarError extends Data.TaggedError("CalendarError")<{
  readonly message: string
}> {}

// -----------------------------------------------------------------------------
// internal: civil calendar arithmetic
// -----------------------------------------------------------------------------

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
]

const dateExpected = 'a calendar date "YYYY-MM-DD"'
const yearMonthExpected = 'a calendar month "YYYY-MM"'

/** Day number of 0001-01-01 and of 9999-12-31. */
const minDayNumber = -719162
const maxDayNumber = 2932896

const leap = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)

const monthLength = (year: number, month: number): number =>
  month === 2 ? (leap(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31

// Howard Hinnant's `days_from_civil`: exact integer arithmetic, valid for every year >= 0.
const dayNumberOf = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

// Hinnant's `civil_from_days`, packed as `year * 10000 + month * 100 + day` to avoid allocating.
const packedCivilOf = (n: number): number => {
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  return year * 10000 + month * 100 + day
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`)

const pad4 = (n: number): string => (n < 10 ? `000${n}` : n < 100 ? `00${n}` : n < 1000 ? `0${n}` : `${n}`)

const formatDate = (year: number, month: number, day: number): LocalDate =>
  `${pad4(year)}-${pad2(month)}-${pad2(day)}` as LocalDate

const formatYearMonth = (year: number, month: number): YearMonth =>
  `${pad4(year)}-${pad2(month)}` as YearMonth

const digit = (text: string, i: number): number => text.charCodeAt(i) - 48

const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i)
  return c >= 48 && c <= 57
}

const readYear = (text: string): number =>
  digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3)

const readMonth = (text: string): number => digit(text, 5) * 10 + digit(text, 6)

const readDay = (text: string): number => digit(text, 8) * 10 + digit(text, 9)

const hasYearMonthShape = (text: string): boolean =>
  isDigitAt(text, 0) &&
  isDigitAt(text, 1) &&
  isDigitAt(text, 2) &&
  isDigitAt(text, 3) &&
  text.charCodeAt(4) === 45 &&
  isDigitAt(text, 5) &&
  isDigitAt(text, 6)

const hasDateShape = (text: string): boolean =>
  text.length === 10 &&
  hasYearMonthShape(text) &&
  text.charCodeAt(7) === 45 &&
  isDigitAt(text, 8) &&
  isDigitAt(text, 9)

const yearMonthProblem = (year: number, month: number): string | undefined =>
  year < 1
    ? "years run from 0001 to 9999"
    : month < 1 || month > 12
      ? `there is no month ${pad2(month)}`
      : undefined

const dateProblem = (year: number, month: number, day: number): string | undefined => {
  const problem = yearMonthProblem(year, month)
  if (problem !== undefined) return problem
  const length = monthLength(year, month)
  return day < 1 || day > length
    ? `days run from 01 to ${length} in ${monthNames[month - 1]} ${year}`
    : undefined
}

// Why `text` is not a `LocalDate`, or `undefined` when it is one.
const localDateProblem = (text: string): string | undefined => {
  const expected = `Expected ${dateExpected}, got ${JSON.stringify(text)}`
  if (!hasDateShape(text)) return expected
  const problem = dateProblem(readYear(text), readMonth(text), readDay(text))
  return problem === undefined ? undefined : `${expected}: ${problem}`
}

// Why `text` is not a `YearMonth`, or `undefined` when it is one.
const yearMonthTextProblem = (text: string): string | undefined => {
  const expected = `Expected ${yearMonthExpected}, got ${JSON.stringify(text)}`
  if (text.length !== 7 || !hasYearMonthShape(text)) return expected
  const problem = yearMonthProblem(readYear(text), readMonth(text))
  return problem === undefined ? undefined : `${expected}: ${problem}`
}

const periodProblem = (start: string, end: string): string | undefined =>
  start <= end
    ? undefined
    : `Period ends on ${end}, before it starts on ${start}: the end (excluded) must be on or after the start`

const fail = (message: string): Result.Result<never, CalendarError> =>
  Result.fail(new CalendarError({ message }))

const checkYear = (year: number, last: number, what: string): void => {
  if (!Number.isInteger(year) || year < 1 || year > last) {
    throw new RangeError(`Expected a year from 1 to ${last} ${what}, got ${year}`)
  }
}

// -----------------------------------------------------------------------------
// constructors
// -----------------------------------------------------------------------------

/**
 * Checks a `"YYYY-MM-DD"` string from untrusted input: exactly four-digit year, two-digit month
 * and two-digit day, no surrounding spaces, and a day that exists (`"2023-02-29"` does not).
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * Calendar.parseDate("2024-02-29") // Result.succeed("2024-02-29")
 * Result.isFailure(Calendar.parseDate("2023-02-29")) // true
 * Result.isFailure(Calendar.parseDate("2024-1-01")) // true
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const parseDate = (text: string): Result.Result<LocalDate, CalendarError> => {
  const problem = localDateProblem(text)
  return problem === undefined ? Result.succeed(text as LocalDate) : fail(problem)
}

/**
 * The date with the given year, month (1 to 12) and day of month, if it exists.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * Calendar.makeDate(2024, 7, 14) // Result.succeed("2024-07-14")
 * Result.isFailure(Calendar.makeDate(2024, 4, 31)) // true
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const makeDate = (
  year: number,
  month: number,
  day: number
): Result.Result<LocalDate, CalendarError> => {
  const problem =
    !Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)
      ? "expected whole numbers"
      : year > 9999
        ? "years run from 0001 to 9999"
        : dateProblem(year, month, day)
  return problem === undefined
    ? Result.succeed(formatDate(year, month, day))
    : fail(`No such date: year ${year}, month ${month}, day ${day} (${problem})`)
}

/**
 * A date written in code. Throws a `RangeError` if it is not a real `"YYYY-MM-DD"` date, which
 * is a programming mistake; use {@link parseDate} for input that may be wrong.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * const bastilleDay = Calendar.date("2024-07-14")
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const date = (text: string): LocalDate => {
  const problem = localDateProblem(text)
  if (problem !== undefined) throw new RangeError(problem)
  return text as LocalDate
}

/**
 * Checks a `"YYYY-MM"` string from untrusted input.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * Calendar.parseYearMonth("2024-02") // Result.succeed("2024-02")
 * Result.isFailure(Calendar.parseYearMonth("2024-13")) // true
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const parseYearMonth = (text: string): Result.Result<YearMonth, CalendarError> => {
  const problem = yearMonthTextProblem(text)
  return problem === undefined ? Result.succeed(text as YearMonth) : fail(problem)
}

/**
 * A month written in code. Throws a `RangeError` if it is not a valid `"YYYY-MM"`; use
 * {@link parseYearMonth} for input that may be wrong.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * const february = Calendar.yearMonth("2024-02")
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const yearMonth = (text: string): YearMonth => {
  const problem = yearMonthTextProblem(text)
  if (problem !== undefined) throw new RangeError(problem)
  return text as YearMonth
}

/**
 * The period `[start, end)`, if `start` is on or before `end`.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const start = Calendar.date("2024-01-01")
 * const end = Calendar.date("2024-07-01")
 * Result.isSuccess(Calendar.makePeriod(start, end)) // true
 * Result.isFailure(Calendar.makePeriod(end, start)) // true
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const makePeriod = (start: LocalDate, end: LocalDate): Result.Result<Period, CalendarError> => {
  const problem = periodProblem(start, end)
  return problem === undefined ? Result.succeed({ start, end }) : fail(problem)
}

/**
 * A period `[start, end)` written in code. Throws a `RangeError` if either date is invalid or
 * `end` is before `start`; use {@link makePeriod} for input that may be wrong.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * // The first half of 2024 (2024-07-01 excluded).
 * const firstHalf = Calendar.period("2024-01-01", "2024-07-01")
 * Calendar.lengthInDays(firstHalf) // 182
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const period = (start: string, end: string): Period => {
  const from = date(start)
  const to = date(end)
  const problem = periodProblem(from, to)
  if (problem !== undefined) throw new RangeError(problem)
  return { start: from, end: to }
}

// -----------------------------------------------------------------------------
// conversions
// -----------------------------------------------------------------------------

/**
 * The number of days from 1970-01-01 to the date (negative before 1970). Allocation-free.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.toDayNumber(Calendar.date("1970-01-02")) // 1
 * Calendar.toDayNumber(Calendar.date("1969-12-31")) // -1
 * ```
 *
 * @since 0.1.0
 * @category conversions
 */
export const toDayNumber = (self: LocalDate): number =>
  dayNumberOf(readYear(self), readMonth(self), readDay(self))

/**
 * The date `n` days after 1970-01-01, the inverse of {@link toDayNumber}. Throws a `RangeError`
 * if `n` is not a whole number or falls outside 0001-01-01 to 9999-12-31.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.fromDayNumber(0) // "1970-01-01"
 * Calendar.fromDayNumber(19_723) // "2024-01-01"
 * ```
 *
 * @since 0.1.0
 * @category conversions
 */
export const fromDayNumber = (n: number): LocalDate => {
  if (!Number.isInteger(n) || n < minDayNumber || n > maxDayNumber) {
    throw new RangeError(`Day number ${n} is outside the supported calendar (0001-01-01 to 9999-12-31)`)
  }
  const packed = packedCivilOf(n)
  return formatDate(Math.floor(packed / 10000), Math.floor(packed / 100) % 100, packed % 100)
}

/**
 * The year, month (1 to 12) and day of month of a date.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.parts(Calendar.date("2024-07-14")) // { year: 2024, month: 7, day: 14 }
 * ```
 *
 * @since 0.1.0
 * @category conversions
 */
export const parts = (
  self: LocalDate
): { readonly year: number; readonly month: number; readonly day: number } => ({
  year: readYear(self),
  month: readMonth(self),
  day: readDay(self)
})

/**
 * The calendar year of a date.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.yearOf(Calendar.date("2024-07-14")) // 2024
 * ```
 *
 * @since 0.1.0
 * @category conversions
 */
export const yearOf = (self: LocalDate): number => readYear(self)

/**
 * The month a date falls in.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.monthOf(Calendar.date("2024-07-14")) // "2024-07"
 * ```
 *
 * @since 0.1.0
 * @category conversions
 */
export const monthOf = (self: LocalDate): YearMonth => self.slice(0, 7) as YearMonth

/**
 * The first day of a month.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.firstDayOfMonth(Calendar.yearMonth("2024-02")) // "2024-02-01"
 * ```
 *
 * @since 0.1.0
 * @category conversions
 */
export const firstDayOfMonth = (self: YearMonth): LocalDate => `${self}-01` as LocalDate

// -----------------------------------------------------------------------------
// arithmetic
// -----------------------------------------------------------------------------

/**
 * The date `n` days later (earlier if `n` is negative). Throws a `RangeError` if `n` is not a
 * whole number or the result leaves 0001-01-01 to 9999-12-31.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 * import { pipe } from "effect"
 *
 * Calendar.addDays(Calendar.date("2024-02-28"), 1) // "2024-02-29"
 * pipe(Calendar.date("2024-03-01"), Calendar.addDays(-1)) // "2024-02-29"
 * ```
 *
 * @since 0.1.0
 * @category arithmetic
 */
export const addDays: {
  (n: number): (self: LocalDate) => LocalDate
  (self: LocalDate, n: number): LocalDate
} = dual(2, (self: LocalDate, n: number): LocalDate => {
  const target = toDayNumber(self) + n
  if (!Number.isInteger(n) || target < minDayNumber || target > maxDayNumber) {
    throw new RangeError(
      `Cannot add ${n} days to ${self}: the result must be a date from 0001-01-01 to 9999-12-31`
    )
  }
  return fromDayNumber(target)
})

/**
 * The number of days from `from` to `to`: positive when `to` is later, so that
 * `addDays(from, daysBetween(from, to))` is `to`.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.daysBetween(Calendar.date("2024-02-01"), Calendar.date("2024-03-01")) // 29
 * ```
 *
 * @since 0.1.0
 * @category arithmetic
 */
export const daysBetween = (from: LocalDate, to: LocalDate): number => toDayNumber(to) - toDayNumber(from)

/**
 * The month `n` months later (earlier if `n` is negative). Throws a `RangeError` if `n` is not
 * a whole number or the result leaves 0001-01 to 9999-12.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.addMonths(Calendar.yearMonth("2024-11"), 3) // "2025-02"
 * ```
 *
 * @since 0.1.0
 * @category arithmetic
 */
export const addMonths = (self: YearMonth, n: number): YearMonth => {
  const index = readYear(self) * 12 + readMonth(self) - 1 + n
  if (!Number.isInteger(n) || index < 12 || index >= 120000) {
    throw new RangeError(
      `Cannot add ${n} months to ${self}: the result must be a month from 0001-01 to 9999-12`
    )
  }
  return formatYearMonth(Math.floor(index / 12), (index % 12) + 1)
}

// -----------------------------------------------------------------------------
// comparison
// -----------------------------------------------------------------------------

/**
 * Orders two dates: `-1` if `self` is earlier, `0` if equal, `1` if later. Allocation-free.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.compare(Calendar.date("2024-01-31"), Calendar.date("2024-02-01")) // -1
 * ```
 *
 * @since 0.1.0
 * @category comparison
 */
export const compare = (self: LocalDate, that: LocalDate): -1 | 0 | 1 =>
  self < that ? -1 : self > that ? 1 : 0

/**
 * Whether `self` is strictly earlier than `that`.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.isBefore(Calendar.date("2024-01-31"), Calendar.date("2024-02-01")) // true
 * ```
 *
 * @since 0.1.0
 * @category comparison
 */
export const isBefore = (self: LocalDate, that: LocalDate): boolean => self < that

/**
 * Whether `self` is strictly later than `that`.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.isAfter(Calendar.date("2024-02-01"), Calendar.date("2024-01-31")) // true
 * ```
 *
 * @since 0.1.0
 * @category comparison
 */
export const isAfter = (self: LocalDate, that: LocalDate): boolean => self > that

/**
 * The earlier of two dates.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.min(Calendar.date("2024-03-01"), Calendar.date("2024-02-01")) // "2024-02-01"
 * ```
 *
 * @since 0.1.0
 * @category comparison
 */
export const min = (self: LocalDate, that: LocalDate): LocalDate => (self <= that ? self : that)

/**
 * The later of two dates.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.max(Calendar.date("2024-03-01"), Calendar.date("2024-02-01")) // "2024-03-01"
 * ```
 *
 * @since 0.1.0
 * @category comparison
 */
export const max = (self: LocalDate, that: LocalDate): LocalDate => (self >= that ? self : that)

// -----------------------------------------------------------------------------
// calendar facts
// -----------------------------------------------------------------------------

/**
 * The ISO day of the week: 1 for Monday through 7 for Sunday.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.dayOfWeek(Calendar.date("2024-07-14")) // 7 (a Sunday)
 * ```
 *
 * @since 0.1.0
 * @category calendar facts
 */
export const dayOfWeek = (self: LocalDate): 1 | 2 | 3 | 4 | 5 | 6 | 7 =>
  (((((toDayNumber(self) + 3) % 7) + 7) % 7) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7

/**
 * Whether a date is a Saturday or a Sunday.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.isWeekend(Calendar.date("2024-07-13")) // true
 * Calendar.isWeekend(Calendar.date("2024-07-15")) // false
 * ```
 *
 * @since 0.1.0
 * @category calendar facts
 */
export const isWeekend = (self: LocalDate): boolean => dayOfWeek(self) >= 6

/**
 * The ISO 8601 week of a date. Weeks start on Monday and belong to the year of their Thursday,
 * so the week-numbering year can differ from the calendar year near New Year.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.isoWeek(Calendar.date("2021-01-03")) // { year: 2020, week: 53 }
 * Calendar.isoWeek(Calendar.date("2024-12-30")) // { year: 2025, week: 1 }
 * ```
 *
 * @since 0.1.0
 * @category calendar facts
 */
export const isoWeek = (self: LocalDate): IsoWeek => {
  const n = toDayNumber(self)
  const thursday = n - dayOfWeek(self) + 4
  const year = Math.floor(packedCivilOf(thursday) / 10000)
  return { year, week: Math.floor((thursday - dayNumberOf(year, 1, 1)) / 7) + 1 }
}

/**
 * Whether a year has 366 days in the Gregorian calendar.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.isLeapYear(2024) // true
 * Calendar.isLeapYear(1900) // false
 * Calendar.isLeapYear(2000) // true
 * ```
 *
 * @since 0.1.0
 * @category calendar facts
 */
export const isLeapYear = (year: number): boolean => leap(year)

/**
 * The number of days in a month (28 to 31).
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.daysInMonth(Calendar.yearMonth("2023-02")) // 28
 * Calendar.daysInMonth(Calendar.yearMonth("2024-02")) // 29
 * ```
 *
 * @since 0.1.0
 * @category calendar facts
 */
export const daysInMonth = (self: YearMonth): number => monthLength(readYear(self), readMonth(self))

// -----------------------------------------------------------------------------
// periods
// -----------------------------------------------------------------------------

/**
 * A month as a period: from its first day to the first day of the next month (excluded).
 * Throws a `RangeError` for 9999-12, whose end would be after 9999-12-31.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.monthPeriod(Calendar.yearMonth("2024-02"))
 * // { start: "2024-02-01", end: "2024-03-01" }
 * ```
 *
 * @since 0.1.0
 * @category periods
 */
export const monthPeriod = (self: YearMonth): Period => {
  if (self >= "9999-12") {
    throw new RangeError(`The month ${self} has no end date before 10000: its period cannot be represented`)
  }
  return { start: firstDayOfMonth(self), end: firstDayOfMonth(addMonths(self, 1)) }
}

/**
 * A calendar year as a period: `[year-01-01, (year + 1)-01-01)`. Throws a `RangeError` unless
 * `year` is a whole number from 1 to 9998.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.yearPeriod(2024) // { start: "2024-01-01", end: "2025-01-01" }
 * ```
 *
 * @since 0.1.0
 * @category periods
 */
export const yearPeriod = (year: number): Period => {
  checkYear(year, 9998, "for a year period")
  return { start: formatDate(year, 1, 1), end: formatDate(year + 1, 1, 1) }
}

/**
 * Whether a period contains a date: `start <= date < end`. Allocation-free.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 * import { pipe } from "effect"
 *
 * const july = Calendar.period("2024-07-01", "2024-08-01")
 * Calendar.contains(july, Calendar.date("2024-07-31")) // true
 * pipe(july, Calendar.contains(Calendar.date("2024-08-01"))) // false
 * ```
 *
 * @since 0.1.0
 * @category periods
 */
export const contains: {
  (date: LocalDate): (self: Period) => boolean
  (self: Period, date: LocalDate): boolean
} = dual(2, (self: Period, date: LocalDate): boolean => self.start <= date && date < self.end)

/**
 * The number of days in a period (the end date is excluded).
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.lengthInDays(Calendar.period("2024-02-01", "2024-03-01")) // 29
 * ```
 *
 * @since 0.1.0
 * @category periods
 */
export const lengthInDays = (self: Period): number => daysBetween(self.start, self.end)

/**
 * Whether a period has no day (`start` equals `end`).
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.isEmpty(Calendar.period("2024-02-01", "2024-02-01")) // true
 * ```
 *
 * @since 0.1.0
 * @category periods
 */
export const isEmpty = (self: Period): boolean => self.start === self.end

/**
 * Whether two periods share at least one day. Periods that only touch (one ends where the
 * other starts) do not overlap, and an empty period overlaps nothing.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * const h1 = Calendar.period("2024-01-01", "2024-07-01")
 * const h2 = Calendar.period("2024-07-01", "2025-01-01")
 * Calendar.overlaps(h1, h2) // false
 * Calendar.overlaps(h1, Calendar.period("2024-06-30", "2024-07-02")) // true
 * ```
 *
 * @since 0.1.0
 * @category periods
 */
export const overlaps = (self: Period, that: Period): boolean =>
  self.start < that.end && that.start < self.end && self.start < self.end && that.start < that.end

/**
 * The days two periods have in common, or `undefined` when they do not {@link overlaps overlap}.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.intersection(Calendar.period("2024-01-01", "2024-07-01"), Calendar.period("2024-06-01", "2024-09-01"))
 * // { start: "2024-06-01", end: "2024-07-01" }
 * ```
 *
 * @since 0.1.0
 * @category periods
 */
export const intersection = (self: Period, that: Period): Period | undefined => {
  const start = max(self.start, that.start)
  const end = min(self.end, that.end)
  return start < end ? { start, end } : undefined
}

/**
 * Every day of a period, in order (the end date excluded).
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.eachDay(Calendar.period("2024-02-28", "2024-03-01")) // ["2024-02-28", "2024-02-29"]
 * ```
 *
 * @since 0.1.0
 * @category periods
 */
export const eachDay = (self: Period): Array<LocalDate> => {
  const first = toDayNumber(self.start)
  const end = toDayNumber(self.end)
  const days = new Array<LocalDate>(Math.max(0, end - first))
  for (let n = first; n < end; n++) days[n - first] = fromDayNumber(n)
  return days
}

/**
 * Every month that contains at least one day of the period, in order (none for an empty period).
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.eachMonth(Calendar.period("2024-01-15", "2024-03-01")) // ["2024-01", "2024-02"]
 * ```
 *
 * @since 0.1.0
 * @category periods
 */
export const eachMonth = (self: Period): Array<YearMonth> => {
  if (isEmpty(self)) return []
  const last = monthOf(addDays(self.end, -1))
  const months: Array<YearMonth> = []
  for (let month = monthOf(self.start); ; month = addMonths(month, 1)) {
    months.push(month)
    if (month === last) return months
  }
}

/**
 * Cuts a period at the given dates. Cuts outside the open range `(start, end)` and repeated
 * cuts are ignored, and their order does not matter. The result is the consecutive non-empty
 * parts, in order, that together cover the period exactly (none for an empty period).
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.splitAt(Calendar.period("2024-01-01", "2025-01-01"), [Calendar.date("2024-07-01")])
 * // [{ start: "2024-01-01", end: "2024-07-01" }, { start: "2024-07-01", end: "2025-01-01" }]
 * ```
 *
 * @since 0.1.0
 * @category periods
 */
export const splitAt = (self: Period, cuts: ReadonlyArray<LocalDate>): Array<Period> => {
  if (isEmpty(self)) return []
  const inside = cuts.filter((cut) => self.start < cut && cut < self.end).sort(compare)
  const result: Array<Period> = []
  let start = self.start
  for (const cut of inside) {
    if (cut === start) continue
    result.push({ start, end: cut })
    start = cut
  }
  result.push({ start, end: self.end })
  return result
}

/**
 * Cuts a period at each first day of a month, so that every part lies within one month.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.splitByMonth(Calendar.period("2024-01-15", "2024-02-10"))
 * // [{ start: "2024-01-15", end: "2024-02-01" }, { start: "2024-02-01", end: "2024-02-10" }]
 * ```
 *
 * @since 0.1.0
 * @category periods
 */
export const splitByMonth = (self: Period): Array<Period> =>
  splitAt(
    self,
    eachMonth(self).map((month) => firstDayOfMonth(month))
  )

// -----------------------------------------------------------------------------
// public holidays
// -----------------------------------------------------------------------------

// Meeus / Jones / Butcher ("anonymous Gregorian") computus, packed as `month * 100 + day`.
const easterMonthDay = (year: number): number => {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const n = h + l - 7 * m + 114
  return Math.floor(n / 31) * 100 + (n % 31) + 1
}

const easterDayNumber = (year: number): number => {
  const monthDay = easterMonthDay(year)
  return dayNumberOf(year, Math.floor(monthDay / 100), monthDay % 100)
}

/**
 * Easter Sunday of a year, by the Gregorian computus (the anonymous Gregorian algorithm given by
 * Meeus), applied proleptically before 1583. Throws a `RangeError` unless `year` is a whole
 * number from 1 to 9999.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.easterSunday(2024) // "2024-03-31"
 * Calendar.easterSunday(2025) // "2025-04-20"
 * ```
 *
 * @since 0.1.0
 * @category public holidays
 */
export const easterSunday = (year: number): LocalDate => {
  checkYear(year, 9999, "for Easter")
  const monthDay = easterMonthDay(year)
  return formatDate(year, Math.floor(monthDay / 100), monthDay % 100)
}

/**
 * Options for {@link publicHolidays} and {@link isPublicHoliday}: `alsaceMoselle: true` adds
 * the two days observed in Bas-Rhin, Haut-Rhin and Moselle (Good Friday and 26 December).
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * const options: Calendar.PublicHolidayOptions = { alsaceMoselle: true }
 * Calendar.publicHolidays(2024, options).length // 13
 * ```
 *
 * @since 0.1.0
 * @category public holidays
 */
export interface PublicHolidayOptions {
  readonly alsaceMoselle?: boolean
}

/**
 * The French public holidays of a year (Code du travail, art. L3133-1), sorted by date: Jour de
 * l'an (1 January), Lundi de Pâques, Fête du Travail (1 May), Victoire 1945 (8 May), Ascension
 * (Easter + 39 days), Lundi de Pentecôte (Easter + 50 days), Fête nationale (14 July),
 * Assomption (15 August), Toussaint (1 November), Armistice 1918 (11 November) and Noël
 * (25 December). With `alsaceMoselle: true`, also Vendredi saint (Easter − 2 days) and
 * Saint-Étienne (26 December). Every holiday is listed even when two fall on the same day (in
 * 2008, Ascension was on 1 May), so there are always 11 entries, or 13. Throws a `RangeError`
 * unless `year` is a whole number from 1 to 9999.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.publicHolidays(2024).map((h) => h.date)
 * // ["2024-01-01", "2024-04-01", "2024-05-01", "2024-05-08", "2024-05-09", "2024-05-20",
 * //  "2024-07-14", "2024-08-15", "2024-11-01", "2024-11-11", "2024-12-25"]
 * ```
 *
 * @since 0.1.0
 * @category public holidays
 */
export const publicHolidays = (year: number, options?: PublicHolidayOptions): Array<PublicHoliday> => {
  checkYear(year, 9999, "for public holidays")
  const easter = easterDayNumber(year)
  const fixed = (month: number, day: number, name: string) => ({ n: dayNumberOf(year, month, day), name })
  const fromEaster = (offset: number, name: string) => ({ n: easter + offset, name })
  const holidays = [
    fixed(1, 1, "Jour de l'an"),
    ...(options?.alsaceMoselle === true ? [fromEaster(-2, "Vendredi saint")] : []),
    fromEaster(1, "Lundi de Pâques"),
    fixed(5, 1, "Fête du Travail"),
    fixed(5, 8, "Victoire 1945"),
    fromEaster(39, "Ascension"),
    fromEaster(50, "Lundi de Pentecôte"),
    fixed(7, 14, "Fête nationale"),
    fixed(8, 15, "Assomption"),
    fixed(11, 1, "Toussaint"),
    fixed(11, 11, "Armistice 1918"),
    fixed(12, 25, "Noël"),
    ...(options?.alsaceMoselle === true ? [fixed(12, 26, "Saint-Étienne")] : [])
  ]
  // `Array.prototype.sort` is stable: holidays on the same day keep the order of the law.
  holidays.sort((a, b) => a.n - b.n)
  return holidays.map((h) => ({ date: fromDayNumber(h.n), name: h.name }))
}

/**
 * Whether a date is a French public holiday (see {@link publicHolidays}).
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.isPublicHoliday(Calendar.date("2024-05-09")) // true (Ascension)
 * Calendar.isPublicHoliday(Calendar.date("2024-03-29")) // false
 * Calendar.isPublicHoliday(Calendar.date("2024-03-29"), { alsaceMoselle: true }) // true (Vendredi saint)
 * ```
 *
 * @since 0.1.0
 * @category public holidays
 */
export const isPublicHoliday = (self: LocalDate, options?: PublicHolidayOptions): boolean => {
  const month = readMonth(self)
  const day = readDay(self)
  const alsaceMoselle = options?.alsaceMoselle === true
  switch (month) {
    case 1:
      if (day === 1) return true
      break
    case 5:
      if (day === 1 || day === 8) return true
      break
    case 7:
      if (day === 14) return true
      break
    case 8:
      if (day === 15) return true
      break
    case 11:
      if (day === 1 || day === 11) return true
      break
    case 12:
      return day === 25 || (alsaceMoselle && day === 26)
  }
  // Movable feasts fall between 20 March (Good Friday) and 14 June (Whit Monday).
  if (month < 3 || month > 6) return false
  const offset = toDayNumber(self) - easterDayNumber(readYear(self))
  return offset === 1 || offset === 39 || offset === 50 || (alsaceMoselle && offset === -2)
}

// -----------------------------------------------------------------------------
// schemas
// -----------------------------------------------------------------------------

// The same rule as `localDateProblem`, as a pattern for JSON Schema validators (editors):
// month lengths, 29 February of leap years only, years 0001 to 9999.
const localDatePattern =
  "^(?!0000)(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"

/**
 * Schema of a date written `"YYYY-MM-DD"` in JSON. Decoding fails, with a message that names
 * the expected form and, for a well-formed but impossible date, the reason (`"2023-02-29"`: days
 * run from 01 to 28 in February 2023).
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.decodeUnknownSync(Calendar.LocalDateSchema)("2024-02-29") // "2024-02-29"
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const LocalDateSchema = Schema.String.annotate({ message: `Expected ${dateExpected} (a string)` })
  .check(
    Schema.makeFilter((text: string) => localDateProblem(text), {
      expected: dateExpected,
      toJsonSchema: () => ({ pattern: localDatePattern }),
      title: "LocalDate",
      description: 'A calendar date "YYYY-MM-DD" (years 0001 to 9999), without time or time zone'
    })
  )
  .pipe(Schema.brand("LocalDate"))
  .annotate({ identifier: "LocalDate" })

/**
 * Schema of a month written `"YYYY-MM"` in JSON.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.decodeUnknownSync(Calendar.YearMonthSchema)("2024-02") // "2024-02"
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const YearMonthSchema = Schema.String.annotate({ message: `Expected ${yearMonthExpected} (a string)` })
  .check(
    Schema.makeFilter((text: string) => yearMonthTextProblem(text), {
      expected: yearMonthExpected,
      title: "YearMonth",
      description: 'A calendar month "YYYY-MM" (years 0001 to 9999)'
    })
  )
  .pipe(Schema.brand("YearMonth"))

/**
 * Schema of a period in JSON: `{ "start": "YYYY-MM-DD", "end": "YYYY-MM-DD" }`, half-open (the
 * end date is excluded), with `start` on or before `end`.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * const year2024 = Schema.decodeUnknownSync(Calendar.PeriodSchema)({ start: "2024-01-01", end: "2025-01-01" })
 * Calendar.lengthInDays(year2024) // 366
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const PeriodSchema = Schema.Struct({ start: LocalDateSchema, end: LocalDateSchema })
  .annotate({ message: 'Expected a period { "start": "YYYY-MM-DD", "end": "YYYY-MM-DD" } (an object)' })
  .check(
    Schema.makeFilter((p) => periodProblem(p.start, p.end), {
      expected: "a period whose start is on or before its end",
      title: "Period",
      description: "A half-open range of days [start, end): the end date is excluded"
    })
  )

// -----------------------------------------------------------------------------
// renderers
// -----------------------------------------------------------------------------

/**
 * Formats a date the French way, `"14/07/2024"`, for display.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.format(Calendar.date("2024-07-14")) // "14/07/2024"
 * ```
 *
 * @since 0.1.0
 * @category renderers
 */
export const format = (self: LocalDate): string =>
  `${self.slice(8, 10)}/${self.slice(5, 7)}/${self.slice(0, 4)}`

/**
 * Formats a period for display with its last included day, the way French documents write
 * ranges: `"du 01/01/2024 au 30/06/2024"`. An empty period is written `"période vide (01/01/2024)"`.
 *
 * @example
 * ```ts
 * import { Calendar } from "@gip-sante/core"
 *
 * Calendar.formatPeriod(Calendar.period("2024-01-01", "2024-07-01")) // "du 01/01/2024 au 30/06/2024"
 * ```
 *
 * @since 0.1.0
 * @category renderers
 */
export const formatPeriod = (self: Period): string =>
  isEmpty(self)
    ? `période vide (${format(self.start)})`
    : `du ${format(self.start)} au ${format(addDays(self.end, -1))}`

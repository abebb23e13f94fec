/**
 * Years of service between two ISO dates, counted by anniversaries: a whole year on each
 * anniversary of the start (29 February anniversaries fall on 28 February in common years),
 * plus the elapsed share of the current anniversary year. Internal to Pay; allocation-free.
 */

const digit = (s: string, i: number) => s.charCodeAt(i) - 48

const yearOf = (d: string) => digit(d, 0) * 1000 + digit(d, 1) * 100 + digit(d, 2) * 10 + digit(d, 3)
const monthOf = (d: string) => digit(d, 5) * 10 + digit(d, 6)
const dayOf = (d: string) => digit(d, 8) * 10 + digit(d, 9)

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

// Days since 1970-01-01 (proleptic Gregorian), Howard Hinnant's days_from_civil.
const dayNumber = (y: number, m: number, d: number): number => {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

const anniversary = (year: number, month: number, day: number): number =>
  dayNumber(year, month, month === 2 && day === 29 && !isLeap(year) ? 28 : day)

/** Years from `start` to `date` (0 when `date` is not after `start`). */
export const yearsBetween = (start: string, date: string): number => {
  if (date <= start) return 0
  const sm = monthOf(start)
  const sd = dayOf(start)
  const dy = yearOf(date)
  const target = dayNumber(dy, monthOf(date), dayOf(date))
  let whole = dy - yearOf(start)
  let last = anniversary(dy, sm, sd)
  if (last > target) {
    whole -= 1
    last = anniversary(dy - 1, sm, sd)
  }
  const next = anniversary(yearOf(start) + whole + 1, sm, sd)
  return whole + (target - last) / (next - last)
}

/** The first day on which `yearsBetween(start, day) >= years` (for whole `years`). */
export const anniversaryAfter = (start: string, years: number): string => {
  const y = yearOf(start) + years
  const m = monthOf(start)
  const d = dayOf(start)
  const day = m === 2 && d === 29 && !isLeap(y) ? 28 : d
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`
}

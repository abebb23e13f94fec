/**
 * Hours as whole minutes, the unit in which contract hours and hours parameters are exact.
 * Internal: `Contract` decodes weekly hours with it, `Parameter` checks hours values with it, and
 * `Contract.fte` and `Pay` divide hours as minutes, so that no share of hours is ever a float.
 *
 * Hours come as decimal numbers (27.5, 27.25). Minutes that are not a multiple of 3 have no
 * finite decimal in hours (11 h 40 min is 11.666…), and arithmetic leaves binary noise
 * (39 × 0.7 is 27.299999999999997): hours within a millionth of a minute of a whole minute are
 * read as that minute; any other hours are not a whole number of minutes.
 */
import { type Ratio, ratio } from "../Money.js"

// Far below any minute a person means, far above the binary noise of hours up to a year's.
const tolerance = 1e-6

/** The whole number of minutes `hours` stands for, or `undefined` when there is none. */
export const wholeMinutes = (hours: number): number | undefined => {
  const minutes = hours * 60
  const rounded = Math.round(minutes)
  return Math.abs(minutes - rounded) <= tolerance && Number.isSafeInteger(rounded) ? rounded : undefined
}

/** Hours that are exactly `minutes` minutes (the nearest number: 700 minutes is 11.666… h). */
export const hoursOfMinutes = (minutes: number): number => minutes / 60

/**
 * The exact fraction `a / b` of two hours (17.5 and 35 give 1/2), read as whole minutes;
 * `undefined` when either is not a whole number of minutes, or `b` is not positive.
 */
export const hoursRatio = (a: number, b: number): Ratio | undefined => {
  const x = wholeMinutes(a)
  const y = wholeMinutes(b)
  return x === undefined || y === undefined || y <= 0 || x < 0 ? undefined : ratio(x, y)
}

/** Why hours are not a whole number of minutes, for an error message. */
export const notWholeMinutes = (hours: number, what: string): string =>
  `${hours} ${what} are not a whole number of minutes`

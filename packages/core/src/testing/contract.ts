/**
 * fast-check arbitraries for contracts.
 *
 * @since 0.1.0
 * @module
 */
import * as fc from "fast-check"
import { addDays, type LocalDate } from "../Calendar.js"
import type { Contract } from "../Contract.js"
import { localDate } from "./calendar.js"

/**
 * Contracts valid under bounds like the Occitanie preset's (by default 4 to 39 h a week over 1
 * to 5 days, at most 10 h a day), in the given professions, starting between `min` and `max`.
 *
 * @example
 * ```ts
 * import { contract } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(contract({ professions: ["gp", "midwife"] }), 2)
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const contract = (
  options: {
    readonly professions?: ReadonlyArray<string>
    readonly minWeeklyHours?: number
    readonly maxWeeklyHours?: number
    readonly maxDaysPerWeek?: number
    readonly maxHoursPerDay?: number
    readonly min?: LocalDate
    readonly max?: LocalDate
  } = {}
): fc.Arbitrary<Contract> => {
  const minHours = options.minWeeklyHours ?? 4
  const maxHours = options.maxWeeklyHours ?? 39
  const maxDays = options.maxDaysPerWeek ?? 5
  const maxPerDay = options.maxHoursPerDay ?? 10
  return fc
    .record({
      id: fc.stringMatching(/^c[0-9]{1,6}$/),
      profession: fc.constantFrom(...(options.professions ?? ["gp", "midwife", "ipa", "secretary"])),
      // Half hours, as contracts are written.
      halfHours: fc.integer({ min: Math.ceil(minHours * 2), max: Math.floor(maxHours * 2) }),
      start: localDate({
        min: options.min ?? ("2022-06-17" as LocalDate),
        max: options.max ?? ("2025-12-31" as LocalDate)
      }),
      lengthInDays: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
      seniorityAtHireYears: fc.oneof(
        fc.integer({ min: 0, max: 35 }),
        fc.integer({ min: 0, max: 140 }).map((q) => q / 4)
      ),
      retiree: fc.boolean(),
      extraDays: fc.nat({ max: 4 })
    })
    .map(({ id, profession, halfHours, start, lengthInDays, seniorityAtHireYears, retiree, extraDays }) => {
      const weeklyHours = halfHours / 2
      const minDays = Math.max(1, Math.ceil(weeklyHours / maxPerDay))
      const daysPerWeek = Math.min(maxDays, minDays + extraDays)
      const end = lengthInDays === undefined ? undefined : addDays(start, lengthInDays)
      return {
        id,
        profession,
        weeklyHours,
        daysPerWeek,
        start,
        ...(end === undefined ? {} : { end }),
        seniorityAtHireYears,
        retiree,
        kind: end === undefined ? ("permanent" as const) : ("fixedTerm" as const)
      }
    })
}

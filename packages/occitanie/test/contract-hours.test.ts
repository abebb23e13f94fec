// Pay and FTE on what the decoders accept (issue 17, defect 2): weekly hours are a whole number
// of minutes, decimal parameters carry at most the digits they can hold exactly, and amounts
// beyond what cents can count exactly are typed errors.
import { Calendar, Contract, Pay, Policy } from "@gip-sante/core"
import { policy } from "@gip-sante/occitanie"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const json = (weeklyHours: number, daysPerWeek = 4) => ({
  id: "c1",
  profession: "gp",
  weeklyHours,
  daysPerWeek,
  start: "2025-01-01",
  seniorityAtHireYears: 0,
  retiree: false,
  kind: "permanent"
})

const on = Calendar.date("2025-06-01")
const decoded = (weeklyHours: number, daysPerWeek = 4) =>
  Result.getOrThrow(Contract.decode(policy, json(weeklyHours, daysPerWeek)))
const messages = (
  r: Result.Result<unknown, { readonly issues: ReadonlyArray<{ path: string; message: string }> }>
) => (Result.isFailure(r) ? r.failure.issues.map((i) => `${i.path}: ${i.message}`) : [])

const assumption = { kind: "assumption", rationale: "A test value", replaceWith: "the real one" } as const

describe("weekly hours are a whole number of minutes", () => {
  it("39 × 0.7 hours (27.299999999999997) decodes to 27.3 h, and pay and FTE follow", () => {
    const c = decoded(39 * 0.7)
    expect(c.weeklyHours).toBe(27.3)
    expect(Result.getOrThrow(Contract.fte(policy, c, on))).toStrictEqual({ numerator: 39, denominator: 50 })
    const pay = Result.getOrThrow(Pay.monthly(policy, c, on))
    expect(pay.payShare).toStrictEqual({ numerator: 39, denominator: 50 })
    expect(Number.isSafeInteger(pay.employerCost)).toBe(true)
  })

  it("35 / 3 hours (11 h 40 min) decodes, and pay, FTE and a batch follow", () => {
    const c = decoded(35 / 3, 2)
    expect(Result.getOrThrow(Contract.fte(policy, c, on))).toStrictEqual({ numerator: 1, denominator: 3 })
    expect(Result.isSuccess(Pay.monthly(policy, c, on))).toBe(true)
    const batch = Result.getOrThrow(Pay.batch(policy, [decoded(35), c], on))
    expect(Array.from(batch.active)).toStrictEqual([1, 1])
    expect(batch.net[1]).toBe(Result.getOrThrow(Pay.monthly(policy, c, on)).net)
  })

  it("hours that are not a whole number of minutes, or more than a week holds, are rejected at decoding", () => {
    expect(messages(Contract.decode(policy, json(27.123)))).toStrictEqual([
      "weeklyHours: Expected weekly hours that are a whole number of minutes (such as 27.5 for 27 h 30 min, or 27.25 for 27 h 15 min), got 27.123"
    ])
    expect(messages(Contract.decode(policy, json(200)))).toStrictEqual([
      "weeklyHours: Expected at most 168 hours (the hours of a week), got 200"
    ])
  })

  it("a contract built by hand with such hours gets a typed error from pay and FTE, never an exception", () => {
    const c: Contract.Contract = { ...decoded(35), weeklyHours: 27.123 }
    const pay = Pay.monthly(policy, c, on)
    expect(Result.isFailure(pay) && pay.failure.message).toBe(
      "Contract c1: 27.123 weekly hours are not a whole number of minutes"
    )
    expect(messages(Contract.fte(policy, c, on))).toStrictEqual([
      "weeklyHours: 27.123 weekly hours are not a whole number of minutes"
    ])
    const batch = Pay.batch(policy, [c], on)
    expect(Result.isFailure(batch) && batch.failure.message).toBe(
      "Contract c1: 27.123 weekly hours are not a whole number of minutes"
    )
  })
})

describe("decimal parameters carry only the digits they can hold exactly", () => {
  it("an override of a contribution rate with 0.06999999999999999 is rejected with the value's path", () => {
    const r = Policy.override(policy, {
      parameters: {
        "contributions.health.employerRate": {
          history: [{ from: "2020-01-01", value: 0.06999999999999999, provenance: assumption }]
        }
      }
    })
    expect(messages(r)).toStrictEqual([
      'parameters["contributions.health.employerRate"].history[0].value: Expected a number with at most 6 decimals (such as 0.815), got 0.06999999999999999'
    ])
  })

  it("hours parameters are whole minutes, at most the hours of their period", () => {
    const r = Policy.override(policy, {
      parameters: {
        "contract.fullTimeWeeklyHours": {
          history: [{ from: "2022-06-17", value: 35.123456, provenance: assumption }]
        },
        "contract.maxHoursPerDay": { history: [{ from: "2022-06-17", value: 25, provenance: assumption }] }
      }
    })
    expect(messages(r)).toStrictEqual([
      'parameters["contract.fullTimeWeeklyHours"].history[0].value: Expected hours that are a whole number of minutes (such as 7.5 for 7 h 30 min), got 35.123456',
      'parameters["contract.maxHoursPerDay"].history[0].value: Expected a number of hours between 0 and 24 (the hours of a day), got 25'
    ])
  })
})

describe("amounts beyond what cents count exactly are typed errors", () => {
  it("a grid of 9,999,999,999,999.99 € net with employee contributions of about 97 % gives a PayError, not an unsafe integer", () => {
    const extreme = Result.getOrThrow(
      Policy.override(policy, {
        parameters: {
          "pay.gp.grid": {
            history: [
              {
                from: "2022-06-17",
                value: [{ fromYears: 0, amount: "9999999999999.99" }],
                provenance: assumption
              }
            ]
          },
          "contract.extraHoursCompensatedByRtt": {
            history: [{ from: "2022-06-17", value: false, provenance: assumption }]
          },
          "contributions.csgDeductible.employeeRate": {
            history: [{ from: "2020-01-01", value: 0.9, provenance: assumption }]
          },
          "contributions.csgNonDeductible.employeeRate": {
            history: [{ from: "2020-01-01", value: 0.08, provenance: assumption }]
          },
          // The capped lines weigh nothing on such pay; zero, they leave room under 100 % for the CSG.
          "contributions.oldAgeCapped.employeeRate": {
            history: [{ from: "2020-01-01", value: 0, provenance: assumption }]
          },
          "contributions.ircantecA.employeeRate": {
            history: [{ from: "2020-01-01", value: 0, provenance: assumption }]
          },
          "contributions.ircantecB.employeeRate": {
            history: [{ from: "2020-01-01", value: 0, provenance: assumption }]
          }
        }
      })
    )
    const pay = Pay.monthly(extreme, decoded(39), on)
    expect(Result.isFailure(pay) && pay.failure.message).toMatch(
      /^Contract c1 on 2025-06-01: the pay \(about [\d\u202f]+,\d\d\u00a0€ gross a month\) is beyond what can be counted exactly in cents \(90\u202f071\u202f992\u202f547\u202f409,91\u00a0€\)$/
    )
    const batch = Pay.batch(extreme, [decoded(39)], on)
    expect(Result.isFailure(batch)).toBe(true)
  })
})

import { fc, test } from "@fast-check/vitest"
import { Calendar, Contract, Contributions, Explanation, Money, Pay, Policy } from "@gip-sante/core"
import { contract as contractArb, localDate } from "@gip-sante/core/testing"
import { policy } from "@gip-sante/occitanie"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const make = (overrides: Partial<Contract.Contract> = {}): Contract.Contract => ({
  id: "c1",
  profession: "gp",
  weeklyHours: 35,
  daysPerWeek: 5,
  start: Calendar.date("2025-01-01"),
  seniorityAtHireYears: 0,
  retiree: false,
  kind: "permanent",
  ...overrides
})

const on = Calendar.date("2025-06-01")
const monthly = (c: Contract.Contract, date = on) => Result.getOrThrow(Pay.monthly(policy, c, date))
const issues = <A, E extends { readonly issues: ReadonlyArray<{ path: string; message: string }> }>(
  r: Result.Result<A, E>
) => (Result.isFailure(r) ? r.failure.issues.map((i) => `${i.path}: ${i.message}`) : [])

describe("Contract", () => {
  it("accepts the two S2 examples: 27 h over 3 days and 39 h over 4 days", () => {
    expect(Result.isSuccess(Contract.validate(policy, make({ weeklyHours: 27, daysPerWeek: 3 })))).toBe(true)
    expect(
      Result.isSuccess(
        Contract.validate(policy, make({ profession: "midwife", weeklyHours: 39, daysPerWeek: 4 }))
      )
    ).toBe(true)
  })

  it("reports every broken rule with its field and the parameter checked against", () => {
    expect(
      issues(Contract.validate(policy, make({ weeklyHours: 45, daysPerWeek: 4, kind: "fixedTerm" })))
    ).toStrictEqual([
      "weeklyHours: Weekly hours within the programme's bounds: broken (off by 6 h / week); checked against contract.minWeeklyHours, contract.maxWeeklyHours [rule contract.weeklyHoursWithinBounds]",
      "weeklyHours: Hours per working day within the maximum: broken (off by 1,25 h / day); checked against contract.maxHoursPerDay [rule contract.hoursPerDayWithinMaximum]",
      "end: A fixed-term contract has an end date: broken [rule contract.fixedTermHasEnd]"
    ])
    expect(issues(Contract.validate(policy, make({ end: Calendar.date("2024-12-31") })))).toStrictEqual([
      "end: A contract ends after it starts: broken [rule contract.endAfterStart]"
    ])
  })

  it("decodes contracts from JSON with every shape issue", () => {
    expect(
      issues(Contract.decode(policy, { id: "x", profession: "GP", weeklyHours: 0, daysPerWeek: 8 }))
    ).toStrictEqual([
      'profession: Expected a profession id in camelCase such as "gp", "midwife", "ipa" or "secretary", got "GP"',
      "weeklyHours: Expected a number of hours above 0, got 0",
      "daysPerWeek: Expected a value between 1 and 7, got 8",
      "start: Missing field",
      "seniorityAtHireYears: Missing field",
      "retiree: Missing field",
      "kind: Missing field"
    ])
  })

  it("derives the FTE share, annual hours and RTT days", () => {
    expect(Contract.fte(policy, make({ weeklyHours: 27 }), on)).toStrictEqual(
      Result.succeed({ numerator: 27, denominator: 35 })
    )
    const time = Result.getOrThrow(Contract.annualTime(policy, make({ weeklyHours: 39, daysPerWeek: 4 }), on))
    // 1,607 h × 39/35 before RTT; 4 extra hours × 5 days (assumption) = 20 RTT days of 9.75 h.
    expect(time.hoursBeforeRtt).toBeCloseTo(1790.657, 3)
    expect(time.rttDays).toBe(20)
    expect(time.hoursWorked).toBeCloseTo(1595.657, 3)
  })
})

describe("Pay", () => {
  it("a GP at 35 h on the first echelon earns the grid's starting net, 4,700 € (S1, S2)", () => {
    const pay = monthly(make())
    expect(pay.net).toBe(Money.euros(4700))
    expect(pay.echelon).toBe(0)
    // Worked by hand with the 2025 lines (ceiling 3,925 €). At 5,784.35 € gross the employee lines
    // are 9.7 % × 3,925 (pension and IRCANTEC A) + 0.4 % × 5,784.35 + 6.95 % × 1,859.35 (IRCANTEC B)
    // + 9.7 % × 98.25 % × 5,784.35 (CSG, CRDS) = 1,084.350241 €, rounded 1,084.35: net 4,700.00 €;
    // one cent less nets 4,699.99 €. Employer: 13 + 2.02 + 5.25 + 1.5 + 0.5 + 0.3 % of gross
    // + 12.75 % × 3,925 + 12.55 % × 1,859.35 = 2,039.31372 €, rounded 2,039.31.
    expect(pay.gross).toBe(Money.euros(5784.35))
    expect(pay.employeeContributions).toBe(Money.euros(1084.35))
    expect(pay.employerContributions).toBe(Money.euros(2039.31))
    expect(pay.employerCost).toBe(Money.euros(7823.66))
  })

  it("the top echelon earns 6,400 € net (S1)", () => {
    expect(monthly(make({ seniorityAtHireYears: 25 })).net).toBe(Money.euros(6400))
  })

  it("a 27 h GP earns 27/35 of the 35 h amount of the same echelon", () => {
    const full = monthly(make({ seniorityAtHireYears: 7 }))
    const part = monthly(make({ seniorityAtHireYears: 7, weeklyHours: 27, daysPerWeek: 3 }))
    expect(part.net).toBe(Money.scale(full.net, Money.ratio(27, 35), "halfUp"))
  })

  it("S2 example 1: a 27 h GP on the 12-year echelon (an assumption) earns 4,500 € net", () => {
    const pay = monthly(make({ seniorityAtHireYears: 12, weeklyHours: 27, daysPerWeek: 3 }))
    expect(pay.net).toBe(Money.euros(4500))
  })

  it("S2 example 2: a midwife on 39 h with RTT earns her full-time gross, 4,500 € on the senior echelon (assumption)", () => {
    const pay = monthly(
      make({ profession: "midwife", weeklyHours: 39, daysPerWeek: 4, seniorityAtHireYears: 20 })
    )
    expect(pay.fullTime.basis).toBe("gross")
    expect(pay.gross).toBe(Money.euros(4500))
    expect(pay.payShare).toStrictEqual({ numerator: 1, denominator: 1 })
  })

  it("gives a profession's grid typed, with its basis and provenance, or says why not", () => {
    const gp = Result.getOrThrow(Pay.gridOf(policy, "gp", on))
    expect([gp.basis, gp.grid.parameterId, gp.grid.value[0], gp.grid.value.at(-1)?.amount]).toStrictEqual([
      "net",
      "pay.gp.grid",
      { fromYears: 0, amount: Money.euros(4700) },
      Money.euros(6400)
    ])
    expect(Result.getOrThrow(Pay.gridOf(policy, "midwife", on)).basis).toBe("gross")
    expect(issues(Pay.gridOf(policy, "surgeon", on))).toStrictEqual([
      'parameters["pay.surgeon.grid"]: The policy has no salary grid for profession "surgeon" (pay.surgeon.grid)'
    ])
  })

  it("changes echelon on its exact day", () => {
    const c = make({ start: Calendar.date("2022-09-15") })
    expect(monthly(c, Calendar.date("2024-09-14")).net).toBe(Money.euros(4700))
    expect(monthly(c, Calendar.date("2024-09-15")).net).toBe(Money.euros(4900))
  })

  it("refuses a date outside the contract and a profession without grid", () => {
    const early = Pay.monthly(policy, make(), Calendar.date("2024-12-31"))
    expect(Result.isFailure(early) && early.failure.message).toBe(
      "Contract c1 is not in force on 2024-12-31 (it runs from 2025-01-01)"
    )
    expect(
      issues(Pay.prepare(policy, on, ["surgeon"]) as Result.Result<unknown, Policy.PolicyError>)
    ).toStrictEqual([
      'parameters["pay.surgeon.grid"]: The policy has no salary grid for profession "surgeon" (pay.surgeon.grid)'
    ])
  })

  it("prorates by calendar days over a period and says so", () => {
    const c = make({ start: Calendar.date("2025-06-11") })
    const june = Result.getOrThrow(Pay.overPeriod(policy, c, Calendar.period("2025-06-01", "2025-07-01")))
    expect(june.segments).toHaveLength(1)
    expect(june.segments[0]!.days).toBe(20)
    expect(june.net).toBe(Money.scale(Money.euros(4700), Money.ratio(20, 30), "halfUp"))
    const year = Result.getOrThrow(Pay.annualCost(policy, make(), 2025))
    expect(year).toBe(Money.times(monthly(make()).employerCost, 12))
  })

  it("prorates a start on 17 March by calendar days or by thirtieths, as the policy says", () => {
    const c = make({ start: Calendar.date("2025-03-17") })
    const march = Calendar.period("2025-03-01", "2025-04-01")
    const byDays = Result.getOrThrow(Pay.overPeriod(policy, c, march))
    // 4,700 € × 15/31 and × 14/30 (issue 16's example).
    expect([byDays.net, byDays.segments[0]!.days, byDays.segments[0]!.daysInMonth]).toStrictEqual([
      Money.euros(2274.19),
      15,
      31
    ])
    const thirtieths = Result.getOrThrow(
      Policy.override(policy, {
        parameters: {
          "pay.proration": {
            values: [
              {
                from: "2022-06-17",
                value: "thirtieths",
                provenance: { kind: "assumption", rationale: "test", replaceWith: "x" }
              }
            ]
          }
        }
      })
    )
    const byThirtieths = Result.getOrThrow(Pay.overPeriod(thirtieths, c, march))
    expect([
      byThirtieths.net,
      byThirtieths.segments[0]!.days,
      byThirtieths.segments[0]!.daysInMonth
    ]).toStrictEqual([Money.euros(2193.33), 14, 30])
    // A whole February, and a February cut by an echelon change, both count 30 thirtieths.
    const feb = Result.getOrThrow(
      Pay.overPeriod(thirtieths, make(), Calendar.period("2025-02-01", "2025-03-01"))
    )
    expect(feb.net).toBe(Money.euros(4700))
    const cut = make({ start: Calendar.date("2023-02-15") })
    const echelon = Result.getOrThrow(
      Pay.overPeriod(thirtieths, cut, Calendar.period("2025-02-01", "2025-03-01"))
    )
    expect(echelon.segments.map((s) => s.days)).toStrictEqual([14, 16])
    expect(echelon.net).toBe(
      Money.add(
        Money.scale(Money.euros(4700), Money.ratio(14, 30), "halfUp"),
        Money.scale(Money.euros(4900), Money.ratio(16, 30), "halfUp")
      )
    )
    const wrong = Policy.override(policy, {
      parameters: {
        "pay.proration": {
          values: [
            {
              from: "2022-06-17",
              value: "weeks",
              provenance: { kind: "assumption", rationale: "t", replaceWith: "x" }
            }
          ]
        }
      }
    })
    const r = Result.flatMap(wrong, (p) => Pay.monthly(p, make(), on))
    expect(issues(r as Result.Result<unknown, Policy.PolicyError>)).toStrictEqual([
      'parameters["pay.proration"]: pay.proration must be one of calendarDays, thirtieths, got "weeks"'
    ])
  })

  it("explains a figure down to its parameters and sources", () => {
    const { explanation, pay } = Result.getOrThrow(
      Pay.explain(policy, make({ weeklyHours: 27, daysPerWeek: 3 }), on)
    )
    const text = Explanation.toText(explanation)
    expect(text.split("\n")[0]).toBe(
      `Monthly employer cost of contract c1 (gp) on 2025-06-01: ${Money.format(pay.employerCost)} / month (gross pay ${Money.format(pay.gross)} + employer contributions ${Money.format(pay.employerContributions)})`
    )
    expect([...new Set(Explanation.sources(explanation).map((s) => s.parameterId))].sort()).toStrictEqual(
      [
        "contract.extraHoursCompensatedByRtt",
        "contract.fullTimeWeeklyHours",
        "pay.gp.grid",
        "pay.roundingMode",
        ...Contributions.lineParameters().map((p) => p.id)
      ].sort()
    )
    expect(text).toContain("Pay share (full-time equivalent): 0,7714 (27/35: 27 h / 35 h)")
    expect(Explanation.usesAssumptions(explanation)).toBe(true)
  })

  describe("properties", () => {
    const contracts = contractArb({ min: Calendar.date("2022-06-17"), max: Calendar.date("2025-06-01") })
    const when = localDate({ min: Calendar.date("2025-06-01"), max: Calendar.date("2030-12-31") })
    const active = (c: Contract.Contract, d: Calendar.LocalDate) => Contract.isActive(c, d)

    test.prop([contracts, when, fc.integer({ min: 8, max: 78 })])(
      "pay is non-decreasing in hours and linear in FTE within one cent",
      (c, date, halfHours) => {
        fc.pre(active(c, date))
        const a = make({
          ...c,
          weeklyHours: Math.min(c.weeklyHours, halfHours / 2),
          daysPerWeek: 5,
          kind: "permanent"
        })
        const b = make({
          ...c,
          weeklyHours: Math.max(c.weeklyHours, halfHours / 2),
          daysPerWeek: 5,
          kind: "permanent"
        })
        const pa = monthly(a, date)
        const pb = monthly(b, date)
        expect(pa.net).toBeLessThanOrEqual(pb.net)
        expect(pa.employerCost).toBeLessThanOrEqual(pb.employerCost)
        const exact = (pa.fullTime.amount * pa.payShare.numerator) / pa.payShare.denominator
        const basisAmount = pa.fullTime.basis === "net" ? pa.net : pa.gross
        expect(Math.abs(basisAmount - exact)).toBeLessThanOrEqual(1)
      }
    )

    test.prop([contracts, when, fc.integer({ min: 0, max: 40 })])(
      "pay is non-decreasing in seniority",
      (c, date, more) => {
        fc.pre(active(c, date))
        const senior = { ...c, seniorityAtHireYears: c.seniorityAtHireYears + more }
        expect(monthly(c, date).net).toBeLessThanOrEqual(monthly(senior, date).net)
        expect(monthly(c, date).gross).toBeLessThanOrEqual(monthly(senior, date).gross)
      }
    )

    test.prop([
      contracts,
      when,
      fc.integer({ min: 0, max: 500 }).map((n) => n / 1000),
      fc.integer({ min: 0, max: 600 }).map((n) => n / 1000)
    ])(
      "gross ≥ net and employer cost ≥ gross, no NaN or negative, for any valid contract and rates",
      (c, date, share, rate) => {
        fc.pre(active(c, date))
        const adapted = Result.getOrThrow(
          Policy.override(policy, {
            parameters: {
              "contributions.csgDeductible.employeeRate": {
                history: [
                  {
                    from: "2015-01-01",
                    value: share,
                    provenance: { kind: "assumption", rationale: "test", replaceWith: "x" }
                  }
                ]
              },
              "contributions.health.employerRate": {
                history: [
                  {
                    from: "2015-01-01",
                    value: rate,
                    provenance: { kind: "assumption", rationale: "test", replaceWith: "x" }
                  }
                ]
              }
            }
          })
        )
        const pay = Result.getOrThrow(Pay.monthly(adapted, c, date))
        for (const x of [pay.net, pay.gross, pay.employerContributions, pay.employerCost]) {
          expect(Number.isSafeInteger(x) && x >= 0).toBe(true)
        }
        expect(pay.gross).toBeGreaterThanOrEqual(pay.net)
        expect(pay.employerCost).toBeGreaterThanOrEqual(pay.gross)
      }
    )

    const openEnded = ({ end: _end, ...c }: Contract.Contract): Contract.Contract => ({
      ...c,
      kind: "permanent"
    })

    test.prop([contracts, fc.uniqueArray(fc.integer({ min: 2, max: 28 }), { maxLength: 6 })])(
      "prorating a month over any split of its days sums to the whole month within one cent per part",
      (c, cutDays) => {
        const month = Calendar.monthPeriod(Calendar.yearMonth("2026-03"))
        const whole = Result.getOrThrow(Pay.overPeriod(policy, openEnded(c), month))
        fc.pre(whole.segments.length === 1 && whole.segments[0]!.days === 31)
        const cuts = cutDays.map((d) => Calendar.date(`2026-03-${String(d).padStart(2, "0")}`))
        const parts = Calendar.splitAt(month, cuts).map((p) =>
          Result.getOrThrow(Pay.overPeriod(policy, openEnded(c), p))
        )
        const total = Money.sum(parts.map((p) => p.net))
        expect(Math.abs(total - whole.net)).toBeLessThanOrEqual(parts.length)
      }
    )

    test.prop([fc.array(contracts, { minLength: 1, maxLength: 40 }), when])(
      "batch gives the same cents as monthly, contract by contract",
      (cs, date) => {
        const b = Result.getOrThrow(Pay.batch(policy, cs, date))
        cs.forEach((c, i) => {
          if (!active(c, date)) {
            expect(b.active[i]).toBe(0)
            expect(b.net[i]).toBe(0)
            return
          }
          const pay = monthly(c, date)
          expect([b.net[i], b.gross[i], b.employerCost[i]]).toStrictEqual([
            pay.net,
            pay.gross,
            pay.employerCost
          ])
        })
      }
    )
  })
})

import { fc, test } from "@fast-check/vitest"
import { Calendar, Contract, Pay, Policy } from "@gip-sante/core"
import { contract as contractArb } from "@gip-sante/core/testing"
import { policy } from "@gip-sante/occitanie"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as PolicyCache from "../../core/src/internal/policy-cache.js"

const gp: Contract.Contract = {
  id: "c1",
  profession: "gp",
  weeklyHours: 35,
  daysPerWeek: 5,
  start: Calendar.date("2023-01-01"),
  seniorityAtHireYears: 0,
  retiree: false,
  kind: "permanent"
}

const assumed = { kind: "assumption", rationale: "test", replaceWith: "x" } as const
// The preset's pay parameters never change after the programme's start: a policy whose full-time
// week changes twice, so that stretches give different pay.
const changing = Result.getOrThrow(
  Policy.override(policy, {
    parameters: {
      [Contract.parameters.fullTimeWeeklyHours.id]: {
        history: [
          { from: "2015-01-01", to: "2024-01-01", value: 35, provenance: assumed },
          { from: "2024-01-01", to: "2026-07-01", value: 39, provenance: assumed },
          { from: "2026-07-01", value: 37, provenance: assumed }
        ]
      }
    }
  })
)

// Every date where some parameter of the policy changes, and the days either side: the edges of
// the stretches the cache shares prepared values over.
const changeDates = [
  ...new Set(
    Object.values(changing.parameters).flatMap((p) =>
      p.history.flatMap((e) => (e.to === undefined ? [e.from] : [e.from, e.to]))
    )
  )
].sort()
const edgeDates = changeDates.flatMap((d) => [
  Calendar.addDays(Calendar.date(d), -1),
  Calendar.date(d),
  Calendar.addDays(Calendar.date(d), 1)
])
const dates = fc.oneof(
  fc.constantFrom(...edgeDates),
  fc.integer({ min: 0, max: 4000 }).map((n) => Calendar.addDays(Calendar.date("2021-01-01"), n))
)
const contracts = contractArb({ min: Calendar.date("2021-01-01"), max: Calendar.date("2031-12-31") })
// Mostly a contract in force on the date (made open-ended, started by then), sometimes any.
const calls = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(contracts, dates).map(([c, date]): [Contract.Contract, Calendar.LocalDate] => {
      const { end: _, ...open } = c
      return [{ ...open, start: c.start <= date ? c.start : Calendar.addDays(date, -400) }, date]
    })
  },
  { weight: 1, arbitrary: fc.tuple(contracts, dates) }
)

const uncached = (p: Policy.Policy, c: Contract.Contract, date: Calendar.LocalDate) =>
  Result.flatMap(Pay.prepare(p, date, [c.profession]), (prepared) => Pay.monthlyPrepared(prepared, c))

const asData = <A, E extends { readonly message: string }>(r: Result.Result<A, E>) =>
  Result.isSuccess(r) ? { pay: r.success } : { error: r.failure.message }

describe("Pay's cache of prepared policy data", () => {
  // Policies by name, so that a counterexample does not print a whole policy.
  const policies = { preset: policy, changing }
  test.prop(
    [
      fc.array(fc.tuple(fc.constantFrom("preset", "changing" as const), calls), {
        minLength: 1,
        maxLength: 60
      })
    ],
    {
      seed: 18,
      numRuns: 60
    }
  )(
    "Pay.monthly gives what preparing the policy afresh gives, on any dates in any order (edges of parameter changes included)",
    (list) => {
      for (const [name, [c, date]] of list) {
        const p = policies[name]
        expect(asData(Pay.monthly(p, c, date))).toStrictEqual(asData(uncached(p, c, date)))
      }
    }
  )

  test.prop([fc.array(calls, { minLength: 1, maxLength: 20 })], { seed: 18, numRuns: 30 })(
    "Pay.explain and Pay.batch give what they give on a policy prepared afresh",
    (list) => {
      for (const [c, date] of list) {
        const prepared = Pay.prepare(changing, date, [c.profession])
        const explained = Pay.explain(changing, c, date)
        expect(asData(Result.map(explained, (e) => e.pay))).toStrictEqual(asData(uncached(changing, c, date)))
        const batch = Pay.batch(changing, [c], date)
        if (Result.isSuccess(prepared)) {
          expect(Result.getOrThrow(batch)).toStrictEqual(Pay.batchPrepared(prepared.success, [c]))
        } else expect(Result.isFailure(batch)).toBe(true)
      }
    }
  )

  it("Pay.overPeriod pays each stretch with the values in force in it", () => {
    const period = Result.getOrThrow(
      Pay.overPeriod(changing, gp, Calendar.period("2023-12-15", "2026-08-01"))
    )
    const shares = new Set(
      period.segments.map((s) => `${s.monthly.payShare.numerator}/${s.monthly.payShare.denominator}`)
    )
    expect([...shares].sort()).toStrictEqual(["1/1", "35/37", "35/39"])
    for (const segment of period.segments) {
      expect(segment.monthly).toStrictEqual(Result.getOrThrow(uncached(changing, gp, segment.period.start)))
    }
  })

  it("reads no stale value after an override: the overridden policy is another key", () => {
    const on = Calendar.date("2025-06-01")
    const before = Result.getOrThrow(Pay.monthly(policy, gp, on))
    const longerWeek = Result.getOrThrow(
      Policy.override(policy, {
        parameters: {
          [Contract.parameters.fullTimeWeeklyHours.id]: {
            history: [
              {
                from: "2015-01-01",
                value: 39,
                provenance: { kind: "assumption", rationale: "test", replaceWith: "x" }
              }
            ]
          }
        }
      })
    )
    const after = Result.getOrThrow(Pay.monthly(longerWeek, gp, on))
    expect(after.payShare).toStrictEqual({ numerator: 35, denominator: 39 })
    expect(after.net).toBeLessThan(before.net)
    expect(after).toStrictEqual(Result.getOrThrow(uncached(longerWeek, gp, on)))
    // The base policy still reads its own values.
    expect(Result.getOrThrow(Pay.monthly(policy, gp, on))).toStrictEqual(before)
  })

  it("prepares once per stretch of dates between parameter changes, and keeps at most its bound", () => {
    let prepared = 0
    const cache = PolicyCache.make(
      { maxKeys: 2, maxStretches: 3 },
      (p, date, profession: string) => {
        prepared++
        return Pay.prepare(p, Calendar.date(date), [profession])
      },
      (x) => x.date,
      (x, date) => ({ ...x, date: Calendar.date(date) })
    )
    // A month without a parameter change: one preparation, every date re-dated.
    const june = [...Calendar.eachDay(Calendar.period("2025-06-01", "2025-07-01"))]
    expect(changeDates.some((d) => d > "2025-06-01" && d <= "2025-06-30")).toBe(false)
    for (const day of june) {
      const r = Result.getOrThrow(cache.get(policy, day, "gp", "gp"))
      expect(r.date).toBe(day)
    }
    expect(prepared).toBe(1)
    // Across every stretch and three keys, the cache never holds more than 2 keys × 3 stretches.
    for (const day of edgeDates) {
      for (const profession of ["gp", "midwife", "ipa"]) cache.get(changing, day, profession, profession)
      expect(cache.size(changing)).toBeLessThanOrEqual(6)
    }
    // Two keys over more than three stretches fill it exactly.
    for (const day of edgeDates)
      for (const profession of ["gp", "midwife"]) cache.get(changing, day, profession, profession)
    expect(cache.size(changing)).toBe(6)
  })

  it("keeps no failure: its message names the date asked about", () => {
    // Both dates are before any value is in force, in the same stretch.
    const early = { ...gp, start: Calendar.date("2010-01-01") }
    const first = asData(Pay.monthly(policy, early, Calendar.date("2010-06-01")))
    const second = asData(Pay.monthly(policy, early, Calendar.date("2010-06-02")))
    expect(first).toStrictEqual(asData(uncached(policy, early, Calendar.date("2010-06-01"))))
    expect(second).toStrictEqual(asData(uncached(policy, early, Calendar.date("2010-06-02"))))
    expect(second.error).toContain("2010-06-02")
  })
})

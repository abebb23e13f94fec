/**
 * Batch pay for many contracts on one date: `Pay.batch` against a hand-written loop doing the
 * same exact arithmetic (grids hoisted by hand, integer division with half-up rounding inlined,
 * the same seniority rule), and against `Pay.monthly` called per contract (which reads the
 * policy each time). Before timing, the suite checks that every path gives the same cents.
 */
import { Calendar, type Contract, Pay } from "@gip-sante/core"
import { contract } from "@gip-sante/core/testing"
import { policy as preset } from "@gip-sante/occitanie"
import { Result } from "effect"
import * as fc from "fast-check"
import { flatPolicy as policy } from "./flat-policy.js"
import { consume, type Suite } from "./harness.js"

const date = Calendar.date("2025-06-01")

export const syntheticContracts = (size: number): ReadonlyArray<Contract.Contract> =>
  fc.sample(contract({ min: Calendar.date("2022-06-17"), max: date }), { numRuns: size, seed: 42 })

// Half-up division of a non-negative integer, as a developer would inline it.
const divHalfUp = (n: number, d: number) => {
  const q = Math.floor(n / d)
  return 2 * (n - q * d) >= d ? q + 1 : q
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
const dayNumber = (y: number, m: number, d: number) => {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468
}
const anniversary = (y: number, m: number, d: number) =>
  dayNumber(y, m, m === 2 && d === 29 && !isLeap(y) ? 28 : d)

/** The hand-written loop: everything the policy says is hard-coded or hoisted by hand. */
export const handLoop = (contracts: ReadonlyArray<Contract.Contract>, out: Float64Array) => {
  const prepared = Result.getOrThrow(Pay.prepare(policy, date, ["gp", "midwife", "ipa", "secretary"]))
  const grids = new Map(
    [...prepared.grids].map(([k, g]) => [
      k,
      { net: g.basis === "net", thresholds: g.thresholds, amounts: g.amounts }
    ])
  )
  const rates = prepared.contributions
  if (rates.kind !== "flat") throw new Error("The hand-written loop models the flat rates only")
  const ns = { numerator: rates.netShareUnits, denominator: 10 ** rates.rateScale }
  const er = { numerator: rates.employerRateUnits, denominator: 10 ** rates.rateScale }
  const fullTime = prepared.fullTimeWeeklyHours
  const dy = 2025
  const target = dayNumber(2025, 6, 1)
  return () => {
    for (let i = 0; i < contracts.length; i++) {
      const c = contracts[i]!
      if (c.start > date || (c.end !== undefined && date >= c.end)) {
        out[i] = 0
        continue
      }
      const g = grids.get(c.profession)!
      const sy = +c.start.slice(0, 4)
      const sm = +c.start.slice(5, 7)
      const sd = +c.start.slice(8, 10)
      let whole = dy - sy
      let last = anniversary(dy, sm, sd)
      if (last > target) {
        whole--
        last = anniversary(dy - 1, sm, sd)
      }
      const next = anniversary(sy + whole + 1, sm, sd)
      const seniority =
        c.seniorityAtHireYears + (c.start < date ? whole + (target - last) / (next - last) : 0)
      let e = g.thresholds.length - 1
      while (e > 0 && g.thresholds[e]! > seniority) e--
      const hours2 = Math.round(Math.min(c.weeklyHours, fullTime) * 2)
      const base = divHalfUp(g.amounts[e]! * hours2, fullTime * 2)
      const gross = g.net ? divHalfUp(base * ns.denominator, ns.numerator) : base
      out[i] = gross + divHalfUp(gross * er.numerator, er.denominator)
    }
    return contracts.length
  }
}

export const paySuite = (size: number): Suite => {
  const contracts = syntheticContracts(size)
  const hand = new Float64Array(size)
  const runHand = handLoop(contracts, hand)
  runHand()
  const batch = Result.getOrThrow(Pay.batch(policy, contracts, date))
  let differences = 0
  contracts.forEach((c, i) => {
    const one = Pay.monthly(policy, c, date)
    const single = Result.isSuccess(one) ? one.success.employerCost : 0
    if (batch.employerCost[i] !== hand[i] || single !== hand[i]) differences++
  })
  if (differences > 0) throw new Error(`Pay paths disagree on ${differences} of ${size} contracts`)
  const sample = contracts.slice(0, Math.min(size, 2000))
  return {
    title: `Monthly pay of ${size.toLocaleString("en-US")} synthetic contracts on ${date} (all paths agree to the cent)`,
    unit: "contract",
    baseline: "hand-written loop",
    cases: [
      { name: "hand-written loop", run: runHand },
      {
        name: "Pay.batch",
        run: () => {
          const r = Result.getOrThrow(Pay.batch(policy, contracts, date))
          consume(r.employerCost[0] ?? 0)
          return contracts.length
        }
      },
      {
        // The preset itself: 21 contribution lines, net to gross by exact inversion.
        name: "Pay.batch, contribution lines (preset)",
        run: () => {
          const r = Result.getOrThrow(Pay.batch(preset, contracts, date))
          consume(r.employerCost[0] ?? 0)
          return contracts.length
        }
      },
      {
        name: "Pay.monthly per contract (first 2,000)",
        run: () => {
          for (const c of sample) {
            const r = Pay.monthly(policy, c, date)
            if (Result.isSuccess(r)) consume(r.success.employerCost)
          }
          return sample.length
        }
      },
      {
        name: "Pay.explain per contract (first 2,000)",
        run: () => {
          for (const c of sample) {
            const r = Pay.explain(policy, c, date)
            if (Result.isSuccess(r)) consume(r.success.pay.employerCost)
          }
          return sample.length
        }
      }
    ]
  }
}

import { fc, test } from "@fast-check/vitest"
import { Accounting, Calendar, Consultation, type Contract, Money, Pay, Policy } from "@gip-sante/core"
import { policy } from "@gip-sante/occitanie"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const date = Calendar.date
const euros = Money.euros

const withKey = (key: string): Policy.Policy =>
  Result.getOrThrow(
    Policy.override(policy, {
      parameters: {
        [Accounting.parameters.allocationKey.id]: {
          values: [
            {
              from: "2022-06-17",
              value: key,
              provenance: { kind: "assumption", rationale: "Test key", replaceWith: "the GIP's key" }
            }
          ]
        }
      }
    })
  )
const policies = { consultations: policy, fte: withKey("fte"), equal: withKey("equal") } as const

const entry = (
  centreId: string,
  kind: "revenue" | "cost",
  category: Accounting.RevenueCategory | Accounting.CostCategory,
  amount: Money.Cents,
  on = "2025-03-10"
): Accounting.Entry => ({ date: date(on), centreId, kind, category, amount, source: "test" })

const revenueOf = (consultations: number, homeVisits: number, on: string): Money.Cents =>
  Money.sum(
    Result.getOrThrow(
      Accounting.activityRevenue(policy, { centreId: "muret", date: date(on), consultations, homeVisits })
    ).map((e) => e.amount)
  )

// -----------------------------------------------------------------------------
// generators
// -----------------------------------------------------------------------------

const firstDay = Calendar.toDayNumber(date("2024-01-01"))
const dayArb = fc.integer({ min: 0, max: 730 }).map((n) => Calendar.fromDayNumber(firstDay + n))
const centreArb = fc.constantFrom("a", "b", "c", Accounting.central, "elsewhere")
const entryArb: fc.Arbitrary<Accounting.Entry> = fc.oneof(
  fc.record({
    date: dayArb,
    centreId: centreArb,
    kind: fc.constant("revenue" as const),
    category: fc.constantFrom(...Accounting.revenueCategories),
    amount: fc.integer({ min: 0, max: 1_000_000_000 }).map(Money.cents),
    source: fc.constant("generated")
  }),
  fc.record({
    date: dayArb,
    centreId: centreArb,
    kind: fc.constant("cost" as const),
    category: fc.constantFrom(...Accounting.costCategories),
    amount: fc.integer({ min: 0, max: 1_000_000_000 }).map(Money.cents),
    source: fc.constant("generated")
  })
)
const ledgerArb = fc.array(entryArb, { maxLength: 60 })
const weightArb = fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 100, noNaN: true }))
const weightsArb = fc
  .tuple(weightArb, weightArb, fc.integer({ min: 1, max: 5000 }))
  .map(([a, b, c]) => ({ a, b, c }))
const periodArb = fc
  .tuple(dayArb, dayArb)
  .map(([x, y]) => ({ start: Calendar.min(x, y), end: Calendar.max(x, y) }) as Calendar.Period)

const sumPnl = (pnls: ReadonlyArray<Accounting.PnL>) => ({
  revenue: Object.fromEntries(
    Accounting.revenueCategories.map((c) => [c, Money.sum(pnls.map((p) => p.revenue[c]))])
  ),
  cost: Object.fromEntries(Accounting.costCategories.map((c) => [c, Money.sum(pnls.map((p) => p.cost[c]))])),
  totalRevenue: Money.sum(pnls.map((p) => p.totalRevenue)),
  totalCost: Money.sum(pnls.map((p) => p.totalCost)),
  result: Money.sum(pnls.map((p) => p.result))
})
const amounts = (p: Accounting.PnL) => ({
  revenue: p.revenue,
  cost: p.cost,
  totalRevenue: p.totalRevenue,
  totalCost: p.totalCost,
  result: p.result
})

// -----------------------------------------------------------------------------
// examples
// -----------------------------------------------------------------------------

describe("Accounting: entries from activity and the policy", () => {
  it("the policy reads of the module are all in the preset", () => {
    expect(Result.isSuccess(Policy.requires(policy, Object.values(Accounting.parameters)))).toBe(true)
  })

  it("values 100 consultations at the G in force: 2,650.00 € on 2024-12-21, 3,000.00 € on 2024-12-22", () => {
    expect(revenueOf(100, 0, "2024-12-21")).toBe(euros(2650))
    expect(revenueOf(100, 0, "2024-12-22")).toBe(euros(3000))
    expect(Money.format(revenueOf(100, 0, "2024-12-22")).replace(/\s/gu, " ")).toBe("3 000,00 €")
  })

  it("values a home visit at G + travel supplement (30.00 + 10.00 € in 2025)", () => {
    const [visits] = Result.getOrThrow(
      Accounting.activityRevenue(policy, {
        centreId: "muret",
        date: date("2025-02-03"),
        consultations: 0,
        homeVisits: 3
      })
    )
    expect(visits).toEqual({
      date: "2025-02-03",
      centreId: "muret",
      kind: "revenue",
      category: "homeVisits",
      amount: euros(120),
      source: "3 home visits × (tariff.consultation.g + tariff.homeVisit.travelSupplement)"
    })
  })

  it("rejects a count of acts that is not a whole number of 0 or more, naming the field", () => {
    const r = Accounting.activityRevenue(policy, {
      centreId: "muret",
      date: date("2025-02-03"),
      consultations: -1,
      homeVisits: 1.5
    })
    expect(Result.isFailure(r) ? r.failure.message : "").toBe(
      "at consultations: Expected a whole number of acts, 0 or more, got -1\n" +
        "at homeVisits: Expected a whole number of acts, 0 or more, got 1.5"
    )
  })

  it("monthly fixed costs of a centre are the preset's rent + running costs (assumptions: 500 + 2,500 €, calibrated)", () => {
    const entries = Result.getOrThrow(
      Accounting.monthlyFixedCosts(policy, "muret", Calendar.yearMonth("2025-03"))
    )
    expect(entries.map((e) => [e.date, e.kind, e.category, e.amount, e.source])).toEqual([
      ["2025-03-01", "cost", "rent", euros(500), "accounting.centre.rentPerMonth"],
      ["2025-03-01", "cost", "runningCosts", euros(2500), "accounting.centre.runningCostsPerMonth"]
    ])
  })

  it("opening a centre costs the preset's opening cost and brings its installation subsidy (assumptions)", () => {
    const entries = Result.getOrThrow(Accounting.openingEntries(policy, "muret", date("2023-01-02")))
    expect(entries.map((e) => [e.kind, e.category, e.amount])).toEqual([
      ["cost", "openingCosts", euros(100000)],
      ["revenue", "installationSubsidy", euros(100000)]
    ])
  })

  it("spreads yearly flat payments and central costs over 12 months that add up to the year", () => {
    const flat = Result.getOrThrow(Accounting.flatPayments(policy, "muret", 2025))
    const centralCosts = Result.getOrThrow(Accounting.centralCosts(policy, 2025))
    expect(flat).toHaveLength(12)
    expect(Money.sum(flat.map((e) => e.amount))).toBe(euros(20000))
    expect(centralCosts.every((e) => e.centreId === Accounting.central)).toBe(true)
    expect(Money.sum(centralCosts.map((e) => e.amount))).toBe(euros(800000))
  })

  it("fails with the parameter's path when the policy has no consultation tariff on the date", () => {
    const r = Accounting.tariffOn(policy, date("2010-01-01"))
    expect(Result.isFailure(r) ? r.failure.issues.map((i) => i.path) : []).toEqual(["tariff.consultation.g"])
  })

  it("values consultations on any date the G tariff is known, home visits only once the supplement is", () => {
    // 2020: G at 25 € (2016 convention); the preset gives the travel supplement from 17 June 2022.
    const tariff = Result.getOrThrow(Accounting.tariffOn(policy, date("2020-01-01")))
    expect([tariff.consultation, tariff.travelSupplement, tariff.homeVisit]).toStrictEqual([
      euros(25),
      undefined,
      undefined
    ])
    const day = { centreId: "muret", date: date("2020-01-01"), consultations: 10, homeVisits: 0 }
    expect(Result.getOrThrow(Accounting.activityRevenue(policy, day)).map((e) => e.amount)).toStrictEqual([
      euros(250)
    ])
    const visits = Accounting.activityRevenue(policy, { ...day, homeVisits: 1 })
    expect(Result.isFailure(visits) && "issues" in visits.failure && visits.failure.issues).toStrictEqual([
      {
        path: "tariff.homeVisit.travelSupplement",
        message:
          "No value of tariff.homeVisit.travelSupplement is in force on 2020-01-01: its history starts on 2022-06-17"
      }
    ])
  })
})

describe("Accounting: P&L, consolidation and ratios", () => {
  // 3 consultations at 30 €, a 100 € operating subsidy, 200.01 € of salaries: a deficit of 10.01 €.
  const small: Accounting.Ledger = [
    entry("muret", "revenue", "consultations", euros(90)),
    entry("muret", "revenue", "operatingSubsidy", euros(100)),
    entry("muret", "cost", "salaries", euros(200.01)),
    entry("muret", "cost", "rent", euros(1000), "2025-04-01")
  ]
  const march = Calendar.period("2025-03-01", "2025-04-01")

  it("a P&L counts only the entries dated in [start, end)", () => {
    const p = Accounting.pnl(small, "muret", march)
    expect([p.totalRevenue, p.totalCost, p.result]).toEqual([euros(190), euros(200.01), Money.cents(-1001)])
    expect(p.cost.rent).toBe(Money.zero)
  })

  it("subsidy per consultation = (subsidies + Region contribution) / consultations, to the cent", () => {
    const r = Result.getOrThrow(Accounting.ratios(Accounting.pnl(small, "muret", march), 3))
    expect(r.regionContribution).toBe(Money.cents(1001))
    expect(r.subsidyPerConsultation).toBe(Money.cents(3667)) // (100.00 + 10.01) / 3 = 36.67 €
    expect(r.costPerConsultation).toBe(Money.cents(6667)) // 200.01 / 3 = 66.67 €
    expect(r.shareFromActs).toBeCloseTo(9000 / 20001, 12)
    expect(r.shareFromSubsidies).toBeCloseTo(10000 / 20001, 12)
    expect(r.shareFromRegion).toBeCloseTo(1001 / 20001, 12)
  })

  it("rounds per-consultation amounts half-even and leaves them undefined without consultations", () => {
    const ledger = [entry("m", "revenue", "operatingSubsidy", Money.cents(101))]
    const p = Accounting.pnl(ledger, "m", march)
    expect(Result.getOrThrow(Accounting.ratios(p, 2)).subsidyPerConsultation).toBe(Money.cents(50))
    expect(Result.getOrThrow(Accounting.ratios(p, 0)).subsidyPerConsultation).toBeUndefined()
    expect(Result.getOrThrow(Accounting.ratios(p, 0)).costPerConsultation).toBeUndefined()
  })

  it("a GIP deficit gives a Region contribution equal to the deficit; a surplus gives none", () => {
    const ledger: Accounting.Ledger = [
      ...small,
      entry(Accounting.central, "cost", "centralServices", euros(50)),
      entry("cazeres", "revenue", "consultations", euros(30))
    ]
    const c = Result.getOrThrow(Accounting.consolidate(policies.equal, ledger, ["muret", "cazeres"], march))
    expect(c.gip.result).toBe(Money.cents(-3001)) // 220.00 − 250.01
    expect(c.regionContribution).toBe(Money.cents(3001))
    expect(c.centres.map((x) => x.centralShare.cost.centralServices)).toEqual([euros(25), euros(25)])
    const surplus = Accounting.pnl([entry("m", "revenue", "consultations", euros(30))], "m", march)
    expect(Accounting.regionContribution(surplus)).toBe(Money.zero)
  })

  it("the preset's key (consultations) needs weights: without them consolidation fails, naming them", () => {
    const r = Accounting.consolidate(policy, small, ["muret"], march)
    expect(Result.isFailure(r) ? r.failure.message : "").toBe(
      'at weights: The allocation key "consultations" needs a weight for each centre (its consultations); none were given'
    )
    const missing = Accounting.consolidate(policy, small, ["muret", "cazeres"], march, { muret: 3 })
    expect(Result.isFailure(missing) ? missing.failure.message : "").toBe(
      "at weights.cazeres: Missing weight for centre cazeres"
    )
  })

  it("break-even consultations = ceil((costs − other revenue) / G), 0 when already covered", () => {
    const on = date("2025-01-01")
    const breakEven = (costs: Money.Cents, other: Money.Cents) =>
      Result.getOrThrow(
        Accounting.breakEvenConsultations(policy, { annualCosts: costs, otherAnnualRevenue: other }, on)
      )
    expect(breakEven(euros(300000), euros(60000))).toBe(8000)
    expect(breakEven(Money.add(euros(300000), Money.cents(1)), euros(60000))).toBe(8001)
    expect(breakEven(euros(1000), euros(2000))).toBe(0)
  })
})

describe("Accounting: ledger decoding", () => {
  it("decodes amounts written as cents or euro strings", () => {
    const r = Accounting.decodeLedger([
      {
        date: "2025-01-01",
        centreId: "muret",
        kind: "cost",
        category: "rent",
        amount: "1500.00",
        source: "lease"
      },
      {
        date: "2025-01-01",
        centreId: "muret",
        kind: "revenue",
        category: "consultations",
        amount: 3000,
        source: "x"
      }
    ])
    expect(Result.getOrThrow(r).map((e) => e.amount)).toEqual([euros(1500), euros(30)])
  })

  it("reports every issue with its index path", () => {
    const r = Accounting.decodeLedger([
      { date: "2025-01-01", centreId: "muret", kind: "cost", category: "rent", amount: -1, source: "x" },
      { date: "2025-01-01", centreId: "muret", kind: "revenue", category: "rent", amount: 1, source: "x" },
      { date: "2025-02-30", centreId: "", kind: "cost", category: "rent", amount: 1 }
    ])
    expect(Result.isFailure(r) ? r.failure.message : "").toBe(
      [
        "at [0].amount: Expected an amount of 0 or more, got -1",
        'at [1].category: Expected a revenue category (consultations, homeVisits, regularDoctorFees, flatPayments, installationSubsidy, operatingSubsidy), got "rent"',
        'at [2].date: Expected a calendar date "YYYY-MM-DD", got "2025-02-30": days run from 01 to 28 in February 2025',
        'at [2].centreId: Expected a value with a length of at least 1, got ""',
        "at [2].source: Missing field"
      ].join("\n")
    )
  })
})

// -----------------------------------------------------------------------------
// properties
// -----------------------------------------------------------------------------

describe("Accounting: properties", () => {
  test.prop([ledgerArb, periodArb, fc.constantFrom("consultations", "fte", "equal" as const), weightsArb])(
    "consolidate: centres after allocation add up to the GIP P&L to the cent, for any key and weights",
    (ledger, period, key, weights) => {
      const c = Result.getOrThrow(
        Accounting.consolidate(policies[key], ledger, ["a", "b", "c"], period, weights)
      )
      expect(sumPnl(c.centres.map((x) => x.afterAllocation))).toEqual(amounts(c.gip))
      expect(c.regionContribution).toBe(Money.max(Money.zero, Money.negate(c.gip.result)))
    }
  )

  test.prop([ledgerArb, periodArb, weightsArb])(
    "consolidate: the allocated shares add up exactly to the central services' P&L",
    (ledger, period, weights) => {
      const c = Result.getOrThrow(Accounting.consolidate(policy, ledger, ["a", "b", "c"], period, weights))
      expect(sumPnl(c.centres.map((x) => x.centralShare))).toEqual(amounts(c.central))
    }
  )

  test.prop([fc.integer({ min: -1e12, max: 1e12 }), fc.array(weightArb, { minLength: 1, maxLength: 8 })])(
    "allocate: parts sum to the total",
    (total, weights) => {
      const parts = Money.allocate(Money.cents(total), [...weights, 1])
      expect(Money.sum(Result.getOrThrow(parts))).toBe(total)
    }
  )

  test.prop([ledgerArb, periodArb, fc.array(dayArb, { maxLength: 5 }), centreArb])(
    "pnl: the P&L of a period is the sum of its sub-periods' P&Ls (Calendar.splitAt)",
    (ledger, period, cuts, centreId) => {
      const whole = Accounting.pnl(ledger, centreId, period)
      const parts = Calendar.splitAt(period, cuts).map((p) => Accounting.pnl(ledger, centreId, p))
      expect(sumPnl(parts)).toEqual(amounts(whole))
    }
  )

  test.prop([
    fc.nat({ max: 10000 }),
    fc.nat({ max: 1000 }),
    fc.nat({ max: 100 }),
    fc.nat({ max: 100 }),
    dayArb
  ])(
    "activityRevenue: revenue is non-decreasing in activity",
    (consultations, visits, more, moreVisits, on) => {
      expect(revenueOf(consultations + more, visits + moreVisits, on)).toBeGreaterThanOrEqual(
        revenueOf(consultations, visits, on)
      )
    }
  )

  test.prop([ledgerArb, periodArb, fc.constantFrom("a", "b", "c")])(
    "ratios: the shares from acts, subsidies and the Region add up to 1",
    (ledger, period, centreId) => {
      const r = Result.getOrThrow(Accounting.ratios(Accounting.pnl(ledger, centreId, period), 1))
      if (r.shareFromActs === undefined) expect(r.resources).toBe(Money.zero)
      else expect(r.shareFromActs + r.shareFromSubsidies! + r.shareFromRegion!).toBeCloseTo(1, 9)
    }
  )

  test.prop([fc.jsonValue()])("decodeLedger: never throws on arbitrary JSON", (json) => {
    expect(() => Accounting.decodeLedger(json)).not.toThrow()
    expect(() => Accounting.decodeLedger([json])).not.toThrow()
  })

  test.prop([
    fc.array(
      fc.dictionary(
        fc.constantFrom("date", "centreId", "kind", "category", "amount", "source"),
        fc.jsonValue()
      )
    )
  ])("decodeLedger: never throws on entry-shaped JSON, and what it decodes is valid", (json) => {
    const r = Accounting.decodeLedger(json)
    if (Result.isSuccess(r)) for (const e of r.success) expect(e.amount).toBeGreaterThanOrEqual(0)
  })
})

describe("opening scenario", () => {
  const gp = (id: string, profession = "gp"): Contract.Contract => ({
    id,
    profession,
    weeklyHours: 35,
    daysPerWeek: 5,
    start: Calendar.date("2025-01-01"),
    seniorityAtHireYears: 0,
    retiree: false,
    kind: "permanent"
  })
  const cost = (cs: ReadonlyArray<Contract.Contract>) =>
    Money.sum(cs.map((c) => Result.getOrThrow(Pay.annualCost(policy, c, 2025))))
  const capacity = Result.getOrThrow(
    Consultation.capacity(policy, { weeklyHours: 35, complexShare: 0 }, Calendar.date("2025-01-01"))
  )
  const plan = (overrides: Partial<Accounting.OpeningPlan> = {}): Accounting.OpeningPlan => ({
    centreId: "new-centre",
    opening: Calendar.date("2025-01-01"),
    years: 4,
    consultationsPerYearAtFullActivity: 2 * capacity.perYear,
    homeVisitsPerYearAtFullActivity: 240,
    ramp: [0.5, 0.8, 1],
    clinicianCostPerYear: cost([gp("gp-1"), gp("gp-2")]),
    supportStaffCostPerYear: cost([gp("sec-1", "secretary"), gp("sec-2", "secretary")]),
    ...overrides
  })

  it("a two-GP centre loses tens of thousands of euros a year once at full activity (S1) — inputs: the preset's assumed rent, running costs, flat payments, subsidy and opening cost, and a 50/80/100 % ramp-up", () => {
    const s = Result.getOrThrow(Accounting.openingScenario(policy, plan()))
    expect(s.years.map((y) => y.consultations)).toStrictEqual([3780, 6048, 7560, 7560])
    const steady = s.years[3]!.pnl.result
    expect(steady).toBeLessThan(Money.euros(-10000))
    expect(steady).toBeGreaterThan(Money.euros(-100000))
    // The first year carries the opening cost and half the activity: the deepest deficit.
    expect(s.years[0]!.pnl.result).toBeLessThan(s.years[1]!.pnl.result)
    expect(s.breakEvenYear).toBeUndefined()
    expect(s.paybackYear).toBeUndefined()
  })

  it("breaks even in the year its activity covers its costs", () => {
    const s = Result.getOrThrow(
      Accounting.openingScenario(policy, plan({ consultationsPerYearAtFullActivity: 10000, ramp: [0.5, 1] }))
    )
    expect(s.breakEvenYear).toBe(2)
    expect(s.years[1]!.pnl.result).toBeGreaterThanOrEqual(0)
  })

  it("reports every problem in the plan", () => {
    const r = Accounting.openingScenario(
      policy,
      plan({ opening: Calendar.date("2025-01-15"), years: 0, ramp: [1.5] })
    )
    expect(Result.isFailure(r) && r.failure.message).toBe(
      [
        "at opening: Expected the first day of a month, got 2025-01-15",
        "at years: Expected a whole number of years from 1 to 30, got 0",
        "at ramp[0]: Expected a share from 0 to 1, got 1.5"
      ].join("\n")
    )
  })

  test.prop([
    fc.integer({ min: 1, max: 6 }),
    fc.array(
      fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
      { minLength: 1, maxLength: 4 }
    ),
    fc.integer({ min: 0, max: 20000 })
  ])(
    "the years' results add up to the P&L of the whole horizon, and the running total is their sum",
    (years, ramp, full) => {
      const s = Result.getOrThrow(
        Accounting.openingScenario(policy, plan({ years, ramp, consultationsPerYearAtFullActivity: full }))
      )
      const whole = Accounting.pnl(
        s.ledger,
        "new-centre",
        Calendar.period(s.years[0]!.period.start, s.years.at(-1)!.period.end)
      )
      expect(Money.sum(s.years.map((y) => y.pnl.result))).toBe(whole.result)
      expect(s.years.at(-1)!.cumulativeResult).toBe(whole.result)
    }
  )
})

describe("Accounting.openingScenario: regular-doctor fees and the central share", () => {
  const base: Accounting.OpeningPlan = {
    centreId: "new-centre",
    opening: Calendar.date("2025-01-01"),
    years: 2,
    consultationsPerYearAtFullActivity: 6000,
    homeVisitsPerYearAtFullActivity: 0,
    ramp: [0.5, 1],
    clinicianCostPerYear: Money.euros(200000),
    supportStaffCostPerYear: Money.euros(60000)
  }
  const fee2025 = Result.getOrThrow(
    Policy.read(policy, Accounting.parameters.regularDoctorFee, Calendar.date("2025-06-01"))
  ).value
  const central2025 = Result.getOrThrow(
    Policy.read(policy, Accounting.parameters.centralCostPerYear, Calendar.date("2025-06-01"))
  ).value

  it("books the regular-doctor fees of the year's patients (ramped) and the centre's share of central costs", () => {
    const s = Result.getOrThrow(
      Accounting.openingScenario(policy, {
        ...base,
        regularDoctorPatientsAtFullActivity: 801,
        centralShare: 0.25
      })
    )
    const first = s.years[0]!.pnl
    // 801 × 0.5 rounds to 401 patients in the first year; the twelve months add up to the year.
    expect(first.revenue.regularDoctorFees).toBe(Money.times(fee2025, 401))
    // A quarter of the central costs, month by month: within a cent a month of the exact share.
    expect(Math.abs(first.cost.centralServices - central2025 / 4)).toBeLessThanOrEqual(12)
    const without = Result.getOrThrow(Accounting.openingScenario(policy, base)).years[0]!.pnl
    expect(first.result).toBe(without.result + first.revenue.regularDoctorFees - first.cost.centralServices)
    expect(without.cost.centralServices).toBe(0)
    expect(without.revenue.regularDoctorFees).toBe(0)
  })

  it("reports a bad patient count or share with its path", () => {
    const r = Accounting.openingScenario(policy, {
      ...base,
      regularDoctorPatientsAtFullActivity: -1,
      centralShare: 1.5
    })
    expect(Result.isFailure(r) && r.failure.message).toBe(
      [
        "at regularDoctorPatientsAtFullActivity: Expected a number greater than or equal to 0, got -1",
        "at centralShare: Expected a share from 0 to 1, got 1.5"
      ].join("\n")
    )
    const fees = Accounting.regularDoctorFees(policy, "c", Calendar.date("2025-01-01"), 1.5)
    expect(Result.isFailure(fees) && fees.failure.message).toBe(
      "at patients: Expected a whole number of patients, 0 or more, got 1.5"
    )
  })

  it("books flat payments only from the month a centre opens, even before the policy's first value", () => {
    const flat = Result.getOrThrow(Accounting.flatPayments(policy, "c", 2022, Calendar.date("2022-07-01")))
    expect(flat.map((e) => e.date)).toHaveLength(6)
    expect(flat[0]!.date).toBe("2022-07-01")
  })
})

import { fc, test } from "@fast-check/vitest"
import { Calendar, type Contract, Contributions, Money, Pay, Policy } from "@gip-sante/core"
import { policy } from "@gip-sante/occitanie"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const on = Calendar.date("2025-06-01")
const assumption = { kind: "assumption", rationale: "test", replaceWith: "x" } as const

const contract = (
  profession: string,
  weeklyHours: number,
  seniorityAtHireYears: number
): Contract.Contract => ({
  id: `${profession}-${weeklyHours}-${seniorityAtHireYears}`,
  profession,
  weeklyHours,
  daysPerWeek: 5,
  start: Calendar.date("2025-01-01"),
  seniorityAtHireYears,
  retiree: false,
  kind: "permanent"
})

// Every step of a profession's grid, at 35 h and 39 h.
const gridContracts = (profession: string) => {
  const grid = Policy.parameter(policy, Pay.gridParameterId(profession))!
  const steps = grid.history.at(-1)!.value as ReadonlyArray<{ fromYears: number }>
  return [35, 39].flatMap((hours) => steps.map((s) => contract(profession, hours, s.fromYears)))
}

const withValues = (base: Policy.Policy, values: Record<string, unknown>) =>
  Result.getOrThrow(
    Policy.override(base, {
      parameters: Object.fromEntries(
        Object.entries(values).map(([id, value]) => [
          id,
          { values: [{ from: "2020-01-01", value, provenance: assumption }] }
        ])
      )
    })
  )

const prepared = (p: Policy.Policy = policy, date = on) => Result.getOrThrow(Contributions.prepare(p, date))

describe("Contributions: the outside check of DOMAIN.md (public-law contract on IRCANTEC)", () => {
  // modele-social with IRCANTEC and no unemployment insurance: net ÷ gross 0.807–0.816 and cost ÷
  // gross 1.33–1.36 for the preset's salaries; 1.40 with unemployment insurance kept. Within 1 %.
  const within = (x: number, low: number, high: number) => x >= low * 0.99 && x <= high * 1.01
  const contracts = [...gridContracts("gp"), ...gridContracts("midwife"), ...gridContracts("ipa")]

  it.each(contracts.map((c) => [c.id, c] as const))(
    "%s: net ÷ gross and cost ÷ gross within 1 % of the outside figures",
    (_, c) => {
      const pay = Result.getOrThrow(Pay.monthly(policy, c, on))
      expect(within(pay.net / pay.gross, 0.807, 0.816), `${pay.net / pay.gross}`).toBe(true)
      expect(within(pay.employerCost / pay.gross, 1.33, 1.36), `${pay.employerCost / pay.gross}`).toBe(true)
    }
  )

  it("with unemployment insurance paid, cost ÷ gross is within 1 % of 1.40, and net pay does not move", () => {
    const paying = withValues(policy, { "contributions.unemployment.paid": true })
    for (const c of contracts) {
      const before = Result.getOrThrow(Pay.monthly(policy, c, on))
      const after = Result.getOrThrow(Pay.monthly(paying, c, on))
      expect(within(after.employerCost / after.gross, 1.4, 1.4), c.id).toBe(true)
      expect([after.net, after.gross]).toStrictEqual([before.net, before.gross])
    }
  })

  it("a GP's starting pay line by line, each line rate × base (hand-computed, 2025)", () => {
    const b = Contributions.breakdown(prepared(), Money.euros(5784.35), "halfUp")
    const amounts = (lines: ReadonlyArray<Contributions.LineAmount>) =>
      Object.fromEntries(lines.filter((l) => l.amount !== 0).map((l) => [l.line.id, l.amount]))
    // Ceiling 3,925 €; tranche B 1,859.35 €; CSG base 98.25 % × 5,784.35 = 5,683.123875 €.
    expect(amounts(b.employee.lines)).toStrictEqual({
      oldAgeCapped: Money.euros(270.83), // 6.90 % × 3,925 = 270.825
      oldAgeUncapped: Money.euros(23.14), // 0.40 % × 5,784.35 = 23.1374
      ircantecA: Money.euros(109.9), // 2.80 % × 3,925
      ircantecB: Money.euros(129.22), // 6.95 % × 1,859.35 = 129.2248
      csgDeductible: Money.euros(386.45), // 6.80 % × 5,683.123875 = 386.4524
      csgNonDeductible: Money.euros(136.39), // 2.40 % × … = 136.3950
      crds: Money.euros(28.42) // 0.50 % × … = 28.4156
    })
    expect(b.employee.total).toBe(Money.euros(1084.35))
    expect(b.employer.total).toBe(Money.euros(2039.31))
  })

  it("taxe sur les salaires, if liable, adds about 11.6 % of gross for these salaries (DOMAIN.md)", () => {
    const liable = withValues(policy, { "contributions.payrollTax.liable": true })
    const c = contract("gp", 35, 0)
    const before = Result.getOrThrow(Pay.monthly(policy, c, on))
    const after = Result.getOrThrow(Pay.monthly(liable, c, on))
    const share = (after.employerCost - before.employerCost) / before.gross
    expect(share).toBeGreaterThan(0.11)
    expect(share).toBeLessThan(0.12)
  })
})

describe("Contributions: laws", () => {
  const gross = fc.integer({ min: 0, max: 5_000_000 }).map((n) => n as Money.Cents)
  const date = fc.constantFrom(
    "2020-06-30",
    "2022-06-17",
    "2023-05-01",
    "2024-12-31",
    "2025-06-01",
    "2026-03-01"
  )
  const mode = fc.constantFrom(...Money.roundingModes)

  test.prop([gross, date, mode], { seed: 16 })(
    "the lines of each side sum to its total, to the cent, and each is within a cent of rate × base",
    (g, d, m) => {
      const p = prepared(policy, Calendar.date(d))
      const b = Contributions.breakdown(p, g, m)
      for (const side of [b.employee, b.employer]) {
        expect(side.lines.reduce((s, l) => s + l.amount, 0)).toBe(side.total)
        for (const l of side.lines) {
          const exact = l.applies ? l.rate.value * l.baseCents : 0
          expect(Math.abs(l.amount - exact)).toBeLessThanOrEqual(1 + 1e-6)
        }
      }
      expect(b.employee.total).toBe(Contributions.employeeTotal(p, g, m))
      expect(b.employer.total).toBe(Contributions.employerTotal(p, g, m))
    }
  )

  test.prop([fc.integer({ min: 100, max: 3_000_000 }).map((n) => n as Money.Cents), mode], { seed: 16 })(
    "gross from net is the smallest gross pay whose net pay is exactly that net",
    (net, m) => {
      const p = prepared()
      const g = Contributions.grossFromNet(p, net, m)
      expect(g - Contributions.employeeTotal(p, g, m)).toBe(net)
      const below = (g - 1) as Money.Cents
      expect(below - Contributions.employeeTotal(p, below, m)).toBeLessThan(net)
    }
  )

  const employerLines = Contributions.lines.filter(
    (l) => l.employerRate !== undefined && l.appliesWhen === undefined
  )
  const employeeLines = Contributions.lines.filter((l) => l.employeeRate !== undefined)

  test.prop(
    [gross, fc.constantFrom(...employerLines), fc.integer({ min: 0, max: 200 }).map((n) => n / 1000)],
    { seed: 16 }
  )("changing one employer rate changes that line only, and never net pay", (g, line, rate) => {
    const changed = withValues(policy, { [line.employerRate!.id]: rate })
    const before = Contributions.breakdown(prepared(), g, "halfUp")
    const after = Contributions.breakdown(prepared(changed), g, "halfUp")
    expect(after.employee).toStrictEqual(before.employee)
    // The exact amounts of the other lines do not move: only cents handed out by remainder may.
    after.employer.lines.forEach((l, i) => {
      const other = before.employer.lines[i]!
      if (l.line.id === line.id) return
      expect(l.rate.value).toBe(other.rate.value)
      expect(Math.abs(l.amount - other.amount)).toBeLessThanOrEqual(1)
    })
    const exactChange =
      (rate - before.employer.lines.find((l) => l.line.id === line.id)!.rate.value) *
      before.employer.lines.find((l) => l.line.id === line.id)!.baseCents
    expect(Math.abs(after.employer.total - before.employer.total - exactChange)).toBeLessThanOrEqual(1 + 1e-6)
  })

  test.prop(
    [gross, fc.constantFrom(...employeeLines), fc.integer({ min: 0, max: 100 }).map((n) => n / 1000)],
    { seed: 16 }
  )(
    "changing one employee rate changes net pay by that line alone, and never the employer side",
    (g, line, rate) => {
      const changed = withValues(policy, { [line.employeeRate!.id]: rate })
      const before = Contributions.breakdown(prepared(), g, "halfUp")
      const after = Contributions.breakdown(prepared(changed), g, "halfUp")
      expect(after.employer).toStrictEqual(before.employer)
      const old = before.employee.lines.find((l) => l.line.id === line.id)!
      const exactChange = (rate - old.rate.value) * old.baseCents
      expect(Math.abs(after.employee.total - before.employee.total - exactChange)).toBeLessThanOrEqual(
        1 + 1e-6
      )
    }
  )
})

describe("Contributions: policies", () => {
  it("refuses employee rates that add up to 100 % or more, in words", () => {
    const greedy = withValues(policy, { "contributions.csgDeductible.employeeRate": 0.9 })
    const r = Contributions.prepare(greedy, on)
    expect(Result.isFailure(r) && r.failure.issues).toStrictEqual([
      {
        path: "parameters",
        message:
          "The employee contribution rates add up to 109,95\u00a0%: they must stay below 100 % for net pay to be computed from gross pay"
      }
    ])
  })

  it("a policy of earlier versions, with the two flat rates and no lines, keeps its pay", () => {
    const json = JSON.parse(JSON.stringify(Policy.encode(policy)))
    for (const p of Contributions.lineParameters()) delete json.parameters[p.id]
    const flat = (value: number) => ({
      type: "number",
      unit: "ratio",
      label: "flat",
      description: "flat",
      history: [{ from: "2020-01-01", value, provenance: assumption }]
    })
    json.parameters["pay.netShareOfGross"] = flat(0.815)
    json.parameters["pay.employerContributionRate"] = flat(0.345)
    const old = Policy.decodeUnsafe(json)
    const pay = Result.getOrThrow(Pay.monthly(old, contract("gp", 35, 0), on))
    // The figures of earlier versions: gross = 4,700 / 0.815, cost = gross × 1.345.
    expect([pay.net, pay.gross, pay.employerContributions, pay.employerCost]).toStrictEqual([
      Money.euros(4700),
      Money.euros(5766.87),
      Money.euros(1989.57),
      Money.euros(7756.44)
    ])
    expect(Result.getOrThrow(Contributions.prepare(old, on)).kind).toBe("flat")
  })
})

import { Explanation, Money } from "@gip-sante/core"
import * as Result from "effect/Result"
import { describe, expect, it } from "vitest"
import { Ledger, Markdown, ProgrammeData, Reconciliation, Report } from "../src/index.js"
import { policy, programme, programmeJson } from "./fixtures.js"

const input: Report.Input = { policy, programme }

const ok = <A>(s: Report.Section<A>): A => {
  if (s.status !== "ok") throw new Error(s.reason)
  return s.value
}

// The published money figures of DOMAIN.md, by id in the Occitanie programme data.
const publishedMoney = [
  "money.region.costPerYear",
  "money.region.investment.y2025",
  "money.gip.resourcesFromSubsidiesAndActs",
  "money.gip.revenueFromActsAndSubsidies",
  "money.centre.earlyYearsLoss",
  "gip.budget.y2022",
  "money.centre.openingCost",
  "money.centre.yearsToBreakEven",
  "money.centre.revenueShareFromActs",
  "money.centre.revenueShareFromFlatPayments",
  "pay.gp.startHeadline"
]

describe("Reconciliation.compute (Occitanie)", () => {
  const r = ok(Reconciliation.compute(input))
  const row = (id: string) => {
    const found = r.rows.find((x) => x.figure.id === id)
    if (found === undefined) throw new Error(`no row for ${id}`)
    return found
  }

  it("sets every published money figure beside the model, each value explained", () => {
    expect(r.rows.map((x) => x.figure.id).sort()).toStrictEqual([...publishedMoney].sort())
    for (const x of r.rows) {
      expect(x.model.explanation.root.label.length, x.figure.id).toBeGreaterThan(0)
      expect(Explanation.figures(x.gap.explanation).map((f) => f.figureId)).toContain(x.figure.id)
      expect(x.drivers.length, x.figure.id).toBeGreaterThan(0)
    }
  })

  it("labels a fitted figure as matched by construction, never as agreeing", () => {
    expect(row("money.centre.openingCost").status).toBe("matchedByConstruction")
    for (const x of r.rows) if (x.basis === "calibrated") expect(x.status, x.figure.id).not.toBe("agrees")
  })

  it("computes the gap as the distance to the nearest published value", () => {
    for (const x of r.rows) {
      const f = x.figure
      const high = f.precision === "range" ? (f.high ?? f.value) : f.value
      if (x.gap.value === 0) continue
      expect(x.agrees && f.precision !== "about", x.figure.id).toBe(false)
      if (x.model.value < f.value) expect(x.gap.value).toBeCloseTo(x.model.value - f.value, 9)
      else expect(x.gap.value).toBeCloseTo(x.model.value - high, 9)
    }
  })

  it("builds the programme's year from the centres opened and the central costs", () => {
    const y2025 = r.years.find((y) => y.year === 2025)!
    expect(y2025.centresOpen).toBe(26)
    // The Region covers the deficit: contribution = cost − revenue, to the cent.
    expect(y2025.regionContribution.value).toBe(Math.max(0, y2025.cost.value - y2025.revenue.value))
    // Ranges, not cents: employer cost may move by a few per cent with the contribution lines.
    expect(y2025.cost.value).toBeGreaterThan(Money.euros(8_000_000))
    expect(y2025.cost.value).toBeLessThan(Money.euros(14_000_000))
    expect(y2025.regionContribution.value).toBeGreaterThan(Money.euros(1_000_000))
    expect(y2025.regionContribution.value).toBeLessThan(Money.euros(3_500_000))
    const y2022 = r.years.find((y) => y.year === 2022)!
    expect(y2022.centresOpen).toBe(7)
    expect(y2022.cost.value).toBeLessThan(y2025.cost.value)
    const text = Explanation.toText(y2025.cost.explanation)
    expect(text).toContain("accounting.central.costPerYear")
    expect(text).toContain("programmeData.economics.clinicianScale")
  })

  it("says which published figures cannot all hold at once", () => {
    expect(r.conflicts).toHaveLength(2)
    // The text as a French reader sees it; the formatter's narrow and no-break spaces as spaces.
    expect(r.conflicts[0]!.replace(/[\u202f\u00a0]/g, " ")).toBe(
      "money.region.investment.y2025 (14 000 000,00 €) with money.gip.resourcesFromSubsidiesAndActs (75 % from acts and subsidies) leaves 3 500 000,00 € to other resources, more than the Region's 2 500 000,00 € at most (money.region.costPerYear): they hold together only if partners other than the Region (the local authorities, say) pay at least 1 000 000,00 € a year, or if money.region.investment.y2025 counts one-off investment beyond a year's running cost."
    )
  })

  it("compares the starting-pay headline with the net start and says neither reading holds", () => {
    const start = row("pay.gp.startHeadline")
    expect(start.model.value).toBe(470000)
    expect(start.status).toBe("disagrees")
    expect(start.gap.value).toBe(-30000)
  })

  it("is in the report, in every format", () => {
    const model = Report.withoutEvents(input)
    expect(ok(model.reconciliation).rows).toHaveLength(publishedMoney.length)
    const md = Markdown.report(model)
    expect(md).toContain("## The model's money against the published figures")
    expect(md).toContain("matched by construction (not a confirmation)")
    expect(JSON.parse(JSON.stringify(model)).reconciliation.status).toBe("ok")
  })

  it("is unavailable, with the reason, without economics in the programme data", () => {
    const json = programmeJson()
    delete json.economics
    const bare = ProgrammeData.decodeUnsafe(json)
    expect(Reconciliation.compute({ policy, programme: bare })).toStrictEqual({
      status: "unavailable",
      reason: "The programme data gives no economics (centres opened by year, published money to reconcile)."
    })
  })

  it("checks the economics of a programme file", () => {
    const json = programmeJson()
    json.economics.reconciliation[0].figure = "money.nowhere"
    delete json.economics.reconciliation[1].year
    const decoded = ProgrammeData.decode(json)
    expect(Result.isFailure(decoded)).toBe(true)
    if (Result.isFailure(decoded))
      expect(decoded.failure.issues).toStrictEqual([
        {
          path: "economics.reconciliation[0].figure",
          message: "No published figure has the id money.nowhere"
        },
        { path: "economics.reconciliation[1].year", message: "The measure programmeCost needs a year" }
      ])
  })
})

// A spreadsheet's reading of the CSV: split the lines (no field of this ledger is quoted), sum
// the cents by scenario year and kind.
const sumsByYear = (csv: string, years: ReadonlyArray<{ start: string; end: string }>) => {
  const [head, ...lines] = csv.trimEnd().split("\n")
  expect(head).toBe("date,centreId,kind,category,amountCents,amountEuros,source")
  const sums = years.map(() => ({ revenue: 0, cost: 0 }))
  for (const line of lines) {
    const [date, , kind, , cents, euros] = line.split(",")
    expect(Math.round(Number(euros) * 100)).toBe(Number(cents))
    const i = years.findIndex((y) => date! >= y.start && date! < y.end)
    if (i >= 0) sums[i]![kind as "revenue" | "cost"] += Number(cents)
  }
  return sums
}

describe("Ledger", () => {
  it("writes the typical centre's ledger as CSV, from which the P&L is recomputed to the cent", () => {
    const ledger = Result.getOrThrow(Ledger.typicalCentre(input))
    const opening = ok(Report.withoutEvents(input).opening)
    expect(ledger).toHaveLength(opening.ledgerEntries)
    const sums = sumsByYear(Ledger.toCsv(ledger), opening.years)
    opening.years.forEach((y, i) => {
      expect(sums[i]!.revenue, `year ${y.year} revenue`).toBe(y.revenue.value)
      expect(sums[i]!.cost, `year ${y.year} cost`).toBe(y.cost.value)
      expect(sums[i]!.revenue - sums[i]!.cost).toBe(y.result.value)
    })
    for (const e of ledger) expect(e.source.length).toBeGreaterThan(0)
    expect(ledger.some((e) => e.category === "centralServices")).toBe(true)
    expect(ledger.some((e) => e.category === "regularDoctorFees")).toBe(true)
  })

  it("writes JSON with the same entries and quotes CSV fields that need it", () => {
    const ledger = Result.getOrThrow(Ledger.typicalCentre(input))
    const json = JSON.parse(Ledger.toJson(ledger))
    expect(json).toHaveLength(ledger.length)
    expect(json[0]).toStrictEqual({
      date: "2025-01-01",
      centreId: "typical-centre",
      kind: "cost",
      category: "openingCosts",
      amountCents: 10000000,
      amountEuros: "100000.00",
      source: "accounting.centre.openingCost"
    })
    expect(Ledger.toCsv([{ ...ledger[0]!, source: 'a, "b"' }]).split("\n")[1]).toBe(
      '2025-01-01,typical-centre,cost,openingCosts,10000000,100000.00,"a, ""b"""'
    )
  })

  it("says why there is no ledger when the programme has no typical centre", () => {
    const json = programmeJson()
    delete json.typicalCentre
    delete json.economics
    expect(Ledger.typicalCentre({ policy, programme: ProgrammeData.decodeUnsafe(json) })).toStrictEqual(
      Result.fail("The programme data describes no typical centre.")
    )
  })
})

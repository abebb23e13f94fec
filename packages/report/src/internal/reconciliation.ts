// The model's money beside the money the programme published: the programme's accounts year by
// year (each year's opened centres run through the typical centre's opening scenario, scaled to
// the average centre, plus the GIP's central costs), the typical centre's accounts, and a row per
// published figure with the gap and what drives it. Internal.
import { Accounting, Calendar, Explanation, Money, Policy, Reference } from "@gip-sante/core"
import * as Result from "effect/Result"
import * as Figure from "../Figure.js"
import * as Format from "../Format.js"
import type * as ProgrammeData from "../ProgrammeData.js"
import type { PayExample, Section } from "../Report.js"
import { type Context, dataStep, section, unavailable } from "./context.js"
import { type Computed, computeOpening } from "./opening.js"
import { figureStep } from "./projection.js"

/** How near an "about" figure the model must be to agree with it. */
export const aboutTolerance = 0.1

export interface ProgrammeYear {
  readonly year: number
  readonly centresOpen: number
  readonly revenue: Figure.Figure
  readonly cost: Figure.Figure
  readonly regionContribution: Figure.Figure
  readonly shareFromActsAndSubsidies: Figure.Figure | undefined
}

export type Status = "agrees" | "agreesAfterCalibration" | "matchedByConstruction" | "disagrees"

export interface Row {
  readonly figure: Reference.Figure
  readonly measure: ProgrammeData.ReconciliationMeasure
  readonly year: number | undefined
  readonly model: Figure.Figure
  readonly gap: Figure.Figure
  readonly agrees: boolean
  readonly basis: "independent" | "calibrated" | "construction"
  readonly status: Status
  readonly drivers: ReadonlyArray<string>
  readonly reading: string
}

export interface Model {
  readonly aboutTolerance: number
  readonly years: ReadonlyArray<ProgrammeYear>
  readonly rows: ReadonlyArray<Row>
  readonly conflicts: ReadonlyArray<string>
}

type Category = Accounting.RevenueCategory | Accounting.CostCategory

const perCategory = (account: Accounting.PnL): Array<readonly [Category, Money.Cents]> => [
  ...Accounting.revenueCategories.map((k) => [k, account.revenue[k]] as const),
  ...Accounting.costCategories.map((k) => [k, account.cost[k]] as const)
]

const euros = (cents: Money.Cents) => Explanation.money(cents, "euros")

// The average centre: the typical centre's plan with its clinicians (and their activity and
// patients) and support staff scaled; rent, running and opening costs are per centre.
const averagePlan = (
  plan: Accounting.OpeningPlan,
  e: ProgrammeData.Economics,
  opening: Calendar.LocalDate,
  years: number
): Accounting.OpeningPlan => {
  const cs = e.clinicianScale.value
  return {
    centreId: `opened-${Calendar.yearOf(opening)}`,
    opening,
    years,
    ramp: plan.ramp,
    consultationsPerYearAtFullActivity: Math.round(plan.consultationsPerYearAtFullActivity * cs),
    homeVisitsPerYearAtFullActivity: Math.round(plan.homeVisitsPerYearAtFullActivity * cs),
    ...(plan.regularDoctorPatientsAtFullActivity === undefined
      ? {}
      : { regularDoctorPatientsAtFullActivity: Math.round(plan.regularDoctorPatientsAtFullActivity * cs) }),
    clinicianCostPerYear: Money.multiplyByRate(plan.clinicianCostPerYear, cs, "halfEven"),
    supportStaffCostPerYear: Money.multiplyByRate(
      plan.supportStaffCostPerYear,
      e.supportScale.value,
      "halfEven"
    )
  }
}

const sharePercent = (part: number, whole: number) => (whole === 0 ? 0 : part / whole)

const programmeYear = (
  c: Context,
  o: Computed,
  e: ProgrammeData.Economics,
  year: number
): Result.Result<ProgrammeYear, unknown> => {
  const period = Calendar.yearPeriod(year)
  const totals = new Map<Category, Money.Cents>()
  const addTo = (k: Category, amount: Money.Cents) =>
    totals.set(k, Money.add(totals.get(k) ?? Money.zero, amount))
  const cohortSteps: Array<Explanation.Step> = []
  let centresOpen = 0
  const month = String(e.openingMonth.value).padStart(2, "0")
  for (const [i, cohort] of e.openings.entries()) {
    if (cohort.year > year || cohort.centres === 0) continue
    const opening = Calendar.date(`${cohort.year}-${month}-01`)
    const plan = averagePlan(o.plan, e, opening, Math.min(30, year - cohort.year + 1))
    const scenario = Accounting.openingScenario(c.policy, plan)
    if (Result.isFailure(scenario)) return Result.fail(scenario.failure)
    const account = Accounting.pnl(scenario.success.ledger, plan.centreId, period)
    for (const [k, amount] of perCategory(account)) addTo(k, Money.times(amount, cohort.centres))
    centresOpen += cohort.centres
    cohortSteps.push(
      Explanation.step(
        `${Format.integer(cohort.centres)} centres opened in ${cohort.year}, each in year ${year - cohort.year + 1} of its scenario`,
        {
          value: euros(Money.times(account.result, cohort.centres)),
          note: `${Format.integer(cohort.centres)} × the average centre's result in ${year}: revenue ${Money.format(account.totalRevenue)}, cost ${Money.format(account.totalCost)}`,
          children: [
            dataStep(
              `Centres opened in ${cohort.year}`,
              `economics.openings[${i}]`,
              opening,
              cohort.provenance,
              Explanation.quantity(cohort.centres, "count")
            )
          ]
        }
      )
    )
  }
  const central = Accounting.centralCosts(c.policy, year, Calendar.date(c.programme.start.value))
  if (Result.isFailure(central)) return Result.fail(central.failure)
  const centralCost = Accounting.pnl(central.success, Accounting.central, period).totalCost
  addTo("centralServices", centralCost)
  const revenue = Money.sum(Accounting.revenueCategories.map((k) => totals.get(k) ?? Money.zero))
  const cost = Money.sum(Accounting.costCategories.map((k) => totals.get(k) ?? Money.zero))
  const contribution = Money.max(Money.zero, Money.subtract(cost, revenue))
  const on = period.start
  const centralRead = Policy.read(c.policy, Accounting.parameters.centralCostPerYear, on)
  const scaleSteps = [
    dataStep(
      "The average centre's clinicians against the typical centre's (activity, patients and pay scale with them)",
      "economics.clinicianScale",
      on,
      e.clinicianScale.provenance,
      Explanation.quantity(e.clinicianScale.value, "ratio")
    ),
    dataStep(
      "The average centre's support staff against the typical centre's",
      "economics.supportScale",
      on,
      e.supportScale.provenance,
      Explanation.quantity(e.supportScale.value, "ratio")
    ),
    dataStep(
      "Month of the year in which each year's centres are taken to open",
      "economics.openingMonth",
      on,
      e.openingMonth.provenance,
      Explanation.quantity(e.openingMonth.value, "count")
    )
  ]
  const centralStep = Result.isSuccess(centralRead)
    ? Explanation.fromParameter(
        "The GIP's central costs, booked once for the programme",
        centralRead.success,
        euros(centralCost)
      )
    : Explanation.step("The GIP's central costs", { value: euros(centralCost) })
  const byCategory = (kinds: ReadonlyArray<Category>) =>
    kinds
      .filter((k) => (totals.get(k) ?? 0) !== 0)
      .map((k) => Explanation.step(categoryWords[k], { value: euros(totals.get(k)!) }))
  const revenueFigure = Figure.make(
    revenue,
    "euros",
    Explanation.make(
      Explanation.step(`Programme revenue in ${year} (subsidies included, the Region's contribution apart)`, {
        value: euros(revenue),
        note: "the sum, category by category, of each year's opened centres × the average centre's revenue in the year",
        children: [...byCategory(Accounting.revenueCategories), ...cohortSteps, ...scaleSteps]
      })
    )
  )
  const costFigure = Figure.make(
    cost,
    "euros",
    Explanation.make(
      Explanation.step(`Programme cost in ${year}`, {
        value: euros(cost),
        note: "the centres' costs (each year's opened centres × the average centre's cost in the year) + the GIP's central costs",
        children: [...byCategory(Accounting.costCategories), centralStep, ...cohortSteps, ...scaleSteps]
      })
    )
  )
  const contributionFigure = Figure.derived(
    `The Region's contribution in ${year}`,
    contribution,
    "euros",
    "cost − revenue when revenue falls short, else nothing: the Region covers the GIP's deficit; no other partner's contribution is modelled",
    [revenueFigure, costFigure]
  )
  const actsAndSubsidies = Money.sum(
    (
      ["consultations", "homeVisits", "regularDoctorFees", "flatPayments", "installationSubsidy"] as const
    ).map((k) => totals.get(k) ?? Money.zero)
  )
  const resources = Money.add(revenue, contribution)
  return Result.succeed({
    year,
    centresOpen,
    revenue: revenueFigure,
    cost: costFigure,
    regionContribution: contributionFigure,
    shareFromActsAndSubsidies:
      resources === 0
        ? undefined
        : Figure.derived(
            `Share of the programme's resources from acts and subsidies in ${year}`,
            sharePercent(actsAndSubsidies, resources),
            "ratio",
            `(acts billed ${Money.format(actsAndSubsidies)}, counting health insurance's flat payments and regular-doctor fees with the acts, and installation subsidies) ÷ (revenue + the Region's contribution ${Money.format(resources)})`,
            [revenueFigure, contributionFigure]
          )
  })
}

const categoryWords: Record<Category, string> = {
  consultations: "Consultations billed",
  homeVisits: "Home visits billed",
  regularDoctorFees: "Regular-doctor fees (forfait médecin traitant)",
  flatPayments: "Health-centre agreement flat payments",
  installationSubsidy: "Installation subsidies",
  operatingSubsidy: "Operating subsidies",
  salaries: "Clinicians' employer cost",
  supportStaff: "Support staff's employer cost",
  rent: "Rent",
  runningCosts: "Running costs",
  openingCosts: "Opening costs",
  centralServices: "Central services"
}

// The gap between the model and a published figure: 0 inside a range or on the right side of a
// bound, else the distance to the nearest published value (negative when the model is below).
const gapOf = (f: Reference.Figure, model: number): number => {
  const low = f.value
  const high = f.precision === "range" ? (f.high ?? f.value) : f.value
  if (f.precision === "atLeast") return model >= low ? 0 : model - low
  if (f.precision === "atMost") return model <= low ? 0 : model - low
  if (model >= low && model <= high) return 0
  return model < low ? model - low : model - high
}

const statusOf = (basis: Row["basis"], agrees: boolean): Status =>
  basis === "construction"
    ? "matchedByConstruction"
    : !agrees
      ? "disagrees"
      : basis === "calibrated"
        ? "agreesAfterCalibration"
        : "agrees"

// The typical centre's measures: its worst loss in the first two years, the first year without
// a deficit, and at full activity (its last year) its revenue mix.
const centreMeasure = (
  o: Computed,
  measure: ProgrammeData.ReconciliationMeasure
): Figure.Figure | undefined => {
  const years = o.opening.years
  if (measure === "centreLossFirstYears") {
    const first = years.slice(0, 2)
    const worst = first.reduce((w, y) => (y.result.value < w.result.value ? y : w), first[0]!)
    return Figure.derived(
      "The typical centre's largest yearly loss in its first two years",
      Math.max(0, -worst.result.value),
      "euros",
      `the larger of the losses of years 1 and 2 (year ${worst.year}'s result, sign changed), opening cost and installation subsidy included, central costs as booked to the centre`,
      first.map((y) => y.result)
    )
  }
  if (measure === "yearsToBreakEven") {
    const found = o.opening.breakEvenYear
    const horizon = years.length
    return Figure.derived(
      "Years the typical centre takes to break even",
      found ?? horizon + 1,
      "years",
      found === undefined
        ? `no year without a deficit within the ${horizon}-year horizon: counted as ${horizon + 1}, at least`
        : `the first year whose result is not a deficit is year ${found}`,
      years.map((y) => y.result)
    )
  }
  const last = years[years.length - 1]!
  const full = o.scenario.years[o.scenario.years.length - 1]!.pnl
  const health = Money.sum([
    full.revenue.consultations,
    full.revenue.homeVisits,
    full.revenue.regularDoctorFees,
    full.revenue.flatPayments,
    full.revenue.operatingSubsidy
  ])
  if (measure === "centreShareFromActs") {
    const acts = Money.add(full.revenue.consultations, full.revenue.homeVisits)
    return Figure.derived(
      `Share of the typical centre's revenue from billed acts in year ${last.year}`,
      sharePercent(acts, health),
      "ratio",
      `(consultations + home visits billed: ${Money.format(acts)}) ÷ (its revenue apart from the one-off installation subsidy: ${Money.format(health)})`,
      [last.revenue]
    )
  }
  if (measure === "centreShareFromFlatPayments") {
    const flat = Money.add(full.revenue.regularDoctorFees, full.revenue.flatPayments)
    return Figure.derived(
      `Share of the typical centre's revenue from flat payments in year ${last.year}`,
      sharePercent(flat, health),
      "ratio",
      `(regular-doctor fees + health-centre agreement flat payments: ${Money.format(flat)}) ÷ (its revenue apart from the one-off installation subsidy: ${Money.format(health)})`,
      [last.revenue]
    )
  }
  return undefined
}

const startingPay = (pay: Section<ReadonlyArray<PayExample>>): Figure.Figure | undefined => {
  if (pay.status !== "ok") return undefined
  const start = pay.value.find((p) => p.contract.seniorityAtHireYears === 0 && p.contract.weeklyHours >= 35)
  if (start === undefined) return undefined
  return Figure.derived(
    `Starting pay: ${start.label}`,
    start.net.value,
    start.net.unit,
    `net pay a month (gross: ${Money.format(Money.cents(start.gross.value))}; employer cost: ${Money.format(Money.cents(start.employerCost.value))})`,
    [start.net, start.gross]
  )
}

export const reconciliation = (
  c: Context,
  pay: Section<ReadonlyArray<PayExample>>,
  typical: Result.Result<Computed, unknown> = computeOpening(c)
): Section<Model> => {
  const e = c.programme.economics
  if (e === undefined)
    return unavailable(
      "The programme data gives no economics (centres opened by year, published money to reconcile)."
    )
  if (c.programme.typicalCentre === undefined)
    return unavailable(
      "The programme data describes no typical centre, whose accounts the programme's are built from."
    )
  return section((): Result.Result<Model, unknown> => {
    if (Result.isFailure(typical)) return Result.fail(typical.failure)
    const o = typical.success
    const wanted = [
      ...new Set(e.reconciliation.flatMap((r) => (r.year === undefined ? [] : [r.year])))
    ].sort()
    const years: Array<ProgrammeYear> = []
    for (const year of wanted) {
      const y = programmeYear(c, o, e, year)
      if (Result.isFailure(y)) return Result.fail(y.failure)
      years.push(y.success)
    }
    const byYear = new Map(years.map((y) => [y.year, y]))
    const rows: Array<Row> = []
    for (const r of e.reconciliation) {
      const figure = Reference.find(c.programme.figures, r.figure)
      if (figure === undefined) continue
      const y = r.year === undefined ? undefined : byYear.get(r.year)
      let model: Figure.Figure | undefined
      switch (r.measure) {
        case "regionContribution":
          model = y?.regionContribution
          break
        case "programmeCost":
          model = y?.cost
          break
        case "shareFromActsAndSubsidies":
          model = y?.shareFromActsAndSubsidies
          break
        case "openingCost": {
          const read = Policy.read(c.policy, Accounting.parameters.openingCost, o.plan.opening)
          model = Result.isSuccess(read)
            ? Figure.make(
                read.success.value,
                "euros",
                Explanation.make(
                  Explanation.fromParameter(
                    Accounting.parameters.openingCost.label,
                    read.success,
                    euros(read.success.value)
                  )
                )
              )
            : undefined
          break
        }
        case "startingPay":
          model = startingPay(pay)
          break
        default:
          model = centreMeasure(o, r.measure)
      }
      if (model === undefined) continue
      const agrees = Reference.matches(figure, model.value, aboutTolerance)
      const gap = gapOf(figure, model.value)
      rows.push({
        figure,
        measure: r.measure,
        year: r.year,
        model,
        gap: Figure.derived(
          `Gap to ${figure.id}`,
          gap,
          model.unit,
          "the model's value − the nearest published value (0 inside a published range or on the right side of a bound)",
          [model, figureStep(figure)]
        ),
        agrees,
        basis: r.basis,
        status: statusOf(r.basis, agrees),
        drivers: r.drivers,
        reading: r.reading
      })
    }
    return Result.succeed({ aboutTolerance, years, rows, conflicts: conflicts(rows) })
  })
}

// Published figures that cannot all hold at once: a yearly cost and the share of it that acts
// and subsidies pay leave the rest to the Region and other partners; when that rest exceeds the
// Region's published yearly cost, someone other than the Region must pay the difference.
const conflicts = (rows: ReadonlyArray<Row>): Array<string> => {
  const out: Array<string> = []
  const cost = rows.find((r) => r.measure === "programmeCost")
  const region = rows.find((r) => r.measure === "regionContribution")
  const shares = rows.filter((r) => r.measure === "shareFromActsAndSubsidies")
  if (cost === undefined || region === undefined) return out
  const regionHigh =
    region.figure.precision === "range" ? (region.figure.high ?? region.figure.value) : region.figure.value
  for (const share of shares) {
    const rest = Math.round(cost.figure.value * (1 - share.figure.value))
    if (rest > regionHigh)
      out.push(
        `${cost.figure.id} (${Money.format(Money.cents(cost.figure.value))}) with ${share.figure.id} (${Format.quantity(share.figure.value, "ratio")} from acts and subsidies) leaves ${Money.format(Money.cents(rest))} to other resources, more than the Region's ${Money.format(Money.cents(regionHigh))} at most (${region.figure.id}): they hold together only if partners other than the Region (the local authorities, say) pay at least ${Money.format(Money.cents(rest - regionHigh))} a year, or if ${cost.figure.id} counts one-off investment beyond a year's running cost.`
      )
  }
  return out
}

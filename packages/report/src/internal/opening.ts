// The opening scenario of the programme's typical centre: its staff costed from the policy's
// grids, its activity at full speed from the policy's consulting time and target (or the rate
// the scenario gives a profession), the ramp-up applied once to that full activity, and the
// accounts of each year explained category by category. Internal.
import {
  Accounting,
  Calendar,
  Consultation,
  type Contract,
  Explanation,
  Money,
  type Parameter,
  Pay,
  Policy
} from "@gip-sante/core"
import * as Result from "effect/Result"
import * as Figure from "../Figure.js"
import * as Format from "../Format.js"
import type * as ProgrammeData from "../ProgrammeData.js"
import type { Opening, OpeningYear, Section } from "../Report.js"
import { type Context, dataStep, section, unavailable } from "./context.js"

type StaffLine = ProgrammeData.TypicalCentre["staff"][number]

const contractOf = (line: StaffLine, i: number, opening: Calendar.LocalDate): Contract.Contract => ({
  id: `typical-${line.profession}-${i + 1}`,
  profession: line.profession,
  weeklyHours: line.weeklyHours,
  daysPerWeek: 5,
  start: opening,
  seniorityAtHireYears: line.seniorityAtHireYears,
  retiree: false,
  kind: "permanent"
})

const lineWords = (line: StaffLine) =>
  `${Format.integer(line.count)} ${Format.profession(line.profession, line.count)} on ${Format.decimal(line.weeklyHours)} h a week`

// The yearly employer cost of a staff line: each contract costed over the opening year from the
// grid in force month by month (Pay.annualCost), explained by one contract's monthly pay.
const lineCost = (
  c: Context,
  line: StaffLine,
  index: number,
  opening: Calendar.LocalDate
): Result.Result<Figure.Figure, Policy.PolicyError | Pay.PayError> =>
  Result.flatMap(Pay.explain(c.policy, contractOf(line, 0, opening), opening), (monthly) => {
    let total = Money.zero
    for (let i = 0; i < line.count; i++) {
      const r = Pay.annualCost(c.policy, contractOf(line, i, opening), Calendar.yearOf(opening))
      if (Result.isFailure(r)) return Result.fail(r.failure)
      total = Money.add(total, r.success)
    }
    return Result.succeed(
      Figure.make(
        total,
        "eurosPerYear",
        Explanation.make(
          Explanation.step(`Employer cost of ${lineWords(line)} in ${Calendar.yearOf(opening)}`, {
            value: Explanation.money(total, "eurosPerYear"),
            note: `${Format.integer(line.count)} × the months of the year, each paid from the grid in force`,
            children: [
              monthly.explanation.root,
              dataStep(
                `Staff of the typical centre: ${lineWords(line)}`,
                `typicalCentre.staff[${index}]`,
                opening,
                line.provenance,
                Explanation.quantity(line.count, "people")
              ),
              dataStep(
                "Their weekly hours and seniority at hire",
                `typicalCentre.staff[${index}].terms`,
                opening,
                line.terms,
                Explanation.quantity(line.weeklyHours, "hoursPerWeek")
              )
            ]
          })
        )
      )
    )
  })

// Consultations a year of a clinician line at full activity: the policy's target rate through
// Consultation.capacity, or the scenario's rate on the policy's consulting hours.
const lineActivity = (
  c: Context,
  centre: ProgrammeData.TypicalCentre,
  line: StaffLine,
  index: number,
  on: Calendar.LocalDate
) => {
  const own = line.consultationsPerHour
  if (own === undefined)
    return Result.map(
      Consultation.capacity(
        c.policy,
        { weeklyHours: line.weeklyHours, complexShare: centre.complexShare.value },
        on
      ),
      (capacity) =>
        Figure.derived(
          `Consultations a year at full activity: ${lineWords(line)}`,
          capacity.perYear * line.count,
          "consultationsPerYear",
          `${Format.integer(line.count)} × the capacity of one at the policy's target rate`,
          [
            capacity.explanation.root,
            dataStep(
              "Share of complex patients",
              "typicalCentre.complexShare",
              on,
              centre.complexShare.provenance,
              Explanation.quantity(centre.complexShare.value, "ratio")
            )
          ]
        )
    )
  return Result.flatMap(Consultation.consultingHoursPerWeek(c.policy, line.weeklyHours, on), (hours) =>
    Result.map(Policy.read(c.policy, Consultation.parameters.workingWeeksPerYear, on), (weeks) => {
      const perYear = hours * own.value * weeks.value * line.count
      return Figure.derived(
        `Consultations a year at full activity: ${lineWords(line)}`,
        perYear,
        "consultationsPerYear",
        `${Format.integer(line.count)} × ${Format.decimal(hours)} consulting hours a week × ${Format.decimal(own.value)} an hour × ${Format.decimal(weeks.value)} weeks`,
        [
          Explanation.step("Consulting hours a week", {
            value: Explanation.quantity(hours, "hoursPerWeek"),
            note: "the weekly hours × the policy's shares of time in scheduled and unscheduled consultations"
          }),
          dataStep(
            "Consultations per hour",
            `typicalCentre.staff[${index}].consultationsPerHour`,
            on,
            own.provenance,
            Explanation.quantity(own.value, "consultationsPerHour")
          ),
          Explanation.fromParameter(
            Consultation.parameters.workingWeeksPerYear.label,
            weeks,
            Explanation.quantity(weeks.value, "weeksPerYear")
          )
        ]
      )
    })
  )
}

const categoryWords: Record<Accounting.RevenueCategory | Accounting.CostCategory, string> = {
  consultations: "Consultations billed",
  homeVisits: "Home visits billed",
  regularDoctorFees: "Regular-doctor fees (forfait médecin traitant)",
  flatPayments: "Health-centre agreement flat payments",
  installationSubsidy: "Installation subsidy",
  operatingSubsidy: "Operating subsidy",
  salaries: "Clinicians' employer cost",
  supportStaff: "Support staff's employer cost",
  rent: "Rent",
  runningCosts: "Running costs",
  openingCosts: "Opening costs",
  centralServices: "Central services"
}

const p = Accounting.parameters
const categoryParameters: Partial<
  Record<Accounting.RevenueCategory | Accounting.CostCategory, ReadonlyArray<Parameter.Definition<"money">>>
> = {
  consultations: [p.consultationTariff],
  homeVisits: [p.consultationTariff, p.homeVisitTravelSupplement],
  regularDoctorFees: [p.regularDoctorFee],
  flatPayments: [p.flatPaymentsPerYear],
  installationSubsidy: [p.installationSubsidy],
  rent: [p.rentPerMonth],
  runningCosts: [p.runningCostsPerMonth],
  openingCosts: [p.openingCost],
  centralServices: [p.centralCostPerYear]
}

const parameterSteps = (c: Context, category: keyof typeof categoryWords, on: Calendar.LocalDate) =>
  (categoryParameters[category] ?? []).flatMap((definition) => {
    const read = Policy.read(c.policy, definition, on)
    return Result.isSuccess(read)
      ? [
          Explanation.fromParameter(
            definition.label,
            read.success,
            Explanation.money(read.success.value, definition.unit as "eurosPerAct")
          )
        ]
      : []
  })

// The revenue or the cost of a year, category by category, each with the parameters it reads
// (in force at the year's start) or the scenario's figure it comes from.
const accountFigure = (
  c: Context,
  label: string,
  total: Money.Cents,
  categories: ReadonlyArray<readonly [keyof typeof categoryWords, Money.Cents]>,
  on: Calendar.LocalDate,
  staffCosts: { readonly salaries: Figure.Figure; readonly supportStaff: Figure.Figure },
  data: Partial<Record<keyof typeof categoryWords, ReadonlyArray<Explanation.Step>>>,
  extra: ReadonlyArray<Explanation.Step> = []
): Figure.Figure =>
  Figure.make(
    total,
    "euros",
    Explanation.make(
      Explanation.step(label, {
        value: Explanation.money(total, "euros"),
        note: "the sum of the scenario ledger's entries of the year, by category",
        children: [
          ...categories
            .filter(([, amount]) => amount !== 0)
            .map(([category, amount]) =>
              Explanation.step(categoryWords[category], {
                value: Explanation.money(amount, "euros"),
                children:
                  category === "salaries" || category === "supportStaff"
                    ? [
                        Explanation.step(staffCosts[category].explanation.root.label, {
                          value: Explanation.money(Money.cents(staffCosts[category].value), "eurosPerYear"),
                          note: "spread over the months of the year; explained in full with the staff lines' figures"
                        })
                      ]
                    : [...parameterSteps(c, category, on), ...(data[category] ?? [])]
              })
            ),
          ...extra
        ]
      })
    )
  )

const centralNotBooked = Explanation.step("Central services", {
  value: Explanation.money(Money.zero, "euros"),
  note: "the programme data gives no share of the GIP's head-office costs for the typical centre, so none is booked: its result is the centre's own"
})

/** The typical centre's opening: the report's section, with the plan and the scenario behind it. */
export interface Computed {
  readonly opening: Opening
  readonly plan: Accounting.OpeningPlan
  readonly scenario: Accounting.OpeningScenario
}

export const noTypicalCentre = "The programme data describes no typical centre."

/** The report's section, from the typical centre computed once (see {@link computeOpening}). */
export const opening = (
  c: Context,
  computed: Result.Result<Computed, unknown> = computeOpening(c)
): Section<Opening> => {
  if (c.programme.typicalCentre === undefined) return unavailable(noTypicalCentre)
  return section(() => Result.map(computed, (o) => o.opening))
}

export const computeOpening = (c: Context): Result.Result<Computed, unknown> => {
  const centre = c.programme.typicalCentre
  if (centre === undefined) return Result.fail(new Error(noTypicalCentre))
  {
    const on = centre.opening.value
    const costs: Array<Figure.Figure> = []
    const activities: Array<Figure.Figure | undefined> = []
    for (const [i, line] of centre.staff.entries()) {
      const cost = lineCost(c, line, i, on)
      if (Result.isFailure(cost)) return Result.fail(cost.failure)
      costs.push(cost.success)
      if (line.role === "support") activities.push(undefined)
      else {
        const activity = lineActivity(c, centre, line, i, on)
        if (Result.isFailure(activity)) return Result.fail(activity.failure)
        activities.push(activity.success)
      }
    }
    const sumOf = (
      label: string,
      figures: ReadonlyArray<Figure.Figure>,
      unit: "eurosPerYear" | "consultationsPerYear",
      round: boolean
    ) => {
      const total = figures.reduce((n, f) => n + f.value, 0)
      return Figure.derived(
        label,
        round ? Math.round(total) : total,
        unit,
        round ? "the sum of the lines, rounded" : "the sum of the lines",
        figures
      )
    }
    const clinicianCost = sumOf(
      "Clinicians' employer cost a year",
      costs.filter((_, i) => centre.staff[i]!.role === "clinician"),
      "eurosPerYear",
      false
    )
    const supportCost = sumOf(
      "Support staff's employer cost a year",
      costs.filter((_, i) => centre.staff[i]!.role === "support"),
      "eurosPerYear",
      false
    )
    const consultations = sumOf(
      "Consultations a year at full activity",
      activities.filter((a): a is Figure.Figure => a !== undefined),
      "consultationsPerYear",
      true
    )
    const visitsStep = dataStep(
      "Home visits per consultation",
      "typicalCentre.homeVisitsPerConsultation",
      on,
      centre.homeVisitsPerConsultation.provenance,
      Explanation.quantity(centre.homeVisitsPerConsultation.value, "ratio")
    )
    const homeVisits = Figure.derived(
      "Home visits a year at full activity",
      Math.round(consultations.value * centre.homeVisitsPerConsultation.value),
      "count",
      "consultations × home visits per consultation, rounded",
      [consultations, visitsStep]
    )
    const plan: Accounting.OpeningPlan = {
      centreId: "typical-centre",
      opening: on,
      years: centre.years.value,
      consultationsPerYearAtFullActivity: consultations.value,
      homeVisitsPerYearAtFullActivity: homeVisits.value,
      ramp: centre.ramp.value,
      clinicianCostPerYear: Money.cents(clinicianCost.value),
      supportStaffCostPerYear: Money.cents(supportCost.value),
      ...(centre.regularDoctorPatients === undefined
        ? {}
        : { regularDoctorPatientsAtFullActivity: centre.regularDoctorPatients.value }),
      ...(centre.centralShare === undefined ? {} : { centralShare: centre.centralShare.value })
    }
    const data: Partial<Record<keyof typeof categoryWords, ReadonlyArray<Explanation.Step>>> = {
      ...(centre.regularDoctorPatients === undefined
        ? {}
        : {
            regularDoctorFees: [
              dataStep(
                "Regular-doctor patients at full activity (they follow the ramp-up)",
                "typicalCentre.regularDoctorPatients",
                on,
                centre.regularDoctorPatients.provenance,
                Explanation.quantity(centre.regularDoctorPatients.value, "patients")
              )
            ]
          }),
      ...(centre.centralShare === undefined
        ? {}
        : {
            centralServices: [
              dataStep(
                "Share of the GIP's central costs booked to the centre",
                "typicalCentre.centralShare",
                on,
                centre.centralShare.provenance,
                Explanation.quantity(centre.centralShare.value, "ratio")
              )
            ]
          })
    }
    return Result.map(Accounting.openingScenario(c.policy, plan), (s): Computed => {
      const staffCosts = { salaries: clinicianCost, supportStaff: supportCost }
      let cumulative: Figure.Figure | undefined
      const years = s.years.map((y): OpeningYear => {
        const start = Calendar.date(y.period.start)
        const share = Figure.make(
          y.activityShare,
          "ratio",
          Explanation.make(
            dataStep(
              `Share of full activity in year ${y.year}`,
              "typicalCentre.ramp",
              on,
              centre.ramp.provenance,
              Explanation.quantity(y.activityShare, "ratio")
            )
          )
        )
        const yearConsultations = Figure.derived(
          `Consultations in year ${y.year}`,
          y.consultations,
          "consultations",
          "full activity × the year's share, rounded",
          [consultations, share]
        )
        const revenue = accountFigure(
          c,
          `Revenue of year ${y.year} (subsidies included)`,
          y.pnl.totalRevenue,
          Accounting.revenueCategories.map((k) => [k, y.pnl.revenue[k]] as const),
          start,
          staffCosts,
          data
        )
        const cost = accountFigure(
          c,
          `Cost of year ${y.year}`,
          y.pnl.totalCost,
          Accounting.costCategories.map((k) => [k, y.pnl.cost[k]] as const),
          start,
          staffCosts,
          data,
          y.pnl.cost.centralServices === 0 ? [centralNotBooked] : []
        )
        const result = Figure.derived(`Result of year ${y.year}`, y.pnl.result, "euros", "revenue − cost", [
          revenue,
          cost
        ])
        cumulative =
          cumulative === undefined
            ? Figure.derived(
                `Result accumulated to year ${y.year}`,
                y.cumulativeResult,
                "euros",
                "the first year's result",
                [result]
              )
            : Figure.derived(
                `Result accumulated to year ${y.year}`,
                y.cumulativeResult,
                "euros",
                "the previous years' + this year's",
                [cumulative, result]
              )
        const contribution = Accounting.regionContribution(y.pnl)
        const regionContribution = Figure.derived(
          `Region's contribution in year ${y.year}`,
          contribution,
          "euros",
          "the deficit the Region covers: cost − revenue when revenue falls short, else nothing",
          [revenue, cost]
        )
        const subsidies = Money.add(y.pnl.revenue.installationSubsidy, y.pnl.revenue.operatingSubsidy)
        const perConsultation = y.consultations === 0
        return {
          year: y.year,
          start: y.period.start,
          end: y.period.end,
          activityShare: share,
          consultations: yearConsultations,
          revenue,
          cost,
          result,
          cumulativeResult: cumulative,
          regionContribution,
          costPerConsultation: perConsultation
            ? undefined
            : Figure.derived(
                `Cost per consultation in year ${y.year}`,
                Money.divide(y.pnl.totalCost, y.consultations, "halfEven"),
                "eurosPerConsultation",
                "cost ÷ consultations, to the cent (half to even)",
                [cost, yearConsultations]
              ),
          subsidyPerConsultation: perConsultation
            ? undefined
            : Figure.derived(
                `Subsidy per consultation in year ${y.year}`,
                Money.divide(Money.add(subsidies, contribution), y.consultations, "halfEven"),
                "eurosPerConsultation",
                "(installation and operating subsidies + the Region's contribution) ÷ consultations, to the cent (half to even). It includes the public money other than health insurance's: the subsidies and the Region's contribution (which covers the central costs booked to the centre). It excludes health insurance's payments (acts, home visits, regular-doctor fees and the health-centre agreement's flat payments), which a self-employed doctor's practice would also receive",
                [
                  Explanation.step("Installation and operating subsidies", {
                    value: Explanation.money(subsidies, "euros"),
                    children: parameterSteps(c, "installationSubsidy", start)
                  }),
                  regionContribution,
                  yearConsultations
                ]
              )
        }
      })
      const model: Opening = {
        label: centre.label,
        opening: on,
        years,
        staff: centre.staff.map((line, i) => ({
          profession: line.profession,
          role: line.role,
          count: line.count,
          weeklyHours: line.weeklyHours,
          seniorityAtHireYears: line.seniorityAtHireYears,
          costPerYear: costs[i]!,
          consultationsPerYear: activities[i]
        })),
        consultationsAtFullActivity: consultations,
        homeVisitsAtFullActivity: homeVisits,
        clinicianCostPerYear: clinicianCost,
        supportStaffCostPerYear: supportCost,
        ledgerEntries: s.ledger.length,
        breakEvenYear: s.breakEvenYear,
        paybackYear: s.paybackYear
      }
      return { opening: model, plan, scenario: s }
    })
  }
}

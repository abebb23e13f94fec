/**
 * Projections: where published activity leads, month by month, under a staffing plan. The
 * consultations series (cumulative totals since the first centre opened), the clinicians series
 * (headcounts) and the plan give a monthly path of consultations up to any horizon, the month a
 * goal such as "one million consultations in 2028" (S2) is reached, and the same path with no
 * growth, for comparison. Regular-doctor patients get their own, simpler trend extrapolation.
 *
 * Consultations, unique patients and regular-doctor patients are kept apart, in types and in
 * labels: a consultation is a visit, not a person, so one million consultations is not "one
 * Occitan in six". Every date, rate, target and goal is an input: the module reads no clock and
 * holds no policy number. A value dated D holds at the start of day D.
 *
 * @example
 * ```ts
 * import { Calendar, Policy, Programme, Projection } from "@gip-sante/core"
 * import { figures, policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const consultations = Result.getOrThrow(
 *   Projection.seriesFrom(figures, ["consultations.total.apr2025", "consultations.total.summer2025"])
 * )
 * const clinicians = Result.getOrThrow(
 *   Projection.seriesFrom(figures, ["staff.gps.apr2025", "staff.cliniciansRecruited.dec2025"])
 * )
 * const goal = Result.getOrThrow(Policy.read(policy, Programme.parameters.consultationsGoal, Calendar.date("2025-12-31")))
 * const p = Result.getOrThrow(
 *   Projection.project({
 *     consultations,
 *     clinicians,
 *     plan: Projection.linearPlan({ from: "2025-12-17", clinicians: 110, to: "2028-12-31", target: 200 }),
 *     goal: Projection.goalFromParameter("Consultations goal", goal, "consultations"),
 *     horizon: Calendar.yearMonth("2028-12")
 *   })
 * )
 * p.withPlan.goalMonth // "2027-07"
 * p.noGrowth.goalMonth // "2027-11"
 * ```
 *
 * @since 0.1.0
 * @module
 */
import type * as Brand from "effect/Brand"
import * as Data from "effect/Data"
import * as Result from "effect/Result"
import {
  addMonths,
  date as calendarDate,
  firstDayOfMonth,
  type LocalDate,
  monthOf,
  parseDate,
  toDayNumber,
  type YearMonth
} from "./Calendar.js"
import * as Explanation from "./Explanation.js"
import { formatNumber, tidy } from "./internal/derived-figures.js"
import { formatPath, type Issue, renderIssues } from "./internal/issues.js"
import type { InForce } from "./Parameter.js"
import * as Provenance from "./Provenance.js"
import type * as Reference from "./Reference.js"
import { isQuantity, type Quantity, quantity, type Unit } from "./Unit.js"

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * One point of a series: a value holding at the start of `date`, and the published figure it
 * comes from (none for an implied point, such as the zero a cumulative total counts from).
 *
 * @example
 * ```ts
 * import { Calendar, type Projection } from "@gip-sante/core"
 *
 * const start: Projection.SeriesPoint = { date: Calendar.date("2022-07-01"), value: 0 }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface SeriesPoint {
  readonly date: LocalDate
  readonly value: number
  readonly source?: Reference.Figure
}

/**
 * A dated series, sorted by date, one point a date. Between two points the value is read on the
 * straight line joining them.
 *
 * @example
 * ```ts
 * import { Calendar, type Projection } from "@gip-sante/core"
 *
 * const clinicians: Projection.Series = [
 *   { date: Calendar.date("2025-04-09"), value: 100 },
 *   { date: Calendar.date("2025-12-17"), value: 110 }
 * ]
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Series = ReadonlyArray<SeriesPoint>

/**
 * An assumed staffing plan: clinicians in post from `from` on, either growing on a straight line
 * from `clinicians` to `target` reached on `to` (and held after), or held `constant`. Before
 * `from`, the published clinicians series applies. `rationale` says where the plan comes from; it
 * is shown in explanations as an assumption.
 *
 * @example
 * ```ts
 * import { Calendar, type Projection } from "@gip-sante/core"
 *
 * const plan: Projection.StaffingPlan = {
 *   shape: "linear",
 *   from: Calendar.date("2025-12-17"),
 *   clinicians: 110,
 *   to: Calendar.date("2028-12-31"),
 *   target: 200
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type StaffingPlan =
  | {
      readonly shape: "linear"
      readonly from: LocalDate
      readonly clinicians: number
      readonly to: LocalDate
      readonly target: number
      readonly rationale?: string
    }
  | {
      readonly shape: "constant"
      readonly from: LocalDate
      readonly clinicians: number
      readonly rationale?: string
    }

/**
 * An assumed rate: consultations per clinician in post per month (an average month of
 * 365.25 / 12 days), with the reason for choosing it.
 *
 * @example
 * ```ts
 * import type { Projection } from "@gip-sante/core"
 *
 * const rate: Projection.RateAssumption = { consultationsPerClinicianPerMonth: 250, rationale: "A region's own figure" }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface RateAssumption {
  readonly consultationsPerClinicianPerMonth: number
  readonly rationale: string
}

/**
 * A rate estimated from two totals: the consultations added between them, the days between
 * them, the average clinicians in post over those days, the resulting consultations per
 * clinician per month, and the explanation with the arithmetic.
 *
 * @example
 * ```ts
 * import type { Projection } from "@gip-sante/core"
 *
 * const perMonth = (r: Projection.RateEstimate) => r.consultationsPerClinicianPerMonth
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface RateEstimate {
  readonly from: LocalDate
  readonly to: LocalDate
  readonly consultationsAdded: Quantity<"consultations">
  readonly days: number
  readonly averageClinicians: number
  readonly consultationsPerClinicianPerMonth: number
  readonly explanation: Explanation.Explanation
}

/**
 * One month of a consultations projection: the average clinicians in post over the month, the
 * consultations given in it, the cumulative total at its end, and whether that total comes from
 * the published series (`"published"`, read between published totals) or from the projection.
 *
 * @example
 * ```ts
 * import type { Projection } from "@gip-sante/core"
 *
 * const total = (p: Projection.MonthPoint) => p.cumulativeConsultations
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface MonthPoint {
  readonly month: YearMonth
  readonly clinicians: number
  readonly consultationsInMonth: Quantity<"consultations">
  readonly cumulativeConsultations: Quantity<"consultations">
  readonly basis: "published" | "projected"
}

/**
 * One scenario of a projection: its label, the staffing plan, the monthly points, the month the
 * goal is reached (`undefined` if not by the horizon) and the explanation listing every input.
 *
 * @example
 * ```ts
 * import type { Projection } from "@gip-sante/core"
 *
 * const reached = (s: Projection.Scenario) => s.goalMonth !== undefined
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Scenario {
  readonly label: string
  readonly plan: StaffingPlan
  readonly points: ReadonlyArray<MonthPoint>
  readonly goalMonth: YearMonth | undefined
  readonly explanation: Explanation.Explanation
}

/**
 * A published total set against the projection on its date: the projection reads published
 * totals on the straight lines between them, so the two agree.
 *
 * @example
 * ```ts
 * import type { Projection } from "@gip-sante/core"
 *
 * const agrees = (c: Projection.Checkpoint) => c.projected === c.published
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Checkpoint {
  readonly figure: Reference.Figure
  readonly date: LocalDate
  readonly published: number
  readonly projected: number
}

/**
 * A goal to project against: its id (a policy parameter's or a published figure's), label,
 * value and unit, and the explanation step saying where it comes from (the parameter with its
 * provenance, or the figure with its citation). Build one with {@link goalFromParameter} or
 * {@link goalFromFigure}.
 *
 * @example
 * ```ts
 * import type { Projection } from "@gip-sante/core"
 *
 * const line = (g: Projection.Goal) => `${g.label}: ${g.value}`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Goal {
  readonly id: string
  readonly label: string
  readonly value: number
  readonly unit: Unit
  readonly step: Explanation.Step
}

/**
 * A consultations projection: the rate used (estimated or assumed), the scenario with the
 * staffing plan, the same with no growth (clinicians held at the plan's starting headcount, same
 * rate), the goal, and the published totals checked against the path.
 *
 * @example
 * ```ts
 * import type { Projection } from "@gip-sante/core"
 *
 * const monthsSaved = (p: Projection.Projection) => [p.withPlan.goalMonth, p.noGrowth.goalMonth]
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Projection {
  readonly consultationsPerClinicianPerMonth: number
  readonly rate:
    | { readonly kind: "estimated"; readonly estimate: RateEstimate }
    | {
        readonly kind: "assumed"
        readonly assumption: RateAssumption
      }
  readonly goal: Goal
  readonly withPlan: Scenario
  readonly noGrowth: Scenario
  readonly checkpoints: ReadonlyArray<Checkpoint>
}

/**
 * What {@link project} needs: the cumulative consultations series, the clinicians series, the
 * staffing plan, the goal (`undefined` is reported as an error, so that a goal the policy lacks
 * or a mistyped figure id is caught), the last month to project, and optionally an assumed rate (by
 * default it is estimated with {@link estimateRate}).
 *
 * @example
 * ```ts
 * import type { Projection } from "@gip-sante/core"
 *
 * const horizonOf = (o: Projection.ProjectOptions) => o.horizon
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface ProjectOptions {
  readonly consultations: Series
  readonly clinicians: Series
  readonly plan: StaffingPlan
  readonly goal: Goal | undefined
  readonly horizon: YearMonth
  readonly rate?: RateAssumption
}

/**
 * A number of patients who declared one of the programme's doctors as their regular doctor
 * (médecin traitant). Not a number of consultations, nor of unique patients seen.
 *
 * @example
 * ```ts
 * import { Projection } from "@gip-sante/core"
 *
 * const n: Projection.RegularDoctorPatients = Projection.regularDoctorPatients(35000)
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type RegularDoctorPatients = Quantity<"patients"> & Brand.Brand<"RegularDoctorPatients">

/**
 * A number of distinct people seen at least once. No published figure gives it, so this module
 * projects none; the type exists so that it cannot be confused with consultations or with
 * regular-doctor patients.
 *
 * @example
 * ```ts
 * import type { Projection } from "@gip-sante/core"
 *
 * const people = (n: Projection.UniquePatients): number => n
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type UniquePatients = Quantity<"people"> & Brand.Brand<"UniquePatients">

/**
 * One month of a regular-doctor patients trend: the value on the trend line at the end of the
 * month, and whether that month ends after the last published point (an extrapolation).
 *
 * @example
 * ```ts
 * import type { Projection } from "@gip-sante/core"
 *
 * const value = (p: Projection.PatientsPoint) => p.regularDoctorPatients
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface PatientsPoint {
  readonly month: YearMonth
  readonly regularDoctorPatients: RegularDoctorPatients
  readonly basis: "published" | "extrapolated"
}

/**
 * A trend extrapolation of regular-doctor patients: the straight line through the two latest
 * published points, its slope per average month, the monthly points and the explanation.
 *
 * @example
 * ```ts
 * import type { Projection } from "@gip-sante/core"
 *
 * const slope = (t: Projection.PatientsTrend) => t.perMonth
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface PatientsTrend {
  readonly from: SeriesPoint
  readonly to: SeriesPoint
  readonly perMonth: number
  readonly points: ReadonlyArray<PatientsPoint>
  readonly explanation: Explanation.Explanation
}

/**
 * Why a projection could not be made: every issue, each naming the input and what was expected.
 *
 * @example
 * ```ts
 * import { Projection } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const r = Projection.seriesFrom([], ["consultations.total.apr2025"])
 * if (Result.isFailure(r)) r.failure.message // "at ids[0]: No published figure has the id consultations.total.apr2025"
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class ProjectionError extends Data.TaggedError("ProjectionError")<{
  readonly issues: ReadonlyArray<Issue>
}> {
  override get message(): string {
    return renderIssues(this.issues)
  }
}

// -----------------------------------------------------------------------------
// constructors
// -----------------------------------------------------------------------------

/**
 * A series from published figures, sorted by date. A cumulative figure (a total since a date)
 * adds an implied zero on its `since` date: consultations since July 2022 start at 0 on
 * 2022-07-01. Fails on an unknown id, on figures in different units, or on two different values
 * on the same date.
 *
 * @example
 * ```ts
 * import { Projection } from "@gip-sante/core"
 * import { figures } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const s = Result.getOrThrow(Projection.seriesFrom(figures, ["consultations.total.apr2025"]))
 * s.map((p) => [p.date, p.value]) // [["2022-07-01", 0], ["2025-04-09", 300000]]
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const seriesFrom = (
  figures: ReadonlyArray<Reference.Figure>,
  ids: ReadonlyArray<string>
): Result.Result<Series, ProjectionError> => {
  const issues: Array<Issue> = []
  const byDate = new Map<string, SeriesPoint>()
  let unit: string | undefined
  const add = (point: SeriesPoint, i: number) => {
    const existing = byDate.get(point.date)
    if (existing === undefined || (existing.source === undefined && existing.value === point.value)) {
      byDate.set(point.date, point)
    } else if (existing.value !== point.value) {
      issues.push({
        path: formatPath(["ids", i]),
        message: `Expected one value on ${point.date}, got ${existing.value} and ${point.value}`
      })
    }
  }
  ids.forEach((id, i) => {
    const figure = figures.find((f) => f.id === id)
    if (figure === undefined) {
      issues.push({ path: formatPath(["ids", i]), message: `No published figure has the id ${id}` })
      return
    }
    if (unit !== undefined && figure.unit !== unit) {
      issues.push({
        path: formatPath(["ids", i]),
        message: `Expected a figure in ${unit} like the ones before it, got ${figure.unit} (${id})`
      })
      return
    }
    unit = figure.unit
    if (figure.nature === "cumulative" && figure.since !== undefined) add({ date: figure.since, value: 0 }, i)
    add({ date: figure.asOf, value: figure.value, source: figure }, i)
  })
  const series = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  return checked(issues, series)
}

/**
 * A linear staffing plan from dates written `"YYYY-MM-DD"` (literals in code; throws on a
 * malformed date like `Calendar.date`).
 *
 * @example
 * ```ts
 * import { Projection } from "@gip-sante/core"
 *
 * Projection.linearPlan({ from: "2025-12-17", clinicians: 110, to: "2028-12-31", target: 200 }).shape // "linear"
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const linearPlan = (plan: {
  readonly from: string
  readonly clinicians: number
  readonly to: string
  readonly target: number
  readonly rationale?: string
}): StaffingPlan => {
  const out: StaffingPlan = {
    shape: "linear",
    from: calendarDate(plan.from),
    clinicians: plan.clinicians,
    to: calendarDate(plan.to),
    target: plan.target
  }
  return plan.rationale === undefined ? out : { ...out, rationale: plan.rationale }
}

/**
 * A constant staffing plan: `clinicians` in post from `from` on.
 *
 * @example
 * ```ts
 * import { Projection } from "@gip-sante/core"
 *
 * Projection.constantPlan({ from: "2025-12-17", clinicians: 110 }).shape // "constant"
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const constantPlan = (plan: {
  readonly from: string
  readonly clinicians: number
  readonly rationale?: string
}): StaffingPlan => {
  const out: StaffingPlan = { shape: "constant", from: calendarDate(plan.from), clinicians: plan.clinicians }
  return plan.rationale === undefined ? out : { ...out, rationale: plan.rationale }
}

/**
 * Brands a count as regular-doctor patients.
 *
 * @example
 * ```ts
 * import { Projection } from "@gip-sante/core"
 *
 * Projection.regularDoctorPatients(31000) // 31000
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const regularDoctorPatients = (n: number): RegularDoctorPatients => n as RegularDoctorPatients

/**
 * A goal read from a policy parameter (such as `programme.goal.consultations`), explained by the
 * parameter's value in force with its provenance, and by the deadline when one is given.
 *
 * @example
 * ```ts
 * import { Calendar, Policy, Programme, Projection } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const read = Result.getOrThrow(Policy.read(policy, Programme.parameters.consultationsGoal, Calendar.date("2025-12-31")))
 * Projection.goalFromParameter(Programme.parameters.consultationsGoal.label, read, "consultations").value // 1000000
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const goalFromParameter = (
  label: string,
  inForce: InForce<number>,
  unit: Unit,
  deadline?: LocalDate
): Goal => ({
  id: inForce.parameterId,
  label,
  value: inForce.value,
  unit,
  step: Explanation.fromParameter(
    label,
    inForce,
    Explanation.quantity(inForce.value, isQuantity(unit) ? unit : "count"),
    deadline === undefined ? "policy parameter" : `policy parameter; by ${deadline}`
  )
})

/**
 * A goal taken from a published figure (a figure of nature "goal"), explained by the figure and
 * its citation.
 *
 * @example
 * ```ts
 * import { Projection, Reference } from "@gip-sante/core"
 *
 * declare const figures: ReadonlyArray<Reference.Figure>
 * const goal = Reference.find(figures, "centres.goal.y2025")
 * if (goal !== undefined) Projection.goalFromFigure(goal).value
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const goalFromFigure = (figure: Reference.Figure): Goal => ({
  id: figure.id,
  label: figure.label,
  value: figure.value,
  unit: figure.unit,
  step: figureStep(figure)
})

// -----------------------------------------------------------------------------
// internals
// -----------------------------------------------------------------------------

// The monthly rate is turned into a daily one with an average month of 365.25 / 12 days: a
// calendar convention, so that a 28-day February gives fewer consultations than a 31-day March.
const daysPerMonth = 365.25 / 12

const checked = <A>(issues: ReadonlyArray<Issue>, value: A): Result.Result<A, ProjectionError> =>
  issues.length === 0 ? Result.succeed(value) : Result.fail(new ProjectionError({ issues }))

interface Compiled {
  readonly days: ReadonlyArray<number>
  readonly values: ReadonlyArray<number>
}

const compile = (series: Series): Compiled => ({
  days: series.map((p) => toDayNumber(p.date)),
  values: series.map((p) => p.value)
})

// The value on day `day` on the straight lines between points; held flat outside them.
const interpolate = (c: Compiled, day: number): number => {
  const n = c.days.length
  if (n === 0) return 0
  if (day <= c.days[0]!) return c.values[0]!
  if (day >= c.days[n - 1]!) return c.values[n - 1]!
  let i = 1
  while (c.days[i]! < day) i++
  const d0 = c.days[i - 1]!
  const d1 = c.days[i]!
  const v0 = c.values[i - 1]!
  const v1 = c.values[i]!
  return v0 + ((v1 - v0) * (day - d0)) / (d1 - d0)
}

const planHeadcount = (plan: StaffingPlan, day: number, from: number, to: number): number => {
  if (plan.shape === "constant" || day <= from) return plan.clinicians
  if (day >= to) return plan.target
  return plan.clinicians + ((plan.target - plan.clinicians) * (day - from)) / (to - from)
}

// Clinicians in post at the start of a day: the published series before the plan starts, the
// plan from then on.
const headcountOf = (clinicians: Compiled, plan: StaffingPlan): ((day: number) => number) => {
  const from = toDayNumber(plan.from)
  const to = plan.shape === "linear" ? toDayNumber(plan.to) : from
  return (day) => (day >= from ? planHeadcount(plan, day, from, to) : interpolate(clinicians, day))
}

// Clinician-days over [start, end): headcounts are straight lines between whole days, so the
// trapezoid of each day is exact.
const clinicianDays = (headcount: (day: number) => number, start: number, end: number): number => {
  let sum = 0
  for (let day = start; day < end; day++) sum += (headcount(day) + headcount(day + 1)) / 2
  return sum
}

const precisionWords: Record<Reference.Figure["precision"], string> = {
  exact: "exact",
  about: "approximate",
  atLeast: "a lower bound",
  atMost: "an upper bound",
  range: "a range"
}

function figureStep(figure: Reference.Figure): Explanation.Step {
  return Explanation.fromFigure(
    figure.label,
    { figureId: figure.id, asOf: figure.asOf, provenance: figure.provenance },
    Explanation.quantity(figure.value, isQuantity(figure.unit) ? figure.unit : "count"),
    `published figure, ${precisionWords[figure.precision]}, as of ${figure.asOf}${
      figure.since === undefined ? "" : `, counted from ${figure.since}`
    }`
  )
}

const publishedSteps = (series: Series): Array<Explanation.Step> =>
  series.flatMap((p) => (p.source === undefined ? [] : [figureStep(p.source)]))

const assumptionSource = (id: string, from: LocalDate, rationale: string, replaceWith: string) => ({
  parameterId: id,
  from,
  provenance: Provenance.assumption(rationale, replaceWith)
})

const describePlan = (plan: StaffingPlan): string =>
  plan.shape === "linear"
    ? `${formatNumber(plan.clinicians)} clinicians on ${plan.from}, growing on a straight line to ${formatNumber(plan.target)} on ${plan.to}, held after`
    : `${formatNumber(plan.clinicians)} clinicians from ${plan.from} on, held constant`

const planStep = (plan: StaffingPlan): Explanation.Step =>
  Explanation.step("Staffing plan (assumption)", {
    value: Explanation.text(describePlan(plan)),
    source: assumptionSource(
      "projection.staffingPlan",
      plan.from,
      plan.rationale ?? "a staffing plan given to the projection, not a published figure",
      "the programme's own recruitment plan, in clinicians in post"
    )
  })

const notPeopleStep = (): Explanation.Step =>
  Explanation.step("Consultations are not people", {
    note: 'a consultation is a visit: the same patient counts once per visit. A total of consultations says nothing of how many distinct people were seen, so a consultation goal cannot be read as a share of the population (the "one Occitan in six" claim conflates the two). Unique patients are not published and not projected here; regular-doctor patients are a separate count'
  })

const planIssues = (issues: Array<Issue>, plan: StaffingPlan) => {
  const atLeastZero = (field: string, value: number) => {
    if (!Number.isFinite(value) || value < 0)
      issues.push({
        path: formatPath(["plan", field]),
        message: `Expected a number of clinicians greater than or equal to 0, got ${value}`
      })
  }
  atLeastZero("clinicians", plan.clinicians)
  if (Result.isFailure(parseDate(plan.from)))
    issues.push({
      path: formatPath(["plan", "from"]),
      message: `Expected a date YYYY-MM-DD, got ${plan.from}`
    })
  if (plan.shape === "linear") {
    atLeastZero("target", plan.target)
    if (Result.isFailure(parseDate(plan.to)))
      issues.push({ path: formatPath(["plan", "to"]), message: `Expected a date YYYY-MM-DD, got ${plan.to}` })
    else if (plan.to < plan.from)
      issues.push({
        path: formatPath(["plan", "to"]),
        message: `Expected the target date on or after the start ${plan.from}, got ${plan.to}`
      })
  }
}

const seriesIssues = (issues: Array<Issue>, field: string, series: Series, atLeast: number) => {
  if (series.length < atLeast)
    issues.push({
      path: formatPath([field]),
      message: `Expected at least ${atLeast} dated point${atLeast === 1 ? "" : "s"}, got ${series.length}`
    })
  series.forEach((p, i) => {
    if (!Number.isFinite(p.value) || p.value < 0)
      issues.push({
        path: formatPath([field, i, "value"]),
        message: `Expected a number greater than or equal to 0, got ${p.value}`
      })
    const previous = series[i - 1]
    if (previous !== undefined && previous.date >= p.date)
      issues.push({
        path: formatPath([field, i, "date"]),
        message: `Expected dates in increasing order, got ${p.date} after ${previous.date}`
      })
  })
}

// -----------------------------------------------------------------------------
// rate
// -----------------------------------------------------------------------------

/**
 * Estimates consultations per clinician per month from the two latest points of the cumulative
 * consultations series: the consultations added between them, divided by the clinician-months
 * over those days (average clinicians in post, read on the published clinicians series, times
 * the days over an average month of 365.25 / 12 days). Fails when the series has fewer than two
 * points or no clinician was in post over the span.
 *
 * @example
 * ```ts
 * import { Projection } from "@gip-sante/core"
 * import { figures } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const series = (ids: Array<string>) => Result.getOrThrow(Projection.seriesFrom(figures, ids))
 * const r = Projection.estimateRate(
 *   series(["consultations.total.apr2025", "consultations.total.summer2025"]),
 *   series(["staff.gps.apr2025", "staff.cliniciansRecruited.dec2025"])
 * )
 * // Result.succeed({ consultationsPerClinicianPerMonth: 205.500096451, averageClinicians: 102.857142857, days: 144, ... })
 * ```
 *
 * @since 0.1.0
 * @category rate
 */
export const estimateRate = (
  consultations: Series,
  clinicians: Series
): Result.Result<RateEstimate, ProjectionError> => {
  const issues: Array<Issue> = []
  seriesIssues(issues, "consultations", consultations, 2)
  seriesIssues(issues, "clinicians", clinicians, 1)
  if (issues.length > 0) return Result.fail(new ProjectionError({ issues }))
  const a = consultations[consultations.length - 2]!
  const b = consultations[consultations.length - 1]!
  const start = toDayNumber(a.date)
  const end = toDayNumber(b.date)
  const observed = compile(clinicians)
  const headcount = (day: number) => interpolate(observed, day)
  const days = end - start
  const perClinicianDays = clinicianDays(headcount, start, end)
  const added = b.value - a.value
  if (perClinicianDays <= 0)
    return Result.fail(
      new ProjectionError({
        issues: [
          {
            path: formatPath(["clinicians"]),
            message: `Expected clinicians in post between ${a.date} and ${b.date}, got none`
          }
        ]
      })
    )
  const averageClinicians = tidy(perClinicianDays / days)
  const rate = tidy((added * daysPerMonth) / perClinicianDays)
  const months = days / daysPerMonth
  const explanation = Explanation.make(
    Explanation.step("Consultations per clinician per month (estimated)", {
      value: Explanation.quantity(rate, "count"),
      note: `${formatNumber(added)} consultations added from ${a.date} to ${b.date} (${days} days) ÷ (${formatNumber(averageClinicians)} clinicians on average × ${days} / ${formatNumber(daysPerMonth)} = ${formatNumber(months)} months)`,
      children: [
        Explanation.step("Consultations added", {
          value: Explanation.quantity(added, "consultations"),
          note: `${formatNumber(b.value)} − ${formatNumber(a.value)}`,
          children: [a, b].flatMap((p) => (p.source === undefined ? [] : [figureStep(p.source)]))
        }),
        Explanation.step("Average clinicians in post over the span", {
          value: Explanation.quantity(averageClinicians, "count"),
          note: "read on straight lines between the published headcounts",
          children: publishedSteps(clinicians)
        }),
        Explanation.step("Average month", {
          value: Explanation.quantity(daysPerMonth, "days"),
          note: "365,25 / 12"
        })
      ]
    })
  )
  return Result.succeed({
    from: a.date,
    to: b.date,
    consultationsAdded: quantity(added, "consultations"),
    days,
    averageClinicians,
    consultationsPerClinicianPerMonth: rate,
    explanation
  })
}

// -----------------------------------------------------------------------------
// consultations
// -----------------------------------------------------------------------------

const scenarioPoints = (
  consultations: Compiled,
  headcount: (day: number) => number,
  ratePerClinicianDay: number,
  first: YearMonth,
  horizon: YearMonth
): Array<MonthPoint> => {
  const n = consultations.days.length
  const lastDay = consultations.days[n - 1]!
  let runningDay = lastDay
  let running = consultations.values[n - 1]!
  const cumulativeAt = (day: number): number => {
    if (day <= lastDay) return interpolate(consultations, day)
    while (runningDay < day) {
      running += (ratePerClinicianDay * (headcount(runningDay) + headcount(runningDay + 1))) / 2
      runningDay++
    }
    return running
  }
  const points: Array<MonthPoint> = []
  let month = first
  let previous = tidy(cumulativeAt(toDayNumber(firstDayOfMonth(first))))
  while (month <= horizon) {
    const start = toDayNumber(firstDayOfMonth(month))
    const end = toDayNumber(firstDayOfMonth(addMonths(month, 1)))
    const cumulative = tidy(cumulativeAt(end))
    points.push({
      month,
      clinicians: tidy(clinicianDays(headcount, start, end) / (end - start)),
      consultationsInMonth: quantity(tidy(cumulative - previous), "consultations"),
      cumulativeConsultations: quantity(cumulative, "consultations"),
      basis: end <= lastDay ? "published" : "projected"
    })
    previous = cumulative
    month = addMonths(month, 1)
  }
  return points
}

const goalMonthOf = (points: ReadonlyArray<MonthPoint>, goal: number): YearMonth | undefined =>
  points.find((p) => p.cumulativeConsultations >= goal)?.month

const scenario = (
  label: string,
  options: ProjectOptions,
  goal: Goal,
  plan: StaffingPlan,
  rate: number,
  rateStep: Explanation.Step
): Scenario => {
  const headcount = headcountOf(compile(options.clinicians), plan)
  const first = monthOf(options.consultations[0]!.date)
  const points = scenarioPoints(
    compile(options.consultations),
    headcount,
    rate / daysPerMonth,
    first,
    options.horizon
  )
  const goalMonth = goalMonthOf(points, goal.value)
  const last = points[points.length - 1]
  const explanation = Explanation.make(
    Explanation.step(`Consultations projected to ${options.horizon}: ${label}`, {
      value: Explanation.quantity(last?.cumulativeConsultations ?? 0, "consultations"),
      note: `cumulative from ${options.consultations[0]!.date}; each month: clinicians in post × rate × days / ${formatNumber(daysPerMonth)}`,
      children: [
        Explanation.step("Month the goal is reached", {
          value: Explanation.text(goalMonth ?? `not reached by ${options.horizon}`),
          note: `first month whose cumulative total reaches ${formatNumber(goal.value)} consultations`,
          children: [goal.step]
        }),
        Explanation.step("Published figures used", {
          children: [...publishedSteps(options.consultations), ...publishedSteps(options.clinicians)]
        }),
        Explanation.step("Assumptions", {
          children: [
            planStep(plan),
            rateStep,
            Explanation.step("Clinicians between published headcounts (assumption)", {
              note: "read on straight lines between the published dates, held at the last published value until the plan starts; the published headcounts may count GPs, doctors or clinicians recruited, as the series was given"
            }),
            Explanation.step("Consultations between published totals", {
              note: "read on straight lines between the published dates; the projection starts from the last published total"
            }),
            Explanation.step("Dates", { note: "a value dated D holds at the start of day D" })
          ]
        }),
        notPeopleStep()
      ]
    })
  )
  return { label, plan, points, goalMonth, explanation }
}

/**
 * Projects cumulative consultations month by month to `horizon`, from the last published total:
 * each month gives the clinicians in post (the published series, then the staffing plan) × the
 * rate per clinician per month × its days over an average month. Returns the scenario with the
 * plan, the same with no growth (clinicians held at the plan's starting headcount), the month
 * each reaches the goal, and the published totals checked against the path. The rate is the
 * assumed one if given, otherwise {@link estimateRate}. Every explanation lists the published
 * figures used with their citations, and the assumptions (plan, rate model) as such.
 *
 * @example
 * ```ts
 * import { Calendar, Explanation, Policy, Programme, Projection } from "@gip-sante/core"
 * import { figures, policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const series = (ids: Array<string>) => Result.getOrThrow(Projection.seriesFrom(figures, ids))
 * const goal = Policy.read(policy, Programme.parameters.consultationsGoal, Calendar.date("2025-12-31"))
 * const r = Projection.project({
 *   consultations: series(["consultations.total.apr2025", "consultations.total.summer2025"]),
 *   clinicians: series(["staff.gps.apr2025", "staff.cliniciansRecruited.dec2025"]),
 *   plan: Projection.linearPlan({ from: "2025-12-17", clinicians: 110, to: "2028-12-31", target: 200 }),
 *   goal: Result.isSuccess(goal) ? Projection.goalFromParameter("Consultations goal", goal.success, "consultations") : undefined,
 *   horizon: Calendar.yearMonth("2028-12")
 * })
 * if (Result.isSuccess(r)) console.log(Explanation.toText(r.success.withPlan.explanation))
 * ```
 *
 * @since 0.1.0
 * @category consultations
 */
export const project = (options: ProjectOptions): Result.Result<Projection, ProjectionError> => {
  const issues: Array<Issue> = []
  seriesIssues(issues, "consultations", options.consultations, options.rate === undefined ? 2 : 1)
  seriesIssues(issues, "clinicians", options.clinicians, 1)
  planIssues(issues, options.plan)
  const goal = options.goal
  if (goal === undefined)
    issues.push({
      path: formatPath(["goal"]),
      message: "Expected a goal, got nothing (does the policy state it? is the figure id right?)"
    })
  else if (goal.unit !== "consultations")
    issues.push({
      path: formatPath(["goal"]),
      message: `Expected a goal in consultations, got one in ${goal.unit} (${goal.id})`
    })
  if (options.rate !== undefined) {
    const r = options.rate.consultationsPerClinicianPerMonth
    if (!Number.isFinite(r) || r < 0)
      issues.push({
        path: formatPath(["rate", "consultationsPerClinicianPerMonth"]),
        message: `Expected a number of consultations greater than or equal to 0, got ${r}`
      })
  }
  const last = options.consultations[options.consultations.length - 1]
  if (last !== undefined && options.horizon < monthOf(last.date))
    issues.push({
      path: formatPath(["horizon"]),
      message: `Expected a month on or after the last published total (${monthOf(last.date)}), got ${options.horizon}`
    })
  if (issues.length > 0 || goal === undefined) return Result.fail(new ProjectionError({ issues }))

  const rateResult: Result.Result<
    { readonly value: number; readonly step: Explanation.Step; readonly rate: Projection["rate"] },
    ProjectionError
  > =
    options.rate === undefined
      ? Result.map(estimateRate(options.consultations, options.clinicians), (estimate) => ({
          value: estimate.consultationsPerClinicianPerMonth,
          rate: { kind: "estimated", estimate },
          step: Explanation.step("Rate model (assumption)", {
            value: Explanation.quantity(estimate.consultationsPerClinicianPerMonth, "count"),
            note: "consultations per clinician per month stay at the rate estimated between the two latest published totals",
            source: assumptionSource(
              "projection.rateModel",
              estimate.to,
              "each clinician keeps giving the consultations per month observed between the two latest published totals",
              "the programme's activity per clinician, from its own monthly data"
            ),
            children: [estimate.explanation.root]
          })
        }))
      : Result.succeed({
          value: options.rate.consultationsPerClinicianPerMonth,
          rate: { kind: "assumed", assumption: options.rate },
          step: Explanation.step("Rate model (assumption)", {
            value: Explanation.quantity(options.rate.consultationsPerClinicianPerMonth, "count"),
            note: "consultations per clinician per month, given to the projection",
            source: assumptionSource(
              "projection.rateModel",
              last!.date,
              options.rate.rationale,
              "the programme's activity per clinician, from its own monthly data"
            )
          })
        })

  return Result.map(rateResult, ({ rate, step, value }) => {
    const noGrowthPlan: StaffingPlan = {
      shape: "constant",
      from: options.plan.from,
      clinicians: options.plan.clinicians,
      rationale: "no growth: the plan's starting headcount held constant, for comparison"
    }
    const withPlan = scenario("with the staffing plan", options, goal, options.plan, value, step)
    const noGrowth = scenario("constant rate, no growth", options, goal, noGrowthPlan, value, step)
    const compiled = compile(options.consultations)
    const checkpoints = options.consultations.flatMap((p) =>
      p.source === undefined
        ? []
        : [
            {
              figure: p.source,
              date: p.date,
              published: p.source.value,
              projected: tidy(interpolate(compiled, toDayNumber(p.date)))
            }
          ]
    )
    return { consultationsPerClinicianPerMonth: value, rate, goal, withPlan, noGrowth, checkpoints }
  })
}

// -----------------------------------------------------------------------------
// regular-doctor patients
// -----------------------------------------------------------------------------

/**
 * Extrapolates regular-doctor patients month by month to `horizon` on the straight line through
 * the two latest points of the series (for Occitanie, 31,000 in April 2025 and over 35,000 in
 * December 2025). A trend extrapolation, labelled as such: it models neither recruitment nor how
 * many patients a doctor can take on. Each month's value is on the line at the month's end.
 * Fails with fewer than two points, or a horizon before the first of them.
 *
 * @example
 * ```ts
 * import { Calendar, Projection } from "@gip-sante/core"
 * import { figures } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const series = Result.getOrThrow(
 *   Projection.seriesFrom(figures, ["patients.regularDoctorRegained.apr2025", "patients.regularDoctorRegained.dec2025"])
 * )
 * const t = Result.getOrThrow(Projection.projectRegularDoctorPatients(series, Calendar.yearMonth("2028-12")))
 * t.points.at(-1)?.regularDoctorPatients // 52634.9206349
 * ```
 *
 * @since 0.1.0
 * @category patients
 */
export const projectRegularDoctorPatients = (
  series: Series,
  horizon: YearMonth
): Result.Result<PatientsTrend, ProjectionError> => {
  const issues: Array<Issue> = []
  seriesIssues(issues, "series", series, 2)
  if (issues.length > 0) return Result.fail(new ProjectionError({ issues }))
  const a = series[series.length - 2]!
  const b = series[series.length - 1]!
  const first = monthOf(a.date)
  if (horizon < first)
    return Result.fail(
      new ProjectionError({
        issues: [
          { path: formatPath(["horizon"]), message: `Expected a month on or after ${first}, got ${horizon}` }
        ]
      })
    )
  const start = toDayNumber(a.date)
  const end = toDayNumber(b.date)
  const perDay = (b.value - a.value) / (end - start)
  const points: Array<PatientsPoint> = []
  for (let month = first; month <= horizon; month = addMonths(month, 1)) {
    const monthEnd = toDayNumber(firstDayOfMonth(addMonths(month, 1)))
    points.push({
      month,
      regularDoctorPatients: regularDoctorPatients(tidy(a.value + perDay * (monthEnd - start))),
      basis: monthEnd <= end ? "published" : "extrapolated"
    })
  }
  const perMonth = tidy(perDay * daysPerMonth)
  const lastPoint = points[points.length - 1]!
  const explanation = Explanation.make(
    Explanation.step(`Regular-doctor patients at the end of ${horizon} (trend extrapolation)`, {
      value: Explanation.quantity(lastPoint.regularDoctorPatients, "patients"),
      note: `${formatNumber(a.value)} + ${formatNumber(perMonth)} a month × months since ${a.date}: a straight line through two published points, not a model`,
      children: [
        Explanation.step("Trend per month", {
          value: Explanation.quantity(perMonth, "patients"),
          note: `(${formatNumber(b.value)} − ${formatNumber(a.value)}) / ${end - start} days × ${formatNumber(daysPerMonth)} days`,
          children: [a, b].flatMap((p) => (p.source === undefined ? [] : [figureStep(p.source)]))
        }),
        Explanation.step("Trend extrapolation (assumption)", {
          note: "the pace between the two latest published points continues; it models neither recruitment nor how many patients a doctor can take on",
          source: assumptionSource(
            "projection.regularDoctorTrend",
            b.date,
            "the pace between the two latest published points continues",
            "declarations of regular doctor from health-insurance data"
          )
        }),
        Explanation.step("Regular-doctor patients are neither consultations nor all patients seen", {
          note: "patients who declared one of the programme's doctors as their regular doctor; consultations count visits, and unique patients seen (not published) count people whether or not they declared a regular doctor"
        })
      ]
    })
  )
  return Result.succeed({ from: a, to: b, perMonth, points, explanation })
}

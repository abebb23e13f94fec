/**
 * Consultations: the programme's consultation target (3 an hour, 2 an hour with complex
 * patients, S2), what a doctor's hours can give in consultations (capacity), and honest
 * comparisons between practice models, such as a reader's "50 h at 4 an hour against 35 h at
 * 3 an hour" (S2 comments).
 *
 * Consulting hours are not contract hours: part of a contract goes to home visits,
 * administration and training, so capacity counts only the policy's scheduled and unscheduled
 * shares of the hours. The target cannot be imposed (S2), so its rule is advisory. Every rate,
 * share and hour count comes from the policy or from the caller.
 *
 * @example
 * ```ts
 * import { Calendar, Consultation } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const on = Calendar.date("2025-06-01")
 * Consultation.expectedConsultations(policy, { consultingHours: 35, complexShare: 0 }, on) // Result.succeed(105)
 *
 * const selfEmployed = Result.getOrThrow(Consultation.selfEmployedModel(policy, on))
 * const salaried = Result.getOrThrow(Consultation.salariedModel(policy, on))
 * Consultation.compareRaw(selfEmployed, salaried).perWeek.aMinusB // 95 (200 − 105)
 * ```
 *
 * @since 0.1.0
 * @module
 */
import * as Data from "effect/Data"
import * as Result from "effect/Result"
import { date as calendarDate, type LocalDate } from "./Calendar.js"
import type { Contract } from "./Contract.js"
import { parameters as contractParameters, isActive } from "./Contract.js"
import * as Explanation from "./Explanation.js"
import { formatNumber, tidy } from "./internal/derived-figures.js"
import { formatPath, type Issue, renderIssues } from "./internal/issues.js"
import * as Parameter from "./Parameter.js"
import * as Policy from "./Policy.js"
import * as Rule from "./Rule.js"
import { type Quantity, type QuantityUnit, quantity } from "./Unit.js"

// -----------------------------------------------------------------------------
// parameters read
// -----------------------------------------------------------------------------

/**
 * The policy parameters this module reads (the full-time weekly hours of the salaried model
 * come from the contract parameters, `contract.fullTimeWeeklyHours`).
 *
 * @example
 * ```ts
 * import { Consultation } from "@gip-sante/core"
 *
 * Consultation.parameters.targetPerHour.id // "consultation.targetPerHour"
 * ```
 *
 * @since 0.1.0
 * @category parameters
 */
export const parameters = {
  targetPerHour: Parameter.define({
    id: "consultation.targetPerHour",
    type: "number",
    unit: "consultationsPerHour",
    label: "Target consultations per hour"
  }),
  targetPerHourComplex: Parameter.define({
    id: "consultation.targetPerHourComplex",
    type: "number",
    unit: "consultationsPerHour",
    label: "Target consultations per hour, complex patients"
  }),
  timeShareScheduled: Parameter.define({
    id: "consultation.timeShare.scheduled",
    type: "number",
    unit: "ratio",
    label: "Share of hours in scheduled consultations"
  }),
  timeShareUnscheduled: Parameter.define({
    id: "consultation.timeShare.unscheduled",
    type: "number",
    unit: "ratio",
    label: "Share of hours in unscheduled-care slots"
  }),
  timeShareHomeVisits: Parameter.define({
    id: "consultation.timeShare.homeVisits",
    type: "number",
    unit: "ratio",
    label: "Share of hours on home visits"
  }),
  timeShareAdmin: Parameter.define({
    id: "consultation.timeShare.admin",
    type: "number",
    unit: "ratio",
    label: "Share of hours on administration"
  }),
  timeShareTraining: Parameter.define({
    id: "consultation.timeShare.training",
    type: "number",
    unit: "ratio",
    label: "Share of hours on training and coordination meetings"
  }),
  workingWeeksPerYear: Parameter.define({
    id: "consultation.workingWeeksPerYear",
    type: "number",
    unit: "weeksPerYear",
    label: "Consulting weeks per year (salaried)"
  }),
  selfEmployedWeeklyHours: Parameter.define({
    id: "consultation.selfEmployed.weeklyHours",
    type: "number",
    unit: "hoursPerWeek",
    label: "Weekly hours of a self-employed GP (comparison)"
  }),
  selfEmployedPerHour: Parameter.define({
    id: "consultation.selfEmployed.perHour",
    type: "number",
    unit: "consultationsPerHour",
    label: "Consultations per hour of a self-employed GP (comparison)"
  }),
  selfEmployedAdminShare: Parameter.define({
    id: "consultation.selfEmployed.adminShare",
    type: "number",
    unit: "ratio",
    label: "Share of a self-employed GP's hours on administration"
  }),
  selfEmployedWorkingWeeksPerYear: Parameter.define({
    id: "consultation.selfEmployed.workingWeeksPerYear",
    type: "number",
    unit: "weeksPerYear",
    label: "Consulting weeks per year (self-employed comparison)"
  })
} as const

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * Consulting hours and the share of them spent with complex patients (from 0 to 1).
 *
 * @example
 * ```ts
 * import type { Consultation } from "@gip-sante/core"
 *
 * const week: Consultation.Mix = { consultingHours: 28, complexShare: 0.25 }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Mix {
  readonly consultingHours: number
  readonly complexShare: number
}

/**
 * A doctor's activity over a period: consultations given, of which with complex patients, and
 * the consulting hours they were given in.
 *
 * @example
 * ```ts
 * import type { Consultation } from "@gip-sante/core"
 *
 * const week: Consultation.Activity = { consultations: 100, consultingHours: 35, complexConsultations: 10 }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Activity {
  readonly consultations: number
  readonly consultingHours: number
  readonly complexConsultations: number
}

/**
 * Expected consultations with the blended target rate they were computed from, and the
 * explanation.
 *
 * @example
 * ```ts
 * import type { Consultation } from "@gip-sante/core"
 *
 * const perHour = (e: Consultation.Expected) => e.perHour
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Expected {
  readonly consultations: Quantity<"consultations">
  readonly perHour: Quantity<"consultationsPerHour">
  readonly explanation: Explanation.Explanation
}

/**
 * An activity against the target: the finding of {@link targetRule}, the expected
 * consultations, actual / expected (`undefined` when nothing is expected) and the surplus
 * (actual − expected; negative for a shortfall).
 *
 * @example
 * ```ts
 * import type { Consultation } from "@gip-sante/core"
 *
 * const behind = (e: Consultation.ActivityEvaluation) => e.surplus < 0
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface ActivityEvaluation {
  readonly finding: Rule.Finding
  readonly expected: Quantity<"consultations">
  readonly ratio: number | undefined
  readonly surplus: Quantity<"consultations">
}

/**
 * What weekly hours can give in consultations: the consulting part of the hours, the blended
 * target rate, consultations per week and per year, with the explanation.
 *
 * @example
 * ```ts
 * import type { Consultation } from "@gip-sante/core"
 *
 * const yearly = (c: Consultation.Capacity) => c.perYear
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Capacity {
  readonly weeklyHours: Quantity<"hoursPerWeek">
  readonly consultingHoursPerWeek: Quantity<"hoursPerWeek">
  readonly perHour: Quantity<"consultationsPerHour">
  readonly perWeek: Quantity<"consultations">
  readonly perYear: Quantity<"consultationsPerYear">
  readonly explanation: Explanation.Explanation
}

/**
 * A way of practising, for capacity comparisons: weekly hours, consultations per consulting
 * hour, consulting weeks a year, and the share of hours NOT spent consulting (administration,
 * home visits, training). `basis` optionally holds the steps (parameter reads) the figures
 * come from, shown in comparisons.
 *
 * @example
 * ```ts
 * import { type Consultation, Unit } from "@gip-sante/core"
 *
 * // The reader's figures (S2 comments): 50 h a week at 4 an hour, every hour consulting.
 * const reader: Consultation.PracticeModel = {
 *   label: "Self-employed GP (reader)",
 *   weeklyHours: Unit.quantity(50, "hoursPerWeek"),
 *   consultationsPerHour: Unit.quantity(4, "consultationsPerHour"),
 *   workingWeeksPerYear: Unit.quantity(46, "weeksPerYear"),
 *   adminShare: Unit.quantity(0, "ratio")
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface PracticeModel {
  readonly label: string
  readonly weeklyHours: Quantity<"hoursPerWeek">
  readonly consultationsPerHour: Quantity<"consultationsPerHour">
  readonly workingWeeksPerYear: Quantity<"weeksPerYear">
  readonly adminShare: Quantity<"ratio">
  readonly basis?: ReadonlyArray<Explanation.Step>
}

/**
 * One model's figures in a comparison.
 *
 * @example
 * ```ts
 * import type { Consultation } from "@gip-sante/core"
 *
 * const hours = (m: Consultation.ModelCapacity) => m.consultingHoursPerWeek
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface ModelCapacity {
  readonly model: PracticeModel
  readonly consultingHoursPerWeek: Quantity<"hoursPerWeek">
  readonly perWeek: Quantity<"consultations">
  readonly perYear: Quantity<"consultationsPerYear">
}

/**
 * Two practice models side by side: each one's capacity, the differences both ways (a − b and
 * b − a, exact opposites), the ratios a / b (`undefined` when b gives nothing), what the
 * comparison leaves out, and the explanation.
 *
 * @example
 * ```ts
 * import type { Consultation } from "@gip-sante/core"
 *
 * const summary = (c: Consultation.Comparison) => `${c.perWeek.aMinusB} consultations a week more`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Comparison {
  readonly a: ModelCapacity
  readonly b: ModelCapacity
  readonly perWeek: {
    readonly aMinusB: Quantity<"consultations">
    readonly bMinusA: Quantity<"consultations">
  }
  readonly perYear: {
    readonly aMinusB: Quantity<"consultationsPerYear">
    readonly bMinusA: Quantity<"consultationsPerYear">
  }
  readonly ratio: { readonly perWeek: number | undefined; readonly perYear: number | undefined }
  readonly leftOut: ReadonlyArray<string>
  readonly explanation: Explanation.Explanation
}

/**
 * Why hours or shares given to this module are not valid: every issue, each naming the field
 * and what was expected.
 *
 * @example
 * ```ts
 * import { Calendar, Consultation } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const r = Consultation.expectedConsultations(policy, { consultingHours: 35, complexShare: 2 }, Calendar.date("2025-06-01"))
 * if (Result.isFailure(r)) r.failure.message // "at complexShare: Expected a share between 0 and 1, got 2"
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class ConsultationError extends Data.TaggedError("ConsultationError")<{
  readonly issues: ReadonlyArray<Issue>
}> {
  override get message(): string {
    return renderIssues(this.issues)
  }
}

// -----------------------------------------------------------------------------
// internals
// -----------------------------------------------------------------------------

type NumberDefinition = Parameter.Definition<"number", QuantityUnit>

const readNumbers = <const D extends Record<string, NumberDefinition>>(
  policy: Policy.Policy,
  definitions: D,
  date: LocalDate
): Result.Result<{ readonly [K in keyof D]: Parameter.InForce<number> }, Policy.PolicyError> => {
  const values: Record<string, Parameter.InForce<number>> = {}
  const issues: Array<Issue> = []
  for (const key of Object.keys(definitions)) {
    const read = Policy.read(policy, definitions[key]!, date)
    if (Result.isSuccess(read)) values[key] = read.success
    else issues.push(...read.failure.issues)
  }
  return issues.length === 0
    ? Result.succeed(values as { readonly [K in keyof D]: Parameter.InForce<number> })
    : Result.fail(new Policy.PolicyError({ issues }))
}

const checkAtLeastZero = (issues: Array<Issue>, field: string, value: number, what: string) => {
  if (!Number.isFinite(value) || value < 0)
    issues.push({
      path: formatPath([field]),
      message: `Expected ${what} greater than or equal to 0, got ${value}`
    })
}

const checkShare = (issues: Array<Issue>, field: string, value: number) => {
  if (!Number.isFinite(value) || value < 0 || value > 1)
    issues.push({ path: formatPath([field]), message: `Expected a share between 0 and 1, got ${value}` })
}

const checked = <A>(issues: ReadonlyArray<Issue>, value: A): Result.Result<A, ConsultationError> =>
  issues.length === 0 ? Result.succeed(value) : Result.fail(new ConsultationError({ issues }))

const mixIssues = (mix: Mix): Array<Issue> => {
  const issues: Array<Issue> = []
  checkAtLeastZero(issues, "consultingHours", mix.consultingHours, "a number of hours")
  checkShare(issues, "complexShare", mix.complexShare)
  return issues
}

const activityIssues = (activity: Activity): Array<Issue> => {
  const issues: Array<Issue> = []
  checkAtLeastZero(issues, "consultations", activity.consultations, "a number of consultations")
  checkAtLeastZero(issues, "consultingHours", activity.consultingHours, "a number of hours")
  checkAtLeastZero(issues, "complexConsultations", activity.complexConsultations, "a number of consultations")
  if (activity.complexConsultations > activity.consultations)
    issues.push({
      path: formatPath(["complexConsultations"]),
      message: `Expected at most the ${activity.consultations} consultations in all, got ${activity.complexConsultations}`
    })
  return issues
}

const targetReads = { general: parameters.targetPerHour, complex: parameters.targetPerHourComplex }

type Targets = { readonly general: Parameter.InForce<number>; readonly complex: Parameter.InForce<number> }

// The linear mix (1 − s) × general + s × complex, written so that it is monotone in s even in
// floating point.
const blendedRate = (targets: Targets, complexShare: number): number =>
  tidy(targets.general.value - complexShare * (targets.general.value - targets.complex.value))

const rateStep = (targets: Targets, complexShare: number, perHour: number): Explanation.Step =>
  Explanation.step("Blended target rate", {
    value: Explanation.quantity(perHour, "consultationsPerHour"),
    note: `(1 − ${formatNumber(complexShare)}) × ${formatNumber(targets.general.value)} + ${formatNumber(complexShare)} × ${formatNumber(targets.complex.value)}`,
    children: [
      Explanation.step("Share of complex patients", { value: Explanation.quantity(complexShare, "ratio") }),
      Explanation.fromParameter(
        parameters.targetPerHour.label,
        targets.general,
        Explanation.quantity(targets.general.value, "consultationsPerHour")
      ),
      Explanation.fromParameter(
        parameters.targetPerHourComplex.label,
        targets.complex,
        Explanation.quantity(targets.complex.value, "consultationsPerHour")
      )
    ]
  })

const expectedFrom = (targets: Targets, mix: Mix): Expected => {
  const perHour = blendedRate(targets, mix.complexShare)
  const consultations = tidy(mix.consultingHours * perHour)
  return {
    consultations: quantity(consultations, "consultations"),
    perHour: quantity(perHour, "consultationsPerHour"),
    explanation: Explanation.make(
      Explanation.step("Expected consultations", {
        value: Explanation.quantity(consultations, "consultations"),
        note: `${formatNumber(mix.consultingHours)} h × ${formatNumber(perHour)} consultations / h`,
        children: [
          Explanation.step("Consulting hours (h)", {
            value: Explanation.quantity(mix.consultingHours, "count")
          }),
          rateStep(targets, mix.complexShare, perHour)
        ]
      })
    )
  }
}

// -----------------------------------------------------------------------------
// target
// -----------------------------------------------------------------------------

/**
 * The consultations expected from `consultingHours` at the policy's targets, mixing the general
 * and the complex-patient rates linearly by `complexShare`: hours × ((1 − s) × general +
 * s × complex). Fails on negative hours or a share outside [0, 1].
 *
 * @example
 * ```ts
 * import { Calendar, Consultation } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * const on = Calendar.date("2025-06-01")
 * Consultation.expectedConsultations(policy, { consultingHours: 35, complexShare: 0 }, on) // Result.succeed(105)
 * Consultation.expectedConsultations(policy, { consultingHours: 35, complexShare: 0.5 }, on) // Result.succeed(87.5)
 * ```
 *
 * @since 0.1.0
 * @category target
 */
export const expectedConsultations = (
  policy: Policy.Policy,
  mix: Mix,
  date: LocalDate
): Result.Result<Quantity<"consultations">, Policy.PolicyError | ConsultationError> =>
  Result.map(explainExpectedConsultations(policy, mix, date), (expected) => expected.consultations)

/**
 * {@link expectedConsultations} with the blended rate and the explanation: the hours, the
 * complex share and each target read, with its value, dates and provenance.
 *
 * @example
 * ```ts
 * import { Calendar, Consultation, Explanation } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const r = Consultation.explainExpectedConsultations(policy, { consultingHours: 35, complexShare: 0 }, Calendar.date("2025-06-01"))
 * if (Result.isSuccess(r)) console.log(Explanation.toText(r.success.explanation))
 * // Expected consultations: 105 consultations (35 h × 3 consultations / h)
 * // ...
 * ```
 *
 * @since 0.1.0
 * @category target
 */
export const explainExpectedConsultations = (
  policy: Policy.Policy,
  mix: Mix,
  date: LocalDate
): Result.Result<Expected, Policy.PolicyError | ConsultationError> =>
  Result.flatMap(checked(mixIssues(mix), mix), (valid) =>
    Result.map(readNumbers(policy, targetReads, date), (targets) => expectedFrom(targets, valid))
  )

const exampleDate = calendarDate("2025-06-01")

/**
 * The consultation target as an advisory rule (S2: it cannot be imposed): met when the
 * consultations given reach those expected from the consulting hours at the blended target
 * rate, the complex share being complex consultations / consultations (0 when there are none).
 * Not met with the shortfall in consultations; not applicable without consulting hours or
 * with an inconsistent activity (the reason says which).
 *
 * @example
 * ```ts
 * import { Calendar, Consultation, Rule } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Rule.evaluate(Consultation.targetRule, policy, { consultations: 60, consultingHours: 35, complexConsultations: 0 }, Calendar.date("2025-06-01"))
 * // Result.succeed({ status: "notMet", shortfall: 45, severity: "advisory", ... })
 * Rule.failingExamples(Consultation.targetRule, policy) // []
 * ```
 *
 * @since 0.1.0
 * @category rules
 */
export const targetRule: Rule.Rule<Activity> = Rule.make<Activity>({
  id: "consultation.target",
  title: "Consultations per hour at the target",
  description:
    "The programme aims for a number of consultations per consulting hour, lower with complex patients. The rule compares the consultations given with those expected from the consulting hours at the target rates, mixed by the share of complex consultations. It is advisory: the target cannot be imposed and clinical independence is strict. The shortfall is the number of consultations missing.",
  kind: "target",
  severity: "advisory",
  reads: [parameters.targetPerHour, parameters.targetPerHourComplex],
  shortfallUnit: "consultations",
  examples: [
    {
      title: "105 consultations in 35 h, none complex: 3 an hour",
      input: { consultations: 105, consultingHours: 35, complexConsultations: 0 },
      at: exampleDate,
      expected: "met"
    },
    {
      title: "60 consultations in 35 h, none complex: 45 short of 105",
      input: { consultations: 60, consultingHours: 35, complexConsultations: 0 },
      at: exampleDate,
      expected: "notMet"
    },
    {
      title: "70 consultations in 35 h, all complex: 2 an hour",
      input: { consultations: 70, consultingHours: 35, complexConsultations: 70 },
      at: exampleDate,
      expected: "met"
    },
    {
      title: "90 consultations in 35 h, half complex: above the 87,5 expected",
      input: { consultations: 90, consultingHours: 35, complexConsultations: 45 },
      at: exampleDate,
      expected: "met"
    },
    {
      title: "No consulting hours in the period",
      input: { consultations: 0, consultingHours: 0, complexConsultations: 0 },
      at: exampleDate,
      expected: "notApplicable"
    }
  ],
  evaluate: (policy, activity, at) => {
    const issues = activityIssues(activity)
    if (issues.length > 0) {
      const reason = `The activity is not consistent: ${renderIssues(issues)}`
      return Result.succeed(Rule.notApplicable(reason, Explanation.make(Explanation.step(reason))))
    }
    if (activity.consultingHours === 0) {
      const reason = "No consulting hours in the period: nothing is expected"
      return Result.succeed(Rule.notApplicable(reason, Explanation.make(Explanation.step(reason))))
    }
    return Result.map(readNumbers(policy, targetReads, Rule.dateOf(at)), (targets) => {
      const complexShare =
        activity.consultations === 0 ? 0 : activity.complexConsultations / activity.consultations
      const expected = expectedFrom(targets, { consultingHours: activity.consultingHours, complexShare })
      const surplus = tidy(activity.consultations - expected.consultations)
      const explanation = Explanation.make(
        Explanation.step("Consultations given against the target", {
          value: Explanation.quantity(surplus, "consultations"),
          note: "consultations given − consultations expected",
          children: [
            Explanation.step("Consultations given", {
              value: Explanation.quantity(activity.consultations, "consultations"),
              note: `of which ${formatNumber(activity.complexConsultations)} with complex patients`
            }),
            expected.explanation.root
          ]
        })
      )
      return surplus >= 0 ? Rule.met(explanation) : Rule.notMet(-surplus, explanation)
    })
  }
})

/**
 * Evaluates an activity against the target: the advisory finding, the consultations
 * expected, actual / expected and the surplus (negative for a shortfall). Fails on an
 * inconsistent activity (negative counts, more complex consultations than consultations).
 *
 * @example
 * ```ts
 * import { Calendar, Consultation } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Consultation.evaluateActivity(policy, { consultations: 60, consultingHours: 35, complexConsultations: 0 }, Calendar.date("2025-06-01"))
 * // Result.succeed({ finding: { status: "notMet", shortfall: 45, ... }, expected: 105, ratio: 0.5714…, surplus: -45 })
 * ```
 *
 * @since 0.1.0
 * @category target
 */
export const evaluateActivity = (
  policy: Policy.Policy,
  activity: Activity,
  at: Rule.When
): Result.Result<ActivityEvaluation, Policy.PolicyError | ConsultationError> =>
  Result.flatMap(checked(activityIssues(activity), activity), (valid) =>
    Result.flatMap(readNumbers(policy, targetReads, Rule.dateOf(at)), (targets) =>
      Result.map(Rule.evaluate(targetRule, policy, valid, at), (finding) => {
        const complexShare = valid.consultations === 0 ? 0 : valid.complexConsultations / valid.consultations
        const expected = expectedFrom(targets, { consultingHours: valid.consultingHours, complexShare })
        return {
          finding,
          expected: expected.consultations,
          ratio: expected.consultations === 0 ? undefined : valid.consultations / expected.consultations,
          surplus: quantity(tidy(valid.consultations - expected.consultations), "consultations")
        }
      })
    )
  )

// -----------------------------------------------------------------------------
// capacity
// -----------------------------------------------------------------------------

const consultingReads = {
  scheduled: parameters.timeShareScheduled,
  unscheduled: parameters.timeShareUnscheduled
}

// Each share is applied to the hours separately, then summed: 35 × 0.7 + 35 × 0.1 is exactly 28.
const consultingHoursOf = (
  weeklyHours: number,
  shares: { readonly scheduled: Parameter.InForce<number>; readonly unscheduled: Parameter.InForce<number> }
): number => tidy(weeklyHours * shares.scheduled.value + weeklyHours * shares.unscheduled.value)

/**
 * The consulting part of weekly contract hours: weekly hours × (scheduled + unscheduled
 * shares). Home visits, administration and training take the rest.
 *
 * @example
 * ```ts
 * import { Calendar, Consultation } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Consultation.consultingHoursPerWeek(policy, 35, Calendar.date("2025-06-01")) // Result.succeed(28)
 * ```
 *
 * @since 0.1.0
 * @category capacity
 */
export const consultingHoursPerWeek = (
  policy: Policy.Policy,
  weeklyHours: number,
  date: LocalDate
): Result.Result<Quantity<"hoursPerWeek">, Policy.PolicyError | ConsultationError> => {
  const issues: Array<Issue> = []
  checkAtLeastZero(issues, "weeklyHours", weeklyHours, "a number of hours")
  return Result.flatMap(checked(issues, weeklyHours), (hours) =>
    Result.map(readNumbers(policy, consultingReads, date), (shares) =>
      quantity(consultingHoursOf(hours, shares), "hoursPerWeek")
    )
  )
}

const capacityReads = { ...targetReads, ...consultingReads, weeks: parameters.workingWeeksPerYear }

const capacityFrom = (
  reads: {
    readonly general: Parameter.InForce<number>
    readonly complex: Parameter.InForce<number>
    readonly scheduled: Parameter.InForce<number>
    readonly unscheduled: Parameter.InForce<number>
    readonly weeks: Parameter.InForce<number>
  },
  weeklyHours: number,
  complexShare: number,
  title: string
): Capacity => {
  const consulting = consultingHoursOf(weeklyHours, reads)
  const perHour = blendedRate(reads, complexShare)
  const perWeek = tidy(consulting * perHour)
  const perYear = tidy(perWeek * reads.weeks.value)
  const hoursStep = Explanation.step("Consulting hours", {
    value: Explanation.quantity(consulting, "hoursPerWeek"),
    note: `${formatNumber(weeklyHours)} h × (${formatNumber(reads.scheduled.value)} + ${formatNumber(reads.unscheduled.value)})`,
    children: [
      Explanation.step("Weekly hours", { value: Explanation.quantity(weeklyHours, "hoursPerWeek") }),
      Explanation.fromParameter(
        parameters.timeShareScheduled.label,
        reads.scheduled,
        Explanation.quantity(reads.scheduled.value, "ratio")
      ),
      Explanation.fromParameter(
        parameters.timeShareUnscheduled.label,
        reads.unscheduled,
        Explanation.quantity(reads.unscheduled.value, "ratio")
      )
    ]
  })
  const weekStep = Explanation.step("Consultations per week", {
    value: Explanation.quantity(perWeek, "consultations"),
    note: `${formatNumber(consulting)} h × ${formatNumber(perHour)} consultations / h`,
    children: [hoursStep, rateStep(reads, complexShare, perHour)]
  })
  return {
    weeklyHours: quantity(weeklyHours, "hoursPerWeek"),
    consultingHoursPerWeek: quantity(consulting, "hoursPerWeek"),
    perHour: quantity(perHour, "consultationsPerHour"),
    perWeek: quantity(perWeek, "consultations"),
    perYear: quantity(perYear, "consultationsPerYear"),
    explanation: Explanation.make(
      Explanation.step(title, {
        value: Explanation.quantity(perYear, "consultationsPerYear"),
        note: `${formatNumber(perWeek)} a week × ${formatNumber(reads.weeks.value)} weeks`,
        children: [
          weekStep,
          Explanation.fromParameter(
            parameters.workingWeeksPerYear.label,
            reads.weeks,
            Explanation.quantity(reads.weeks.value, "weeksPerYear")
          )
        ]
      })
    )
  }
}

/**
 * The consultations weekly contract hours can give at the target: consulting hours
 * ({@link consultingHoursPerWeek}) × the blended target rate, per week and, × the policy's
 * consulting weeks, per year; with the explanation.
 *
 * @example
 * ```ts
 * import { Calendar, Consultation } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const c = Consultation.capacity(policy, { weeklyHours: 35, complexShare: 0 }, Calendar.date("2025-06-01"))
 * if (Result.isSuccess(c)) c.success.perWeek // 84 (28 consulting hours × 3)
 * ```
 *
 * @since 0.1.0
 * @category capacity
 */
export const capacity = (
  policy: Policy.Policy,
  input: { readonly weeklyHours: number; readonly complexShare: number },
  date: LocalDate
): Result.Result<Capacity, Policy.PolicyError | ConsultationError> => {
  const issues: Array<Issue> = []
  checkAtLeastZero(issues, "weeklyHours", input.weeklyHours, "a number of hours")
  checkShare(issues, "complexShare", input.complexShare)
  return Result.flatMap(checked(issues, input), (valid) =>
    Result.map(readNumbers(policy, capacityReads, date), (reads) =>
      capacityFrom(
        reads,
        valid.weeklyHours,
        valid.complexShare,
        `Capacity of ${formatNumber(valid.weeklyHours)} h a week`
      )
    )
  )
}

/**
 * The capacity of a set of contracts (a centre's, the programme's) on `date`: the weekly hours
 * of the contracts in force that day, summed, then as in {@link capacity} (capacity is linear in
 * hours). Pass the contracts the target applies to (the doctors'), not the secretaries'.
 * `complexShare` defaults to 0 (the general target).
 *
 * @example
 * ```ts
 * import { Calendar, Consultation, type Contract } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * declare const doctors: ReadonlyArray<Contract.Contract>
 * Consultation.capacityOf(policy, doctors, Calendar.date("2025-06-01"))
 * ```
 *
 * @since 0.1.0
 * @category capacity
 */
export const capacityOf = (
  policy: Policy.Policy,
  contracts: ReadonlyArray<Contract>,
  date: LocalDate,
  complexShare = 0
): Result.Result<Capacity & { readonly contracts: number }, Policy.PolicyError | ConsultationError> => {
  const issues: Array<Issue> = []
  checkShare(issues, "complexShare", complexShare)
  let weeklyHours = 0
  let counted = 0
  for (const contract of contracts) {
    if (!isActive(contract, date)) continue
    weeklyHours += contract.weeklyHours
    counted++
  }
  return Result.flatMap(checked(issues, complexShare), (share) =>
    Result.map(readNumbers(policy, capacityReads, date), (reads) => ({
      ...capacityFrom(
        reads,
        tidy(weeklyHours),
        share,
        `Capacity of ${counted} contract${counted === 1 ? "" : "s"} in force on ${date}`
      ),
      contracts: counted
    }))
  )
}

// -----------------------------------------------------------------------------
// practice models
// -----------------------------------------------------------------------------

const parameterStep = (label: string, inForce: Parameter.InForce<number>, unit: QuantityUnit) =>
  Explanation.fromParameter(label, inForce, Explanation.quantity(inForce.value, unit))

/**
 * The self-employed model of the comparison, from the policy's `consultation.selfEmployed.*`
 * parameters (the reader's 50 h at 4 an hour in the Occitanie preset, with its admin share and
 * consulting weeks).
 *
 * @example
 * ```ts
 * import { Calendar, Consultation } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Consultation.selfEmployedModel(policy, Calendar.date("2025-06-01"))
 * // Result.succeed({ label: "Self-employed GP", weeklyHours: 50, consultationsPerHour: 4, workingWeeksPerYear: 46, adminShare: 0.15, ... })
 * ```
 *
 * @since 0.1.0
 * @category practice models
 */
export const selfEmployedModel = (
  policy: Policy.Policy,
  date: LocalDate
): Result.Result<PracticeModel, Policy.PolicyError> =>
  Result.map(
    readNumbers(
      policy,
      {
        hours: parameters.selfEmployedWeeklyHours,
        perHour: parameters.selfEmployedPerHour,
        weeks: parameters.selfEmployedWorkingWeeksPerYear,
        admin: parameters.selfEmployedAdminShare
      },
      date
    ),
    (r) => ({
      label: "Self-employed GP",
      weeklyHours: quantity(r.hours.value, "hoursPerWeek"),
      consultationsPerHour: quantity(r.perHour.value, "consultationsPerHour"),
      workingWeeksPerYear: quantity(r.weeks.value, "weeksPerYear"),
      adminShare: quantity(r.admin.value, "ratio"),
      basis: [
        parameterStep(parameters.selfEmployedWeeklyHours.label, r.hours, "hoursPerWeek"),
        parameterStep(parameters.selfEmployedPerHour.label, r.perHour, "consultationsPerHour"),
        parameterStep(parameters.selfEmployedAdminShare.label, r.admin, "ratio"),
        parameterStep(parameters.selfEmployedWorkingWeeksPerYear.label, r.weeks, "weeksPerYear")
      ]
    })
  )

/**
 * The programme's salaried model of the comparison: a full-time week
 * (`contract.fullTimeWeeklyHours`), the general target rate, the hours not in scheduled or
 * unscheduled consultations as the admin share (1 − scheduled − unscheduled), and the salaried
 * consulting weeks.
 *
 * @example
 * ```ts
 * import { Calendar, Consultation } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Consultation.salariedModel(policy, Calendar.date("2025-06-01"))
 * // Result.succeed({ label: "Salaried GP", weeklyHours: 35, consultationsPerHour: 3, workingWeeksPerYear: 45, adminShare: 0.2, ... })
 * ```
 *
 * @since 0.1.0
 * @category practice models
 */
export const salariedModel = (
  policy: Policy.Policy,
  date: LocalDate
): Result.Result<PracticeModel, Policy.PolicyError> =>
  Result.map(
    readNumbers(
      policy,
      {
        hours: contractParameters.fullTimeWeeklyHours,
        perHour: parameters.targetPerHour,
        weeks: parameters.workingWeeksPerYear,
        ...consultingReads
      },
      date
    ),
    (r) => {
      const adminShare = tidy(1 - r.scheduled.value - r.unscheduled.value)
      return {
        label: "Salaried GP",
        weeklyHours: quantity(r.hours.value, "hoursPerWeek"),
        consultationsPerHour: quantity(r.perHour.value, "consultationsPerHour"),
        workingWeeksPerYear: quantity(r.weeks.value, "weeksPerYear"),
        adminShare: quantity(adminShare, "ratio"),
        basis: [
          parameterStep(contractParameters.fullTimeWeeklyHours.label, r.hours, "hoursPerWeek"),
          parameterStep(parameters.targetPerHour.label, r.perHour, "consultationsPerHour"),
          Explanation.step("Share of hours not in consultations", {
            value: Explanation.quantity(adminShare, "ratio"),
            note: `1 − ${formatNumber(r.scheduled.value)} − ${formatNumber(r.unscheduled.value)}: home visits, administration, training`,
            children: [
              parameterStep(parameters.timeShareScheduled.label, r.scheduled, "ratio"),
              parameterStep(parameters.timeShareUnscheduled.label, r.unscheduled, "ratio")
            ]
          }),
          parameterStep(parameters.workingWeeksPerYear.label, r.weeks, "weeksPerYear")
        ]
      }
    }
  )

const modelCapacity = (model: PracticeModel): ModelCapacity => {
  const consulting = tidy(model.weeklyHours - model.weeklyHours * model.adminShare)
  const perWeek = tidy(consulting * model.consultationsPerHour)
  return {
    model,
    consultingHoursPerWeek: quantity(consulting, "hoursPerWeek"),
    perWeek: quantity(perWeek, "consultations"),
    perYear: quantity(tidy(perWeek * model.workingWeeksPerYear), "consultationsPerYear")
  }
}

const modelStep = (c: ModelCapacity, raw: boolean): Explanation.Step => {
  const m = c.model
  return Explanation.step(m.label, {
    value: Explanation.quantity(c.perYear, "consultationsPerYear"),
    note: `${formatNumber(c.perWeek)} a week × ${formatNumber(m.workingWeeksPerYear)} weeks`,
    children: [
      Explanation.step("Consulting hours", {
        value: Explanation.quantity(c.consultingHoursPerWeek, "hoursPerWeek"),
        note: raw
          ? `${formatNumber(m.weeklyHours)} h, every hour counted as consulting`
          : `${formatNumber(m.weeklyHours)} h × (1 − ${formatNumber(m.adminShare)} not consulting)`
      }),
      Explanation.step("Consultations per week", {
        value: Explanation.quantity(c.perWeek, "consultations"),
        note: `${formatNumber(c.consultingHoursPerWeek)} h × ${formatNumber(m.consultationsPerHour)} consultations / h`
      }),
      ...(m.basis === undefined
        ? []
        : [Explanation.step("Where the model's figures come from", { children: m.basis })])
    ]
  })
}

const percent = (share: number) => `${formatNumber(tidy(share * 100))} %`

const commonLeftOut = (a: PracticeModel, b: PracticeModel): Array<string> => [
  "Out-of-hours duty (PDSA), and the consultations given on it, are outside both models' weekly hours; the programme's salaried doctors are committed to it (S1, S2).",
  `Working weeks differ (${a.label}: ${formatNumber(a.workingWeeksPerYear)}, ${b.label}: ${formatNumber(b.workingWeeksPerYear)} a year); a salaried doctor's leave and RTT days are paid, a self-employed doctor's are not, and the comparison does not price hours against pay.`,
  "Capacity per doctor is not access: an area's access also depends on how many doctors practise there, and a centre adds the capacity of doctors it recruits where too few practise; the programme only stops recruiting once slots stay empty (S2).",
  "Consultations are not patients: the same number of consultations can serve fewer patients seen more often; the rates are a target and a reader's figure, not measured activity."
]

const compareModels = (
  a: PracticeModel,
  b: PracticeModel,
  raw: { readonly a: PracticeModel; readonly b: PracticeModel } | undefined
): Comparison => {
  const ca = modelCapacity(a)
  const cb = modelCapacity(b)
  const weekAB = tidy(ca.perWeek - cb.perWeek)
  const weekBA = tidy(cb.perWeek - ca.perWeek)
  const yearAB = tidy(ca.perYear - cb.perYear)
  const yearBA = tidy(cb.perYear - ca.perYear)
  const ratioPerWeek = cb.perWeek === 0 ? undefined : ca.perWeek / cb.perWeek
  const ratioPerYear = cb.perYear === 0 ? undefined : ca.perYear / cb.perYear
  const timeLeftOut =
    raw === undefined
      ? `Only consulting time gives consultations here: ${percent(a.adminShare)} of ${a.label}'s hours and ${percent(b.adminShare)} of ${b.label}'s go to administration, home visits or training, and home visits are care the comparison does not count.`
      : (() => {
          const ra = modelCapacity(raw.a)
          const rb = modelCapacity(raw.b)
          return `Every hour is counted as consulting time: with their shares of hours not consulting (${percent(raw.a.adminShare)} and ${percent(raw.b.adminShare)}), ${a.label} would consult ${formatNumber(ra.consultingHoursPerWeek)} h a week, not ${formatNumber(a.weeklyHours)} h, and ${b.label} ${formatNumber(rb.consultingHoursPerWeek)} h, not ${formatNumber(b.weeklyHours)} h; home visits, unscheduled-care slots and administration are time too.`
        })()
  const leftOut = [timeLeftOut, ...commonLeftOut(a, b)]
  const ratioValue = (r: number | undefined) =>
    r === undefined ? Explanation.text("undefined (nothing to divide by)") : Explanation.quantity(r, "ratio")
  const explanation = Explanation.make(
    Explanation.step(
      `${a.label} compared with ${b.label}${raw === undefined ? "" : " (every hour consulting)"}`,
      {
        children: [
          modelStep(ca, raw !== undefined),
          modelStep(cb, raw !== undefined),
          Explanation.step(`Consultations per week, ${a.label} − ${b.label}`, {
            value: Explanation.quantity(weekAB, "consultations"),
            note: `${b.label} − ${a.label}: ${formatNumber(weekBA)}`
          }),
          Explanation.step(`Consultations per year, ${a.label} − ${b.label}`, {
            value: Explanation.quantity(yearAB, "consultationsPerYear"),
            note: `${b.label} − ${a.label}: ${formatNumber(yearBA)}`
          }),
          Explanation.step(`Ratio per week, ${a.label} / ${b.label}`, { value: ratioValue(ratioPerWeek) }),
          Explanation.step(`Ratio per year, ${a.label} / ${b.label}`, { value: ratioValue(ratioPerYear) }),
          Explanation.step("What this comparison leaves out", {
            children: leftOut.map((text) => Explanation.step(text))
          })
        ]
      }
    )
  )
  return {
    a: ca,
    b: cb,
    perWeek: { aMinusB: quantity(weekAB, "consultations"), bMinusA: quantity(weekBA, "consultations") },
    perYear: {
      aMinusB: quantity(yearAB, "consultationsPerYear"),
      bMinusA: quantity(yearBA, "consultationsPerYear")
    },
    ratio: { perWeek: ratioPerWeek, perYear: ratioPerYear },
    leftOut,
    explanation
  }
}

/**
 * Compares the capacity of two practice models: each one's consulting hours (weekly hours less
 * the admin share), consultations per week and per year, the differences both ways, the ratios
 * a / b, and what the comparison leaves out (out-of-hours duty, paid leave, time that is care
 * but not consulting, the number of doctors an area has, patients against consultations).
 *
 * @example
 * ```ts
 * import { Calendar, Consultation } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const on = Calendar.date("2025-06-01")
 * const c = Consultation.compare(
 *   Result.getOrThrow(Consultation.selfEmployedModel(policy, on)),
 *   Result.getOrThrow(Consultation.salariedModel(policy, on))
 * )
 * c.perWeek.aMinusB // 86 (42.5 h × 4 = 170 against 28 h × 3 = 84)
 * c.perYear.bMinusA // -4040 (3,780 against 7,820)
 * ```
 *
 * @since 0.1.0
 * @category practice models
 */
export const compare = (a: PracticeModel, b: PracticeModel): Comparison => compareModels(a, b, undefined)

/**
 * {@link compare} with every hour counted as consulting (admin share 0 on both sides): the
 * reader's naive figures, 50 h × 4 = 200 against 35 h × 3 = 105 a week. The explanation says
 * how many hours each model would consult with its own admin share.
 *
 * @example
 * ```ts
 * import { Calendar, Consultation } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const on = Calendar.date("2025-06-01")
 * const c = Consultation.compareRaw(
 *   Result.getOrThrow(Consultation.selfEmployedModel(policy, on)),
 *   Result.getOrThrow(Consultation.salariedModel(policy, on))
 * )
 * c.perWeek.aMinusB // 95
 * c.perWeek.bMinusA // -95
 * ```
 *
 * @since 0.1.0
 * @category practice models
 */
export const compareRaw = (a: PracticeModel, b: PracticeModel): Comparison =>
  compareModels(
    { ...a, adminShare: quantity(0, "ratio") },
    { ...b, adminShare: quantity(0, "ratio") },
    { a, b }
  )

/**
 * The programme's own decisions: whether a centre keeps recruiting (S2: recruiting stops once
 * slots go empty, which has not happened in any centre yet), how far the programme is from its
 * recruitment goals, and whether a centre may open (S2: a political consultation
 * and one with the area's clinicians come first).
 *
 * There is no maximum number of centres (S2): growth is bounded by empty slots, not by a cap, so
 * the recruitment rule looks at each centre's unused slots against the policy's threshold. The
 * threshold, the goals, their deadline and the opening conditions are policy parameters.
 *
 * @example
 * ```ts
 * import { Calendar, Programme } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Programme.recruitmentDecision(policy, {
 *   centreId: "verdun-sur-garonne",
 *   period: Calendar.period("2025-11-01", "2025-12-01"),
 *   slotsOffered: 400,
 *   slotsUnused: 0
 * })
 * // Result.succeed({ decision: "recruit", emptySlotShare: 0, threshold: 0.02, ... })
 *
 * Programme.goalProgress(policy, { recruitedSoFar: 110, asOf: Calendar.date("2025-12-17") }, Calendar.date("2025-12-17"))
 * // Result.succeed({ clinicians: { goal: 200, done: 110, remaining: 90, monthlyPaceNeeded: 2.5, ... }, monthsLeft: 36, ... })
 * ```
 *
 * @since 0.1.0
 * @module
 */
import * as Data from "effect/Data"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import {
  addDays,
  addMonths,
  date as calendarDate,
  period as calendarPeriod,
  eachMonth,
  firstDayOfMonth,
  type LocalDate,
  LocalDateSchema,
  monthOf,
  type Period,
  PeriodSchema,
  parseDate
} from "./Calendar.js"
import * as Explanation from "./Explanation.js"
import { formatNumber, tidy } from "./internal/derived-figures.js"
import { decodeAll, formatPath, type Issue, renderIssues } from "./internal/issues.js"
import * as Parameter from "./Parameter.js"
import * as Policy from "./Policy.js"
import * as Rule from "./Rule.js"
import { type Quantity, quantity } from "./Unit.js"

// -----------------------------------------------------------------------------
// parameters read
// -----------------------------------------------------------------------------

/**
 * The policy parameters this module reads.
 *
 * @example
 * ```ts
 * import { Programme } from "@gip-sante/core"
 *
 * Programme.parameters.maxEmptySlotShare.id // "programme.recruitment.maxEmptySlotShare"
 * ```
 *
 * @since 0.1.0
 * @category parameters
 */
export const parameters = {
  maxEmptySlotShare: Parameter.define({
    id: "programme.recruitment.maxEmptySlotShare",
    type: "number",
    unit: "ratio",
    label: "Empty-slot share at which recruitment stops"
  }),
  cliniciansGoal: Parameter.define({
    id: "programme.goal.clinicians",
    type: "number",
    unit: "people",
    label: "Goal: clinicians recruited since the programme's start"
  }),
  additionalCliniciansGoal: Parameter.define({
    id: "programme.goal.additionalClinicians",
    type: "number",
    unit: "people",
    label: "Goal: clinicians to recruit on top of a baseline count"
  }),
  consultationsGoal: Parameter.define({
    id: "programme.goal.consultations",
    type: "number",
    unit: "consultations",
    label: "Goal: consultations since the programme's start"
  }),
  goalDeadline: Parameter.define({
    id: "programme.goal.deadline",
    type: "text",
    unit: "none",
    label: "Deadline of the goals (ISO date)"
  }),
  requiresPoliticalConsultation: Parameter.define({
    id: "programme.opening.requiresPoliticalConsultation",
    type: "boolean",
    unit: "none",
    label: "Opening requires a political consultation"
  }),
  requiresClinicianConsultation: Parameter.define({
    id: "programme.opening.requiresClinicianConsultation",
    type: "boolean",
    unit: "none",
    label: "Opening requires a consultation of local clinicians"
  }),
  requiresUnderServedArea: Parameter.define({
    id: "programme.opening.requiresUnderServedArea",
    type: "boolean",
    unit: "none",
    label: "Opening requires an under-served area"
  })
} as const

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

const SlotCountSchema = Schema.Int.check(
  Schema.isGreaterThanOrEqualTo(0, { expected: "a whole number of slots greater than or equal to 0" })
)

/**
 * Schema of a centre's consultation slots over a period in JSON: the slots offered and, of
 * them, those left unused (whole numbers, unused at most offered). Decoding reports every issue.
 *
 * @example
 * ```ts
 * import { Programme } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Programme.CentreSlotsSchema)({ centreId: "muret", slotsOffered: 10 }) // false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const CentreSlotsSchema = Schema.Struct({
  centreId: Schema.NonEmptyString,
  period: PeriodSchema,
  slotsOffered: SlotCountSchema,
  slotsUnused: SlotCountSchema
}).check(
  Schema.makeFilter(
    (c: { readonly slotsOffered: number; readonly slotsUnused: number }) =>
      c.slotsUnused <= c.slotsOffered
        ? undefined
        : {
            path: ["slotsUnused"],
            issue: `Expected at most the ${c.slotsOffered} slots offered, got ${c.slotsUnused}`
          },
    { expected: "no more unused slots than slots offered" }
  )
)

/**
 * A centre's consultation slots over a period: how many were offered and how many stayed
 * unused (empty).
 *
 * @example
 * ```ts
 * import { Calendar, type Programme } from "@gip-sante/core"
 *
 * const november: Programme.CentreSlots = {
 *   centreId: "muret",
 *   period: Calendar.period("2025-11-01", "2025-12-01"),
 *   slotsOffered: 1200,
 *   slotsUnused: 6
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type CentreSlots = typeof CentreSlotsSchema.Type

/**
 * A centre's slots as written in JSON.
 *
 * @example
 * ```ts
 * import type { Programme } from "@gip-sante/core"
 *
 * const json: Programme.CentreSlotsEncoded = {
 *   centreId: "muret",
 *   period: { start: "2025-11-01", end: "2025-12-01" },
 *   slotsOffered: 1200,
 *   slotsUnused: 6
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type CentreSlotsEncoded = typeof CentreSlotsSchema.Encoded

/**
 * What the recruitment rule says for one centre: `"recruit"` (empty-slot share at most the
 * threshold), `"hold"` (above it) or `"noData"` (no slot offered over the period), with the
 * share (`undefined` without data), the threshold read and the explanation.
 *
 * @example
 * ```ts
 * import type { Programme } from "@gip-sante/core"
 *
 * const stops = (d: Programme.RecruitmentDecision) => d.decision === "hold"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface RecruitmentDecision {
  readonly centreId: string
  readonly period: Period
  readonly decision: "recruit" | "hold" | "noData"
  readonly emptySlotShare: Quantity<"ratio"> | undefined
  readonly threshold: Quantity<"ratio">
  readonly explanation: Explanation.Explanation
}

/**
 * What the recruitment rule says for the programme: `"recruit"` while no centre is on hold and
 * at least one has data, `"hold"` as soon as one centre is on hold, `"noData"` when no centre
 * offered slots; the centres on hold and those without data (ids, sorted), each centre's
 * decision (sorted by centre, then period) and the explanation.
 *
 * @example
 * ```ts
 * import type { Programme } from "@gip-sante/core"
 *
 * const summary = (d: Programme.ProgrammeDecision) => `${d.decision}: ${d.onHold.join(", ")}`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface ProgrammeDecision {
  readonly decision: "recruit" | "hold" | "noData"
  readonly onHold: ReadonlyArray<string>
  readonly withoutData: ReadonlyArray<string>
  readonly centres: ReadonlyArray<RecruitmentDecision>
  readonly explanation: Explanation.Explanation
}

/**
 * A count of clinicians recruited, dated, and optionally the baseline count the
 * additional-clinicians goal is measured from (the same kind of count, at an earlier date).
 *
 * @example
 * ```ts
 * import { Calendar, type Programme } from "@gip-sante/core"
 *
 * const dec2025: Programme.RecruitmentCount = {
 *   recruitedSoFar: 110,
 *   asOf: Calendar.date("2025-12-17"),
 *   baseline: { recruited: 100, asOf: Calendar.date("2025-04-09") }
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface RecruitmentCount {
  readonly recruitedSoFar: number
  readonly asOf: LocalDate
  readonly baseline?: { readonly recruited: number; readonly asOf: LocalDate }
}

/**
 * Where a count stands against one goal: the goal, what counts toward it, what remains (never
 * below 0), whether it is reached, and the clinicians a month needed to reach it in time
 * (0 once reached; `undefined` when no month is left and some remain).
 *
 * @example
 * ```ts
 * import type { Programme } from "@gip-sante/core"
 *
 * const late = (s: Programme.GoalStatus) => !s.reached && s.monthlyPaceNeeded === undefined
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface GoalStatus {
  readonly goal: Quantity<"people">
  readonly done: Quantity<"people">
  readonly remaining: Quantity<"people">
  readonly reached: boolean
  readonly monthlyPaceNeeded: number | undefined
}

/**
 * Progress toward the recruitment goals: the deadline, the whole months left after the count's
 * month, the clinicians goal, the additional-clinicians goal (`undefined` without a baseline, or
 * when the policy states no such goal) and the explanation.
 *
 * @example
 * ```ts
 * import type { Programme } from "@gip-sante/core"
 *
 * const pace = (p: Programme.GoalProgress) => p.clinicians.monthlyPaceNeeded
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface GoalProgress {
  readonly deadline: LocalDate
  readonly monthsLeft: number
  readonly clinicians: GoalStatus
  readonly additionalClinicians: GoalStatus | undefined
  readonly explanation: Explanation.Explanation
}

/**
 * Schema of one consultation held before an opening, in JSON: its date and whether it was
 * favourable.
 *
 * @example
 * ```ts
 * import { Programme } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Programme.OpeningConsultationSchema)({ date: "2025-03-10", favourable: true }) // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpeningConsultationSchema = Schema.Struct({
  date: LocalDateSchema,
  favourable: Schema.Boolean
})

/**
 * One consultation held before an opening: when, and whether it was favourable.
 *
 * @example
 * ```ts
 * import { Calendar, type Programme } from "@gip-sante/core"
 *
 * const officials: Programme.OpeningConsultation = { date: Calendar.date("2025-03-10"), favourable: true }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type OpeningConsultation = typeof OpeningConsultationSchema.Type

/**
 * Schema of a request to open a centre, in JSON: the centre's name, the political consultation
 * and the consultation of the area's clinicians when they were held, and whether the area is
 * under-served.
 *
 * @example
 * ```ts
 * import { Programme } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Programme.OpeningRequestSchema)({ centreName: "Lodève", underServedArea: true }) // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const OpeningRequestSchema = Schema.Struct({
  centreName: Schema.NonEmptyString,
  politicalConsultation: Schema.optionalKey(OpeningConsultationSchema),
  clinicianConsultation: Schema.optionalKey(OpeningConsultationSchema),
  underServedArea: Schema.Boolean
})

/**
 * A request to open a centre.
 *
 * @example
 * ```ts
 * import { Calendar, type Programme } from "@gip-sante/core"
 *
 * const lodeve: Programme.OpeningRequest = {
 *   centreName: "Lodève",
 *   politicalConsultation: { date: Calendar.date("2025-03-10"), favourable: true },
 *   underServedArea: true
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type OpeningRequest = typeof OpeningRequestSchema.Type

/**
 * A request to open a centre as written in JSON.
 *
 * @example
 * ```ts
 * import type { Programme } from "@gip-sante/core"
 *
 * const json: Programme.OpeningRequestEncoded = {
 *   centreName: "Lodève",
 *   clinicianConsultation: { date: "2025-04-02", favourable: false },
 *   underServedArea: true
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type OpeningRequestEncoded = typeof OpeningRequestSchema.Encoded

/**
 * A condition of an opening, named after the request field it looks at.
 *
 * @example
 * ```ts
 * import type { Programme } from "@gip-sante/core"
 *
 * const condition: Programme.OpeningCondition = "clinicianConsultation"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type OpeningCondition = "politicalConsultation" | "clinicianConsultation" | "underServedArea"

/**
 * Whether a centre may open: `"open"` when every condition the policy requires holds,
 * `"refuse"` otherwise, with the conditions missing (in a fixed order: political consultation,
 * clinicians' consultation, under-served area) and the explanation.
 *
 * @example
 * ```ts
 * import type { Programme } from "@gip-sante/core"
 *
 * const blockedBy = (d: Programme.OpeningDecision) => d.missing.join(", ")
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface OpeningDecision {
  readonly decision: "open" | "refuse"
  readonly missing: ReadonlyArray<OpeningCondition>
  readonly explanation: Explanation.Explanation
}

/**
 * Why input given to this module is not valid: every issue, each naming the field and what was
 * expected.
 *
 * @example
 * ```ts
 * import { Programme } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const r = Programme.decodeCentreSlots({
 *   centreId: "muret",
 *   period: { start: "2025-11-01", end: "2025-12-01" },
 *   slotsOffered: 10,
 *   slotsUnused: 12
 * })
 * if (Result.isFailure(r)) r.failure.message // "at slotsUnused: Expected at most the 10 slots offered, got 12"
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class ProgrammeError extends Data.TaggedError("ProgrammeError")<{
  readonly issues: ReadonlyArray<Issue>
}> {
  override get message(): string {
    return renderIssues(this.issues)
  }
}

// -----------------------------------------------------------------------------
// internals
// -----------------------------------------------------------------------------

const checked = <A>(issues: ReadonlyArray<Issue>, value: A): Result.Result<A, ProgrammeError> =>
  issues.length === 0 ? Result.succeed(value) : Result.fail(new ProgrammeError({ issues }))

const checkWholeCount = (
  issues: Array<Issue>,
  path: ReadonlyArray<PropertyKey>,
  value: number,
  what: string
) => {
  if (!Number.isInteger(value) || value < 0)
    issues.push({
      path: formatPath(path),
      message: `Expected a whole number of ${what} greater than or equal to 0, got ${value}`
    })
}

const slotIssues = (centre: CentreSlots, prefix: ReadonlyArray<PropertyKey> = []): Array<Issue> => {
  const issues: Array<Issue> = []
  checkWholeCount(issues, [...prefix, "slotsOffered"], centre.slotsOffered, "slots")
  checkWholeCount(issues, [...prefix, "slotsUnused"], centre.slotsUnused, "slots")
  if (centre.slotsUnused > centre.slotsOffered)
    issues.push({
      path: formatPath([...prefix, "slotsUnused"]),
      message: `Expected at most the ${centre.slotsOffered} slots offered, got ${centre.slotsUnused}`
    })
  return issues
}

const describePeriod = (period: Period): string => `${period.start} to ${period.end}, end excluded`

// -----------------------------------------------------------------------------
// decoding
// -----------------------------------------------------------------------------

/**
 * Decodes a centre's slots from JSON: every issue at once, each with its path. Never throws,
 * whatever the input.
 *
 * @example
 * ```ts
 * import { Programme } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const r = Programme.decodeCentreSlots({
 *   centreId: "muret",
 *   period: { start: "2025-11-01", end: "2025-12-01" },
 *   slotsOffered: 1200,
 *   slotsUnused: 6
 * })
 * Result.isSuccess(r) // true
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeCentreSlots = (input: unknown): Result.Result<CentreSlots, ProgrammeError> =>
  Result.mapError(decodeAll(CentreSlotsSchema, input), (issues) => new ProgrammeError({ issues }))

/**
 * Decodes a request to open a centre from JSON: every issue at once, each with its path. Never
 * throws, whatever the input.
 *
 * @example
 * ```ts
 * import { Programme } from "@gip-sante/core"
 *
 * Programme.decodeOpeningRequest({ centreName: "Lodève", politicalConsultation: { date: "2025-02-30", favourable: true } })
 * // Failure: the date does not exist, and underServedArea is missing
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeOpeningRequest = (input: unknown): Result.Result<OpeningRequest, ProgrammeError> =>
  Result.mapError(decodeAll(OpeningRequestSchema, input), (issues) => new ProgrammeError({ issues }))

// -----------------------------------------------------------------------------
// recruitment
// -----------------------------------------------------------------------------

const emptySlotShareOf = (centre: CentreSlots): number => tidy(centre.slotsUnused / centre.slotsOffered)

const shareStep = (
  centre: CentreSlots,
  share: number,
  threshold: Parameter.InForce<Quantity<"ratio">>
): Explanation.Step =>
  Explanation.step("Empty-slot share", {
    value: Explanation.quantity(share, "ratio"),
    note: `${formatNumber(centre.slotsUnused)} of ${formatNumber(centre.slotsOffered)} slots unused, ${describePeriod(centre.period)}`,
    children: [
      Explanation.step("Slots offered", { value: Explanation.quantity(centre.slotsOffered, "count") }),
      Explanation.step("Slots unused", { value: Explanation.quantity(centre.slotsUnused, "count") }),
      Explanation.fromParameter(
        parameters.maxEmptySlotShare.label,
        threshold,
        Explanation.quantity(threshold.value, "ratio")
      )
    ]
  })

const recruitmentExamplePeriod = calendarPeriod("2025-11-01", "2025-12-01")

const slotsExample = (slotsOffered: number, slotsUnused: number): CentreSlots => ({
  centreId: "example",
  period: recruitmentExamplePeriod,
  slotsOffered,
  slotsUnused
})

/**
 * The recruitment rule (S2: recruiting stops once slots go empty) as an advisory decision on a
 * centre's slots over a period: met (keep recruiting) while the empty-slot share (unused /
 * offered) is at most the policy's threshold; not met (hold recruiting) with the share above
 * it as the shortfall; not applicable when no slot was offered or the counts are inconsistent
 * (the reason says which). The threshold is read on the period's first day.
 *
 * @example
 * ```ts
 * import { Calendar, Programme, Rule } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * const november = Calendar.period("2025-11-01", "2025-12-01")
 * Rule.evaluate(Programme.recruitmentRule, policy, { centreId: "muret", period: november, slotsOffered: 200, slotsUnused: 10 }, november)
 * // Result.succeed({ status: "notMet", shortfall: 0.03, severity: "advisory", ... })
 * Rule.failingExamples(Programme.recruitmentRule, policy) // []
 * ```
 *
 * @since 0.1.0
 * @category rules
 */
export const recruitmentRule: Rule.Rule<CentreSlots> = Rule.make<CentreSlots>({
  id: "programme.recruitment.keepRecruiting",
  title: "Keep recruiting while slots are filled",
  description:
    "The programme stops recruiting for a centre once its consultation slots go empty. The rule compares the share of a centre's slots left unused over a period with the policy's threshold: at or below it, the centre keeps recruiting; above it, recruitment holds. The shortfall is the share of slots above the threshold. No slot offered means no data, not a decision.",
  kind: "decision",
  severity: "advisory",
  reads: [parameters.maxEmptySlotShare],
  shortfallUnit: "ratio",
  examples: [
    {
      title: "No slot left empty: keep recruiting",
      input: slotsExample(400, 0),
      at: recruitmentExamplePeriod,
      expected: "met"
    },
    {
      title: "1 slot of 400 left empty (0,25 %): keep recruiting",
      input: slotsExample(400, 1),
      at: recruitmentExamplePeriod,
      expected: "met"
    },
    {
      title: "40 slots of 400 left empty (10 %): hold recruiting",
      input: slotsExample(400, 40),
      at: recruitmentExamplePeriod,
      expected: "notMet"
    },
    {
      title: "Every slot left empty: hold recruiting",
      input: slotsExample(400, 400),
      at: recruitmentExamplePeriod,
      expected: "notMet"
    },
    {
      title: "No slot offered over the period (centre not open yet)",
      input: slotsExample(0, 0),
      at: recruitmentExamplePeriod,
      expected: "notApplicable"
    }
  ],
  evaluate: (policy, centre, at) => {
    const issues = slotIssues(centre)
    if (issues.length > 0) {
      const reason = `The slot counts are not consistent: ${renderIssues(issues)}`
      return Result.succeed(Rule.notApplicable(reason, Explanation.make(Explanation.step(reason))))
    }
    if (centre.slotsOffered === 0) {
      const reason = `No slot offered at ${centre.centreId} over ${describePeriod(centre.period)}: no data to decide on`
      return Result.succeed(Rule.notApplicable(reason, Explanation.make(Explanation.step(reason))))
    }
    return Result.map(Policy.read(policy, parameters.maxEmptySlotShare, Rule.dateOf(at)), (threshold) => {
      const share = emptySlotShareOf(centre)
      const explanation = Explanation.make(shareStep(centre, share, threshold))
      return share <= threshold.value
        ? Rule.met(explanation)
        : Rule.notMet(tidy(share - threshold.value), explanation)
    })
  }
})

const decisionNote = (finding: Rule.Finding): string => {
  switch (finding.status) {
    case "met":
      return "keep recruiting: the empty-slot share is at or below the threshold"
    case "notMet":
      return `stop recruiting: the empty-slot share is ${formatNumber(finding.shortfall)} above the threshold`
    case "notApplicable":
      return "no decision: no slot was offered over the period"
  }
}

const decide = (
  policy: Policy.Policy,
  centre: CentreSlots
): Result.Result<RecruitmentDecision, Policy.PolicyError> =>
  Result.flatMap(Policy.read(policy, parameters.maxEmptySlotShare, centre.period.start), (threshold) =>
    Result.map(Rule.evaluate(recruitmentRule, policy, centre, centre.period), (finding) => {
      const decision = finding.status === "met" ? "recruit" : finding.status === "notMet" ? "hold" : "noData"
      return {
        centreId: centre.centreId,
        period: centre.period,
        decision,
        emptySlotShare: centre.slotsOffered === 0 ? undefined : quantity(emptySlotShareOf(centre), "ratio"),
        threshold: threshold.value,
        explanation: Explanation.make(
          Explanation.step(`Recruitment for ${centre.centreId}: ${decision}`, {
            note: decisionNote(finding),
            children: [finding.explanation.root]
          })
        )
      }
    })
  )

/**
 * Decides whether a centre keeps recruiting from its slots over a period, by
 * {@link recruitmentRule}: `"recruit"`, `"hold"` or `"noData"`, with the empty-slot share, the
 * threshold and the explanation. Fails on counts that are not whole, negative, or with more
 * slots unused than offered.
 *
 * @example
 * ```ts
 * import { Calendar, Explanation, Programme } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const r = Programme.recruitmentDecision(policy, {
 *   centreId: "muret",
 *   period: Calendar.period("2025-11-01", "2025-12-01"),
 *   slotsOffered: 200,
 *   slotsUnused: 10
 * })
 * if (Result.isSuccess(r)) console.log(Explanation.toText(r.success.explanation))
 * // Recruitment for muret: hold (stop recruiting: the empty-slot share is 0,03 above the threshold)
 * // └─ Empty-slot share: 0,05 (10 of 200 slots unused, 2025-11-01 to 2025-12-01, end excluded)
 * // ...
 * ```
 *
 * @since 0.1.0
 * @category recruitment
 */
export const recruitmentDecision = (
  policy: Policy.Policy,
  centre: CentreSlots
): Result.Result<RecruitmentDecision, Policy.PolicyError | ProgrammeError> =>
  Result.flatMap(checked(slotIssues(centre), centre), (valid) => decide(policy, valid))

// A total order on every field, so that equal entries sort the same whatever their input order.
const compareCentres = (a: CentreSlots, b: CentreSlots): number => {
  const keys: ReadonlyArray<readonly [string | number, string | number]> = [
    [a.centreId, b.centreId],
    [a.period.start, b.period.start],
    [a.period.end, b.period.end],
    [a.slotsOffered, b.slotsOffered],
    [a.slotsUnused, b.slotsUnused]
  ]
  for (const [x, y] of keys) {
    if (x < y) return -1
    if (x > y) return 1
  }
  return 0
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`

/**
 * Decides whether the programme keeps recruiting from every centre's slots: it recruits while
 * no centre is on hold, lists the centres on hold and those without data, and gives each
 * centre's decision. The result does not depend on the order of `centres` (decisions are sorted
 * by centre id, then period). Give one entry per centre and period; a centre is on hold if any
 * of its entries is. Fails with every inconsistent count, each with its index.
 *
 * @example
 * ```ts
 * import { Calendar, Programme } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * const november = Calendar.period("2025-11-01", "2025-12-01")
 * Programme.programmeDecision(policy, [
 *   { centreId: "muret", period: november, slotsOffered: 200, slotsUnused: 10 },
 *   { centreId: "lodeve", period: november, slotsOffered: 300, slotsUnused: 0 }
 * ])
 * // Result.succeed({ decision: "hold", onHold: ["muret"], withoutData: [], ... })
 * ```
 *
 * @since 0.1.0
 * @category recruitment
 */
export const programmeDecision = (
  policy: Policy.Policy,
  centres: ReadonlyArray<CentreSlots>
): Result.Result<ProgrammeDecision, Policy.PolicyError | ProgrammeError> => {
  const issues: Array<Issue> = []
  centres.forEach((centre, i) => {
    issues.push(...slotIssues(centre, [i]))
  })
  if (issues.length > 0) return Result.fail(new ProgrammeError({ issues }))
  const sorted = [...centres].sort(compareCentres)
  const decisions: Array<RecruitmentDecision> = []
  const policyIssues: Array<Issue> = []
  for (const centre of sorted) {
    const decided = decide(policy, centre)
    if (Result.isSuccess(decided)) decisions.push(decided.success)
    else policyIssues.push(...decided.failure.issues)
  }
  if (policyIssues.length > 0) return Result.fail(new Policy.PolicyError({ issues: policyIssues }))
  const held = new Set<string>()
  const withData = new Set<string>()
  const ids = new Set<string>()
  for (const d of decisions) {
    ids.add(d.centreId)
    if (d.decision === "hold") held.add(d.centreId)
    if (d.decision !== "noData") withData.add(d.centreId)
  }
  const onHold = [...held]
  const withoutData = [...ids].filter((id) => !withData.has(id))
  const decision = onHold.length > 0 ? "hold" : withData.size > 0 ? "recruit" : "noData"
  const note =
    decision === "hold"
      ? `${onHold.length} of ${plural(ids.size, "centre")} on hold: ${onHold.join(", ")}`
      : decision === "recruit"
        ? `no centre on hold: ${plural(withData.size, "centre")} with slot data keep recruiting`
        : ids.size === 0
          ? "no centre given"
          : "no centre offered slots: no data to decide on"
  return Result.succeed({
    decision,
    onHold,
    withoutData,
    centres: decisions,
    explanation: Explanation.make(
      Explanation.step(`Programme recruitment: ${decision}`, {
        note,
        children: decisions.map((d) => d.explanation.root)
      })
    )
  })
}

// -----------------------------------------------------------------------------
// goals
// -----------------------------------------------------------------------------

// Whole calendar months after the count's month, up to the deadline's month: the month a count
// is taken in is under way, not left.
const monthsLeftAfter = (asOf: LocalDate, goalDeadline: LocalDate): number => {
  if (asOf >= goalDeadline) return 0
  const start = firstDayOfMonth(addMonths(monthOf(asOf), 1))
  const end = addDays(goalDeadline, 1)
  return start < end ? eachMonth({ start, end }).length : 0
}

const goalStatus = (goal: number, done: number, monthsLeft: number): GoalStatus => {
  const remaining = Math.max(0, goal - done)
  return {
    goal: quantity(goal, "people"),
    done: quantity(done, "people"),
    remaining: quantity(remaining, "people"),
    reached: done >= goal,
    monthlyPaceNeeded: remaining === 0 ? 0 : monthsLeft === 0 ? undefined : tidy(remaining / monthsLeft)
  }
}

const paceStep = (status: GoalStatus, monthsLeft: number): Explanation.Step =>
  Explanation.step("Clinicians to recruit a month", {
    value:
      status.monthlyPaceNeeded === undefined
        ? Explanation.text("none would do: no month is left")
        : Explanation.quantity(status.monthlyPaceNeeded, "count"),
    note:
      status.remaining === 0
        ? "the goal is reached"
        : `${formatNumber(status.remaining)} over ${plural(monthsLeft, "month")}`
  })

const goalStep = (
  definition: Parameter.Definition<"number", "people">,
  goal: Parameter.InForce<Quantity<"people">>,
  status: GoalStatus,
  monthsLeft: number,
  countSteps: ReadonlyArray<Explanation.Step>
): Explanation.Step =>
  Explanation.step(`Still to recruit (${definition.label})`, {
    value: Explanation.quantity(status.remaining, "people"),
    note: `${formatNumber(status.goal)} − ${formatNumber(status.done)}${status.reached ? ", reached" : ""}`,
    children: [
      Explanation.fromParameter(definition.label, goal, Explanation.quantity(goal.value, "people")),
      ...countSteps,
      paceStep(status, monthsLeft)
    ]
  })

const countIssues = (count: RecruitmentCount): Array<Issue> => {
  const issues: Array<Issue> = []
  checkWholeCount(issues, ["recruitedSoFar"], count.recruitedSoFar, "clinicians")
  if (count.baseline !== undefined) {
    checkWholeCount(issues, ["baseline", "recruited"], count.baseline.recruited, "clinicians")
    if (count.baseline.asOf > count.asOf)
      issues.push({
        path: formatPath(["baseline", "asOf"]),
        message: `Expected a baseline dated on or before the count's date ${count.asOf}, got ${count.baseline.asOf}`
      })
  }
  return issues
}

/**
 * Progress toward the recruitment goals from a dated count: for the clinicians goal
 * (`programme.goal.clinicians`, counted from the programme's start) and, given a baseline, the
 * additional-clinicians goal (`programme.goal.additionalClinicians`, counted as the count minus
 * the baseline; a policy may state no such goal), what is done, what remains, and the clinicians
 * a month needed over the whole months left after the count's month up to the deadline
 * (`programme.goal.deadline`). The goals are read on `date`: a goal revised later is a new dated
 * value. The explanation cites each goal with its provenance.
 *
 * @example
 * ```ts
 * import { Calendar, Programme } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * const asOf = Calendar.date("2025-12-17")
 * Programme.goalProgress(policy, { recruitedSoFar: 110, asOf }, asOf)
 * // Result.succeed({ monthsLeft: 36, clinicians: { remaining: 90, monthlyPaceNeeded: 2.5, ... }, additionalClinicians: undefined, ... })
 * ```
 *
 * @since 0.1.0
 * @category goals
 */
export const goalProgress = (
  policy: Policy.Policy,
  count: RecruitmentCount,
  date: LocalDate
): Result.Result<GoalProgress, Policy.PolicyError | ProgrammeError> =>
  Result.flatMap(checked(countIssues(count), count), (valid) => {
    const total = Policy.read(policy, parameters.cliniciansGoal, date)
    // A policy may state no additional-clinicians goal; one it states must be readable.
    const additional =
      Policy.parameter(policy, parameters.additionalCliniciansGoal.id) === undefined
        ? undefined
        : Policy.read(policy, parameters.additionalCliniciansGoal, date)
    const deadlineRead = Policy.read(policy, parameters.goalDeadline, date)
    const deadlineDate = Result.isSuccess(deadlineRead) ? parseDate(deadlineRead.success.value) : undefined
    if (
      Result.isFailure(total) ||
      (additional !== undefined && Result.isFailure(additional)) ||
      Result.isFailure(deadlineRead) ||
      deadlineDate === undefined ||
      Result.isFailure(deadlineDate)
    ) {
      const issues = [
        ...(Result.isFailure(total) ? total.failure.issues : []),
        ...(additional !== undefined && Result.isFailure(additional) ? additional.failure.issues : []),
        ...(Result.isFailure(deadlineRead) ? deadlineRead.failure.issues : []),
        ...(deadlineDate !== undefined && Result.isFailure(deadlineDate)
          ? [
              {
                path: formatPath(["parameters", parameters.goalDeadline.id]),
                message: deadlineDate.failure.message
              }
            ]
          : [])
      ]
      return Result.fail(new Policy.PolicyError({ issues }))
    }
    const goalDeadline = deadlineDate.success
    const monthsLeft = monthsLeftAfter(valid.asOf, goalDeadline)
    const clinicians = goalStatus(total.success.value, valid.recruitedSoFar, monthsLeft)
    const countStep = Explanation.step("Clinicians recruited so far", {
      value: Explanation.quantity(valid.recruitedSoFar, "people"),
      note: `as of ${valid.asOf}`
    })
    const baseline = valid.baseline
    const additionalGoal = additional === undefined ? undefined : additional.success
    const additionalClinicians =
      baseline === undefined || additionalGoal === undefined
        ? undefined
        : goalStatus(additionalGoal.value, valid.recruitedSoFar - baseline.recruited, monthsLeft)
    const additionalStep =
      additionalGoal === undefined
        ? []
        : baseline === undefined || additionalClinicians === undefined
          ? [
              Explanation.step(`Still to recruit (${parameters.additionalCliniciansGoal.label})`, {
                value: Explanation.text("not measured"),
                note: "no baseline count given to measure the additional clinicians from",
                children: [
                  Explanation.fromParameter(
                    parameters.additionalCliniciansGoal.label,
                    additionalGoal,
                    Explanation.quantity(additionalGoal.value, "people")
                  )
                ]
              })
            ]
          : [
              goalStep(
                parameters.additionalCliniciansGoal,
                additionalGoal,
                additionalClinicians,
                monthsLeft,
                [
                  Explanation.step("Recruited since the baseline", {
                    value: Explanation.quantity(additionalClinicians.done, "people"),
                    note: `${formatNumber(valid.recruitedSoFar)} as of ${valid.asOf} − ${formatNumber(baseline.recruited)} as of ${baseline.asOf}; both counts must measure the same thing`
                  })
                ]
              )
            ]
    const firstMonth = monthsLeft === 0 ? undefined : addMonths(monthOf(valid.asOf), 1)
    return Result.succeed({
      deadline: goalDeadline,
      monthsLeft,
      clinicians,
      additionalClinicians,
      explanation: Explanation.make(
        Explanation.step(`Recruitment goals by ${goalDeadline}`, {
          note: `count as of ${valid.asOf}`,
          children: [
            goalStep(parameters.cliniciansGoal, total.success, clinicians, monthsLeft, [countStep]),
            ...additionalStep,
            Explanation.step(`Months left until ${goalDeadline}`, {
              value: Explanation.quantity(monthsLeft, "count"),
              children: [
                Explanation.fromParameter(
                  parameters.goalDeadline.label,
                  deadlineRead.success,
                  Explanation.text(goalDeadline)
                )
              ],
              note:
                firstMonth === undefined
                  ? "the count is dated in the deadline's month or later"
                  : `${firstMonth} to ${monthOf(goalDeadline)}; the month of the count is not counted`
            })
          ]
        })
      )
    })
  })

// -----------------------------------------------------------------------------
// opening
// -----------------------------------------------------------------------------

interface Assessment {
  readonly missing: ReadonlyArray<OpeningCondition>
  readonly explanation: Explanation.Explanation
}

const consultationStatus = (
  required: boolean,
  consultation: OpeningConsultation | undefined,
  date: LocalDate
): { readonly met: boolean; readonly text: string } => {
  if (consultation === undefined) return { met: !required, text: "not recorded" }
  const held = consultation.date <= date
  const text = !held
    ? `dated ${consultation.date}, after ${date}: not held yet`
    : `${consultation.favourable ? "favourable" : "unfavourable"} on ${consultation.date}`
  return { met: !required || (held && consultation.favourable), text }
}

const conditionStep = (
  label: string,
  status: { readonly met: boolean; readonly text: string },
  definition: Parameter.Definition<"boolean", "none">,
  required: Parameter.InForce<boolean>
): Explanation.Step =>
  Explanation.step(label, {
    value: Explanation.text(status.text),
    note: !required.value ? "not required" : status.met ? "holds" : "missing",
    children: [Explanation.fromParameter(definition.label, required, Explanation.flag(required.value))]
  })

const assessOpening = (
  policy: Policy.Policy,
  request: OpeningRequest,
  date: LocalDate
): Result.Result<Assessment, Policy.PolicyError> => {
  const political = Policy.read(policy, parameters.requiresPoliticalConsultation, date)
  const clinicians = Policy.read(policy, parameters.requiresClinicianConsultation, date)
  const area = Policy.read(policy, parameters.requiresUnderServedArea, date)
  if (Result.isFailure(political) || Result.isFailure(clinicians) || Result.isFailure(area)) {
    const issues = [political, clinicians, area].flatMap((r) => (Result.isFailure(r) ? r.failure.issues : []))
    return Result.fail(new Policy.PolicyError({ issues }))
  }
  const politicalStatus = consultationStatus(political.success.value, request.politicalConsultation, date)
  const cliniciansStatus = consultationStatus(clinicians.success.value, request.clinicianConsultation, date)
  const areaStatus = {
    met: !area.success.value || request.underServedArea,
    text: request.underServedArea ? "under-served" : "not under-served"
  }
  const missing: Array<OpeningCondition> = []
  if (!politicalStatus.met) missing.push("politicalConsultation")
  if (!cliniciansStatus.met) missing.push("clinicianConsultation")
  if (!areaStatus.met) missing.push("underServedArea")
  return Result.succeed({
    missing,
    explanation: Explanation.make(
      Explanation.step(`Conditions missing to open ${request.centreName}`, {
        value: Explanation.quantity(missing.length, "count"),
        note:
          missing.length === 0
            ? `every condition the policy requires holds on ${date}`
            : `on ${date}: ${missing.join(", ")}`,
        children: [
          conditionStep(
            "Political consultation (local elected officials want the centre)",
            politicalStatus,
            parameters.requiresPoliticalConsultation,
            political.success
          ),
          conditionStep(
            "Consultation of the area's clinicians (they expect the centre)",
            cliniciansStatus,
            parameters.requiresClinicianConsultation,
            clinicians.success
          ),
          conditionStep("Area short of doctors", areaStatus, parameters.requiresUnderServedArea, area.success)
        ]
      })
    )
  })
}

const openingExampleDate = calendarDate("2025-06-01")

const favourable = (date: string): OpeningConsultation => ({ date: calendarDate(date), favourable: true })

/**
 * The opening rule (S2) as a blocking decision on a request to open a centre: met only when
 * every consultation the policy requires (political, with the area's clinicians) was held by
 * the evaluation day and was favourable, and, if the policy requires it, the area is
 * under-served. Not met with the number of conditions missing as the shortfall; the
 * explanation lists each condition with the parameter that requires it.
 *
 * @example
 * ```ts
 * import { Calendar, Programme, Rule } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Rule.evaluate(
 *   Programme.openingRule,
 *   policy,
 *   { centreName: "Lodève", politicalConsultation: { date: Calendar.date("2025-03-10"), favourable: true }, underServedArea: true },
 *   Calendar.date("2025-06-01")
 * )
 * // Result.succeed({ status: "notMet", shortfall: 1, severity: "blocking", ... })
 * Rule.failingExamples(Programme.openingRule, policy) // []
 * ```
 *
 * @since 0.1.0
 * @category rules
 */
export const openingRule: Rule.Rule<OpeningRequest> = Rule.make<OpeningRequest>({
  id: "programme.opening.conditionsMet",
  title: "A centre opens only with the consultations it needs",
  description:
    "Before a centre opens, the programme holds a political consultation (local elected officials must want the centre) and a consultation of the area's clinicians (they must expect it too), and opens centres where doctors are short. The rule checks each condition the policy requires: a consultation counts once held, by the day of the decision, with a favourable outcome. The shortfall is the number of conditions missing.",
  kind: "decision",
  severity: "blocking",
  reads: [
    parameters.requiresPoliticalConsultation,
    parameters.requiresClinicianConsultation,
    parameters.requiresUnderServedArea
  ],
  shortfallUnit: "count",
  examples: [
    {
      title: "Both consultations favourable, in an under-served area",
      input: {
        centreName: "Example",
        politicalConsultation: favourable("2025-03-10"),
        clinicianConsultation: favourable("2025-04-02"),
        underServedArea: true
      },
      at: openingExampleDate,
      expected: "met"
    },
    {
      title: "The area's clinicians were not consulted",
      input: {
        centreName: "Example",
        politicalConsultation: favourable("2025-03-10"),
        underServedArea: true
      },
      at: openingExampleDate,
      expected: "notMet"
    },
    {
      title: "The area's clinicians were against the centre",
      input: {
        centreName: "Example",
        politicalConsultation: favourable("2025-03-10"),
        clinicianConsultation: { date: calendarDate("2025-04-02"), favourable: false },
        underServedArea: true
      },
      at: openingExampleDate,
      expected: "notMet"
    },
    {
      title: "The political consultation is planned after the decision",
      input: {
        centreName: "Example",
        politicalConsultation: favourable("2025-09-15"),
        clinicianConsultation: favourable("2025-04-02"),
        underServedArea: true
      },
      at: openingExampleDate,
      expected: "notMet"
    },
    {
      title: "Both consultations favourable, but the area is not short of doctors",
      input: {
        centreName: "Example",
        politicalConsultation: favourable("2025-03-10"),
        clinicianConsultation: favourable("2025-04-02"),
        underServedArea: false
      },
      at: openingExampleDate,
      expected: "notMet"
    }
  ],
  evaluate: (policy, request, at) =>
    Result.map(assessOpening(policy, request, Rule.dateOf(at)), (assessment) =>
      assessment.missing.length === 0
        ? Rule.met(assessment.explanation)
        : Rule.notMet(assessment.missing.length, assessment.explanation)
    )
})

/**
 * Decides whether a centre may open on `date`, by {@link openingRule}: `"open"` or
 * `"refuse"`, the conditions missing and the explanation.
 *
 * @example
 * ```ts
 * import { Calendar, Programme } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Programme.openingDecision(
 *   policy,
 *   { centreName: "Lodève", politicalConsultation: { date: Calendar.date("2025-03-10"), favourable: true }, underServedArea: true },
 *   Calendar.date("2025-06-01")
 * )
 * // Result.succeed({ decision: "refuse", missing: ["clinicianConsultation"], ... })
 * ```
 *
 * @since 0.1.0
 * @category opening
 */
export const openingDecision = (
  policy: Policy.Policy,
  request: OpeningRequest,
  date: LocalDate
): Result.Result<OpeningDecision, Policy.PolicyError> =>
  Result.map(assessOpening(policy, request, date), (assessment) => {
    const decision = assessment.missing.length === 0 ? "open" : "refuse"
    return {
      decision,
      missing: assessment.missing,
      explanation: Explanation.make(
        Explanation.step(`Opening of ${request.centreName}: ${decision}`, {
          children: [assessment.explanation.root]
        })
      )
    }
  })

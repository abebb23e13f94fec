/**
 * Counterpart obligations: what the programme's salaried doctors give in return for the salary
 * (S1, S2): out-of-hours primary care duty (PDSA), home visits, and consultation slots reserved
 * for same-day unscheduled care (soins non programmés).
 *
 * The sources name the obligations but give no quantity, so every quota is a policy parameter
 * (an assumption in the Occitanie preset) and each obligation is an advisory {@link Rule.Rule}:
 * the GIP reports shortfalls, and nothing in the sources says a shortfall blocks anything. A
 * clinician's quota is the full-time monthly quota × the contract's full-time-equivalent share ×
 * the months of presence in the period: each month the period touches counts the days the
 * contract is in force in it over the days of that month, so a contract starting on the 16th
 * of June counts half of June. The PDSA hours themselves (public health code, R6315-1) are a
 * calendar matter: {@link pdsaSlots} lists them without any policy number.
 *
 * @example
 * ```ts
 * import { Calendar, Obligations } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * const june = Calendar.period("2025-06-01", "2025-07-01")
 * const contract = {
 *   id: "lodeve-gp-1",
 *   profession: "gp",
 *   weeklyHours: 35,
 *   daysPerWeek: 5,
 *   start: Calendar.date("2024-01-01"),
 *   seniorityAtHireYears: 0,
 *   retiree: false,
 *   kind: "permanent" as const
 * }
 * const shifts = [{ clinicianId: "lodeve-gp-1", date: Calendar.date("2025-06-07"), kind: "night" as const }]
 * Obligations.evaluateClinician(policy, { contract, period: june, shifts, visits: [], slots: [] })
 * // Result.succeed({ "obligations.pdsa": { status: "notMet", shortfall: 1, ... }, ... })
 * ```
 *
 * @since 0.1.0
 * @module
 */
import * as Data from "effect/Data"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import {
  date as calendarDate,
  period as calendarPeriod,
  contains,
  dayOfWeek,
  daysInMonth,
  eachDay,
  intersection,
  isPublicHoliday,
  type LocalDate,
  LocalDateSchema,
  lengthInDays,
  monthOf,
  type Period,
  type PublicHolidayOptions,
  splitByMonth,
  type YearMonth
} from "./Calendar.js"
import { type Contract, parameters as contractParameters } from "./Contract.js"
import * as Explanation from "./Explanation.js"
import { formatNumber, tidy } from "./internal/derived-figures.js"
import { decodeAll, formatPath, type Issue, renderIssues } from "./internal/issues.js"
import * as Parameter from "./Parameter.js"
import * as Policy from "./Policy.js"
import * as Rule from "./Rule.js"
import type { QuantityUnit } from "./Unit.js"

// -----------------------------------------------------------------------------
// parameters read
// -----------------------------------------------------------------------------

/**
 * The policy parameters this module reads (the full-time weekly hours that turn a contract
 * into a full-time-equivalent share come from the contract parameters,
 * `contract.fullTimeWeeklyHours`).
 *
 * @example
 * ```ts
 * import { Obligations } from "@gip-sante/core"
 *
 * Obligations.parameters.pdsaShiftsPerMonthFullTime.id // "obligations.pdsa.shiftsPerMonthFullTime"
 * ```
 *
 * @since 0.1.0
 * @category parameters
 */
export const parameters = {
  pdsaShiftsPerMonthFullTime: Parameter.define({
    id: "obligations.pdsa.shiftsPerMonthFullTime",
    type: "number",
    unit: "shiftsPerMonth",
    label: "Out-of-hours (PDSA) shifts per month, full time"
  }),
  pdsaMinWeeklyHours: Parameter.define({
    id: "obligations.pdsa.minWeeklyHours",
    type: "number",
    unit: "hoursPerWeek",
    label: "Weekly hours from which PDSA applies"
  }),
  pdsaRetireesExempt: Parameter.define({
    id: "obligations.pdsa.retireesExempt",
    type: "boolean",
    unit: "none",
    label: "Retired doctors are exempt from PDSA"
  }),
  homeVisitsPerMonthFullTime: Parameter.define({
    id: "obligations.homeVisits.perMonthFullTime",
    type: "number",
    unit: "visitsPerMonth",
    label: "Home visits per month, full time"
  }),
  unscheduledReservedShare: Parameter.define({
    id: "obligations.unscheduled.reservedShare",
    type: "number",
    unit: "ratio",
    label: "Share of consultation slots reserved for unscheduled care"
  })
} as const

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * Schema of an out-of-hours slot kind: the weekday evening (20h–24h), the night (0h–8h), the
 * Saturday afternoon (12h–20h) or the Sunday or public holiday (8h–24h).
 *
 * @example
 * ```ts
 * import { Obligations } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Obligations.PdsaSlotKindSchema)("night") // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const PdsaSlotKindSchema = Schema.Literals([
  "weekdayEvening",
  "night",
  "saturdayAfternoon",
  "sundayOrHoliday"
])

/**
 * An out-of-hours (PDSA) slot kind; {@link pdsaSlotHours} gives its hours.
 *
 * @example
 * ```ts
 * import type { Obligations } from "@gip-sante/core"
 *
 * const kind: Obligations.PdsaSlotKind = "sundayOrHoliday"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type PdsaSlotKind = typeof PdsaSlotKindSchema.Type

const ClinicianIdSchema = Schema.NonEmptyString

const CountSchema = Schema.Int.check(
  Schema.isGreaterThanOrEqualTo(0, { expected: "a whole number of slots greater than or equal to 0" })
)

/**
 * Schema of an out-of-hours shift in JSON: the clinician (the id of their contract), the day
 * the slot opens and its kind.
 *
 * @example
 * ```ts
 * import { Obligations } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.decodeUnknownSync(Obligations.DutyShiftSchema)({ clinicianId: "gp-1", date: "2025-07-14", kind: "sundayOrHoliday" })
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const DutyShiftSchema = Schema.Struct({
  clinicianId: ClinicianIdSchema,
  date: LocalDateSchema,
  kind: PdsaSlotKindSchema
})

/**
 * An out-of-hours shift taken by a clinician. A night shift is dated on the day its 0h–8h
 * slot belongs to.
 *
 * @example
 * ```ts
 * import { Calendar, type Obligations } from "@gip-sante/core"
 *
 * const shift: Obligations.DutyShift = { clinicianId: "gp-1", date: Calendar.date("2025-06-07"), kind: "night" }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type DutyShift = typeof DutyShiftSchema.Type

/**
 * Schema of a home visit in JSON: the clinician and the day.
 *
 * @example
 * ```ts
 * import { Obligations } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Obligations.HomeVisitSchema)({ clinicianId: "gp-1", date: "2025-06-03" }) // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const HomeVisitSchema = Schema.Struct({ clinicianId: ClinicianIdSchema, date: LocalDateSchema })

/**
 * A home visit made by a clinician.
 *
 * @example
 * ```ts
 * import { Calendar, type Obligations } from "@gip-sante/core"
 *
 * const visit: Obligations.HomeVisit = { clinicianId: "gp-1", date: Calendar.date("2025-06-03") }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type HomeVisit = typeof HomeVisitSchema.Type

const slotRecordProblem = (r: {
  readonly reserved: number
  readonly used: number
  readonly unused: number
  readonly total: number
}): string | undefined =>
  r.used + r.unused !== r.reserved
    ? `Expected used + unused to equal the slots reserved, got ${r.used} + ${r.unused} against ${r.reserved} reserved`
    : r.reserved > r.total
      ? `Expected at most the ${r.total} slots offered to be reserved, got ${r.reserved}`
      : undefined

/**
 * Schema of a clinician's day of consultation slots in JSON: `total` slots offered, of which
 * `reserved` for unscheduled care, themselves `used` or `unused`. Counts are whole numbers
 * from 0, `used + unused = reserved` and `reserved <= total`.
 *
 * @example
 * ```ts
 * import { Obligations } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Obligations.SlotRecordSchema)({ clinicianId: "gp-1", date: "2025-06-02", reserved: 3, used: 2, unused: 1, total: 24 }) // true
 * Schema.is(Obligations.SlotRecordSchema)({ clinicianId: "gp-1", date: "2025-06-02", reserved: 3, used: 2, unused: 2, total: 24 }) // false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const SlotRecordSchema = Schema.Struct({
  clinicianId: ClinicianIdSchema,
  date: LocalDateSchema,
  reserved: CountSchema,
  used: CountSchema,
  unused: CountSchema,
  total: CountSchema
}).check(
  Schema.makeFilter(slotRecordProblem, {
    expected: "used + unused = reserved <= total",
    title: "SlotRecord",
    description: "A clinician's consultation slots of a day, with those reserved for unscheduled care"
  })
)

/**
 * A clinician's consultation slots of a day: offered, reserved for unscheduled care, and of the
 * reserved ones, used and unused.
 *
 * @example
 * ```ts
 * import { Calendar, type Obligations } from "@gip-sante/core"
 *
 * const day: Obligations.SlotRecord = {
 *   clinicianId: "gp-1",
 *   date: Calendar.date("2025-06-02"),
 *   reserved: 3,
 *   used: 2,
 *   unused: 1,
 *   total: 24
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type SlotRecord = typeof SlotRecordSchema.Type

/**
 * Schema of the activity logs in JSON: shifts, home visits and slot records, in any order.
 *
 * @example
 * ```ts
 * import { Obligations } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Obligations.LogsSchema)({ shifts: [], visits: [], slots: [] }) // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const LogsSchema = Schema.Struct({
  shifts: Schema.Array(DutyShiftSchema),
  visits: Schema.Array(HomeVisitSchema),
  slots: Schema.Array(SlotRecordSchema)
})

/**
 * The activity logs the obligations are checked against, for any number of clinicians.
 *
 * @example
 * ```ts
 * import type { Obligations } from "@gip-sante/core"
 *
 * const none: Obligations.Logs = { shifts: [], visits: [], slots: [] }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Logs = typeof LogsSchema.Type

/**
 * What the obligation rules evaluate: a contract (its id is the clinician's id in the logs), a
 * period, and logs. Records of other clinicians or outside the period are ignored.
 *
 * @example
 * ```ts
 * import { Calendar, type Contract, type Obligations } from "@gip-sante/core"
 *
 * declare const contract: Contract.Contract
 * const input: Obligations.Input = {
 *   contract,
 *   period: Calendar.period("2025-06-01", "2025-07-01"),
 *   shifts: [],
 *   visits: [],
 *   slots: []
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Input {
  readonly contract: Contract
  readonly period: Period
  readonly shifts: ReadonlyArray<DutyShift>
  readonly visits: ReadonlyArray<HomeVisit>
  readonly slots: ReadonlyArray<SlotRecord>
}

/**
 * One obligation of one clinician, measured: what was expected and what was done (shifts,
 * visits, reserved slots). Both are 0 when the obligation does not apply.
 *
 * @example
 * ```ts
 * import type { Obligations } from "@gip-sante/core"
 *
 * const behind = (m: Obligations.Measure) => m.done < m.expected
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Measure {
  readonly expected: number
  readonly done: number
}

/**
 * One clinician's obligations over a period: the findings and the measures, each keyed by rule
 * id.
 *
 * @example
 * ```ts
 * import type { Obligations } from "@gip-sante/core"
 *
 * const pdsa = (c: Obligations.ClinicianEvaluation) => c.findings["obligations.pdsa"]
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface ClinicianEvaluation {
  readonly contractId: string
  readonly findings: Record<string, Rule.Finding>
  readonly measures: Record<string, Measure>
}

/**
 * One obligation summed over clinicians: expected and done over the clinicians it applies to,
 * the sum of the shortfalls, and how many clinicians met it, did not, or were not concerned.
 *
 * @example
 * ```ts
 * import type { Obligations } from "@gip-sante/core"
 *
 * const rate = (t: Obligations.Totals) => (t.expected === 0 ? undefined : t.done / t.expected)
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Totals {
  readonly expected: number
  readonly done: number
  readonly shortfall: number
  readonly met: number
  readonly notMet: number
  readonly notApplicable: number
}

/**
 * The obligations of a set of clinicians (a centre's): each clinician's evaluation, in the
 * order of the contracts, and the totals keyed by rule id.
 *
 * @example
 * ```ts
 * import type { Obligations } from "@gip-sante/core"
 *
 * const missingShifts = (c: Obligations.CentreEvaluation) => c.totals["obligations.pdsa"]?.shortfall
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface CentreEvaluation {
  readonly clinicians: ReadonlyArray<ClinicianEvaluation>
  readonly totals: Record<string, Totals>
}

/**
 * A centre's contracts and logs, for {@link evaluateProgramme}.
 *
 * @example
 * ```ts
 * import type { Obligations } from "@gip-sante/core"
 *
 * const empty: Obligations.Centre = { centreId: "lodeve", contracts: [], logs: { shifts: [], visits: [], slots: [] } }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Centre {
  readonly centreId: string
  readonly contracts: ReadonlyArray<Contract>
  readonly logs: Logs
}

/**
 * The programme's obligations: each centre's evaluation, in the order given, and the totals
 * over every centre, keyed by rule id.
 *
 * @example
 * ```ts
 * import type { Obligations } from "@gip-sante/core"
 *
 * const centres = (p: Obligations.ProgrammeEvaluation) => p.centres.map((c) => c.centreId)
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface ProgrammeEvaluation {
  readonly centres: ReadonlyArray<{ readonly centreId: string; readonly evaluation: CentreEvaluation }>
  readonly totals: Record<string, Totals>
}

/**
 * Why logs could not be decoded: every issue, each naming the record, the field and what was
 * expected.
 *
 * @example
 * ```ts
 * import { Obligations } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const r = Obligations.decodeLogs({ shifts: [], visits: [], slots: [{ clinicianId: "gp-1", date: "2025-06-02", reserved: 3, used: 1, unused: 1, total: 24 }] })
 * if (Result.isFailure(r)) r.failure.message
 * // "at slots[0]: Expected used + unused to equal the slots reserved, got 1 + 1 against 3 reserved"
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class ObligationsError extends Data.TaggedError("ObligationsError")<{
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
 * Decodes activity logs from JSON, reporting every issue at once with its path.
 *
 * @example
 * ```ts
 * import { Obligations } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const logs = Obligations.decodeLogs({ shifts: [{ clinicianId: "gp-1", date: "2025-07-14", kind: "sundayOrHoliday" }], visits: [], slots: [] })
 * Result.isSuccess(logs) // true
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const decodeLogs = (input: unknown): Result.Result<Logs, ObligationsError> =>
  Result.mapError(decodeAll(LogsSchema, input), (issues) => new ObligationsError({ issues }))

// -----------------------------------------------------------------------------
// out-of-hours slots (public health code, R6315-1)
// -----------------------------------------------------------------------------

/**
 * The hours of each slot kind, as `[fromHour, toHour)` on the slot's day. Together they cover
 * every hour the public health code (R6315-1) opens to out-of-hours care: 20h–8h every day,
 * 8h–20h on Sundays and public holidays, and Saturday afternoons from 12h where the regional
 * plan opens them. On a Sunday or a holiday the day and the evening (8h–24h) are one kind, so
 * that the evening is counted once.
 *
 * @example
 * ```ts
 * import { Obligations } from "@gip-sante/core"
 *
 * Obligations.pdsaSlotHours.night // { fromHour: 0, toHour: 8 }
 * ```
 *
 * @since 0.1.0
 * @category pdsa slots
 */
export const pdsaSlotHours: {
  readonly [K in PdsaSlotKind]: { readonly fromHour: number; readonly toHour: number }
} = {
  night: { fromHour: 0, toHour: 8 },
  saturdayAfternoon: { fromHour: 12, toHour: 20 },
  sundayOrHoliday: { fromHour: 8, toHour: 24 },
  weekdayEvening: { fromHour: 20, toHour: 24 }
}

const weekdayKinds: ReadonlyArray<PdsaSlotKind> = ["night", "weekdayEvening"]
const saturdayKinds: ReadonlyArray<PdsaSlotKind> = ["night", "saturdayAfternoon", "weekdayEvening"]
const sundayOrHolidayKinds: ReadonlyArray<PdsaSlotKind> = ["night", "sundayOrHoliday"]

const kindsOn = (date: LocalDate, options: PublicHolidayOptions | undefined): ReadonlyArray<PdsaSlotKind> => {
  const weekday = dayOfWeek(date)
  if (weekday === 7 || isPublicHoliday(date, options)) return sundayOrHolidayKinds
  return weekday === 6 ? saturdayKinds : weekdayKinds
}

/**
 * The out-of-hours slot kinds open on each day of a period, in the order of the day: the night
 * (0h–8h) every day; on a Sunday or a public holiday, the day and evening (8h–24h); on another
 * Saturday, the afternoon (12h–20h) and the evening (20h–24h); on another weekday, the evening.
 * A pure calendar function (R6315-1 and the French public holidays); bridge days, which a
 * regional plan may add, are not listed.
 *
 * @example
 * ```ts
 * import { Calendar, Obligations } from "@gip-sante/core"
 *
 * Obligations.pdsaSlots(Calendar.period("2025-07-12", "2025-07-15"))
 * // [{ date: "2025-07-12", kinds: ["night", "saturdayAfternoon", "weekdayEvening"] },
 * //  { date: "2025-07-13", kinds: ["night", "sundayOrHoliday"] },
 * //  { date: "2025-07-14", kinds: ["night", "sundayOrHoliday"] }]
 * ```
 *
 * @since 0.1.0
 * @category pdsa slots
 */
export const pdsaSlots = (
  period: Period,
  options?: PublicHolidayOptions
): Array<{ readonly date: LocalDate; readonly kinds: ReadonlyArray<PdsaSlotKind> }> =>
  eachDay(period).map((date) => ({ date, kinds: kindsOn(date, options) }))

/**
 * Whether a slot kind is open on a date (see {@link pdsaSlots}).
 *
 * @example
 * ```ts
 * import { Calendar, Obligations } from "@gip-sante/core"
 *
 * Obligations.isPdsaSlotOpen(Calendar.date("2025-07-14"), "weekdayEvening") // false (Fête nationale)
 * Obligations.isPdsaSlotOpen(Calendar.date("2025-07-15"), "weekdayEvening") // true
 * ```
 *
 * @since 0.1.0
 * @category pdsa slots
 */
export const isPdsaSlotOpen = (
  date: LocalDate,
  kind: PdsaSlotKind,
  options?: PublicHolidayOptions
): boolean => kindsOn(date, options).includes(kind)

// -----------------------------------------------------------------------------
// internals
// -----------------------------------------------------------------------------

const count = (x: number): Explanation.Value => Explanation.quantity(x, "count")

interface Assessment {
  readonly outcome: Rule.Outcome
  readonly measure: Measure
}

const notApplicable = (reason: string, children: ReadonlyArray<Explanation.Step> = []): Assessment => ({
  outcome: Rule.notApplicable(reason, Explanation.make(Explanation.step(reason, { children }))),
  measure: { expected: 0, done: 0 }
})

const periodText = (period: Period): string => `from ${period.start} to ${period.end} (excluded)`

// The days of the period the contract is in force.
const activePart = (contract: Contract, period: Period): Period | undefined =>
  intersection(period, { start: contract.start, end: contract.end ?? period.end })

const notInForce = (input: Input): Assessment =>
  notApplicable(
    `The contract ${input.contract.id} is not in force ${periodText(input.period)}: nothing is expected`
  )

interface Presence {
  readonly months: number
  readonly parts: ReadonlyArray<{ readonly month: YearMonth; readonly days: number; readonly ofDays: number }>
}

const presenceOf = (active: Period): Presence => {
  let months = 0
  const parts = splitByMonth(active).map((part) => {
    const month = monthOf(part.start)
    const days = lengthInDays(part)
    const ofDays = daysInMonth(month)
    months += days / ofDays
    return { month, days, ofDays }
  })
  return { months: tidy(months), parts }
}

const presenceStep = (presence: Presence): Explanation.Step =>
  Explanation.step("Months of presence", {
    value: count(presence.months),
    note: "each month the period touches counts the days the contract is in force in it over the days of the month",
    children: presence.parts.map((p) =>
      Explanation.step(p.month, {
        value: count(tidy(p.days / p.ofDays)),
        note: `${p.days} / ${p.ofDays} days`
      })
    )
  })

const fteStep = (contract: Contract, fullTime: Parameter.InForce<number>): Explanation.Step =>
  Explanation.step("Full-time equivalent", {
    value: Explanation.quantity(tidy(contract.weeklyHours / fullTime.value), "ratio"),
    note: `${formatNumber(contract.weeklyHours)} h / ${formatNumber(fullTime.value)} h`,
    children: [
      Explanation.step("Contract weekly hours", {
        value: Explanation.quantity(contract.weeklyHours, "hoursPerWeek")
      }),
      Explanation.fromParameter(
        contractParameters.fullTimeWeeklyHours.label,
        fullTime,
        Explanation.quantity(fullTime.value, "hoursPerWeek")
      )
    ]
  })

// perMonthFullTime × FTE × months of presence, with its explanation.
const quota = (
  what: string,
  contract: Contract,
  active: Period,
  perMonth: Parameter.InForce<number>,
  perMonthDefinition: Parameter.Definition<"number", QuantityUnit>,
  fullTime: Parameter.InForce<number>
): { readonly expected: number; readonly step: Explanation.Step } => {
  const presence = presenceOf(active)
  const expected = tidy((perMonth.value * contract.weeklyHours * presence.months) / fullTime.value)
  const fte = tidy(contract.weeklyHours / fullTime.value)
  return {
    expected,
    step: Explanation.step(`${what} expected`, {
      value: count(expected),
      note: `${formatNumber(perMonth.value)} a month full time × ${formatNumber(fte)} FTE × ${formatNumber(presence.months)} months of presence`,
      children: [
        Explanation.fromParameter(
          perMonthDefinition.label,
          perMonth,
          Explanation.quantity(perMonth.value, perMonthDefinition.unit)
        ),
        fteStep(contract, fullTime),
        presenceStep(presence)
      ]
    })
  }
}

const against = (
  what: string,
  done: number,
  doneStep: Explanation.Step,
  expected: { readonly expected: number; readonly step: Explanation.Step }
): Explanation.Explanation =>
  Explanation.make(
    Explanation.step(`${what} against the quota`, {
      value: count(tidy(done - expected.expected)),
      note: "done − expected",
      children: [doneStep, expected.step]
    })
  )

const outcomeOf = (done: number, expected: number, explanation: Explanation.Explanation): Rule.Outcome =>
  done >= expected ? Rule.met(explanation) : Rule.notMet(tidy(expected - done), explanation)

const recordsOf = <R extends { readonly clinicianId: string; readonly date: LocalDate }>(
  records: ReadonlyArray<R>,
  input: Input
): Array<R> => records.filter((r) => r.clinicianId === input.contract.id && contains(input.period, r.date))

const fullTimeIssue = (hours: number): Issue => ({
  path: formatPath(["parameters", contractParameters.fullTimeWeeklyHours.id]),
  message: `${contractParameters.fullTimeWeeklyHours.id} must be above 0 for quotas per full-time post, got ${hours}`
})

type Reads<D extends Record<string, Parameter.Definition>> = {
  readonly [K in keyof D]: Parameter.InForce<Parameter.ValueOf<D[K]["type"], D[K]["unit"]>>
}

const readAll = <const D extends Record<string, Parameter.Definition>>(
  policy: Policy.Policy,
  definitions: D,
  date: LocalDate
): Result.Result<Reads<D>, Policy.PolicyError> => {
  const values: Record<string, unknown> = {}
  const issues: Array<Issue> = []
  for (const key of Object.keys(definitions)) {
    const read = Policy.read(policy, definitions[key]!, date)
    if (Result.isFailure(read)) issues.push(...read.failure.issues)
    // Quotas are per full-time post: a full time of 0 hours leaves them undefined.
    else if (
      definitions[key] === contractParameters.fullTimeWeeklyHours &&
      !((read.success.value as number) > 0)
    )
      issues.push(fullTimeIssue(read.success.value as number))
    else values[key] = read.success
  }
  return issues.length === 0
    ? Result.succeed(values as Reads<D>)
    : Result.fail(new Policy.PolicyError({ issues }))
}

// -----------------------------------------------------------------------------
// assessments (shared by the rules and the centre totals)
// -----------------------------------------------------------------------------

const pdsaReads = {
  perMonth: parameters.pdsaShiftsPerMonthFullTime,
  minHours: parameters.pdsaMinWeeklyHours,
  retireesExempt: parameters.pdsaRetireesExempt,
  fullTime: contractParameters.fullTimeWeeklyHours
}

const assessPdsa = (
  policy: Policy.Policy,
  input: Input,
  at: Rule.When
): Result.Result<Assessment, Policy.PolicyError> =>
  Result.map(readAll(policy, pdsaReads, Rule.dateOf(at)), (r) => {
    const { contract } = input
    const active = activePart(contract, input.period)
    if (active === undefined) return notInForce(input)
    if (contract.weeklyHours < r.minHours.value)
      return notApplicable(
        `${formatNumber(contract.weeklyHours)} h a week is below the ${formatNumber(r.minHours.value)} h a week from which out-of-hours duty applies`,
        [
          Explanation.step("Contract weekly hours", {
            value: Explanation.quantity(contract.weeklyHours, "hoursPerWeek")
          }),
          Explanation.fromParameter(
            parameters.pdsaMinWeeklyHours.label,
            r.minHours,
            Explanation.quantity(r.minHours.value, "hoursPerWeek")
          )
        ]
      )
    if (contract.retiree && r.retireesExempt.value)
      return notApplicable("Retired doctors are exempt from out-of-hours duty under this policy", [
        Explanation.fromParameter(
          parameters.pdsaRetireesExempt.label,
          r.retireesExempt,
          Explanation.flag(r.retireesExempt.value)
        )
      ])
    // A slot is counted once however many times it is logged, and only if it is open that day.
    const taken = new Set<string>()
    let notOpen = 0
    const own = recordsOf(input.shifts, input)
    for (const shift of own) {
      if (isPdsaSlotOpen(shift.date, shift.kind)) taken.add(`${shift.date} ${shift.kind}`)
      else notOpen++
    }
    const done = taken.size
    const twice = own.length - notOpen - done
    const expected = quota(
      "PDSA shifts",
      contract,
      active,
      r.perMonth,
      parameters.pdsaShiftsPerMonthFullTime,
      r.fullTime
    )
    const leftOut = [
      ...(notOpen === 0 ? [] : [`${notOpen} left out: slot not open that day`]),
      ...(twice === 0 ? [] : [`${twice} left out: slot logged twice`])
    ]
    const doneStep = Explanation.step("PDSA shifts taken", {
      value: count(done),
      note: `${contract.id}, ${periodText(input.period)}${leftOut.length === 0 ? "" : `; ${leftOut.join("; ")}`}`
    })
    return {
      outcome: outcomeOf(
        done,
        expected.expected,
        against("Out-of-hours (PDSA) shifts", done, doneStep, expected)
      ),
      measure: { expected: expected.expected, done }
    }
  })

const homeVisitReads = {
  perMonth: parameters.homeVisitsPerMonthFullTime,
  fullTime: contractParameters.fullTimeWeeklyHours
}

const assessHomeVisits = (
  policy: Policy.Policy,
  input: Input,
  at: Rule.When
): Result.Result<Assessment, Policy.PolicyError> =>
  Result.map(readAll(policy, homeVisitReads, Rule.dateOf(at)), (r) => {
    const active = activePart(input.contract, input.period)
    if (active === undefined) return notInForce(input)
    const done = recordsOf(input.visits, input).length
    const expected = quota(
      "Home visits",
      input.contract,
      active,
      r.perMonth,
      parameters.homeVisitsPerMonthFullTime,
      r.fullTime
    )
    const doneStep = Explanation.step("Home visits made", {
      value: count(done),
      note: `${input.contract.id}, ${periodText(input.period)}`
    })
    return {
      outcome: outcomeOf(done, expected.expected, against("Home visits", done, doneStep, expected)),
      measure: { expected: expected.expected, done }
    }
  })

const assessUnscheduled = (
  policy: Policy.Policy,
  input: Input,
  at: Rule.When
): Result.Result<Assessment, Policy.PolicyError> =>
  Result.map(Policy.read(policy, parameters.unscheduledReservedShare, Rule.dateOf(at)), (share) => {
    if (activePart(input.contract, input.period) === undefined) return notInForce(input)
    let reserved = 0
    let used = 0
    let unused = 0
    let total = 0
    for (const record of recordsOf(input.slots, input)) {
      reserved += record.reserved
      used += record.used
      unused += record.unused
      total += record.total
    }
    if (total === 0)
      return notApplicable(
        `No consultation slots of ${input.contract.id} are recorded ${periodText(input.period)}: there is no share to measure`
      )
    // Slots are whole: the share is met once the reserved slots reach share × offered, rounded up.
    const required = Math.ceil(tidy(share.value * total))
    const explanation = Explanation.make(
      Explanation.step("Slots reserved for unscheduled care against the share", {
        value: count(reserved - required),
        note: "reserved − required",
        children: [
          Explanation.step("Slots reserved", {
            value: count(reserved),
            note: `${input.contract.id}, ${periodText(input.period)}; ${used} used, ${unused} unused`
          }),
          Explanation.step("Slots required", {
            value: count(required),
            note: `${formatNumber(share.value)} × ${total} slots offered, rounded up to a whole slot`,
            children: [
              Explanation.step("Slots offered", { value: count(total) }),
              Explanation.fromParameter(
                parameters.unscheduledReservedShare.label,
                share,
                Explanation.quantity(share.value, "ratio")
              )
            ]
          })
        ]
      })
    )
    return {
      outcome: reserved >= required ? Rule.met(explanation) : Rule.notMet(required - reserved, explanation),
      measure: { expected: required, done: reserved }
    }
  })

// -----------------------------------------------------------------------------
// rules
// -----------------------------------------------------------------------------

const june2025 = calendarPeriod("2025-06-01", "2025-07-01")

const exampleContract = (weeklyHours: number, start = "2024-01-01"): Contract => ({
  id: "example-gp",
  profession: "gp",
  weeklyHours,
  daysPerWeek: 5,
  start: calendarDate(start),
  seniorityAtHireYears: 0,
  retiree: false,
  kind: "permanent"
})

const exampleShifts = (dates: ReadonlyArray<string>): Array<DutyShift> =>
  dates.map((date) => ({ clinicianId: "example-gp", date: calendarDate(date), kind: "night" }))

// `n` visits in June 2025, one a day from `firstDay`.
const exampleVisits = (n: number, firstDay = 2): Array<HomeVisit> =>
  Array.from({ length: n }, (_, i) => ({
    clinicianId: "example-gp",
    date: calendarDate(`2025-06-${String(firstDay + i).padStart(2, "0")}`)
  }))

const exampleSlots = (reserved: number, total: number): Array<SlotRecord> => [
  { clinicianId: "example-gp", date: calendarDate("2025-06-02"), reserved, used: reserved, unused: 0, total }
]

const exampleInput = (contract: Contract, logs: Partial<Logs>): Input => ({
  contract,
  period: june2025,
  shifts: logs.shifts ?? [],
  visits: logs.visits ?? [],
  slots: logs.slots ?? []
})

/**
 * Out-of-hours duty (PDSA): the distinct open slots a clinician took in the period reach the
 * quota (shifts per month full time × FTE × months of presence). Advisory: the GIP reports a
 * shortfall (in shifts) and the sources do not say it blocks anything. Not applicable when the
 * contract is not in force in the period, below the policy's weekly hours for PDSA, or held by
 * a retiree when the policy exempts them.
 *
 * @example
 * ```ts
 * import { Obligations, Rule } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Rule.failingExamples(Obligations.pdsaRule, policy) // []
 * ```
 *
 * @since 0.1.0
 * @category rules
 */
export const pdsaRule: Rule.Rule<Input> = Rule.make<Input>({
  id: "obligations.pdsa",
  title: "Out-of-hours duty (PDSA) shifts taken",
  description:
    "In return for the salary, the programme's doctors take part in out-of-hours primary care (PDSA) in the hours the public health code opens to it. The rule counts the distinct out-of-hours slots a clinician took in the period and compares them with the quota: the policy's shifts a month for a full-time doctor, times the contract's full-time-equivalent share, times the months of presence (each month the period touches counts the days the contract is in force in it over the days of the month). Contracts below the policy's weekly hours for PDSA, and retirees where the policy exempts them, are not concerned. It is advisory: the GIP reports the shortfall, in shifts, and the sources do not say that a shortfall blocks anything.",
  kind: "obligation",
  severity: "advisory",
  reads: [
    parameters.pdsaShiftsPerMonthFullTime,
    parameters.pdsaMinWeeklyHours,
    parameters.pdsaRetireesExempt,
    contractParameters.fullTimeWeeklyHours
  ],
  shortfallUnit: "count",
  examples: [
    {
      title: "A full-time doctor with two night shifts in June",
      input: exampleInput(exampleContract(35), { shifts: exampleShifts(["2025-06-07", "2025-06-21"]) }),
      at: june2025,
      expected: "met"
    },
    {
      title: "A full-time doctor with one shift in June: one short",
      input: exampleInput(exampleContract(35), { shifts: exampleShifts(["2025-06-07"]) }),
      at: june2025,
      expected: "notMet"
    },
    {
      title: "A 10 h contract is below the hours from which PDSA applies",
      input: exampleInput(exampleContract(10), {}),
      at: june2025,
      expected: "notApplicable"
    }
  ],
  evaluate: (policy, input, at) => Result.map(assessPdsa(policy, input, at), (a) => a.outcome)
})

/**
 * Home visits: the visits a clinician made in the period reach the quota (visits per month full
 * time × FTE × months of presence). Advisory, with the shortfall in visits. Not applicable when
 * the contract is not in force in the period.
 *
 * @example
 * ```ts
 * import { Obligations, Rule } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Rule.failingExamples(Obligations.homeVisitsRule, policy) // []
 * ```
 *
 * @since 0.1.0
 * @category rules
 */
export const homeVisitsRule: Rule.Rule<Input> = Rule.make<Input>({
  id: "obligations.homeVisits",
  title: "Home visits made",
  description:
    "In return for the salary, the programme's doctors make home visits. The rule counts the visits a clinician made in the period and compares them with the quota: the policy's visits a month for a full-time doctor, times the contract's full-time-equivalent share, times the months of presence (each month the period touches counts the days the contract is in force in it over the days of the month). It is advisory: the GIP reports the shortfall, in visits, and the sources do not say that a shortfall blocks anything.",
  kind: "obligation",
  severity: "advisory",
  reads: [parameters.homeVisitsPerMonthFullTime, contractParameters.fullTimeWeeklyHours],
  shortfallUnit: "count",
  examples: [
    {
      title: "A full-time doctor with 10 visits in June",
      input: exampleInput(exampleContract(35), { visits: exampleVisits(10) }),
      at: june2025,
      expected: "met"
    },
    {
      title: "A full-time doctor with 6 visits in June: 4 short",
      input: exampleInput(exampleContract(35), { visits: exampleVisits(6) }),
      at: june2025,
      expected: "notMet"
    },
    {
      title: "A full-time doctor hired on 16 June owes half a month: 5 visits are enough",
      input: exampleInput(exampleContract(35, "2025-06-16"), { visits: exampleVisits(5, 16) }),
      at: june2025,
      expected: "met"
    }
  ],
  evaluate: (policy, input, at) => Result.map(assessHomeVisits(policy, input, at), (a) => a.outcome)
})

/**
 * Unscheduled care: of the consultation slots a clinician offered in the period, at least the
 * policy's share are reserved for same-day unscheduled care. Advisory, with the shortfall in
 * slots (share × slots offered, rounded up, minus slots reserved). Not applicable when the
 * contract is not in force or no slot is recorded in the period.
 *
 * @example
 * ```ts
 * import { Obligations, Rule } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Rule.failingExamples(Obligations.unscheduledCareRule, policy) // []
 * ```
 *
 * @since 0.1.0
 * @category rules
 */
export const unscheduledCareRule: Rule.Rule<Input> = Rule.make<Input>({
  id: "obligations.unscheduledCare",
  title: "Slots reserved for unscheduled care",
  description:
    "In return for the salary, the programme's doctors keep consultation slots free for same-day unscheduled care (soins non programmés). The rule adds up the slots a clinician offered in the period and those reserved for unscheduled care, and checks that the reserved ones reach the policy's share of the slots offered, rounded up to a whole slot. Whether the reserved slots were then used does not count. It is advisory: the GIP reports the shortfall, in slots, and the sources do not say that a shortfall blocks anything.",
  kind: "obligation",
  severity: "advisory",
  reads: [parameters.unscheduledReservedShare],
  shortfallUnit: "count",
  examples: [
    {
      title: "10 of 80 slots reserved: 12,5 %",
      input: exampleInput(exampleContract(35), { slots: exampleSlots(10, 80) }),
      at: june2025,
      expected: "met"
    },
    {
      title: "8 of 80 slots reserved: 2 short of 10",
      input: exampleInput(exampleContract(35), { slots: exampleSlots(8, 80) }),
      at: june2025,
      expected: "notMet"
    },
    {
      title: "No slots recorded",
      input: exampleInput(exampleContract(35), {}),
      at: june2025,
      expected: "notApplicable"
    }
  ],
  evaluate: (policy, input, at) => Result.map(assessUnscheduled(policy, input, at), (a) => a.outcome)
})

/**
 * The obligation rules, in the order they are reported.
 *
 * @example
 * ```ts
 * import { Obligations } from "@gip-sante/core"
 *
 * Obligations.rules.map((r) => r.id) // ["obligations.pdsa", "obligations.homeVisits", "obligations.unscheduledCare"]
 * ```
 *
 * @since 0.1.0
 * @category rules
 */
export const rules: ReadonlyArray<Rule.Rule<Input>> = [pdsaRule, homeVisitsRule, unscheduledCareRule]

const assessments: ReadonlyArray<{
  readonly id: string
  readonly assess: (
    policy: Policy.Policy,
    input: Input,
    at: Rule.When
  ) => Result.Result<Assessment, Policy.PolicyError>
}> = [
  { id: pdsaRule.id, assess: assessPdsa },
  { id: homeVisitsRule.id, assess: assessHomeVisits },
  { id: unscheduledCareRule.id, assess: assessUnscheduled }
]

// -----------------------------------------------------------------------------
// evaluation
// -----------------------------------------------------------------------------

/**
 * Evaluates one clinician's obligations over the input's period: findings keyed by rule id.
 * Parameters are read in force on the first day of the period.
 *
 * @example
 * ```ts
 * import { Calendar, type Contract, Obligations } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * declare const contract: Contract.Contract
 * Obligations.evaluateClinician(policy, {
 *   contract,
 *   period: Calendar.period("2025-06-01", "2025-07-01"),
 *   shifts: [],
 *   visits: [],
 *   slots: []
 * })
 * ```
 *
 * @since 0.1.0
 * @category evaluation
 */
export const evaluateClinician = (
  policy: Policy.Policy,
  input: Input
): Result.Result<Record<string, Rule.Finding>, Policy.PolicyError> =>
  Rule.evaluateAll(rules, policy, input, input.period)

const measuresOf = (
  policy: Policy.Policy,
  input: Input
): Result.Result<Record<string, Measure>, Policy.PolicyError> => {
  const measures: Record<string, Measure> = {}
  for (const { id, assess } of assessments) {
    const assessed = assess(policy, input, input.period)
    if (Result.isFailure(assessed)) return Result.fail(assessed.failure)
    measures[id] = assessed.success.measure
  }
  return Result.succeed(measures)
}

const emptyTotals = (): Totals => ({
  expected: 0,
  done: 0,
  shortfall: 0,
  met: 0,
  notMet: 0,
  notApplicable: 0
})

const addTotals = (a: Totals, b: Totals): Totals => ({
  expected: tidy(a.expected + b.expected),
  done: tidy(a.done + b.done),
  shortfall: tidy(a.shortfall + b.shortfall),
  met: a.met + b.met,
  notMet: a.notMet + b.notMet,
  notApplicable: a.notApplicable + b.notApplicable
})

const totalsOf = (clinician: ClinicianEvaluation, id: string): Totals => {
  const finding = clinician.findings[id]
  const measure = clinician.measures[id] ?? { expected: 0, done: 0 }
  if (finding === undefined || finding.status === "notApplicable")
    return { ...emptyTotals(), notApplicable: finding === undefined ? 0 : 1 }
  return {
    expected: measure.expected,
    done: measure.done,
    shortfall: finding.status === "notMet" ? finding.shortfall : 0,
    met: finding.status === "met" ? 1 : 0,
    notMet: finding.status === "notMet" ? 1 : 0,
    notApplicable: 0
  }
}

const ruleIds = rules.map((r) => r.id)

/**
 * Evaluates the obligations of a set of contracts (a centre's) over a period against logs that
 * may mix clinicians: each clinician's findings and measures, in the order of the contracts,
 * and per rule the totals (expected and done over the clinicians concerned, the shortfalls
 * summed, the count of each status). The order of the log records does not matter. Pass the
 * contracts the obligations apply to (the doctors'), each clinician once.
 *
 * @example
 * ```ts
 * import { Calendar, type Contract, Obligations } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * declare const doctors: ReadonlyArray<Contract.Contract>
 * declare const logs: Obligations.Logs
 * const centre = Obligations.evaluateCentre(policy, doctors, logs, Calendar.period("2025-01-01", "2026-01-01"))
 * if (Result.isSuccess(centre)) centre.success.totals["obligations.pdsa"]?.shortfall // shifts missing in all
 * ```
 *
 * @since 0.1.0
 * @category evaluation
 */
export const evaluateCentre = (
  policy: Policy.Policy,
  contracts: ReadonlyArray<Contract>,
  logs: Logs,
  period: Period
): Result.Result<CentreEvaluation, Policy.PolicyError> => {
  const byClinician = new Map<
    string,
    { shifts: Array<DutyShift>; visits: Array<HomeVisit>; slots: Array<SlotRecord> }
  >()
  const logsOf = (id: string) => {
    let found = byClinician.get(id)
    if (found === undefined) {
      found = { shifts: [], visits: [], slots: [] }
      byClinician.set(id, found)
    }
    return found
  }
  for (const shift of logs.shifts) logsOf(shift.clinicianId).shifts.push(shift)
  for (const visit of logs.visits) logsOf(visit.clinicianId).visits.push(visit)
  for (const slot of logs.slots) logsOf(slot.clinicianId).slots.push(slot)
  const clinicians: Array<ClinicianEvaluation> = []
  for (const contract of contracts) {
    const own = byClinician.get(contract.id) ?? { shifts: [], visits: [], slots: [] }
    const input: Input = { contract, period, ...own }
    const findings = evaluateClinician(policy, input)
    if (Result.isFailure(findings)) return Result.fail(findings.failure)
    const measures = measuresOf(policy, input)
    if (Result.isFailure(measures)) return Result.fail(measures.failure)
    clinicians.push({ contractId: contract.id, findings: findings.success, measures: measures.success })
  }
  const totals: Record<string, Totals> = {}
  for (const id of ruleIds) {
    let sum = emptyTotals()
    for (const clinician of clinicians) sum = addTotals(sum, totalsOf(clinician, id))
    totals[id] = sum
  }
  return Result.succeed({ clinicians, totals })
}

/**
 * Evaluates the obligations of every centre of the programme over a period
 * ({@link evaluateCentre} for each), with the totals over all of them.
 *
 * @example
 * ```ts
 * import { Calendar, Obligations } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * declare const centres: ReadonlyArray<Obligations.Centre>
 * Obligations.evaluateProgramme(policy, centres, Calendar.period("2025-01-01", "2026-01-01"))
 * ```
 *
 * @since 0.1.0
 * @category evaluation
 */
export const evaluateProgramme = (
  policy: Policy.Policy,
  centres: ReadonlyArray<Centre>,
  period: Period
): Result.Result<ProgrammeEvaluation, Policy.PolicyError> => {
  const evaluated: Array<{ readonly centreId: string; readonly evaluation: CentreEvaluation }> = []
  for (const centre of centres) {
    const evaluation = evaluateCentre(policy, centre.contracts, centre.logs, period)
    if (Result.isFailure(evaluation)) return Result.fail(evaluation.failure)
    evaluated.push({ centreId: centre.centreId, evaluation: evaluation.success })
  }
  const totals: Record<string, Totals> = {}
  for (const id of ruleIds) {
    let sum = emptyTotals()
    for (const { evaluation } of evaluated) sum = addTotals(sum, evaluation.totals[id] ?? emptyTotals())
    totals[id] = sum
  }
  return Result.succeed({ centres: evaluated, totals })
}

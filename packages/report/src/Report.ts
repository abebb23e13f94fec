/**
 * The programme report as a model: a policy, a programme's data and an event log (or none) give
 * a typed, JSON-serialisable {@link ReportModel} in which every number is a `Figure` that carries
 * its explanation, down to the parameters read (with their provenance), the events counted and
 * the published figures used. Renderers (`Markdown`, `Html`, `Json`) only format it; a dashboard
 * can render the same model.
 *
 * Its sections: headline KPIs against the published figures and the policy's goals; activity by
 * month and by centre; the consultation rate against the policy's target; pay of the programme's
 * illustrative contracts; the staff; the opening scenario of a typical centre; the projection
 * (consultations to a goal, recruitment to a goal); and the assumptions used. A section that
 * cannot be computed says why, in plain words. With no event log the sections that count events
 * say so: the report never falls back on another programme's data.
 *
 * @example
 * ```ts
 * import { Report } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * const model = Report.simulated({ policy, programme })
 * model.log.kind // "simulated"
 * JSON.stringify(model) // the model as data, for a dashboard
 * ```
 *
 * @since 0.1.0
 * @module
 */
import type { Kpi as CoreKpi, Events, Policy, Provenance, Reference } from "@gip-sante/core"
import type * as Figure from "./Figure.js"
import { eventFolder, type Fold } from "./internal/fold.js"
import { fullTimeOf, windowOf } from "./internal/input.js"
import { computeOpening, opening } from "./internal/opening.js"
import { payExamples } from "./internal/pay.js"
import { projection } from "./internal/projection.js"
import { reconciliation } from "./internal/reconciliation.js"
import {
  activity,
  assumptions,
  bibliography,
  cutOffDates,
  headline,
  staff,
  target
} from "./internal/sections.js"
import { seedOf, simulatedFold } from "./internal/simulated-fold.js"
import type * as ProgrammeData from "./ProgrammeData.js"
import type * as Reconciliation from "./Reconciliation.js"
import * as SimulatedLog from "./SimulatedLog.js"

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * A section of the report: computed, or unavailable with the reason in plain words.
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const shown = <A>(s: Report.Section<A>) => (s.status === "ok" ? s.value : s.reason)
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Section<A> =
  | { readonly status: "ok"; readonly value: A }
  | { readonly status: "unavailable"; readonly reason: string }

/**
 * Event files read for a report, with the counts of reading: records read, decoded into events,
 * and rejected (not counted).
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const read: Report.FilesRead = { kind: "files", files: ["log.jsonl"], read: 10, decoded: 9, rejected: 1 }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface FilesRead {
  readonly kind: "files"
  readonly files: ReadonlyArray<string>
  readonly read: number
  readonly decoded: number
  readonly rejected: number
}

/**
 * Where the report's events come from: the programme's own simulation (synthetic data, always
 * marked as such), event files, events given by the caller, or none.
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const simulated = (l: Report.Log) => l.kind === "simulated"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Log =
  | {
      readonly kind: "simulated"
      readonly seed: number
      /** Events within the window (those the report counts). */
      readonly events: number
    }
  | (FilesRead & {
      /** Events within the window, and decoded events dated outside it (ignored). */
      readonly events: number
      readonly outsideWindow: number
    })
  | { readonly kind: "given"; readonly events: number; readonly outsideWindow: number }
  | { readonly kind: "none" }

/**
 * Where the events come from, as told to {@link folder}: the simulation's seed, the event files
 * read (with the counts of reading), or events the caller gives.
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const origin: Report.Origin = { kind: "files", files: ["log.jsonl"], read: 10, decoded: 9, rejected: 1 }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Origin =
  | { readonly kind: "simulated"; readonly seed: number }
  | FilesRead
  | { readonly kind: "given" }

/**
 * One headline KPI: what it counts, in words, and its figure.
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const line = (k: Report.Kpi) => `${k.label}: ${k.figure.value}`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Kpi {
  readonly id:
    | "consultations"
    | "uniquePatients"
    | "regularDoctorPatients"
    | "regainedRegularDoctor"
    | "homeVisits"
    | "patientShare65Plus"
    | "consultationShare65Plus"
  readonly label: string
  readonly figure: Figure.Figure
}

/**
 * A published figure set against the computed one on its date: the published figure itself (with
 * its citation), the computed figure, and whether they agree as the figure was published (exact,
 * about, at least, …). `matches` is undefined when the figure could not be compared (the events
 * do not reach its date).
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const agrees = (c: Report.Comparison) => c.matches === true
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Comparison {
  readonly kpi: ProgrammeData.ComparableKpi
  readonly published: Reference.Figure
  readonly computed: Figure.Figure
  readonly matches: boolean
}

/**
 * A goal against what is done: the goal (from the policy's `programme.goal.*` parameters, or a
 * published goal that is not a policy parameter), the deadline, and where the event log stands
 * (undefined when the log does not count what the goal counts).
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const done = (g: Report.Goal) => g.current === undefined ? undefined : g.current.value / g.goal.value
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Goal {
  readonly id: string
  readonly label: string
  readonly source: "policy" | "published"
  readonly by: string | undefined
  readonly goal: Figure.Figure
  readonly current: Figure.Figure | undefined
  readonly share: Figure.Figure | undefined
}

/**
 * The headline: the KPIs at the end of the window, the published figures they are compared with,
 * and the goals.
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const mismatches = (h: Report.Headline) => h.comparisons.filter((c) => !c.matches)
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Headline {
  readonly asOf: string
  readonly kpis: ReadonlyArray<Kpi>
  readonly comparisons: ReadonlyArray<Comparison>
  /** Why some or all published figures were not compared, in plain words. */
  readonly comparisonNote: string | undefined
  readonly goals: ReadonlyArray<Goal>
}

/**
 * Activity month by month and centre by centre.
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const busiest = (a: Report.Activity) => [...a.byCentre].sort((x, y) => y.consultations.value - x.consultations.value)[0]
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Activity {
  readonly byMonth: ReadonlyArray<{
    readonly month: string
    readonly consultations: Figure.Figure
    readonly homeVisits: Figure.Figure
  }>
  readonly byCentre: ReadonlyArray<{
    readonly centreId: string
    readonly name: string
    readonly consultations: Figure.Figure
  }>
}

/**
 * The consultation rate against the policy's target, on the window's totals: the finding of the
 * target rule and the figures it rests on.
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const short = (t: Report.Target) => t.surplus.value < 0
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Target {
  readonly ruleId: string
  readonly outcome: "met" | "notMet" | "notApplicable"
  readonly consultations: Figure.Figure
  readonly complexConsultations: Figure.Figure
  readonly consultingHours: Figure.Figure
  readonly expected: Figure.Figure
  readonly ratio: Figure.Figure | undefined
  readonly surplus: Figure.Figure
}

/**
 * The pay of one illustrative contract on a day: net, gross and employer cost a month, and the
 * published figure it is set against, if any.
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const yearly = (p: Report.PayExample) => p.employerCost.value * 12
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface PayExample {
  readonly id: string
  readonly label: string
  readonly contract: {
    readonly profession: string
    readonly weeklyHours: number
    readonly daysPerWeek: number
    readonly start: string
    readonly seniorityAtHireYears: number
  }
  readonly on: string
  readonly net: Figure.Figure
  readonly gross: Figure.Figure
  readonly employerCost: Figure.Figure
  readonly published:
    | {
        readonly figure: Reference.Figure
        readonly basis: "net" | "gross"
        readonly matches: boolean
        /** An assumed term was fitted to the figure: a match is by construction, not a confirmation. */
        readonly byConstruction: boolean
      }
    | undefined
}

/**
 * The staff in post at the end of the window, by profession, and the departures by reason.
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const fte = (s: Report.Staff) => s.fte.value
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Staff {
  readonly headcount: Figure.Figure
  readonly fte: Figure.Figure
  readonly departures: Figure.Figure
  readonly byProfession: ReadonlyArray<{
    readonly profession: string
    readonly headcount: Figure.Figure
    readonly fte: Figure.Figure
  }>
  readonly departuresByReason: ReadonlyArray<{ readonly reason: string; readonly count: Figure.Figure }>
}

/**
 * One year of the opening scenario: its period, the activity share, the consultations, revenue
 * (subsidies included), cost, result and running total, and the ratios per consultation.
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const deficit = (y: Report.OpeningYear) => y.result.value < 0
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface OpeningYear {
  readonly year: number
  readonly start: string
  readonly end: string
  readonly activityShare: Figure.Figure
  readonly consultations: Figure.Figure
  readonly revenue: Figure.Figure
  readonly cost: Figure.Figure
  readonly result: Figure.Figure
  readonly cumulativeResult: Figure.Figure
  readonly regionContribution: Figure.Figure
  readonly costPerConsultation: Figure.Figure | undefined
  readonly subsidyPerConsultation: Figure.Figure | undefined
}

/**
 * The opening scenario of the programme's typical centre: its staff line by line with their cost
 * and activity at full speed (computed from the policy: each clinician's consulting hours at the
 * target rate, or at the rate the scenario gives), the plan, and the accounts year by year.
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const lossOfFirstYear = (o: Report.Opening) => o.years[0]?.result.value
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Opening {
  readonly label: string
  readonly opening: string
  readonly years: ReadonlyArray<OpeningYear>
  readonly staff: ReadonlyArray<{
    readonly profession: string
    readonly role: "clinician" | "support"
    readonly count: number
    readonly weeklyHours: number
    readonly seniorityAtHireYears: number
    readonly costPerYear: Figure.Figure
    readonly consultationsPerYear: Figure.Figure | undefined
  }>
  readonly consultationsAtFullActivity: Figure.Figure
  readonly homeVisitsAtFullActivity: Figure.Figure
  readonly clinicianCostPerYear: Figure.Figure
  readonly supportStaffCostPerYear: Figure.Figure
  readonly ledgerEntries: number
  readonly breakEvenYear: number | undefined
  readonly paybackYear: number | undefined
}

/**
 * The consultations projection: the goal (a policy parameter), the rate per clinician, the month
 * the goal is reached with the staffing plan and with no growth, the path month by month (with
 * its explanation), and the published totals checked against it.
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const when = (p: Report.ConsultationsProjection) => p.goalMonthWithPlan.value ?? "not within the horizon"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface ConsultationsProjection {
  readonly goal: Figure.Figure
  readonly goalLabel: string
  readonly rate: Figure.Figure
  readonly rateKind: "estimated" | "assumed"
  readonly goalMonthWithPlan: Figure.When
  readonly goalMonthNoGrowth: Figure.When
  readonly endWithPlan: Figure.Figure
  readonly endNoGrowth: Figure.Figure
  readonly path: {
    readonly points: ReadonlyArray<{
      readonly month: string
      readonly withPlan: number
      readonly noGrowth: number
      readonly basis: "published" | "projected"
    }>
    readonly explanation: Figure.Figure["explanation"]
  }
  readonly checkpoints: ReadonlyArray<{
    readonly published: Reference.Figure
    readonly projected: Figure.Figure
  }>
}

/**
 * The recruitment projection: the clinicians goal and its deadline, the latest published count,
 * the pace observed between the two latest published counts against the pace needed, and where
 * the observed pace leads by the deadline.
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const onTrack = (r: Report.RecruitmentProjection) => r.paceObserved.value >= r.paceNeeded.value
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface RecruitmentProjection {
  readonly goal: Figure.Figure
  readonly goalLabel: string
  readonly deadline: string
  readonly latest: Reference.Figure
  readonly paceObserved: Figure.Figure
  readonly paceNeeded: Figure.Figure
  readonly atDeadline: Figure.Figure
  readonly goalMonth: Figure.When
}

/**
 * The projection section: to the programme's horizon, the consultations and the recruitment
 * projections its data asks for (each may be unavailable, with the reason).
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const parts = (p: Report.Projection) => [p.consultations, p.recruitment].filter((s) => s !== undefined)
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Projection {
  readonly horizon: string
  readonly consultations: Section<ConsultationsProjection> | undefined
  readonly recruitment: Section<RecruitmentProjection> | undefined
}

/**
 * One assumption the report uses: where it is (a policy parameter's id, a path in the programme
 * data, a calibration constant), why it was chosen and what should replace it.
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const line = (a: Report.Assumption) => `${a.where}: ${a.rationale}`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Assumption {
  readonly where: string
  readonly from: string | undefined
  readonly rationale: string
  readonly replaceWith: string
}

/**
 * The assumptions used: the policy's assumed values, the programme data's (scenarios, plans),
 * and, only when the event log is simulated, the simulation's calibration constants.
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const count = (a: Report.Assumptions) => a.policy.length + a.programme.length
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Assumptions {
  readonly policy: ReadonlyArray<Assumption>
  readonly programme: ReadonlyArray<Assumption>
  readonly simulation:
    | ReadonlyArray<{ readonly name: string; readonly provenance: Provenance.Provenance }>
    | undefined
}

/**
 * A document the report cites (in a figure's explanation, a published figure, an assumption).
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const title = (d: Report.Document) => `${d.id}: ${d.title}`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Document {
  readonly id: string
  readonly title: string
  readonly publisher: string
  readonly date: string
  readonly url: string | undefined
}

/**
 * The report model: what it is about (the policy, with its lineage; the programme; the window;
 * the event log), its sections, the assumptions used and the documents cited.
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const title = (m: Report.ReportModel) => `${m.programme.name} (${m.programme.region})`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface ReportModel {
  readonly version: 1
  readonly policy: {
    readonly name: string
    readonly region: string
    readonly version: string
    readonly base: { readonly name: string; readonly region: string; readonly version: string } | undefined
  }
  readonly programme: {
    readonly name: string
    readonly region: string
    readonly version: string
    readonly start: string
  }
  readonly window: { readonly from: string; readonly to: string }
  readonly log: Log
  readonly headline: Section<Headline>
  readonly activity: Section<Activity>
  readonly target: Section<Target>
  readonly pay: Section<ReadonlyArray<PayExample>>
  readonly staff: Section<Staff>
  readonly opening: Section<Opening>
  readonly projection: Section<Projection>
  /** The model's money beside the money the programme published (see `Reconciliation`). */
  readonly reconciliation: Section<Reconciliation.Reconciliation>
  readonly assumptions: Assumptions
  readonly documents: ReadonlyArray<Document>
}

// -----------------------------------------------------------------------------
// computing
// -----------------------------------------------------------------------------

/**
 * What a report is computed from, apart from the events: the policy, the programme's data and
 * the window (the programme data's default window when absent).
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * const input: Report.Input = { policy, programme, window: { from: "2022-07-01", to: "2024-12-31" } }
 * ```
 *
 * @since 0.1.0
 * @category computing
 */
export interface Input {
  readonly policy: Policy.Policy
  readonly programme: ProgrammeData.Programme
  readonly window?: { readonly from: string; readonly to: string }
}

/**
 * A report computed from events given one at a time, in any order (or in date order with
 * `ordered`, faster), without keeping them: `add` each event, then `model`.
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * declare const folder: Report.Folder
 * const model = folder.model({ kind: "given" })
 * ```
 *
 * @since 0.1.0
 * @category computing
 */
export interface Folder {
  /** Adds an event; with `ordered`, events must come in date order. */
  readonly add: (event: Events.Event) => void
  /** The model of the events added so far, told where they come from. */
  readonly model: (origin: Origin) => ReportModel
}

/**
 * The full-time week the report's FTEs are counted in: the policy's
 * `contract.fullTimeWeeklyHours` on the window's last day (what {@link Totals}' staff KPIs must
 * be computed with).
 *
 * @example
 * ```ts
 * import { Report } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * Report.fullTimeWeeklyHours({ policy, programme }) // 35
 * ```
 *
 * @since 0.1.0
 * @category computing
 */
export const fullTimeWeeklyHours = (input: Input): number => fullTimeOf(input)

/**
 * A report folder (see {@link Folder}): the events it is given are counted within the window;
 * those dated outside it are counted as ignored.
 *
 * @example
 * ```ts
 * import { Report } from "@gip-sante/report"
 * import { policy, programme, simulate } from "@gip-sante/occitanie"
 *
 * const folder = Report.folder({ policy, programme }, { ordered: true })
 * for (const event of simulate({ to: "2023-06-30" })) folder.add(event)
 * const model = folder.model({ kind: "given" })
 * ```
 *
 * @since 0.1.0
 * @category computing
 */
export const folder = (input: Input, options: { readonly ordered: boolean } = { ordered: false }): Folder => {
  const window = windowOf(input)
  const fullTime = fullTimeWeeklyHours(input)
  const events = eventFolder(fullTime, window, cutOffDates(input.programme, window), options.ordered)
  return {
    add: events.add,
    model: (origin) => {
      const totals = events.result()
      return modelOf(input, totals, logOf(origin, totals), fullTime)
    }
  }
}

const logOf = (origin: Origin, totals: Totals): Log =>
  origin.kind === "simulated"
    ? { kind: "simulated", seed: origin.seed, events: totals.events }
    : origin.kind === "files"
      ? { ...origin, events: totals.events, outsideWindow: totals.outsideWindow }
      : { kind: "given", events: totals.events, outsideWindow: totals.outsideWindow }

/**
 * What a report needs from its event log, in one pass: the programme KPIs over the window, the
 * KPIs of the window's events up to each of {@link snapshotDates} (inclusive), and the few counts
 * the report adds (events within and outside the window, by type, complex consultations, home
 * visits by month, centres opened with their names and dates, hires). {@link folder} computes
 * them in process; an engine (`@gip-sante/duckdb`) may compute the same in SQL and give them to
 * {@link fromTotals}.
 *
 * @example
 * ```ts
 * import type { Report } from "@gip-sante/report"
 *
 * const consultations = (t: Report.Totals) => t.kpis.consultations.total
 * ```
 *
 * @since 0.1.0
 * @category computing
 */
export interface Totals {
  readonly kpis: CoreKpi.ProgrammeKpis
  /** The KPIs of the events of the window up to each snapshot date (inclusive). */
  readonly snapshots: ReadonlyMap<string, CoreKpi.ProgrammeKpis>
  readonly events: number
  readonly outsideWindow: number
  readonly complexConsultations: number
  readonly homeVisitsByMonth: ReadonlyMap<string, number>
  readonly centreNames: ReadonlyMap<string, string>
  /** Centre openings and hires of the window, by date: a few hundred at most. */
  readonly openings: ReadonlyArray<string>
  readonly hires: ReadonlyArray<readonly [date: string, profession: string]>
  /** Events by type in the window, for the explanations of what was counted. */
  readonly byType: Readonly<Record<string, number>>
}

/**
 * The dates on which {@link Totals} holds a snapshot of the KPIs: those of the published figures
 * the report compares, within its window (the input's, or the programme data's), in order.
 *
 * @example
 * ```ts
 * import { Report } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * Report.snapshotDates({ policy, programme }).length > 0 // true
 * ```
 *
 * @since 0.1.0
 * @category computing
 */
export const snapshotDates = (input: Input): ReadonlyArray<string> =>
  [...new Set(cutOffDates(input.programme, windowOf(input)))].sort()

/**
 * The report of totals computed elsewhere (see {@link Totals}), told where the events come from:
 * the same model as {@link folder} gives for the same events.
 *
 * @example
 * ```ts
 * import { Report } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * declare const totals: Report.Totals
 * Report.fromTotals({ policy, programme }, totals, { kind: "given" })
 * ```
 *
 * @since 0.1.0
 * @category computing
 */
export const fromTotals = (input: Input, totals: Totals, origin: Origin): ReportModel =>
  modelOf(input, totals, logOf(origin, totals), fullTimeWeeklyHours(input))

/**
 * The report of events given all at once (in date order when `ordered`).
 *
 * @example
 * ```ts
 * import type { Events } from "@gip-sante/core"
 * import { Report } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * declare const events: ReadonlyArray<Events.Event>
 * Report.compute({ policy, programme }, events)
 * ```
 *
 * @since 0.1.0
 * @category computing
 */
export const compute = (
  input: Input,
  events: Iterable<Events.Event>,
  options: { readonly ordered: boolean; readonly origin?: Origin } = { ordered: false }
): ReportModel => {
  const f = folder(input, { ordered: options.ordered })
  for (const event of events) f.add(event)
  return f.model(options.origin ?? { kind: "given" })
}

/**
 * The report on the programme's own simulated event log (its data's calibration, the given seed
 * or the calibration's default), marked as simulated throughout; with no calibration in the
 * programme data, the report without events ({@link withoutEvents}), never another programme's.
 * Given the `digest` of that very log (see `SimulatedLog`: same key), it reads the log from the
 * digest instead of simulating it again; any other digest is ignored.
 *
 * @example
 * ```ts
 * import { Report } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * Report.simulated({ policy, programme, window: { from: "2022-07-01", to: "2022-12-31" } }).log.kind // "simulated"
 * ```
 *
 * @since 0.1.0
 * @category computing
 */
export const simulated = (
  input: Input,
  seed?: number,
  options: { readonly digest?: SimulatedLog.Digest | undefined } = {}
): ReportModel => {
  const calibration = input.programme.simulation
  if (calibration === undefined) return withoutEvents(input)
  const chosen = seedOf(calibration, seed)
  const digest = options.digest
  const fold =
    digest !== undefined && SimulatedLog.isFor(digest, input, chosen)
      ? (digest.fold as Fold)
      : simulatedFold(input, calibration, chosen)
  return modelOf(input, fold, { kind: "simulated", seed: chosen, events: fold.events }, fullTimeOf(input))
}

/**
 * The report with no event log: the sections that count events say that there is none; pay,
 * the opening scenario and the projection (which need no events) are computed.
 *
 * @example
 * ```ts
 * import { Report } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * Report.withoutEvents({ policy, programme }).headline.status // "unavailable"
 * ```
 *
 * @since 0.1.0
 * @category computing
 */
export const withoutEvents = (input: Input): ReportModel => {
  const window = windowOf(input)
  const fullTime = fullTimeWeeklyHours(input)
  return modelOf(input, eventFolder(fullTime, window, [], true).result(), { kind: "none" }, fullTime)
}

const modelOf = (input: Input, fold: Fold, log: Log, fullTime: number): ReportModel => {
  const { policy, programme } = input
  const window = windowOf(input)
  const context = { policy, programme, window, fold, log, fullTime }
  const lineage = policy.lineage
  const pay = payExamples(context)
  // The typical centre is computed once: its section and the reconciliation both read it.
  const typical = computeOpening(context)
  const model: Omit<ReportModel, "documents"> = {
    version: 1,
    policy: {
      name: policy.name,
      region: policy.region,
      version: policy.version,
      base: lineage === undefined ? undefined : { ...lineage.base }
    },
    programme: {
      name: programme.name,
      region: programme.region,
      version: programme.version,
      start: programme.start.value
    },
    window: { ...window },
    log,
    headline: headline(context),
    activity: activity(context),
    target: target(context),
    pay,
    staff: staff(context),
    opening: opening(context, typical),
    projection: projection(context),
    reconciliation: reconciliation(context, pay, typical),
    assumptions: assumptions(context)
  }
  return { ...model, documents: bibliography(model, policy) }
}

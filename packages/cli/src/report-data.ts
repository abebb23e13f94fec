/**
 * The data of `gip-sante report`: every figure computed from the library (KPIs of the event log,
 * pay, the consultation target, an opening scenario, the projection to 2028) with what explains
 * it. The renderers (report-render.ts) only format what is here.
 *
 * @since 0.1.0
 * @module
 */
import {
  Accounting,
  Calendar,
  Consultation,
  Contract,
  type Events,
  Explanation,
  Kpi,
  Money,
  Pay,
  Policy,
  Programme,
  Projection,
  Reference
} from "@gip-sante/core"
import { programme } from "@gip-sante/occitanie"
import { Simulation } from "@gip-sante/report"
import * as Result from "effect/Result"

/** A section computed, or why it could not be. */
export type Section<A> =
  | { readonly ok: true; readonly value: A }
  | { readonly ok: false; readonly error: string }

/** What a figure comes from: a sentence, and the library's explanation when there is one. */
export interface Basis {
  readonly text: string
  readonly explanation?: Explanation.Explanation
  /** True when assumptions (policy placeholders or simulated data) are involved. */
  readonly assumptions: boolean
}

export interface Comparison extends Kpi.Comparison {
  readonly asOf: string
  readonly citation: string
}

export interface Headline {
  readonly asOf: string
  readonly consultations: number
  readonly uniquePatients: number
  readonly regularDoctorPatients: number
  readonly regainedRegularDoctor: number
  readonly homeVisits: number
  readonly consultationShare65Plus: number
  readonly patientShare65Plus: number
  readonly comparisons: ReadonlyArray<Comparison>
  readonly comparisonNote: string | undefined
  readonly goals: ReadonlyArray<{
    readonly id: string
    readonly label: string
    readonly value: number
    readonly asOf: string
    readonly citation: string
    readonly current: number | undefined
  }>
  readonly basis: Basis
}

export interface Activity {
  readonly byMonth: ReadonlyArray<{
    readonly month: string
    readonly consultations: number
    readonly homeVisits: number
  }>
  readonly byCentre: ReadonlyArray<{
    readonly centreId: string
    readonly name: string
    readonly consultations: number
  }>
  readonly basis: Basis
}

export interface Target {
  readonly consultations: number
  readonly consultingHours: number
  readonly complexConsultations: number
  readonly expected: number
  readonly ratio: number | undefined
  readonly surplus: number
  readonly status: string
  readonly basis: Basis
}

export interface PayExample {
  readonly label: string
  readonly contract: Contract.Contract
  readonly date: string
  readonly net: number
  readonly gross: number
  readonly employerCost: number
  readonly published: string | undefined
  readonly basis: Basis
}

export interface Staff {
  readonly staff: Kpi.Staff
  readonly basis: Basis
}

export interface Opening {
  readonly plan: Accounting.OpeningPlan
  readonly years: ReadonlyArray<{
    readonly year: number
    readonly start: string
    readonly end: string
    readonly consultations: number
    readonly revenue: number
    readonly cost: number
    readonly result: number
    readonly cumulativeResult: number
    readonly regionContribution: number | undefined
    readonly costPerConsultation: number | undefined
    readonly subsidyPerConsultation: number | undefined
  }>
  readonly breakEvenYear: number | undefined
  readonly paybackYear: number | undefined
  readonly basis: Basis
}

export interface ProjectionSection {
  readonly rate: number
  readonly rateKind: "estimated" | "assumed"
  readonly goal: { readonly id: string; readonly label: string; readonly value: number }
  readonly goalMonthWithPlan: string | undefined
  readonly goalMonthNoGrowth: string | undefined
  readonly points: ReadonlyArray<{
    readonly month: string
    readonly withPlan: number
    readonly noGrowth: number
    readonly basis: "published" | "projected"
  }>
  readonly checkpoints: ReadonlyArray<{
    readonly figureId: string
    readonly published: number
    readonly projected: number
  }>
  readonly basis: Basis
}

export interface Assumptions {
  readonly policyCount: number
  readonly policy: ReadonlyArray<{
    readonly parameterId: string
    readonly from: string
    readonly rationale: string
  }>
  /** The simulation's calibration constants: only when the event log is simulated. */
  readonly simulation?: ReadonlyArray<{
    readonly name: string
    readonly value: unknown
    readonly rationale: string
  }>
}

/** The event files a report is read from (`gip-sante report --events`), with what reading gave. */
export interface EventFiles {
  readonly files: ReadonlyArray<string>
  /** Records read, decoded into events, and rejected (listed on standard error, not counted). */
  readonly read: number
  readonly decoded: number
  readonly rejected: number
}

/** Where the event log comes from: the seeded simulation, or event files. */
export type Source =
  | {
      readonly kind: "simulation"
      readonly from: string
      readonly to: string
      readonly events: number
      readonly note: string
    }
  | {
      readonly kind: "files"
      readonly from: string
      readonly to: string
      /** Events within the window (those the report counts). */
      readonly events: number
      /** Events decoded but dated outside the window (ignored). */
      readonly outsideWindow: number
      readonly files: ReadonlyArray<string>
      readonly read: number
      readonly rejected: number
      readonly note: string
    }

export interface ReportData {
  readonly policy: { readonly name: string; readonly region: string; readonly version: string }
  readonly source: Source
  readonly headline: Section<Headline>
  readonly activity: Section<Activity>
  readonly target: Section<Target>
  readonly pay: Section<ReadonlyArray<PayExample>>
  readonly staff: Section<Staff>
  readonly opening: Section<Opening>
  readonly projection: Section<ProjectionSection>
  readonly assumptions: Assumptions
}

/** The published figures each KPI is compared with (ids of `@gip-sante/occitanie`'s figures). */
export const figureMapping: Kpi.FigureMapping = {
  consultations: ["consultations.total.apr2025", "consultations.total.summer2025"],
  regainedRegularDoctor: ["patients.regularDoctorRegained.apr2025", "patients.regularDoctorRegained.dec2025"],
  homeVisits: ["homeVisits.total.apr2025"],
  patientShare65Plus: ["patients.share65Plus.dec2025"]
}

/** The goals the headline sets the KPIs against: policy parameters. */
export const goalIds = [
  Programme.parameters.consultationsGoal.id,
  Programme.parameters.cliniciansGoal.id
] as const

const programmeStart = "2022-07-01"

const errorText = (e: unknown): string =>
  typeof e === "object" && e !== null && "issues" in e && Array.isArray((e as { issues: unknown }).issues)
    ? (e as { issues: ReadonlyArray<{ path: string; message: string }> }).issues
        .map((i) => `${i.path}: ${i.message}`)
        .join("; ")
    : e instanceof Error
      ? e.message
      : String(e)

const section = <A>(compute: () => Result.Result<A, unknown> | A): Section<A> => {
  try {
    const r = compute()
    if (Result.isResult(r)) {
      return Result.isSuccess(r)
        ? { ok: true, value: r.success as A }
        : { ok: false, error: errorText(r.failure) }
    }
    return { ok: true, value: r }
  } catch (e) {
    return { ok: false, error: errorText(e) }
  }
}

const citation = (f: Reference.Figure): string => `${f.provenance.document}, “${f.provenance.locator}”`

const basisOf = (text: string, explanation?: Explanation.Explanation, simulated = false): Basis =>
  explanation === undefined
    ? { text, assumptions: simulated }
    : { text, explanation, assumptions: simulated || Explanation.usesAssumptions(explanation) }

/** What one pass over the event log gives: the KPIs at the end and at each figure date. */
interface Fold {
  readonly kpis: Kpi.ProgrammeKpis
  readonly snapshots: ReadonlyMap<string, Kpi.ProgrammeKpis>
  readonly events: number
  readonly outsideWindow: number
  readonly complexConsultations: number
  readonly homeVisitsByMonth: ReadonlyMap<string, number>
  readonly centreNames: ReadonlyMap<string, string>
  readonly clinicianHires: number
}

// One pass over the events, in memory bounded by the accumulators' states (never the events).
// Events in date order (the simulation): one `Kpi.programmeKpis` state, its result taken on each
// cut-off date as the events cross it. Events in any order (files): one state for the window and
// one per cut-off date (the events of the window up to that date). Events dated outside the
// window are only counted.
const eventFolder = (
  fullTimeWeeklyHours: number,
  window: { readonly from: string; readonly to: string },
  snapshotDates: ReadonlyArray<string>,
  ordered: boolean
) => {
  const accumulator = Kpi.programmeKpis({ fullTimeWeeklyHours })
  let state = accumulator.empty()
  const dates = [...new Set(snapshotDates)].sort()
  const cutOffs = ordered ? [] : dates.map((date) => ({ date, state: accumulator.empty() }))
  const pending = ordered ? dates : []
  const snapshots = new Map<string, Kpi.ProgrammeKpis>()
  const homeVisitsByMonth = new Map<string, number>()
  const centreNames = new Map<string, string>()
  let count = 0
  let outsideWindow = 0
  let complex = 0
  let clinicianHires = 0
  const add = (event: Events.Event): void => {
    if (event.date < window.from || event.date > window.to) {
      outsideWindow++
      return
    }
    // In date order, the state before the first event after a date is the state on it.
    while (pending.length > 0 && event.date > pending[0]!)
      snapshots.set(pending.shift()!, accumulator.result(state))
    state = accumulator.add(state, event)
    for (const c of cutOffs) if (event.date <= c.date) c.state = accumulator.add(c.state, event)
    count++
    if (event.type === "consultation" && event.complex) complex++
    else if (event.type === "homeVisit") {
      const month = event.date.slice(0, 7)
      homeVisitsByMonth.set(month, (homeVisitsByMonth.get(month) ?? 0) + 1)
    } else if (event.type === "centreOpened") centreNames.set(event.centreId, event.name)
    else if (event.type === "staffHired" && event.profession !== "secretary") clinicianHires++
  }
  const result = (): Fold => {
    const kpis = accumulator.result(state)
    for (const date of pending) snapshots.set(date, kpis)
    for (const c of cutOffs) snapshots.set(c.date, accumulator.result(c.state))
    return {
      kpis,
      snapshots,
      events: count,
      outsideWindow,
      complexConsultations: complex,
      homeVisitsByMonth,
      centreNames,
      clinicianHires
    }
  }
  return { add, result }
}

// How the report names the event log and what it adds to each basis.
interface LogText {
  readonly simulated: boolean
  /** "the simulated log" or "the event files". */
  readonly log: string
  /** Appended to the bases that use the log: the simulated-data warning, or nothing. */
  readonly note: string
}

const withNote = (text: string, log: LogText): string => (log.note === "" ? text : `${text} ${log.note}`)

const headline = (
  policy: Policy.Policy,
  fold: Fold,
  figures: ReadonlyArray<Reference.Figure>,
  window: { readonly from: string; readonly to: string },
  log: LogText
): Headline => {
  const k = fold.kpis
  const comparisons: Array<Comparison> = []
  const fromStart = window.from <= programmeStart
  if (fromStart) {
    for (const kpi of Object.keys(figureMapping) as Array<keyof Kpi.FigureMapping>) {
      for (const id of figureMapping[kpi] ?? []) {
        const figure = Reference.find(figures, id)
        const asOf = figure?.asOf ?? window.to
        const snapshot = fold.snapshots.get(asOf) ?? (asOf === window.to ? k : undefined)
        if (snapshot === undefined) continue
        for (const row of Kpi.compareWithFigures(snapshot, figures, Calendar.date(asOf), { [kpi]: [id] })) {
          comparisons.push({
            ...row,
            asOf,
            citation: figure === undefined ? "(figure not found)" : citation(figure)
          })
        }
      }
    }
  }
  const comparisonNote = !fromStart
    ? `The window starts on ${window.from}, after the programme's start (${programmeStart}): published totals since ${programmeStart} cannot be compared.`
    : comparisons.length === 0
      ? `No published figure is dated within the window (up to ${window.to}).`
      : undefined
  const deadline = Policy.read(policy, Programme.parameters.goalDeadline, Calendar.date(window.to))
  const goals = [Programme.parameters.consultationsGoal, Programme.parameters.cliniciansGoal].flatMap((d) => {
    const read = Policy.read(policy, d, Calendar.date(window.to))
    if (Result.isFailure(read)) return []
    const current = d.unit === "consultations" ? k.consultations.total : fold.clinicianHires
    const p = read.success.provenance
    return [
      {
        id: d.id,
        label: Policy.parameter(policy, d.id)?.label ?? d.label,
        value: read.success.value,
        asOf: Result.isSuccess(deadline) ? deadline.success.value : "",
        citation: p.kind === "citation" ? `${p.document}, “${p.locator}”` : `assumption: ${p.rationale}`,
        current
      }
    ]
  })
  return {
    asOf: window.to,
    consultations: k.consultations.total,
    uniquePatients: k.patients.uniquePatients,
    regularDoctorPatients: k.regularDoctor.regularDoctorPatients,
    regainedRegularDoctor: k.regularDoctor.regainedRegularDoctor,
    homeVisits: k.homeVisits,
    consultationShare65Plus: k.consultations.aged65Plus.consultationShare65Plus,
    patientShare65Plus: k.patients.patientShare65Plus,
    comparisons,
    comparisonNote,
    goals,
    basis: basisOf(
      withNote(
        `Kpi.programmeKpis folded over ${fold.events.toLocaleString("en-GB")} events of ${log.log} (${window.from} to ${window.to}); each comparison folds the events up to the figure's date and applies Kpi.compareWithFigures (Reference.matches: exact, about, at least).`,
        log
      ),
      undefined,
      log.simulated
    )
  }
}

const payExamples = (policy: Policy.Policy, figures: ReadonlyArray<Reference.Figure>, date: string) => {
  const fig = (id: string) => Reference.find(figures, id)
  const published = (id: string, basis: string) => {
    const f = fig(id)
    return f === undefined
      ? undefined
      : `${Money.format(Money.cents(f.value))} ${basis} (${id}: ${citation(f)})`
  }
  const contracts: ReadonlyArray<{
    label: string
    contract: Contract.Contract
    published: string | undefined
  }> = [
    {
      label: "New GP, 35 h a week (no seniority)",
      contract: {
        id: "new-gp-35h",
        profession: "gp",
        weeklyHours: 35,
        daysPerWeek: 5,
        start: Calendar.date(`${date.slice(0, 7)}-01`),
        seniorityAtHireYears: 0,
        retiree: false,
        kind: "permanent"
      },
      published: undefined
    },
    {
      label:
        "S2's GP, 27 h over 3 days, among the first hired (seniority counted at hire: 12 years, assumed)",
      contract: {
        id: "s2-gp-27h",
        profession: "gp",
        weeklyHours: fig("examples.gp27h.weeklyHours")?.value ?? 27,
        daysPerWeek: fig("examples.gp27h.daysPerWeek")?.value ?? 3,
        start: Calendar.date(programmeStart),
        seniorityAtHireYears: 12,
        retiree: false,
        kind: "permanent"
      },
      published: published("examples.gp27h.monthlyNet", "net")
    },
    {
      label: "S2's midwife, 39 h over 4 days (seniority counted at hire: 20 years, assumed)",
      contract: {
        id: "s2-midwife-39h",
        profession: "midwife",
        weeklyHours: fig("examples.midwife39h.weeklyHours")?.value ?? 39,
        daysPerWeek: fig("examples.midwife39h.daysPerWeek")?.value ?? 4,
        start: Calendar.date("2023-01-01"),
        seniorityAtHireYears: 20,
        retiree: false,
        kind: "permanent"
      },
      published: published("examples.midwife39h.monthlyGross", "gross")
    }
  ]
  const out: Array<PayExample> = []
  for (const c of contracts) {
    const r = Pay.explain(policy, c.contract, Calendar.date(date))
    if (Result.isFailure(r)) return Result.fail(r.failure)
    const { pay, explanation } = r.success
    out.push({
      label: c.label,
      contract: c.contract,
      date,
      net: pay.net,
      gross: pay.gross,
      employerCost: pay.employerCost,
      published: c.published,
      basis: basisOf(
        `Pay.explain on ${date}: grid echelon ${pay.echelon + 1}, pay share ${pay.payShare.numerator}/${pay.payShare.denominator}; the contract's seniority at hire is an assumption of this report.`,
        explanation,
        true
      )
    })
  }
  return Result.succeed(out)
}

const lastTwelveMonths = (byMonth: Kpi.Counts, to: string): { consultations: number; months: number } => {
  const last = Calendar.monthOf(Calendar.date(to))
  const first = Calendar.addMonths(last, -11)
  let consultations = 0
  let months = 0
  for (const [month, n] of Object.entries(byMonth)) {
    if (month >= first && month <= last) {
      consultations += n
      months++
    }
  }
  return { consultations, months }
}

const opening = (
  policy: Policy.Policy,
  fold: Fold,
  to: string,
  fullTime: number,
  log: LogText
): Result.Result<Opening, unknown> => {
  const k = fold.kpis
  const centres = Math.max(1, Object.keys(k.consultations.byCentre).length)
  const recent = lastTwelveMonths(k.consultations.byMonth, to)
  const perYear = recent.months === 0 ? 0 : Math.round((recent.consultations * 12) / recent.months / centres)
  const visitsRecent = [...fold.homeVisitsByMonth.entries()]
    .filter(([m]) => m >= Calendar.addMonths(Calendar.monthOf(Calendar.date(to)), -11))
    .reduce((n, [, c]) => n + c, 0)
  const visitsPerYear = recent.months === 0 ? 0 : Math.round((visitsRecent * 12) / recent.months / centres)
  const fte = k.staff.fteByProfession
  const clinicianFte = Object.entries(fte)
    .filter(([p]) => p !== "secretary")
    .reduce((n, [, v]) => n + v, 0)
  const gpsPerCentre = Math.max(1, Math.round(clinicianFte / centres))
  const secretariesPerCentre = Math.max(1, Math.round((fte.secretary ?? 0) / centres))
  const openingYear = Calendar.yearOf(Calendar.date(to))
  const start = Calendar.date(`${openingYear}-01-01`)
  const contract = (profession: string, i: number): Contract.Contract => ({
    id: `typical-${profession}-${i}`,
    profession,
    weeklyHours: fullTime,
    daysPerWeek: 5,
    start,
    seniorityAtHireYears: 0,
    retiree: false,
    kind: "permanent"
  })
  const cost = (profession: string, n: number) => {
    let total = Money.zero
    for (let i = 0; i < n; i++) {
      const r = Pay.annualCost(policy, contract(profession, i), openingYear)
      if (Result.isFailure(r)) return r
      total = Money.add(total, r.success)
    }
    return Result.succeed(total)
  }
  return Result.flatMap(cost("gp", gpsPerCentre), (clinicianCostPerYear) =>
    Result.flatMap(cost("secretary", secretariesPerCentre), (supportStaffCostPerYear) => {
      const plan: Accounting.OpeningPlan = {
        centreId: "typical-centre",
        opening: start,
        years: 4,
        consultationsPerYearAtFullActivity: perYear,
        homeVisitsPerYearAtFullActivity: visitsPerYear,
        ramp: [0.5, 0.8, 1],
        clinicianCostPerYear,
        supportStaffCostPerYear
      }
      return Result.map(Accounting.openingScenario(policy, plan), (s) => ({
        plan,
        years: s.years.map((y) => {
          const r = Accounting.ratios(y.pnl, y.consultations)
          const ok = Result.isSuccess(r) ? r.success : undefined
          return {
            year: y.year,
            start: y.period.start,
            end: y.period.end,
            consultations: y.consultations,
            revenue: y.pnl.totalRevenue,
            cost: y.pnl.totalCost,
            result: y.pnl.result,
            cumulativeResult: y.cumulativeResult,
            regionContribution: ok?.regionContribution,
            costPerConsultation: ok?.costPerConsultation,
            subsidyPerConsultation: ok?.subsidyPerConsultation
          }
        }),
        breakEvenYear: s.breakEvenYear,
        paybackYear: s.paybackYear,
        basis: basisOf(
          `Accounting.openingScenario with the policy's tariffs, rent, running costs, installation and operating subsidies and flat payments (parameters ${Object.values(
            Accounting.parameters
          )
            .map((p) => p.id)
            .join(
              ", "
            )}); ratios by Accounting.ratios. The plan is this report's scenario (assumption): activity at full speed = the consultations of ${log.log} in the last 12 months per centre (${perYear.toLocaleString("en-GB")} a year, ${visitsPerYear.toLocaleString("en-GB")} home visits), ramp-up 50 % / 80 % / 100 %, ${gpsPerCentre} GP(s) and ${secretariesPerCentre} secretary(ies) at ${fullTime} h with no seniority, costed by Pay.annualCost for ${openingYear}. The ledger (${s.ledger.length} entries) traces every amount.`,
          undefined,
          true
        )
      }))
    })
  )
}

const projection = (
  policy: Policy.Policy,
  figures: ReadonlyArray<Reference.Figure>,
  on: string
): Result.Result<ProjectionSection, unknown> => {
  const recruited = Reference.find(figures, "staff.cliniciansRecruited.dec2025")
  const targetRead = Policy.read(policy, Programme.parameters.cliniciansGoal, Calendar.date(on))
  const goalRead = Policy.read(policy, Programme.parameters.consultationsGoal, Calendar.date(on))
  const deadlineRead = Policy.read(policy, Programme.parameters.goalDeadline, Calendar.date(on))
  if (
    recruited === undefined ||
    Result.isFailure(targetRead) ||
    Result.isFailure(goalRead) ||
    Result.isFailure(deadlineRead)
  )
    return Result.fail(new Error("staffing figures or goals not found"))
  const target = {
    id: targetRead.success.parameterId,
    value: targetRead.success.value,
    asOf: deadlineRead.success.value
  }
  return Result.flatMap(
    Projection.seriesFrom(figures, ["consultations.total.apr2025", "consultations.total.summer2025"]),
    (consultations) =>
      Result.flatMap(Projection.seriesFrom(figures, ["staff.gps.apr2025", recruited.id]), (clinicians) =>
        Result.map(
          Projection.project({
            consultations,
            clinicians,
            plan: Projection.linearPlan({
              from: recruited.asOf,
              clinicians: recruited.value,
              to: target.asOf,
              target: target.value,
              rationale: `from the ${recruited.value} clinicians recruited (${recruited.id}) to the goal of ${target.value} (${target.id}), on a straight line`
            }),
            goal: Projection.goalFromParameter(
              Programme.parameters.consultationsGoal.label,
              goalRead.success,
              "consultations",
              Calendar.date(deadlineRead.success.value)
            ),
            horizon: Calendar.yearMonth("2028-12")
          }),
          (p): ProjectionSection => ({
            rate: p.consultationsPerClinicianPerMonth,
            rateKind: p.rate.kind,
            goal: { id: p.goal.id, label: p.goal.label, value: p.goal.value },
            goalMonthWithPlan: p.withPlan.goalMonth,
            goalMonthNoGrowth: p.noGrowth.goalMonth,
            points: p.withPlan.points.map((point, i) => ({
              month: point.month,
              withPlan: point.cumulativeConsultations,
              noGrowth: p.noGrowth.points[i]?.cumulativeConsultations ?? point.cumulativeConsultations,
              basis: point.basis
            })),
            checkpoints: p.checkpoints.map((c) => ({
              figureId: c.figure.id,
              published: c.published,
              projected: c.projected
            })),
            basis: basisOf(
              "Projection.project from the published consultation totals and clinician counts (not the simulation): the rate per clinician is estimated between the two latest published totals, and the staffing plan grows linearly to the 2028 recruitment goal (assumptions, listed in the explanation).",
              p.withPlan.explanation
            )
          })
        )
      )
  )
}

/** What the report is computed from, apart from the events. */
export interface ReportSettings {
  readonly policy: Policy.Policy
  readonly figures: ReadonlyArray<Reference.Figure>
  readonly from: string
  readonly to: string
}

/** What the report is computed from: the settings and the (simulated) event log. */
export interface ReportInput extends ReportSettings {
  readonly events: Iterable<Events.Event>
}

/**
 * Computes the report in one pass over events given one at a time, in any order (unless
 * `ordered`: then in date order, and faster) and without keeping them: `add` each event, then `report` (with the event files read, when the events do
 * not come from the simulation). Events dated outside the window are counted, not reported on.
 */
export interface ReportFolder {
  /** Adds an event; with `ordered`, events must come in date order. */
  readonly add: (event: Events.Event) => void
  readonly report: (files?: EventFiles) => ReportData
}

/** Computes every section of the report from the policy, the figures and the simulated event log. */
export const reportData = (input: ReportInput): ReportData => {
  const folder = reportFolder(input, { ordered: true })
  for (const event of input.events) folder.add(event)
  return folder.report()
}

/** A report computed from events added one at a time (see `ReportFolder`). */
export const reportFolder = (
  input: ReportSettings,
  options: { readonly ordered: boolean } = { ordered: false }
): ReportFolder => {
  const { policy, figures } = input
  const fullTimeRead = Policy.read(policy, Contract.parameters.fullTimeWeeklyHours, Calendar.date(input.to))
  const fullTime = Result.isSuccess(fullTimeRead) ? fullTimeRead.success.value : 35
  const snapshotDates =
    input.from <= programmeStart
      ? Object.values(figureMapping)
          .flat()
          .flatMap((id) => {
            const f = Reference.find(figures, id as string)
            return f !== undefined && f.asOf <= input.to ? [f.asOf] : []
          })
      : []
  const window = { from: input.from, to: input.to }
  const folder = eventFolder(fullTime, window, snapshotDates, options.ordered)
  return { add: folder.add, report: (files) => reportOf(input, folder.result(), fullTime, files) }
}

const simulatedNote =
  "The event log is SIMULATED data (seeded, calibrated on the published figures), not a record of what happened."

const sourceOf = (input: ReportSettings, fold: Fold, files: EventFiles | undefined): Source =>
  files === undefined
    ? { kind: "simulation", from: input.from, to: input.to, events: fold.events, note: simulatedNote }
    : {
        kind: "files",
        from: input.from,
        to: input.to,
        events: fold.events,
        outsideWindow: fold.outsideWindow,
        files: files.files,
        read: files.read,
        rejected: files.rejected,
        note: `The event log is read from ${files.files.length} file(s): ${files.read.toLocaleString("en-GB")} record(s) read, ${files.decoded.toLocaleString("en-GB")} decoded into events, ${files.rejected.toLocaleString("en-GB")} rejected (not counted)${fold.outsideWindow === 0 ? "" : `, ${fold.outsideWindow.toLocaleString("en-GB")} event(s) dated outside ${input.from} to ${input.to} (ignored)`}.`
      }

const reportOf = (
  input: ReportSettings,
  fold: Fold,
  fullTime: number,
  files: EventFiles | undefined
): ReportData => {
  const { policy, figures } = input
  const window = { from: input.from, to: input.to }
  const log: LogText =
    files === undefined
      ? { simulated: true, log: "the simulated log", note: simulatedNote }
      : { simulated: false, log: "the event files", note: "" }
  const k = fold.kpis
  return {
    policy: { name: policy.name, region: policy.region, version: policy.version },
    source: sourceOf(input, fold, files),
    headline: section(() => headline(policy, fold, figures, window, log)),
    activity: section(() => ({
      byMonth: Object.keys(k.consultations.byMonth)
        .sort()
        .map((month) => ({
          month,
          consultations: k.consultations.byMonth[month] ?? 0,
          homeVisits: fold.homeVisitsByMonth.get(month) ?? 0
        })),
      byCentre: Object.entries(k.consultations.byCentre)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([centreId, consultations]) => ({
          centreId,
          name: fold.centreNames.get(centreId) ?? centreId,
          consultations
        })),
      basis: basisOf(
        withNote(
          `Kpi.consultationsByMonth and Kpi.consultationsByCentre (within Kpi.programmeKpis) over ${log.log}; home visits counted by month of their date.`,
          log
        ),
        undefined,
        log.simulated
      )
    })),
    target: section(() => {
      const minutes = Object.values(k.consultations.consultingTimeByClinician).reduce(
        (n, t) => n + t.consultingMinutes,
        0
      )
      const consultingHours = Math.round((minutes / 60) * 100) / 100
      const activity: Consultation.Activity = {
        consultations: k.consultations.total,
        consultingHours,
        complexConsultations: fold.complexConsultations
      }
      return Result.map(Consultation.evaluateActivity(policy, activity, Calendar.date(input.to)), (e) => ({
        consultations: activity.consultations,
        consultingHours,
        complexConsultations: activity.complexConsultations,
        expected: e.expected,
        ratio: e.ratio,
        surplus: e.surplus,
        status: e.finding.status,
        basis: basisOf(
          withNote(
            `Consultation.evaluateActivity (rule ${e.finding.ruleId}, ${e.finding.severity}) on the window's totals, with the target rates in force on ${input.to}. Consulting hours are the recorded durations of the consultations of ${log.log} (Kpi.consultingTimeByClinician), not contracted consulting time, so actual / expected is higher than it would be on contracted consulting time.`,
            log
          ),
          e.finding.explanation,
          log.simulated
        )
      }))
    }),
    pay: section(() => payExamples(policy, figures, input.to)),
    staff: section(() => ({
      staff: k.staff,
      basis: basisOf(
        withNote(
          `Kpi.staff over the staffHired / staffLeft events of ${log.log}, full time = ${fullTime} h a week (policy).`,
          log
        ),
        undefined,
        log.simulated
      )
    })),
    opening: section(() => opening(policy, fold, input.to, fullTime, log)),
    projection: section(() => projection(policy, figures, input.to)),
    assumptions: {
      policyCount: Policy.assumptions(policy).length,
      policy: Policy.assumptions(policy).map((a) => ({
        parameterId: a.parameterId,
        from: a.entry.from,
        rationale: a.entry.provenance.kind === "assumption" ? a.entry.provenance.rationale : ""
      })),
      ...(log.simulated
        ? {
            simulation: Simulation.constants(programme.simulation!).map((a) => ({
              name: a.name,
              value: a.value,
              rationale: a.provenance.kind === "assumption" ? a.provenance.rationale : a.provenance.locator
            }))
          }
        : {})
    }
  }
}

/**
 * A programme's data: what a region knows and assumes about its programme beyond the policy's
 * parameters. Its published figures (dated and cited), which computed figure each is compared
 * with, the illustrative pay examples, the typical-centre scenario, the projection's inputs, the
 * report's default window and the programme's start, and the calibration of its simulated event
 * log. Every value carries a citation or a flagged assumption.
 *
 * Goals (clinicians, consultations, their deadline) are not here: they are policy parameters
 * (`programme.goal.*`), so that there is one source of truth for them.
 *
 * A programme file is JSON validated against the published schema
 * (`@gip-sante/report/schemas/programme.schema.json`, {@link jsonSchema}); {@link decode} also
 * checks what a schema cannot express, and reports every issue with its path in one pass.
 *
 * @example
 * ```ts
 * import { ProgrammeData } from "@gip-sante/report"
 * import { Result } from "effect"
 *
 * declare const json: unknown // a programme file, parsed
 * const decoded = ProgrammeData.decode(json)
 * if (Result.isFailure(decoded)) for (const i of decoded.failure.issues) console.log(`at ${i.path}: ${i.message}`)
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Calendar, Issue, Provenance, Reference } from "@gip-sante/core"
import * as Data from "effect/Data"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as Simulation from "./Simulation.js"

// -----------------------------------------------------------------------------
// schemas
// -----------------------------------------------------------------------------

const sourced = <S extends Schema.Top>(value: S) =>
  Schema.Struct({ value, provenance: Provenance.ProvenanceSchema })

const FigureId = Schema.String.check(
  Schema.isPattern(/^[a-z][a-zA-Z0-9]*(?:\.[a-z0-9][a-zA-Z0-9]*)*$/u, {
    expected: "a dotted camelCase figure id"
  })
)
const Key = Schema.String.check(
  Schema.isPattern(/^[a-z0-9][a-z0-9-]*$/u, { expected: 'an id of lower-case letters, digits and "-"' })
)
const ProfessionId = Schema.String.check(
  Schema.isPattern(/^[a-z][a-zA-Z0-9]*$/u, { expected: 'a profession id such as "gp" or "midwife"' })
)
const Share = Schema.Finite.check(Schema.isBetween({ minimum: 0, maximum: 1 }))
const NonNegative = Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0))
const Positive = Schema.Finite.check(Schema.isGreaterThan(0))
const Hours = Schema.Finite.check(Schema.isBetween({ minimum: 0, maximum: 60, exclusiveMinimum: true }))

/**
 * The computed figures a published figure can be compared with: the programme KPIs of
 * `Kpi.compareWithFigures`, the centres opened, and the staff in post or hired since the start
 * (of the professions given, or all but support staff).
 *
 * @example
 * ```ts
 * import { ProgrammeData } from "@gip-sante/report"
 *
 * ProgrammeData.comparableKpis.includes("centresOpen") // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const comparableKpis = [
  "consultations",
  "regularDoctorPatients",
  "regainedRegularDoctor",
  "homeVisits",
  "patientShare65Plus",
  "centresOpen",
  "staffInPost",
  "staffHired"
] as const

/**
 * One of {@link comparableKpis}.
 *
 * @example
 * ```ts
 * import type { ProgrammeData } from "@gip-sante/report"
 *
 * const kpi: ProgrammeData.ComparableKpi = "homeVisits"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type ComparableKpi = (typeof comparableKpis)[number]

const ComparisonSchema = Schema.Struct({
  figure: FigureId,
  kpi: Schema.Literals(comparableKpis),
  professions: Schema.optionalKey(Schema.Array(ProfessionId))
})

const PayExampleSchema = Schema.Struct({
  id: Key,
  label: Schema.NonEmptyString,
  profession: ProfessionId,
  weeklyHours: Hours,
  daysPerWeek: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 7 })),
  provenance: Provenance.ProvenanceSchema,
  seniorityAtHireYears: sourced(NonNegative),
  start: Schema.optionalKey(sourced(Calendar.LocalDateSchema)),
  published: Schema.optionalKey(FigureId),
  /**
   * True when an assumed term of the example (its seniority, say) was fitted to the published
   * figure: the match is then by construction, not a confirmation.
   */
  fittedToPublished: Schema.optionalKey(Schema.Boolean)
})

const StaffLineSchema = Schema.Struct({
  profession: ProfessionId,
  role: Schema.Literals(["clinician", "support"]),
  count: Schema.Int.check(Schema.isGreaterThanOrEqualTo(1)),
  weeklyHours: Hours,
  seniorityAtHireYears: NonNegative,
  consultationsPerHour: Schema.optionalKey(sourced(NonNegative)),
  /** Where the line's profession and head count come from. */
  provenance: Provenance.ProvenanceSchema,
  /** Where its weekly hours and seniority at hire come from. */
  terms: Provenance.ProvenanceSchema
})

const FirstOfMonth = Calendar.LocalDateSchema.check(
  Schema.isPattern(/-01$/u, { expected: "the first day of a month" })
)

const TypicalCentreSchema = Schema.Struct({
  label: Schema.NonEmptyString,
  opening: sourced(FirstOfMonth),
  years: sourced(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 30 }))),
  ramp: sourced(Schema.Array(Share)),
  staff: Schema.Array(StaffLineSchema),
  complexShare: sourced(Share),
  homeVisitsPerConsultation: sourced(Share),
  /** Regular-doctor patients of the whole centre once at full activity (they follow the ramp-up). */
  regularDoctorPatients: Schema.optionalKey(sourced(NonNegative)),
  /** The share of the GIP's central costs booked to the centre: the allocation rule, as data. */
  centralShare: Schema.optionalKey(sourced(Share))
})

/**
 * What the model's money can be set against: programme-level money (the centres' accounts with
 * the opening scenario, by opening year, plus central costs), the typical centre's accounts,
 * the centre's costs and the starting pay.
 *
 * @example
 * ```ts
 * import { ProgrammeData } from "@gip-sante/report"
 *
 * ProgrammeData.reconciliationMeasures.includes("regionContribution") // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const reconciliationMeasures = [
  "regionContribution",
  "programmeCost",
  "shareFromActsAndSubsidies",
  "centreLossFirstYears",
  "openingCost",
  "yearsToBreakEven",
  "centreShareFromActs",
  "centreShareFromFlatPayments",
  "startingPay"
] as const

/**
 * One of {@link reconciliationMeasures}.
 *
 * @example
 * ```ts
 * import type { ProgrammeData } from "@gip-sante/report"
 *
 * const measure: ProgrammeData.ReconciliationMeasure = "programmeCost"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type ReconciliationMeasure = (typeof reconciliationMeasures)[number]

const EconomicsSchema = Schema.Struct({
  /** Centres opened each year (from the published counts of centres open). */
  openings: Schema.Array(
    Schema.Struct({
      year: Schema.Int.check(Schema.isBetween({ minimum: 1990, maximum: 2100 })),
      centres: Schema.Int.check(Schema.isGreaterThanOrEqualTo(0)),
      provenance: Provenance.ProvenanceSchema
    })
  ),
  /** The month of the year in which each year's centres are taken to open. */
  openingMonth: sourced(Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 12 }))),
  /** The average centre's clinicians (and their activity) against the typical centre's. */
  clinicianScale: sourced(Positive),
  /** The average centre's support staff against the typical centre's. */
  supportScale: sourced(Positive),
  /** Published money figures set against the model: what is measured, and on what basis. */
  reconciliation: Schema.Array(
    Schema.Struct({
      figure: FigureId,
      measure: Schema.Literals(reconciliationMeasures),
      year: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: 1990, maximum: 2100 }))),
      /**
       * How the model's value relates to the figure: computed independently of it, from
       * assumptions calibrated against it, or equal to it by construction (a fitted value).
       */
      basis: Schema.Literals(["independent", "calibrated", "construction"]),
      /** The parameters and programme data that drive the gap, by id or path. */
      drivers: Schema.Array(Schema.NonEmptyString),
      /** How the figure is read and what the comparison says, in plain words. */
      reading: Schema.NonEmptyString
    })
  )
})

const ProjectionSchema = Schema.Struct({
  horizon: Calendar.YearMonthSchema,
  consultations: Schema.optionalKey(
    Schema.Struct({
      totals: Schema.Array(FigureId),
      clinicians: Schema.Array(FigureId),
      planStart: FigureId,
      plan: Provenance.ProvenanceSchema,
      rate: Schema.optionalKey(sourced(Positive))
    })
  ),
  recruitment: Schema.optionalKey(
    Schema.Struct({ headcounts: Schema.Array(FigureId), provenance: Provenance.ProvenanceSchema })
  )
})

/**
 * Schema of a programme file. Decode with {@link decode}, which adds the checks a schema cannot
 * express.
 *
 * @example
 * ```ts
 * import { ProgrammeData } from "@gip-sante/report"
 * import { Schema } from "effect"
 *
 * Schema.is(ProgrammeData.ProgrammeSchema)({}) // false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProgrammeSchema = Schema.Struct({
  $schema: Schema.optionalKey(Schema.String),
  name: Schema.NonEmptyString,
  region: Schema.NonEmptyString,
  version: Schema.NonEmptyString,
  description: Schema.optionalKey(Schema.String),
  start: sourced(Calendar.LocalDateSchema),
  window: Schema.Struct({ from: Calendar.LocalDateSchema, to: Calendar.LocalDateSchema }),
  figures: Schema.Array(Reference.FigureSchema),
  comparisons: Schema.Array(ComparisonSchema),
  payExamples: Schema.Array(PayExampleSchema),
  typicalCentre: Schema.optionalKey(TypicalCentreSchema),
  projection: Schema.optionalKey(ProjectionSchema),
  economics: Schema.optionalKey(EconomicsSchema),
  simulation: Schema.optionalKey(Simulation.CalibrationSchema)
})

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * A programme's data, decoded and checked.
 *
 * @example
 * ```ts
 * import type { ProgrammeData } from "@gip-sante/report"
 *
 * const simulated = (p: ProgrammeData.Programme) => p.simulation !== undefined
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Programme = typeof ProgrammeSchema.Type

/**
 * A programme's data as written in JSON.
 *
 * @example
 * ```ts
 * import type { ProgrammeData } from "@gip-sante/report"
 *
 * const title = (p: ProgrammeData.Encoded) => `${p.name} (${p.region})`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Encoded = typeof ProgrammeSchema.Encoded

/**
 * A pay example: an illustrative contract whose pay the report computes, possibly beside the
 * published figure it reproduces.
 *
 * @example
 * ```ts
 * import type { ProgrammeData } from "@gip-sante/report"
 *
 * const partTime = (e: ProgrammeData.PayExample) => e.weeklyHours < 35
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type PayExample = typeof PayExampleSchema.Type

/**
 * The typical-centre scenario: its opening date and horizon, the activity ramp-up by year, its
 * staff line by line (profession, role, head count, weekly hours, seniority at hire, and for a
 * clinician whose rate is not the policy's target, the consultations per hour; where the line
 * comes from, and where its terms come from), the share of complex patients and the home visits
 * per consultation.
 *
 * @example
 * ```ts
 * import type { ProgrammeData } from "@gip-sante/report"
 *
 * const heads = (t: ProgrammeData.TypicalCentre) => t.staff.reduce((n, s) => n + s.count, 0)
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type TypicalCentre = typeof TypicalCentreSchema.Type

/**
 * What the projection starts from: the month it runs to; for consultations, the published
 * totals and clinician headcounts, the headcount the staffing plan starts from (a straight line
 * from it to the policy's clinicians goal at the goal's deadline) and optionally an assumed
 * rate; for recruitment, the published headcounts whose trend is set against the goal.
 *
 * @example
 * ```ts
 * import type { ProgrammeData } from "@gip-sante/report"
 *
 * const projectsConsultations = (p: ProgrammeData.ProjectionInputs) => p.consultations !== undefined
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type ProjectionInputs = typeof ProjectionSchema.Type

/**
 * The programme's economics: the centres opened each year, when in the year they open, the
 * average centre against the typical one, and the published money figures to reconcile.
 *
 * @example
 * ```ts
 * import type { ProgrammeData } from "@gip-sante/report"
 *
 * const centres = (e: ProgrammeData.Economics) => e.openings.reduce((n, o) => n + o.centres, 0)
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Economics = typeof EconomicsSchema.Type

/**
 * One published figure set against a computed one.
 *
 * @example
 * ```ts
 * import type { ProgrammeData } from "@gip-sante/report"
 *
 * const c: ProgrammeData.Comparison = { figure: "centres.open.sep2025", kpi: "centresOpen" }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Comparison = typeof ComparisonSchema.Type

/**
 * Why a programme file could not be decoded: every issue, each with its path.
 *
 * @example
 * ```ts
 * import { ProgrammeData } from "@gip-sante/report"
 * import { Result } from "effect"
 *
 * const r = ProgrammeData.decode({})
 * if (Result.isFailure(r)) console.log(r.failure.message)
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class ProgrammeDataError extends Data.TaggedError("ProgrammeDataError")<{
  readonly issues: ReadonlyArray<Issue.Issue>
}> {
  override get message(): string {
    return Issue.render(this.issues)
  }
}

// -----------------------------------------------------------------------------
// decoding
// -----------------------------------------------------------------------------

const figureUnits: Record<ComparableKpi, ReadonlyArray<string>> = {
  consultations: ["consultations"],
  regularDoctorPatients: ["patients", "people"],
  regainedRegularDoctor: ["patients", "people"],
  homeVisits: ["count"],
  patientShare65Plus: ["ratio"],
  centresOpen: ["count"],
  staffInPost: ["people", "count"],
  staffHired: ["people", "count"]
}

const programmeMeasures: ReadonlySet<ReconciliationMeasure> = new Set([
  "regionContribution",
  "programmeCost",
  "shareFromActsAndSubsidies"
])

const checks = (p: Programme): Array<Issue.Issue> => {
  const issues: Array<Issue.Issue> = []
  const push = (path: ReadonlyArray<PropertyKey>, message: string) =>
    issues.push({ path: Issue.formatPath(path), message })
  const figures = Reference.decodeFigures(p.figures)
  if (Result.isFailure(figures))
    for (const i of figures.failure.issues) issues.push({ path: `figures${i.path}`, message: i.message })
  const byId = new Map(p.figures.map((f) => [f.id, f]))
  const figure = (path: ReadonlyArray<PropertyKey>, id: string, units?: ReadonlyArray<string>) => {
    const f = byId.get(id)
    if (f === undefined) push(path, `No published figure has the id ${id}`)
    else if (units !== undefined && !units.includes(f.unit))
      push(path, `Expected a figure in ${units.join(" or ")}, got ${id} in ${f.unit}`)
    return f
  }
  const everyFigure = (
    path: ReadonlyArray<PropertyKey>,
    ids: ReadonlyArray<string>,
    units: ReadonlyArray<string>
  ) => {
    for (const [i, id] of ids.entries()) figure([...path, i], id, units)
  }
  if (p.window.to < p.window.from)
    push(["window", "to"], `Expected the end on or after the start ${p.window.from}, got ${p.window.to}`)
  p.comparisons.forEach((c, i) => {
    figure(["comparisons", i, "figure"], c.figure, figureUnits[c.kpi])
    if (c.professions !== undefined && c.kpi !== "staffInPost" && c.kpi !== "staffHired")
      push(["comparisons", i, "professions"], `Only staff counts take professions, not ${c.kpi}`)
  })
  const ids = new Set<string>()
  p.payExamples.forEach((e, i) => {
    if (ids.has(e.id)) push(["payExamples", i, "id"], `Duplicate pay example id ${e.id}`)
    ids.add(e.id)
    if (e.published !== undefined)
      figure(["payExamples", i, "published"], e.published, ["eurosPerMonthNet", "eurosPerMonthGross"])
  })
  const centre = p.typicalCentre
  if (centre !== undefined) {
    if (centre.ramp.value.length === 0)
      push(["typicalCentre", "ramp", "value"], "Expected at least one activity share")
    if (!centre.staff.some((s) => s.role === "clinician"))
      push(["typicalCentre", "staff"], "Expected at least one clinician")
    centre.staff.forEach((s, i) => {
      if (s.role === "support" && s.consultationsPerHour !== undefined)
        push(["typicalCentre", "staff", i, "consultationsPerHour"], "Support staff give no consultations")
    })
  }
  const projection = p.projection
  if (projection?.consultations !== undefined) {
    const c = projection.consultations
    if (c.totals.length === 0) push(["projection", "consultations", "totals"], "Expected at least one figure")
    if (c.clinicians.length === 0)
      push(["projection", "consultations", "clinicians"], "Expected at least one figure")
    everyFigure(["projection", "consultations", "totals"], c.totals, ["consultations"])
    everyFigure(["projection", "consultations", "clinicians"], c.clinicians, ["people", "count"])
    figure(["projection", "consultations", "planStart"], c.planStart, ["people", "count"])
  }
  if (projection?.recruitment !== undefined) {
    const r = projection.recruitment
    if (r.headcounts.length < 2)
      push(
        ["projection", "recruitment", "headcounts"],
        `Expected at least 2 figures for a trend, got ${r.headcounts.length}`
      )
    everyFigure(["projection", "recruitment", "headcounts"], r.headcounts, ["people", "count"])
  }
  if (p.economics !== undefined) {
    const e = p.economics
    const years = new Set<number>()
    e.openings.forEach((o, i) => {
      if (years.has(o.year)) push(["economics", "openings", i, "year"], `Year ${o.year} is listed twice`)
      years.add(o.year)
    })
    e.reconciliation.forEach((r, i) => {
      figure(["economics", "reconciliation", i, "figure"], r.figure)
      if (programmeMeasures.has(r.measure) && r.year === undefined)
        push(["economics", "reconciliation", i, "year"], `The measure ${r.measure} needs a year`)
    })
  }
  if (p.simulation !== undefined) issues.push(...Simulation.check(p.simulation, ["simulation"]))
  return issues
}

/**
 * Decodes and checks a programme file: its shape, and what a schema cannot express (figures
 * with unique ids and ordered ranges, every figure id it refers to published and in a unit that
 * fits its use, a typical centre with a clinician, a
 * calibration whose tables and dated counts hold together). Reports every issue at once, each
 * with its path. Never throws.
 *
 * @example
 * ```ts
 * import { ProgrammeData } from "@gip-sante/report"
 * import { Result } from "effect"
 *
 * const r = ProgrammeData.decode({ name: "Test" })
 * Result.isFailure(r) // true
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const decode = (input: unknown): Result.Result<Programme, ProgrammeDataError> => {
  const decoded = Issue.decodeAll(ProgrammeSchema, input)
  if (Result.isFailure(decoded)) return Result.fail(new ProgrammeDataError({ issues: decoded.failure }))
  const issues = checks(decoded.success)
  return issues.length === 0
    ? Result.succeed(decoded.success)
    : Result.fail(new ProgrammeDataError({ issues }))
}

/**
 * Decodes a programme file, throwing an `Error` that lists every issue when it is invalid: for
 * data shipped with a package, known to be valid.
 *
 * @example
 * ```ts
 * import { ProgrammeData } from "@gip-sante/report"
 * import { programmeJson } from "@gip-sante/occitanie"
 *
 * ProgrammeData.decodeUnsafe(programmeJson).region // "Occitanie"
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeUnsafe = (input: unknown): Programme => {
  const result = decode(input)
  if (Result.isFailure(result)) throw new Error(`Invalid programme data:\n${result.failure.message}`)
  return result.success
}

/**
 * The documents a programme's citations refer to that a bibliography (the policy's) does not
 * declare, each with the path of the citation: a programme file is read with a policy, whose
 * bibliography holds the documents both cite.
 *
 * @example
 * ```ts
 * import { ProgrammeData } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * ProgrammeData.citationIssues(programme, policy.bibliography) // []
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const citationIssues = (
  programme: Programme,
  bibliography: Provenance.Bibliography
): Array<Issue.Issue> => {
  const issues: Array<Issue.Issue> = []
  const visit = (value: unknown, path: Array<PropertyKey>): void => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) visit(v, [...path, i])
      return
    }
    if (value === null || typeof value !== "object") return
    const record = value as Record<string, unknown>
    if (record.kind === "citation" || record.kind === "assumption") {
      for (const id of Provenance.danglingReferences(record as Provenance.Provenance, bibliography))
        issues.push({
          path: Issue.formatPath([...path, record.kind === "citation" ? "document" : "references"]),
          message: `Refers to document "${id}", which the policy's bibliography does not declare`
        })
      return
    }
    for (const [key, v] of Object.entries(record)) visit(v, [...path, key])
  }
  visit(programme, [])
  return issues
}

/**
 * The JSON Schema (draft 2020-12) of programme files, generated from {@link ProgrammeSchema},
 * for editors: the file `@gip-sante/report/schemas/programme.schema.json`.
 *
 * @example
 * ```ts
 * import { ProgrammeData } from "@gip-sante/report"
 *
 * JSON.stringify(ProgrammeData.jsonSchema(), null, 2)
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const jsonSchema = (): Record<string, unknown> & { readonly $schema: string } => {
  // Fields the format does not know are errors, for the editor as for the decoder.
  const document = Schema.toJsonSchemaDocument(ProgrammeSchema, { onExcessProperty: "error" })
  const definitions = document.definitions as Record<string, unknown>
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "@gip-sante programme data",
    description:
      "A regional health-centre programme's data beside its policy: published figures, which computed figure each is compared with, pay examples, the typical-centre scenario, the projection's inputs, the report's default window and the calibration of its simulated event log; every value with its provenance (citation or assumption).",
    ...(document.schema as Record<string, unknown>),
    ...(Object.keys(definitions).length > 0 ? { $defs: definitions } : {})
  }
}

/**
 * Policies: a programme's parameters, its bibliography and its metadata, as one typed,
 * JSON-serialisable record; regional overrides that record what they change; diffs.
 *
 * A policy file is decoded once ({@link decode}: every issue reported with its path), then read
 * through typed parameter definitions ({@link read}). A region adapts a policy with
 * {@link override}: it may replace the values of parameters the base has, never add unknown
 * ones, change a unit or a value type, or drop a provenance; the result remembers what it
 * changed, and {@link diff} shows it.
 *
 * @example
 * ```ts
 * import { Calendar, Parameter, Policy } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * declare const json: unknown // a policy file, parsed
 * const policy = Policy.decode(json)
 * const target = Parameter.define({
 *   id: "consultation.targetPerHour",
 *   type: "number",
 *   unit: "consultationsPerHour",
 *   label: "Consultations per hour"
 * })
 * if (Result.isSuccess(policy)) {
 *   const perHour = Policy.read(policy.success, target, Calendar.date("2025-06-01"))
 * }
 * ```
 *
 * @since 0.1.0
 * @module
 */
import * as Data from "effect/Data"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import type { LocalDate } from "./Calendar.js"
import { decodeAll, formatPath, type Issue, renderIssues } from "./internal/issues.js"
import * as Parameter from "./Parameter.js"
import {
  type Bibliography,
  BibliographySchema,
  danglingReferences,
  type Provenance,
  ProvenanceSchema
} from "./Provenance.js"
import { UnitSchema } from "./Unit.js"

// -----------------------------------------------------------------------------
// schemas
// -----------------------------------------------------------------------------

const ParameterIdSchema = Schema.String.check(
  Schema.isPattern(/^[a-z][a-zA-Z0-9]*(?:\.[a-z][a-zA-Z0-9]*)*$/u, {
    expected: 'a parameter id made of dot-separated camelCase words, such as "pay.gp.grid"'
  })
)

const LineageSchema = Schema.Struct({
  base: Schema.Struct({ name: Schema.String, region: Schema.String, version: Schema.String }),
  overridden: Schema.Array(Schema.String),
  documentsAdded: Schema.Array(Schema.String)
})

/**
 * Schema of a policy file. Decode with {@link decode}, which adds the checks a schema cannot
 * express (histories, citations).
 *
 * @example
 * ```ts
 * import { Policy } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Policy.PolicySchema)({}) // false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const PolicySchema = Schema.Struct({
  $schema: Schema.optionalKey(Schema.String),
  name: Schema.NonEmptyString,
  region: Schema.NonEmptyString,
  version: Schema.NonEmptyString,
  description: Schema.optionalKey(Schema.String),
  bibliography: BibliographySchema,
  parameters: Schema.Record(ParameterIdSchema, Parameter.ParameterSchema),
  lineage: Schema.optionalKey(LineageSchema)
})

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * A decoded, checked policy.
 *
 * @example
 * ```ts
 * import type { Policy } from "@gip-sante/core"
 *
 * const title = (p: Policy.Policy) => `${p.name} (${p.region}, ${p.version})`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Policy = typeof PolicySchema.Type

/**
 * A policy as written in JSON.
 *
 * @example
 * ```ts
 * import type { Policy } from "@gip-sante/core"
 *
 * const empty: Policy.Encoded = { name: "Test", region: "Nowhere", version: "0", bibliography: {}, parameters: {} }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Encoded = typeof PolicySchema.Encoded

/**
 * What an overridden policy remembers of its base: the base's identity, the parameters the
 * override replaced and the documents it added.
 *
 * @example
 * ```ts
 * import type { Policy } from "@gip-sante/core"
 *
 * const changed = (p: Policy.Policy) => p.lineage?.overridden ?? []
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Lineage = typeof LineageSchema.Type

/**
 * Why a policy could not be decoded, overridden or read: every issue, each with the path of the
 * field at fault (`parameters["pay.gp.grid"].history[1].from`).
 *
 * @example
 * ```ts
 * import { Policy } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const r = Policy.decode({ name: "X" })
 * if (Result.isFailure(r)) console.log(r.failure.message)
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class PolicyError extends Data.TaggedError("PolicyError")<{ readonly issues: ReadonlyArray<Issue> }> {
  override get message(): string {
    return renderIssues(this.issues)
  }
}

const failWith = (issues: ReadonlyArray<Issue>) => Result.fail(new PolicyError({ issues }))

// -----------------------------------------------------------------------------
// decoding and encoding
// -----------------------------------------------------------------------------

/**
 * Decodes and checks a policy: its shape, units and value types, every parameter's history
 * (order, overlaps, declared gaps, grids) and every citation against the bibliography. Reports
 * every issue at once, each with its path. Never throws, whatever the input.
 *
 * @example
 * ```ts
 * import { Policy } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const r = Policy.decode({ name: "Test", region: "Nowhere", version: "1", bibliography: {}, parameters: {} })
 * Result.isSuccess(r) // true
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const decode = (input: unknown): Result.Result<Policy, PolicyError> => {
  const decoded = decodeAll(PolicySchema, input)
  const badKeys = keyIssues(input)
  if (Result.isFailure(decoded)) {
    const reported = new Set(badKeys.map((issue) => issue.path))
    return failWith([...badKeys, ...decoded.failure.filter((issue) => !reported.has(issue.path))])
  }
  const issues = [...badKeys, ...check(decoded.success)]
  return issues.length === 0 ? Result.succeed(decoded.success) : failWith(issues)
}

const parameterIdPattern = /^[a-z][a-zA-Z0-9]*(?:\.[a-z][a-zA-Z0-9]*)*$/
const documentIdPattern = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/

// A record schema skips keys its key schema rejects; report them instead, so nothing is lost.
const keyIssues = (input: unknown): Array<Issue> => {
  const issues: Array<Issue> = []
  if (input === null || typeof input !== "object") return issues
  const check = (field: "parameters" | "bibliography", pattern: RegExp, expected: string) => {
    // A field that cannot be read (a throwing getter or proxy) is reported by the schema's decoding.
    try {
      if (!Object.hasOwn(input, field)) return
      const record = (input as Record<string, unknown>)[field]
      if (record === null || typeof record !== "object" || Array.isArray(record)) return
      for (const key of Object.keys(record)) {
        if (!pattern.test(key))
          issues.push({ path: formatPath([field, key]), message: `${expected}, got ${JSON.stringify(key)}` })
      }
    } catch {
      return
    }
  }
  check(
    "parameters",
    parameterIdPattern,
    'Expected a parameter id made of dot-separated camelCase words, such as "pay.gp.grid"'
  )
  check(
    "bibliography",
    documentIdPattern,
    "Expected a document id made of letters, digits, '.', '_' or '-' (such as \"S2\")"
  )
  return issues
}

/**
 * Decodes a policy shipped with code (a preset), throwing an `Error` with every issue if it is
 * invalid: for data a test suite has already checked, never for user input.
 *
 * @example
 * ```ts
 * import { Policy } from "@gip-sante/core"
 *
 * const p = Policy.decodeUnsafe({ name: "Test", region: "Nowhere", version: "1", bibliography: {}, parameters: {} })
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeUnsafe = (input: unknown): Policy => {
  const result = decode(input)
  if (Result.isFailure(result)) throw new Error(`Invalid policy:\n${result.failure.message}`)
  return result.success
}

/**
 * The checks a schema cannot express, on a decoded policy: histories and citations.
 *
 * @example
 * ```ts
 * import { Policy } from "@gip-sante/core"
 *
 * declare const p: Policy.Policy
 * Policy.check(p).length === 0 // valid
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const check = (policy: Policy): Array<Issue> => {
  const issues: Array<Issue> = []
  for (const id of Object.keys(policy.parameters)) {
    const parameter = policy.parameters[id]!
    issues.push(...Parameter.validate(parameter, ["parameters", id]))
    parameter.history.forEach((entry: Parameter.HistoryEntry, i: number) => {
      issues.push(
        ...citationIssues(entry.provenance, policy.bibliography, [
          "parameters",
          id,
          "history",
          i,
          "provenance"
        ])
      )
    })
  }
  return issues
}

const citationIssues = (
  provenance: Provenance,
  bibliography: Bibliography,
  path: ReadonlyArray<PropertyKey>
): Array<Issue> =>
  danglingReferences(provenance, bibliography).map((id) => ({
    path: formatPath([...path, provenance.kind === "citation" ? "document" : "references"]),
    message: `Refers to document "${id}", which the bibliography does not declare`
  }))

/**
 * Encodes a policy back to JSON: decoding then encoding a valid policy file gives the same
 * JSON back.
 *
 * @example
 * ```ts
 * import { Policy } from "@gip-sante/core"
 *
 * declare const p: Policy.Policy
 * const json = JSON.stringify(Policy.encode(p), null, 2)
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const encode = (policy: Policy): Encoded => Schema.encodeSync(PolicySchema)(policy)

/**
 * The JSON Schema (draft 2020-12) of policy files, for editors to validate a region's policy
 * as it is typed. It checks the shape, units and value types; {@link decode} also checks
 * histories and citations.
 *
 * @example
 * ```ts
 * import { Policy } from "@gip-sante/core"
 *
 * const schema = Policy.jsonSchema()
 * schema.$schema // "https://json-schema.org/draft/2020-12/schema"
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const jsonSchema = (): Record<string, unknown> & { readonly $schema: string } => {
  const document = Schema.toJsonSchemaDocument(PolicySchema)
  const definitions = document.definitions as Record<string, unknown>
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "@gip-sante policy",
    description:
      "A regional health-centre programme's policy: parameters with dated values, each with its provenance (citation or assumption), and the bibliography they cite.",
    ...closeRecords(document.schema as Record<string, unknown>),
    ...(Object.keys(definitions).length > 0 ? { $defs: definitions } : {})
  }
}

// Parameters and documents must have well-formed ids: say so to editors too.
const closeRecords = (schema: Record<string, unknown>): Record<string, unknown> => {
  const properties = { ...(schema.properties as Record<string, Record<string, unknown>>) }
  for (const field of ["parameters", "bibliography"]) {
    if (properties[field] !== undefined)
      properties[field] = { ...properties[field], additionalProperties: false }
  }
  return { ...schema, properties }
}

// -----------------------------------------------------------------------------
// reading
// -----------------------------------------------------------------------------

/**
 * The ids of a policy's parameters, sorted.
 *
 * @example
 * ```ts
 * import { Policy } from "@gip-sante/core"
 *
 * declare const p: Policy.Policy
 * Policy.parameterIds(p).includes("tariff.consultation.g")
 * ```
 *
 * @since 0.1.0
 * @category reading
 */
export const parameterIds = (policy: Policy): Array<string> => Object.keys(policy.parameters).sort()

/**
 * The parameter with this id, if the policy has it.
 *
 * @example
 * ```ts
 * import { Policy } from "@gip-sante/core"
 *
 * declare const p: Policy.Policy // the Occitanie policy
 * Policy.parameter(p, "pay.gp.grid")?.unit // "eurosPerMonthNet"
 * ```
 *
 * @since 0.1.0
 * @category reading
 */
export const parameter = (policy: Policy, id: string): Parameter.Parameter | undefined =>
  Object.hasOwn(policy.parameters, id) ? policy.parameters[id] : undefined

/**
 * Checks that a policy has every parameter a module needs, with the expected value type and
 * unit. Call it once when loading a policy; then reads cannot fail on a missing parameter.
 *
 * @example
 * ```ts
 * import { Parameter, Policy } from "@gip-sante/core"
 *
 * declare const p: Policy.Policy
 * const g = Parameter.define({ id: "tariff.consultation.g", type: "money", unit: "eurosPerAct", label: "G" })
 * Policy.requires(p, [g]) // Result.succeed(p) or a PolicyError naming each missing parameter
 * ```
 *
 * @since 0.1.0
 * @category reading
 */
export const requires = (
  policy: Policy,
  definitions: ReadonlyArray<Parameter.Definition>
): Result.Result<Policy, PolicyError> => {
  const issues: Array<Issue> = []
  for (const definition of definitions) {
    const found = parameter(policy, definition.id)
    if (found === undefined) {
      issues.push({
        path: formatPath(["parameters", definition.id]),
        message: `The policy has no parameter ${definition.id} (${definition.label})`
      })
      continue
    }
    const mismatch = Parameter.mismatch(found, definition)
    if (mismatch !== undefined)
      issues.push({ path: formatPath(["parameters", definition.id]), message: mismatch })
  }
  return issues.length === 0 ? Result.succeed(policy) : failWith(issues)
}

/**
 * Reads the value of a parameter in force on `date`, typed and branded by the definition's unit,
 * with its provenance and effective range. Fails with a message naming the parameter if the
 * policy lacks it, holds another type or unit, or has no value in force on that date.
 *
 * @example
 * ```ts
 * import { Calendar, Parameter, Policy } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * declare const p: Policy.Policy
 * const g = Parameter.define({ id: "tariff.consultation.g", type: "money", unit: "eurosPerAct", label: "G" })
 * const tariff = Policy.read(p, g, Calendar.date("2024-12-22"))
 * if (Result.isSuccess(tariff)) tariff.success.value // Unit.Amount<"eurosPerAct">
 * ```
 *
 * @since 0.1.0
 * @category reading
 */
export const read = <T extends Parameter.ValueType, U extends Parameter.UnitFor<T>>(
  policy: Policy,
  definition: Parameter.Definition<T, U>,
  date: LocalDate
): Result.Result<Parameter.InForce<Parameter.ValueOf<T, U>>, PolicyError> => {
  const found = parameter(policy, definition.id)
  if (found === undefined) {
    return failWith([
      {
        path: formatPath(["parameters", definition.id]),
        message: `The policy has no parameter ${definition.id} (${definition.label})`
      }
    ])
  }
  const mismatch = Parameter.mismatch(found, definition as Parameter.Definition)
  if (mismatch !== undefined)
    return failWith([{ path: formatPath(["parameters", definition.id]), message: mismatch }])
  const inForce = Parameter.valueAt(found, definition.id, date)
  if (Result.isFailure(inForce)) return failWith(inForce.failure.issues)
  return Result.succeed(inForce.success as Parameter.InForce<Parameter.ValueOf<T, U>>)
}

/**
 * Every value whose provenance is an assumption, as `{ parameterId, entry }`: the list of
 * placeholders a region should review.
 *
 * @example
 * ```ts
 * import { Policy } from "@gip-sante/core"
 *
 * declare const p: Policy.Policy
 * Policy.assumptions(p).map((a) => a.parameterId)
 * ```
 *
 * @since 0.1.0
 * @category reading
 */
export const assumptions = (
  policy: Policy
): Array<{ parameterId: string; entry: Parameter.HistoryEntry }> => {
  const out: Array<{ parameterId: string; entry: Parameter.HistoryEntry }> = []
  for (const id of parameterIds(policy)) {
    for (const entry of policy.parameters[id]!.history as ReadonlyArray<Parameter.HistoryEntry>) {
      if (entry.provenance.kind === "assumption") out.push({ parameterId: id, entry })
    }
  }
  return out
}

// -----------------------------------------------------------------------------
// changes over time
// -----------------------------------------------------------------------------

/**
 * A change of a parameter's value on a date: the value before (if one was in force the day
 * before) and after (if one is in force from that day).
 *
 * @example
 * ```ts
 * import type { Policy } from "@gip-sante/core"
 *
 * const describe = (c: Policy.Change) => `${c.parameterId} changes on ${c.date}`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Change {
  readonly parameterId: string
  readonly date: LocalDate
  readonly before: Parameter.HistoryEntry | undefined
  readonly after: Parameter.HistoryEntry | undefined
  /** False when only the provenance changed (a new source confirming the same value). */
  readonly valueChanged: boolean
}

const sameValue = (a: Parameter.HistoryEntry | undefined, b: Parameter.HistoryEntry | undefined) =>
  a !== undefined && b !== undefined && JSON.stringify(a.value) === JSON.stringify(b.value)

/**
 * Every change taking effect in `[from, to)`: a value starting, or ending with nothing after
 * it. A new source confirming the same value is listed too, with `valueChanged: false`, since
 * an auditor wants to see it. Sorted by date, then parameter id.
 *
 * @example
 * ```ts
 * import { Calendar, Policy } from "@gip-sante/core"
 *
 * declare const p: Policy.Policy // the Occitanie policy
 * Policy.changesBetween(p, Calendar.date("2024-01-01"), Calendar.date("2025-01-01"))
 * // [{ parameterId: "tariff.consultation.g", date: "2024-12-22", before: { value: 2650, … }, after: { value: 3000, … } }, …]
 * ```
 *
 * @since 0.1.0
 * @category changes
 */
export const changesBetween = (policy: Policy, from: LocalDate, to: LocalDate): Array<Change> => {
  const changes: Array<Change> = []
  for (const id of parameterIds(policy)) {
    const history = policy.parameters[id]!.history as ReadonlyArray<Parameter.HistoryEntry>
    history.forEach((entry, i) => {
      const previous = i > 0 ? history[i - 1] : undefined
      if (from <= entry.from && entry.from < to) {
        const before = previous !== undefined && previous.to === entry.from ? previous : undefined
        changes.push({
          parameterId: id,
          date: entry.from,
          before,
          after: entry,
          valueChanged: !sameValue(before, entry)
        })
      }
      const next = history[i + 1]
      if (
        entry.to !== undefined &&
        from <= entry.to &&
        entry.to < to &&
        (next === undefined || next.from !== entry.to)
      ) {
        changes.push({ parameterId: id, date: entry.to, before: entry, after: undefined, valueChanged: true })
      }
    })
  }
  return changes.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.parameterId < b.parameterId ? -1 : 1
  )
}

// -----------------------------------------------------------------------------
// overrides
// -----------------------------------------------------------------------------

const PatchEntrySchema = Schema.Struct({
  from: Schema.String,
  to: Schema.optionalKey(Schema.String),
  value: Schema.Unknown,
  provenance: ProvenanceSchema
})

const ParameterPatchSchema = Schema.Struct({
  type: Schema.optionalKey(Schema.Literals(["number", "money", "grid", "boolean", "list", "text"])),
  unit: Schema.optionalKey(UnitSchema),
  label: Schema.optionalKey(Schema.NonEmptyString),
  description: Schema.optionalKey(Schema.NonEmptyString),
  history: Schema.optionalKey(Schema.Array(PatchEntrySchema)),
  values: Schema.optionalKey(Schema.Array(PatchEntrySchema)),
  gaps: Schema.optionalKey(
    Schema.Array(Schema.Struct({ from: Schema.String, to: Schema.String, reason: Schema.String }))
  )
})

/**
 * Schema of an override (a region's patch to a base policy). For each parameter it names, a
 * patch either replaces the whole `history`, or gives `values` that replace whatever the base
 * had over their date ranges (the rest of the base history is kept). It may also retitle the
 * policy and add documents to the bibliography.
 *
 * @example
 * ```ts
 * import { Policy } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Policy.PatchSchema)({ parameters: {} }) // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const PatchSchema = Schema.Struct({
  $schema: Schema.optionalKey(Schema.String),
  name: Schema.optionalKey(Schema.NonEmptyString),
  region: Schema.optionalKey(Schema.NonEmptyString),
  version: Schema.optionalKey(Schema.NonEmptyString),
  description: Schema.optionalKey(Schema.String),
  bibliography: Schema.optionalKey(BibliographySchema),
  parameters: Schema.Record(Schema.String, ParameterPatchSchema)
})

/**
 * An override as written in JSON.
 *
 * @example
 * ```ts
 * import type { Policy } from "@gip-sante/core"
 *
 * const patch: Policy.Patch = {
 *   region: "Centre-Val de Loire",
 *   parameters: {
 *     "contract.maxWeeklyHours": {
 *       values: [{ from: "2020-06-30", value: 39, provenance: { kind: "assumption", rationale: "At most 39 h", replaceWith: "the GIP's rule" } }]
 *     }
 *   }
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Patch = typeof PatchSchema.Encoded

/**
 * Applies a region's override to a base policy. Rejects, with a message naming the parameter:
 * an unknown parameter, a change of unit or of value type, a value without provenance, and any
 * history that would not be valid. The result records the base and what was overridden in its
 * `lineage`.
 *
 * @example
 * ```ts
 * import { Policy } from "@gip-sante/core"
 *
 * declare const occitanie: Policy.Policy
 * const cvl = Policy.override(occitanie, {
 *   name: "GIP Pro Santé",
 *   region: "Centre-Val de Loire",
 *   parameters: {
 *     "contract.maxWeeklyHours": {
 *       values: [{ from: "2022-06-17", value: 39, provenance: { kind: "assumption", rationale: "At most 39 h a week", replaceWith: "the GIP's rule" } }]
 *     }
 *   }
 * })
 * ```
 *
 * @since 0.1.0
 * @category overrides
 */
export const override = (base: Policy, patch: unknown): Result.Result<Policy, PolicyError> => {
  const decodedPatch = decodeAll(PatchSchema, patch)
  if (Result.isFailure(decodedPatch)) return failWith(decodedPatch.failure)
  const p = decodedPatch.success
  const issues: Array<Issue> = []
  const encodedBase = encode(base)
  const parameters: Record<string, Parameter.Encoded> = { ...encodedBase.parameters }
  const overridden: Array<string> = []
  for (const id of Object.keys(p.parameters)) {
    const change = p.parameters[id]!
    const at = (...keys: ReadonlyArray<PropertyKey>) => formatPath(["parameters", id, ...keys])
    const current = Object.hasOwn(encodedBase.parameters, id) ? encodedBase.parameters[id] : undefined
    if (current === undefined) {
      issues.push({
        path: at(),
        message: `Unknown parameter ${id}: an override can only replace parameters that ${base.name} (${base.region}) has`
      })
      continue
    }
    if (change.type !== undefined && change.type !== current.type) {
      issues.push({
        path: at("type"),
        message: `Cannot change the value type of ${id} from ${current.type} to ${change.type}`
      })
    }
    if (change.unit !== undefined && change.unit !== current.unit) {
      issues.push({
        path: at("unit"),
        message: `Cannot change the unit of ${id} from ${current.unit} to ${change.unit}`
      })
    }
    if (change.history !== undefined && change.values !== undefined) {
      issues.push({
        path: at(),
        message: `Give either "history" (to replace all of ${id}'s values) or "values", not both`
      })
      continue
    }
    const history =
      change.history !== undefined
        ? change.history
        : change.values !== undefined
          ? spliceValues(current.history as ReadonlyArray<EncodedEntry>, change.values)
          : current.history
    parameters[id] = {
      ...current,
      ...(change.label === undefined ? {} : { label: change.label }),
      ...(change.description === undefined ? {} : { description: change.description }),
      ...(change.gaps === undefined ? {} : { gaps: change.gaps }),
      history
    } as Parameter.Encoded
    overridden.push(id)
  }
  if (issues.length > 0) return failWith(issues)
  const baseDocuments = new Set(Object.keys(encodedBase.bibliography))
  const added = Object.keys(p.bibliography ?? {}).filter((id) => !baseDocuments.has(id))
  const merged: Encoded = {
    name: p.name ?? encodedBase.name,
    region: p.region ?? encodedBase.region,
    version: p.version ?? encodedBase.version,
    ...(p.description !== undefined
      ? { description: p.description }
      : encodedBase.description !== undefined
        ? { description: encodedBase.description }
        : {}),
    bibliography: {
      ...encodedBase.bibliography,
      ...(p.bibliography === undefined ? {} : encodeBibliography(p.bibliography))
    },
    parameters,
    lineage: {
      base: { name: base.name, region: base.region, version: base.version },
      overridden: overridden.sort(),
      documentsAdded: added.sort()
    }
  }
  return decode(merged)
}

type EncodedEntry = {
  readonly from: string
  readonly to?: string
  readonly value: unknown
  readonly provenance: unknown
}

const encodeBibliography = (bibliography: Bibliography) => Schema.encodeSync(BibliographySchema)(bibliography)

// Replaces whatever the base history had over each new value's range, keeping the rest.
const spliceValues = (
  base: ReadonlyArray<EncodedEntry>,
  values: ReadonlyArray<EncodedEntry>
): ReadonlyArray<EncodedEntry> => {
  let history: Array<EncodedEntry> = [...base]
  for (const value of values) {
    const next: Array<EncodedEntry> = []
    for (const entry of history) {
      const endsBefore = entry.to !== undefined && entry.to <= value.from
      const startsAfter = value.to !== undefined && entry.from >= value.to
      if (endsBefore || startsAfter) {
        next.push(entry)
        continue
      }
      if (entry.from < value.from) next.push({ ...entry, to: value.from })
      if (value.to !== undefined && (entry.to === undefined || value.to < entry.to)) {
        const { to: _, ...rest } = entry
        next.push(entry.to === undefined ? { ...rest, from: value.to } : { ...entry, from: value.to })
      }
    }
    next.push(value)
    history = next.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
  }
  return history
}

// -----------------------------------------------------------------------------
// diff
// -----------------------------------------------------------------------------

/**
 * A parameter whose values differ between two policies: its history in each (undefined where a
 * policy lacks it), sources included.
 *
 * @example
 * ```ts
 * import type { Policy } from "@gip-sante/core"
 *
 * const ids = (d: ReadonlyArray<Policy.Difference>) => d.map((x) => x.parameterId)
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Difference {
  readonly parameterId: string
  readonly label: string
  readonly unit: string
  readonly before: ReadonlyArray<Parameter.HistoryEntry> | undefined
  readonly after: ReadonlyArray<Parameter.HistoryEntry> | undefined
}

const valuesKey = (p: Parameter.Parameter): string =>
  JSON.stringify([
    p.type,
    p.unit,
    (Parameter.encode(p).history as ReadonlyArray<EncodedEntry>).map((e) => [e.from, e.to ?? null, e.value])
  ])

/**
 * The parameters whose values (or effective dates, type or unit) differ between `a` and `b`,
 * sorted by id. A change of source alone is not a difference of value.
 *
 * @example
 * ```ts
 * import { Policy } from "@gip-sante/core"
 *
 * declare const a: Policy.Policy
 * Policy.diff(a, a) // []
 * ```
 *
 * @since 0.1.0
 * @category diff
 */
export const diff = (a: Policy, b: Policy): Array<Difference> => {
  const ids = [...new Set([...Object.keys(a.parameters), ...Object.keys(b.parameters)])].sort()
  const out: Array<Difference> = []
  for (const id of ids) {
    const before = parameter(a, id)
    const after = parameter(b, id)
    if (before !== undefined && after !== undefined && valuesKey(before) === valuesKey(after)) continue
    const shown = (after ?? before)!
    out.push({
      parameterId: id,
      label: shown.label,
      unit: shown.unit,
      before: before?.history as ReadonlyArray<Parameter.HistoryEntry> | undefined,
      after: after?.history as ReadonlyArray<Parameter.HistoryEntry> | undefined
    })
  }
  return out
}

/**
 * Policies: a programme's parameters, its bibliography, the sources of its rules and its
 * metadata, as one typed, JSON-serialisable record; regional overrides stacked on a base, with
 * the lineage of what each changed; diffs.
 *
 * A policy file is decoded once ({@link decode}: every issue reported at once, each with its
 * path), then read through typed parameter definitions ({@link read}). A region adapts a
 * policy with overrides ({@link decodeLayers}, {@link override}): each may replace the values of
 * parameters the base has (never add unknown ones, change a value type or drop a provenance;
 * a salary grid may switch between net and gross), add documents and restate rule sources; the
 * result remembers the whole chain, and {@link diff} shows it. With the requirements of the
 * library's modules (`Requirements.all`), decoding also checks that the policy is usable: every
 * parameter each module reads, with its type and unit, and the constraints between them.
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
import { type LocalDate, LocalDateSchema } from "./Calendar.js"
import { dateIssues } from "./internal/history.js"
import { decodeAll, formatPath, refusedInput, renderIssues, unreadable } from "./internal/issues.js"
import {
  field,
  isObject,
  isSpliceable,
  type Json,
  type Origin,
  Origins,
  type Placed,
  splice
} from "./internal/layers.js"
import { compareOrder, documentOrder, parsePath } from "./internal/paths.js"
import { migrationHint } from "./internal/retired.js"
import { closest } from "./internal/suggest.js"
import * as Parameter from "./Parameter.js"
import {
  type Bibliography,
  BibliographySchema,
  DocumentSchema,
  danglingReferences,
  type Provenance,
  ProvenanceSchema
} from "./Provenance.js"
import { type Unit, UnitSchema } from "./Unit.js"

// -----------------------------------------------------------------------------
// schemas
// -----------------------------------------------------------------------------

const idPattern = /^[a-z][a-zA-Z0-9]*(?:\.[a-z][a-zA-Z0-9]*)*$/u

const ParameterIdSchema = Schema.String.check(
  Schema.isPattern(idPattern, {
    expected: 'a parameter id made of dot-separated camelCase words, such as "pay.gp.grid"'
  })
)

const RuleIdSchema = Schema.String.check(
  Schema.isPattern(idPattern, {
    expected: 'a rule id made of dot-separated camelCase words, such as "obligations.pdsa"'
  })
)

// A policy and an override are told apart by the schema they name: an editor validating an
// override against the policy schema shows hundreds of errors, so say it once, plainly.
const schemaReference = (kind: "policy" | "override") => {
  const other = kind === "policy" ? "override" : "policy"
  const wrong = new RegExp(`(^|[/\\\\])${other}\\.schema\\.json$`, "u")
  return Schema.String.check(
    Schema.makeFilter(
      (text: string) =>
        wrong.test(text)
          ? `This file is ${kind === "policy" ? "a full policy" : "an override"}: point "$schema" at ${kind}.schema.json, not ${other}.schema.json`
          : undefined,
      {
        expected: `the address of ${kind}.schema.json`,
        toJsonSchema: () => ({ not: { pattern: wrong.source } })
      }
    )
  )
}

/**
 * Schema of what a policy says about one rule: the sources it rests on (citations of the
 * bibliography's documents, or an assumption when the region states a rule no document gives),
 * and an optional note. The handbook shows them, and every finding of the rule carries them.
 *
 * @example
 * ```ts
 * import { Policy } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Policy.RuleSourcesSchema)({
 *   sources: [{ kind: "citation", document: "S2", locator: "recruiting stops when slots go empty" }]
 * }) // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const RuleSourcesSchema = Schema.Struct({
  sources: Schema.Array(ProvenanceSchema).check(
    Schema.isMinLength(1, { expected: "at least one source (a citation, or an assumption)" })
  ),
  note: Schema.optionalKey(Schema.String)
})

const IdentitySchema = Schema.Struct({ name: Schema.String, region: Schema.String, version: Schema.String })

const LineageLayerSchema = Schema.Struct({
  name: Schema.String,
  region: Schema.String,
  version: Schema.String,
  replaced: Schema.Array(
    Schema.Struct({
      parameterId: Schema.String,
      from: LocalDateSchema,
      to: Schema.optionalKey(LocalDateSchema)
    })
  ),
  unitChanged: Schema.Array(Schema.Struct({ parameterId: Schema.String, from: UnitSchema, to: UnitSchema })),
  documentsAdded: Schema.Array(Schema.String),
  rules: Schema.Array(Schema.String),
  start: Schema.optionalKey(LocalDateSchema),
  inheritedFromStart: Schema.Array(Schema.Struct({ parameterId: Schema.String, from: LocalDateSchema })),
  withdrawn: Schema.optionalKey(
    Schema.Array(Schema.Struct({ parameterId: Schema.String, reason: Schema.String }))
  )
})

const LineageSchema = Schema.Struct({
  base: IdentitySchema,
  layers: Schema.Array(LineageLayerSchema),
  overridden: Schema.Array(Schema.String),
  documentsAdded: Schema.Array(Schema.String)
})

/**
 * Schema of a policy file. Decode with {@link decode}, which adds the checks a schema cannot
 * express (histories, citations) and reports every issue in one pass.
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
  $schema: Schema.optionalKey(schemaReference("policy")),
  name: Schema.NonEmptyString,
  region: Schema.NonEmptyString,
  version: Schema.NonEmptyString,
  description: Schema.optionalKey(Schema.String),
  start: Schema.optionalKey(LocalDateSchema),
  bibliography: BibliographySchema,
  rules: Schema.optionalKey(Schema.Record(RuleIdSchema, RuleSourcesSchema)),
  parameters: Schema.Record(ParameterIdSchema, Parameter.ParameterSchema),
  lineage: Schema.optionalKey(LineageSchema)
})

// The top of a policy, its three records left to be decoded entry by entry.
const PolicyHeadSchema = Schema.Struct({
  ...PolicySchema.fields,
  bibliography: Schema.Unknown,
  rules: Schema.optionalKey(Schema.Unknown),
  parameters: Schema.Unknown
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
 * The sources a policy gives for one rule.
 *
 * @example
 * ```ts
 * import type { Policy } from "@gip-sante/core"
 *
 * const documents = (r: Policy.RuleSources) => r.sources.flatMap((s) => (s.kind === "citation" ? [s.document] : []))
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type RuleSources = typeof RuleSourcesSchema.Type

/**
 * What a policy built from overrides remembers: the base's identity, then each override in
 * the order applied (its identity, the date ranges of the values it replaced, the grids whose
 * basis it switched, the documents it added, the rules whose sources it restated, the start it
 * set and the inherited values it moved to that start), and, over all of them, the parameters
 * replaced and the documents added.
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
 * One problem found in a policy or an override: where (a readable path such as
 * `parameters["pay.gp.grid"].values[0].value`) and what is wrong, in words an analyst can act
 * on. When several files were decoded together ({@link decodeLayers}), `layer` says which one
 * the path points into: 0 for the base policy, 1 for the first override, and so on.
 *
 * @example
 * ```ts
 * import type { Policy } from "@gip-sante/core"
 *
 * const line = (i: Policy.Issue) => `at ${i.path}: ${i.message}`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Issue {
  readonly path: string
  readonly message: string
  readonly layer?: number
}

/**
 * Why a policy could not be decoded, overridden or read: every issue, each with the path of the
 * field at fault (`parameters["pay.gp.grid"].history[1].from`) and, for a stack of files, the
 * layer it is in.
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

/**
 * A parameter a module reads: its id, value type, the units it accepts (a salary grid may be
 * net or gross) and what it is for.
 *
 * @example
 * ```ts
 * import type { Policy } from "@gip-sante/core"
 *
 * const grid: Policy.NeededParameter = {
 *   id: "pay.gp.grid",
 *   type: "grid",
 *   units: ["eurosPerMonthNet", "eurosPerMonthGross"],
 *   label: "GP pay grid"
 * }
 * ```
 *
 * @since 0.1.0
 * @category requirements
 */
export interface NeededParameter {
  readonly id: string
  readonly type: Parameter.ValueType
  readonly units: ReadonlyArray<Unit>
  readonly label: string
}

/**
 * What one module of the library needs from a policy to work: the parameters it reads (each
 * with its value type and units), the parameters it reads when present (by id pattern, such as
 * every `pay.<profession>.grid`), the rules it defines (whose sources the policy may give), and
 * the constraints between parameters that it assumes (a grid starting at the published starting
 * pay), each returning the issues it finds on a decoded policy. `Requirements` holds those of
 * every module.
 *
 * @example
 * ```ts
 * import type { Policy } from "@gip-sante/core"
 *
 * const contract: Policy.Requirement = {
 *   module: "Contract",
 *   parameters: [{ id: "contract.maxWeeklyHours", type: "number", units: ["hoursPerWeek"], label: "Maximum weekly hours" }],
 *   rules: ["contract.weeklyHoursWithinBounds"]
 * }
 * ```
 *
 * @since 0.1.0
 * @category requirements
 */
export interface Requirement {
  readonly module: string
  readonly parameters: ReadonlyArray<NeededParameter>
  readonly patterns?: ReadonlyArray<{
    readonly pattern: RegExp
    readonly type: Parameter.ValueType
    readonly units: ReadonlyArray<Unit>
    readonly label: string
  }>
  readonly rules?: ReadonlyArray<string>
  readonly constraints?: ReadonlyArray<(policy: Policy) => ReadonlyArray<Issue>>
}

/**
 * Options of decoding: the requirements to check the policy against (none by default: the
 * policy is checked on its own; pass `Requirements.all` to check that every module can use it).
 *
 * @example
 * ```ts
 * import type { Policy } from "@gip-sante/core"
 *
 * const alone: Policy.DecodeOptions = { requirements: [] }
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export interface DecodeOptions {
  readonly requirements?: ReadonlyArray<Requirement>
}

/**
 * The keys of a path as issues print it: `parameters["pay.gp.grid"].values[0]` gives
 * `["parameters", "pay.gp.grid", "values", 0]`, `(root)` gives `[]`; undefined for a text that
 * is not such a path. A program uses it to find the place in the file the user wrote.
 *
 * @example
 * ```ts
 * import { Policy } from "@gip-sante/core"
 *
 * Policy.pathKeys('parameters["pay.gp.grid"].values[0].value') // ["parameters", "pay.gp.grid", "values", 0, "value"]
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const pathKeys = (path: string): Array<string | number> | undefined => parsePath(path)

// -----------------------------------------------------------------------------
// decoding
// -----------------------------------------------------------------------------

const documentIdPattern = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/u

const idExpectations = {
  parameters: {
    pattern: idPattern,
    expected: 'Expected a parameter id made of dot-separated camelCase words, such as "pay.gp.grid"'
  },
  rules: {
    pattern: idPattern,
    expected: 'Expected a rule id made of dot-separated camelCase words, such as "obligations.pdsa"'
  },
  bibliography: {
    pattern: documentIdPattern,
    expected: "Expected a document id made of letters, digits, '.', '_' or '-' (such as \"S2\")"
  }
} as const

type RecordField = keyof typeof idExpectations

const AnyRecordSchema = Schema.Record(Schema.String, Schema.Unknown)

// Decodes the entries of one of a file's records (parameters, bibliography, rules) one by one, so
// that a bad entry does not hide the others' problems. A key that is not a valid id is reported
// (a record schema would skip it silently).
const decodeEntries = <A>(
  container: unknown,
  name: RecordField,
  decodeEntry: (
    key: string,
    value: unknown,
    path: ReadonlyArray<PropertyKey>
  ) => Result.Result<A, ReadonlyArray<Issue>>,
  issues: Array<Issue>
): Record<string, A> => {
  const decoded: Record<string, A> = {}
  const record = field(container, name)
  if (record === undefined) return decoded
  if (!isObject(record)) {
    const shape = decodeAll(AnyRecordSchema, record, [name])
    if (Result.isFailure(shape)) issues.push(...shape.failure)
    return decoded
  }
  const { pattern, expected } = idExpectations[name]
  for (const key of Object.keys(record)) {
    if (!pattern.test(key)) {
      issues.push({ path: formatPath([name, key]), message: `${expected}, got ${JSON.stringify(key)}` })
      continue
    }
    const entry = decodeEntry(key, record[key], [name, key])
    if (Result.isSuccess(entry)) decoded[key] = entry.success
    else issues.push(...entry.failure)
  }
  return decoded
}

const decodeParameter = (id: string, value: unknown, path: ReadonlyArray<PropertyKey>) =>
  Result.mapError(Parameter.decode(id, value, path), (error) => error.issues)

const decodeDocument = (_: string, value: unknown, path: ReadonlyArray<PropertyKey>) =>
  decodeAll(DocumentSchema, value, path)

const decodeRuleSources = (_: string, value: unknown, path: ReadonlyArray<PropertyKey>) =>
  decodeAll(RuleSourcesSchema, value, path)

// The documents a raw provenance cites, with the path of each citation.
const citedDocuments = (
  provenance: unknown,
  path: ReadonlyArray<PropertyKey>
): Array<{ readonly id: string; readonly path: string }> => {
  if (field(provenance, "kind") === "citation") {
    const document = field(provenance, "document")
    return typeof document === "string" ? [{ id: document, path: formatPath([...path, "document"]) }] : []
  }
  const references = field(provenance, "references")
  return Array.isArray(references)
    ? references.flatMap((id) =>
        typeof id === "string" ? [{ id, path: formatPath([...path, "references"]) }] : []
      )
    : []
}

// Every citation of the file against the documents of `bibliography` (by default its own),
// read from the raw JSON so that an undeclared citation is reported even beside shape errors.
// An override's values are under `values` as well as `history`.
const citationIssuesOf = (
  input: unknown,
  bibliography: unknown = field(input, "bibliography")
): Array<Issue> => {
  const declared = (id: string) =>
    isObject(bibliography) && Object.hasOwn(bibliography, id) && documentIdPattern.test(id)
  const issues: Array<Issue> = []
  const check = (provenance: unknown, path: ReadonlyArray<PropertyKey>) => {
    for (const cited of citedDocuments(provenance, path)) {
      if (!declared(cited.id) && documentIdPattern.test(cited.id))
        issues.push({
          path: cited.path,
          message: `Refers to document "${cited.id}", which the bibliography does not declare`
        })
    }
  }
  const parameters = field(input, "parameters")
  if (isObject(parameters)) {
    for (const id of Object.keys(parameters)) {
      for (const list of ["history", "values"]) {
        const entries = field(parameters[id], list)
        if (!Array.isArray(entries)) continue
        for (let i = 0; i < entries.length; i++)
          check(field(entries[i], "provenance"), ["parameters", id, list, i, "provenance"])
      }
    }
  }
  const rules = field(input, "rules")
  if (isObject(rules)) {
    for (const id of Object.keys(rules)) {
      const sources = field(rules[id], "sources")
      if (!Array.isArray(sources)) continue
      for (let i = 0; i < sources.length; i++) check(sources[i], ["rules", id, "sources", i])
    }
  }
  return issues
}

// A policy decoded part by part: what decoded, and every issue found on the way.
interface Parts {
  readonly issues: Array<Issue>
  readonly head: Record<string, unknown> | undefined
  readonly parameters: Record<string, Parameter.Parameter>
  readonly bibliography: Bibliography
  readonly rules: Record<string, RuleSources> | undefined
}

const decodeParts = (input: unknown): Parts => {
  const issues: Array<Issue> = []
  const head = decodeAll(PolicyHeadSchema, input)
  if (Result.isFailure(head)) issues.push(...head.failure)
  const bibliography = decodeEntries(input, "bibliography", decodeDocument, issues)
  const rules = decodeEntries(input, "rules", decodeRuleSources, issues)
  const parameters = decodeEntries(input, "parameters", decodeParameter, issues)
  issues.push(...citationIssuesOf(input))
  return {
    issues,
    head: Result.isSuccess(head) ? (head.success as Record<string, unknown>) : undefined,
    parameters,
    bibliography: bibliography as Bibliography,
    rules: field(input, "rules") === undefined ? undefined : rules
  }
}

const assemble = (parts: Parts): Policy =>
  ({
    ...parts.head,
    bibliography: parts.bibliography,
    ...(parts.rules === undefined ? {} : { rules: parts.rules }),
    parameters: parts.parameters
  }) as unknown as Policy

/**
 * Decodes and checks a policy in one pass: its shape, units and value types, every parameter's
 * history (order, overlaps, declared gaps, grids), every citation against the bibliography, and,
 * with `options.requirements`, what the library's modules need (see {@link decodeLayers}).
 * Reports every issue at once, each with its path. Never throws, whatever the input.
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
export const decode = (input: unknown, options: DecodeOptions = {}): Result.Result<Policy, PolicyError> =>
  decodeLayers([input], options)

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
  for (const id of Object.keys(policy.rules ?? {})) {
    policy.rules![id]!.sources.forEach((source, i) => {
      issues.push(...citationIssues(source, policy.bibliography, ["rules", id, "sources", i]))
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
 * Decodes a stack of files in one pass: a base policy (layer 0) and overrides applied in order
 * (layers 1, 2, …), into one policy whose `lineage` records the chain. Reports every issue at
 * once, each in the file that holds it: a value an override gives is reported at its
 * `values[i]` in that override (with `layer`), not where it lands in the merged history.
 *
 * Checked: each file's shape, units and value types, the histories' dates (and each override's
 * values: one continuous range, in order, without overlap), citations against the merged
 * bibliography, what each override may change (known parameters, same type, same unit but a
 * grid's basis), and, with `options.requirements` (`Requirements.all` for every module of the
 * library): every parameter a module needs (missing, mistyped, or misspelt, with a suggestion),
 * the constraints between them, rule ids, and, when the policy declares its `start`, a value of
 * each needed parameter in force from that day. Never throws, whatever the input.
 *
 * @example
 * ```ts
 * import { Policy } from "@gip-sante/core"
 * import { policyJson } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const cvl = {
 *   region: "Centre-Val de Loire",
 *   parameters: {
 *     "contract.maxWeeklyHours": {
 *       values: [{ from: "2024-01-01", value: 39, provenance: { kind: "assumption", rationale: "At most 39 h", replaceWith: "the GIP's rule" } }]
 *     }
 *   }
 * }
 * const r = Policy.decodeLayers([policyJson, cvl])
 * if (Result.isSuccess(r)) r.success.lineage?.layers[0]?.replaced // [{ parameterId: "contract.maxWeeklyHours", from: "2024-01-01" }]
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeLayers = (
  layers: ReadonlyArray<unknown>,
  options: DecodeOptions = {}
): Result.Result<Policy, PolicyError> => {
  // Decoding never throws: an input that cannot be read (a throwing getter, a revoked proxy, a
  // value nested too deeply to walk) is an issue like any other.
  const refused: Array<Issue> = []
  layers.forEach((layer, index) => {
    const issue = refusedInput(layer)
    if (issue !== undefined) refused.push(index === 0 ? issue : { ...issue, layer: index })
  })
  if (refused.length > 0) return failWith(refused)
  try {
    return decodeReadableLayers(layers, options)
  } catch (error) {
    const at = layers.findIndex((layer) => findsUnreadable(layer))
    const issue = unreadable(layers[Math.max(at, 0)], [], error)
    return failWith([at > 0 ? { ...issue, layer: at } : issue])
  }
}

// Whether reading a layer throws somewhere (a getter, a proxy's trap).
const findsUnreadable = (layer: unknown): boolean =>
  unreadable(layer, [], undefined).message.startsWith("Could not be read")

const decodeReadableLayers = (
  layers: ReadonlyArray<unknown>,
  options: DecodeOptions
): Result.Result<Policy, PolicyError> => {
  const [base, ...overrides] = layers
  const stacked = stack(base, overrides)
  const parts = decodeParts(stacked.merged)
  const located: Array<Issue> = []
  const place = (issue: Issue) => {
    const found = stacked.origins.locate(issue.path)
    located.push(
      overrides.length === 0
        ? { path: found.path, message: issue.message }
        : { path: found.path, message: issue.message, layer: found.layer }
    )
  }
  for (const issue of parts.issues) place(issue)
  for (const issue of requirementIssues(stacked.merged, parts, options.requirements ?? [], stacked.origins))
    place(issue)
  const issues = inReadingOrder(layers, dedupe([...stacked.issues, ...located]))
  if (issues.length > 0) return failWith(issues)
  const policy = assemble(parts)
  if (overrides.length === 0) return Result.succeed(policy)
  return Result.succeed({ ...policy, lineage: lineageOf(base, policy.lineage, stacked.layers) })
}

// Issues in the order a reader meets them: file by file, then as placed in each file.
const inReadingOrder = (layers: ReadonlyArray<unknown>, issues: ReadonlyArray<Issue>): Array<Issue> =>
  issues
    .map((issue, index) => ({
      issue,
      index,
      order: documentOrder(layers[issue.layer ?? 0], parsePath(issue.path) ?? [])
    }))
    .sort(
      (a, b) =>
        (a.issue.layer ?? 0) - (b.issue.layer ?? 0) || compareOrder(a.order, b.order) || a.index - b.index
    )
    .map((x) => x.issue)

const dedupe = (issues: ReadonlyArray<Issue>): Array<Issue> => {
  const seen = new Set<string>()
  return issues.filter((issue) => {
    const key = `${issue.layer ?? ""}\u0000${issue.path}\u0000${issue.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const stack = (base: unknown, overrides: ReadonlyArray<unknown>): Stacked => {
  const origins = new Origins()
  const issues: Array<Issue> = []
  const lineage: Array<LineageLayer> = []
  const merged: unknown = isObject(base) ? { ...base } : base
  overrides.forEach((patch, i) => {
    const layer = i + 1
    if (!isObject(merged)) {
      // Nothing to apply to: the override's own shape is still checked.
      const head = decodeAll(PatchHeadSchema, patch)
      if (Result.isFailure(head)) issues.push(...head.failure.map((issue) => ({ ...issue, layer })))
      return
    }
    const applied = applyLayer(merged, patch, layer, origins)
    issues.push(...applied.issues)
    lineage.push(applied.lineage)
  })
  return { merged, origins, issues, layers: lineage }
}

const lineageOf = (
  base: unknown,
  inherited: Lineage | undefined,
  layers: ReadonlyArray<LineageLayer>
): Lineage => {
  const all = [...(inherited?.layers ?? []), ...layers]
  const union = (pick: (layer: LineageLayer) => ReadonlyArray<string>) =>
    [...new Set(all.flatMap(pick))].sort()
  return {
    base: inherited?.base ?? {
      name: text(field(base, "name"), ""),
      region: text(field(base, "region"), ""),
      version: text(field(base, "version"), "")
    },
    layers: all,
    overridden: union((layer) => layer.replaced.map((r) => r.parameterId)),
    documentsAdded: union((layer) => layer.documentsAdded)
  }
}

// -----------------------------------------------------------------------------
// requirements
// -----------------------------------------------------------------------------

const names = (modules: ReadonlyArray<string>): string =>
  modules.length === 1 ? modules[0]! : `${modules.slice(0, -1).join(", ")} and ${modules[modules.length - 1]}`

const need = (modules: ReadonlyArray<string>): string =>
  `${names(modules)} ${modules.length === 1 ? "needs" : "need"}`

// What the modules need, merged by parameter id (several modules may read one parameter).
const neededById = (requirements: ReadonlyArray<Requirement>) => {
  const needed = new Map<string, { readonly parameter: NeededParameter; readonly modules: Array<string> }>()
  for (const requirement of requirements) {
    for (const parameter of requirement.parameters) {
      const known = needed.get(parameter.id)
      if (known === undefined) needed.set(parameter.id, { parameter, modules: [requirement.module] })
      else if (!known.modules.includes(requirement.module)) known.modules.push(requirement.module)
    }
  }
  return needed
}

// Checks a merged policy (its raw JSON, and the parts that decoded) against the requirements.
// Paths point into the merged policy; the caller moves them to the files.
const requirementIssues = (
  merged: unknown,
  parts: Parts,
  requirements: ReadonlyArray<Requirement>,
  origins: Origins
): Array<Issue> => {
  if (requirements.length === 0) return []
  const issues: Array<Issue> = []
  const raw = field(merged, "parameters")
  if (!isObject(raw)) return issues
  const needed = neededById(requirements)
  const patterns = requirements.flatMap((r) => (r.patterns ?? []).map((p) => ({ ...p, module: r.module })))

  // Misspelt ids: an id no module reads, close to one a module needs and the policy lacks.
  const missing = [...needed.keys()].filter((id) => !Object.hasOwn(raw, id))
  const suggested = new Set<string>()
  for (const id of Object.keys(raw)) {
    if (needed.has(id) || patterns.some((p) => p.pattern.test(id))) continue
    const suggestion = closest(id, missing)
    if (suggestion === undefined || suggested.has(suggestion)) continue
    suggested.add(suggestion)
    issues.push({
      path: formatPath(["parameters", id]),
      message: `No module reads ${id}: did you mean ${suggestion}? ${need(needed.get(suggestion)!.modules)} it (${needed.get(suggestion)!.parameter.label}) and the policy lacks it`
    })
  }

  const checkKind = (
    id: string,
    expected: {
      readonly type: Parameter.ValueType
      readonly units: ReadonlyArray<Unit>
      readonly label: string
    },
    modules: ReadonlyArray<string>
  ) => {
    const type = field(raw[id], "type")
    const unit = field(raw[id], "unit")
    if (typeof type === "string" && type !== expected.type) {
      issues.push({
        path: formatPath(["parameters", id, "type"]),
        message: `${id} must hold a ${expected.type} value for ${names(modules)} (${expected.label}), but the policy gives a ${type}`
      })
    } else if (typeof unit === "string" && !expected.units.includes(unit as Unit)) {
      issues.push({
        path: formatPath(["parameters", id, "unit"]),
        message: `${id} must be in ${expected.units.join(" or ")} for ${names(modules)} (${expected.label}), but the policy gives ${unit}`
      })
    }
  }
  for (const [id, { parameter, modules }] of needed) {
    if (!Object.hasOwn(raw, id)) {
      if (!suggested.has(id))
        issues.push({
          path: formatPath(["parameters", id]),
          message: `The policy has no parameter ${id} (${parameter.label}), which ${need(modules)}`
        })
      continue
    }
    checkKind(id, parameter, modules)
  }
  for (const id of Object.keys(raw)) {
    if (needed.has(id)) continue
    const pattern = patterns.find((p) => p.pattern.test(id))
    if (pattern !== undefined) checkKind(id, pattern, [pattern.module])
  }

  // A value of every needed parameter from the programme's start. Values written before an
  // override set a later start are reported together, at that start.
  const start = field(merged, "start")
  if (typeof start === "string" && Result.isSuccess(decodeAll(LocalDateSchema, start))) {
    const startOrigin = origins.get(["start"])
    const inherited: Array<{ readonly id: string; readonly from: string }> = []
    for (const id of needed.keys()) {
      const first = parts.parameters[id]?.history[0]
      if (first === undefined || first.from <= start) continue
      if (origins.get(["parameters", id, "history", 0]).layer < startOrigin.layer) {
        inherited.push({ id, from: first.from })
        continue
      }
      issues.push({
        path: formatPath(["parameters", id, "history", 0, "from"]),
        message: `No value of ${id} is in force on ${start}, the programme's start: its history starts on ${first.from}. Give a value from ${start}`
      })
    }
    if (inherited.length > 0) {
      const from = [...new Set(inherited.map((i) => i.from))].sort()
      issues.push({
        path: "start",
        message: `${inherited.length} parameter(s) the modules need have no value in force on ${start}, the programme's start: their inherited values start on ${from.join(", ")} (${inherited.map((i) => i.id).join(", ")}). Give values from ${start}, or move the inherited values to your start with "inheritFromStart": true`
      })
    }
  }

  // Rules the policy gives sources for.
  const rules = field(merged, "rules")
  if (isObject(rules)) {
    const known = requirements.flatMap((r) => r.rules ?? [])
    for (const id of Object.keys(rules)) {
      if (known.includes(id)) continue
      const suggestion = closest(id, known)
      issues.push({
        path: formatPath(["rules", id]),
        message: `No module has a rule ${id}${suggestion === undefined ? "" : `: did you mean ${suggestion}?`}`
      })
    }
  }

  // Constraints between parameters, on those that decoded.
  const policy = assemble({ ...parts, head: parts.head ?? {} })
  // A parameter in the file that did not decode is left to its decoding issue, which says what is
  // wrong with it: a constraint that finds it missing would only repeat that.
  const undecoded = new Set(
    Object.keys(raw)
      .filter((id) => !Object.hasOwn(policy.parameters, id))
      .map((id) => formatPath(["parameters", id]))
  )
  for (const requirement of requirements) {
    for (const constraint of requirement.constraints ?? [])
      for (const issue of constraint(policy)) if (!undecoded.has(issue.path)) issues.push(issue)
  }
  return issues
}

// -----------------------------------------------------------------------------
// JSON Schemas
// -----------------------------------------------------------------------------

const draft = "https://json-schema.org/draft/2020-12/schema"

const documentOf = (
  schema: Schema.Top
): { schema: Record<string, unknown>; defs: Record<string, unknown> } => {
  const document = Schema.toJsonSchemaDocument(schema, { onExcessProperty: "error" })
  return {
    schema: document.schema as Record<string, unknown>,
    defs: document.definitions as Record<string, unknown>
  }
}

const withDefs = (defs: Record<string, unknown>) => (Object.keys(defs).length > 0 ? { $defs: defs } : {})

// A parameter's value type and units, as JSON Schema.
const kindOf = (type: Parameter.ValueType, units: ReadonlyArray<Unit>) => ({
  type: "object",
  properties: { type: { const: type }, unit: units.length === 1 ? { const: units[0] } : { enum: units } }
})

// A JSON Schema document: the rules a file may give sources for are those the modules define.
const finished = (
  about: { readonly title: string; readonly description: string },
  document: { readonly schema: Record<string, unknown>; readonly defs: Record<string, unknown> },
  properties: Record<string, Record<string, unknown>>,
  requirements: ReadonlyArray<Requirement>
): Record<string, unknown> & { readonly $schema: string } => {
  const ruleIds = requirements.flatMap((r) => r.rules ?? [])
  if (ruleIds.length > 0) properties.rules = onlyRules(properties.rules!, ruleIds)
  return { $schema: draft, ...about, ...document.schema, properties, ...withDefs(document.defs) }
}

// The rules a policy may give sources for: those the modules define.
const onlyRules = (rules: Record<string, unknown>, ids: ReadonlyArray<string>): Record<string, unknown> => ({
  ...rules,
  propertyNames: { enum: [...new Set(ids)] }
})

/**
 * The JSON Schema (draft 2020-12) of policy files, for editors to validate a region's policy as
 * it is typed: shape, ids, units and values within their unit's bounds, money and dates as
 * written, grids; with `options.requirements` (`Requirements.all`), also every parameter each
 * module needs, with its type and units. {@link decode} also checks what a JSON Schema cannot:
 * histories' dates, citations, constraints between parameters.
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
export const jsonSchema = (
  options: DecodeOptions = {}
): Record<string, unknown> & { readonly $schema: string } => {
  const { schema, defs } = documentOf(PolicySchema)
  const properties = { ...(schema.properties as Record<string, Record<string, unknown>>) }
  // What the modules read, beside the shape every parameter has: each needed parameter, with
  // its type and units, and those read when present (each profession's grid).
  const requirements = options.requirements ?? []
  const needed = neededById(requirements)
  const patterns = requirements.flatMap((r) => r.patterns ?? [])
  const read = [
    ...(needed.size === 0
      ? []
      : [
          {
            type: "object",
            properties: Object.fromEntries(
              [...needed.values()].map(({ parameter, modules }) => [
                parameter.id,
                {
                  description: `${parameter.label}: ${need(modules)} it.`,
                  ...kindOf(parameter.type, parameter.units)
                }
              ])
            ),
            required: [...needed.keys()]
          }
        ]),
    ...(patterns.length === 0
      ? []
      : [
          {
            type: "object",
            patternProperties: Object.fromEntries(
              patterns.map((p) => [
                p.pattern.source,
                { description: `${p.label}.`, ...kindOf(p.type, p.units) }
              ])
            )
          }
        ])
  ]
  if (read.length > 0) properties.parameters = { ...properties.parameters, allOf: read }
  return finished(
    {
      title: "@gip-sante policy",
      description:
        "A regional health-centre programme's policy: parameters with dated values, each with its provenance (citation or assumption), the bibliography they cite, and the sources of the programme's rules."
    },
    { schema, defs },
    properties,
    requirements
  )
}

/**
 * The JSON Schema (draft 2020-12) of override files (a region's changes to a base policy), for
 * editors: a correct override shows no error. With `options.requirements`
 * (`Requirements.all`), the values of a parameter a module reads are checked as its type and
 * units, and only the modules' rules may be given sources; any other value is checked as any
 * value some parameter may hold. Applied to its base ({@link decodeLayers}), every value is
 * checked against its parameter's type and unit.
 *
 * @example
 * ```ts
 * import { Policy } from "@gip-sante/core"
 *
 * Policy.overrideJsonSchema().title // "@gip-sante policy override"
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const overrideJsonSchema = (
  options: DecodeOptions = {}
): Record<string, unknown> & { readonly $schema: string } => {
  const { schema, defs } = documentOf(PatchSchema)
  const properties = { ...(schema.properties as Record<string, Record<string, unknown>>) }
  const allDefs = { ...defs }
  const needed = neededById(options.requirements ?? [])
  if (needed.size > 0) {
    // A parameter the modules read has a known type and units: its values are checked as such.
    properties.parameters = {
      ...properties.parameters,
      allOf: [
        {
          type: "object",
          properties: Object.fromEntries(
            [...needed.values()].map(({ parameter, modules }) => {
              // One definition per kind of values (a share, hours a week, a grid…), shared by the
              // parameters of that kind.
              const capitalized = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`
              const unit =
                parameter.type === "grid" || parameter.units[0] === "none"
                  ? ""
                  : capitalized(parameter.units[0]!)
              const name = `${capitalized(parameter.type)}${unit}Values`
              if (allDefs[name] === undefined) {
                const values = documentOf(Parameter.historySchema(parameter.type, parameter.units[0]!))
                Object.assign(allDefs, values.defs, { [name]: values.schema })
              }
              const ref = { $ref: `#/$defs/${name}` }
              return [
                parameter.id,
                {
                  description: `${parameter.label}: ${need(modules)} it.`,
                  type: "object",
                  properties: {
                    ...kindOf(parameter.type, parameter.units).properties,
                    history: ref,
                    values: ref
                  }
                }
              ]
            })
          )
        }
      ]
    }
  }
  return finished(
    {
      title: "@gip-sante policy override",
      description:
        "A region's changes to a base policy: new values for some of its parameters (each with its provenance), documents added to the bibliography, restated rule sources, the programme's start."
    },
    { schema, defs: allDefs },
    properties,
    options.requirements ?? []
  )
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

const patchEntry = <V extends Schema.Top>(value: V) =>
  Schema.Struct({
    from: LocalDateSchema,
    to: Schema.optionalKey(LocalDateSchema),
    value,
    provenance: ProvenanceSchema
  })

const parameterPatch = <V extends Schema.Top>(value: V) =>
  Schema.Struct({
    type: Schema.optionalKey(Schema.Literals(["number", "money", "grid", "boolean", "list", "text"])),
    unit: Schema.optionalKey(UnitSchema),
    label: Schema.optionalKey(Schema.NonEmptyString),
    description: Schema.optionalKey(Schema.NonEmptyString),
    history: Schema.optionalKey(Schema.Array(patchEntry(value))),
    values: Schema.optionalKey(Schema.Array(patchEntry(value))),
    gaps: Schema.optionalKey(
      Schema.Array(
        Schema.Struct({ from: LocalDateSchema, to: LocalDateSchema, reason: Schema.NonEmptyString })
      )
    ),
    // Why the region's programme has no such parameter (a goal it never set): the parameter is
    // left out of the result, and a module that needs it says so.
    withdraw: Schema.optionalKey(Schema.NonEmptyString)
  })
    .check(
      Schema.makeFilter(
        (patch: { readonly history?: unknown; readonly values?: unknown }) =>
          patch.history !== undefined && patch.values !== undefined
            ? 'Give either "history" (to replace all of the parameter\'s values) or "values" (to replace some of them), not both'
            : undefined,
        {
          expected: 'either "history" or "values"',
          toJsonSchema: () => ({
            not: { type: "object", properties: { history: {}, values: {} }, required: ["history", "values"] }
          })
        }
      )
    )
    .check(
      Schema.makeFilter(
        (patch: { readonly withdraw?: unknown }) =>
          patch.withdraw !== undefined && Object.keys(patch).length > 1
            ? 'A parameter withdrawn ("withdraw") takes nothing else: no value, label or unit'
            : undefined,
        {
          expected: '"withdraw" alone',
          toJsonSchema: () => ({
            anyOf: [
              { not: { type: "object", properties: { withdraw: {} }, required: ["withdraw"] } },
              { maxProperties: 1 }
            ]
          })
        }
      )
    )

// Any value some parameter may hold: the override does not say which parameter type it is for;
// applied to its base, each value is decoded as its parameter's type and unit.
const PatchValueSchema = Schema.Union([
  Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0)),
  Schema.NonEmptyString,
  Schema.Boolean,
  Schema.Array(Schema.NonEmptyString),
  Schema.Array(Parameter.EchelonSchema)
])

// Decoded with the value left to the parameter's own type and unit, for precise messages.
const ParameterPatchDecodeSchema = parameterPatch(Schema.Unknown)

/**
 * Schema of an override (a region's patch to a base policy). For each parameter it names, a
 * patch either replaces the whole `history`, or gives `values` (one continuous range) that
 * replace whatever the base had over their dates, the rest of the base history being kept; a
 * salary grid may switch its `unit` between net and gross (with a whole `history`). It may
 * retitle the policy, set the programme's `start` and move the first values it inherits to that
 * start (`inheritFromStart`: `true` for every value that started with the base programme, or a
 * list of parameter ids), add documents to the bibliography and restate rules' sources. A
 * parameter the region's programme does not have (a goal it never set) is withdrawn with the
 * reason (`"withdraw": "…"`); a module that needs it then says so.
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
  $schema: Schema.optionalKey(schemaReference("override")),
  name: Schema.optionalKey(Schema.NonEmptyString),
  region: Schema.optionalKey(Schema.NonEmptyString),
  version: Schema.optionalKey(Schema.NonEmptyString),
  description: Schema.optionalKey(Schema.String),
  start: Schema.optionalKey(LocalDateSchema),
  inheritFromStart: Schema.optionalKey(Schema.Union([Schema.Literal(true), Schema.Array(ParameterIdSchema)])),
  bibliography: Schema.optionalKey(BibliographySchema),
  rules: Schema.optionalKey(Schema.Record(RuleIdSchema, RuleSourcesSchema)),
  parameters: Schema.optionalKey(Schema.Record(ParameterIdSchema, parameterPatch(PatchValueSchema)))
})

const PatchHeadSchema = Schema.Struct({
  ...PatchSchema.fields,
  bibliography: Schema.optionalKey(Schema.Unknown),
  rules: Schema.optionalKey(Schema.Unknown),
  parameters: Schema.optionalKey(Schema.Unknown)
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

type ParameterPatch = typeof ParameterPatchDecodeSchema.Type

type LineageLayer = Lineage["layers"][number]

const gridUnits: ReadonlyArray<string> = ["eurosPerMonthNet", "eurosPerMonthGross"]

// What a layer changes and what the merged policy keeps of it.
interface Stacked {
  readonly merged: unknown
  readonly origins: Origins
  readonly issues: Array<Issue>
  readonly layers: Array<LineageLayer>
}

const text = (value: unknown, otherwise: string): string => (typeof value === "string" ? value : otherwise)

const describeBase = (merged: unknown): string =>
  `${text(field(merged, "name"), "the base policy")} (${text(field(merged, "region"), "no region")})`

// The checks of one override that need the policy it applies to; the parameters that pass them
// are applied to `merged`, recording origins and the lineage.
const applyLayer = (
  merged: Json,
  patch: unknown,
  layer: number,
  origins: Origins
): {
  readonly issues: Array<Issue>
  readonly lineage: LineageLayer
} => {
  const issues: Array<Issue> = []
  const head = decodeAll(PatchHeadSchema, patch)
  if (Result.isFailure(head)) issues.push(...head.failure)
  const at = (keys: ReadonlyArray<PropertyKey>): Origin => ({ layer, keys })
  const replaced: Array<LineageLayer["replaced"][number]> = []
  const unitChanged: Array<LineageLayer["unitChanged"][number]> = []
  const documentsAdded: Array<string> = []
  const rulesRestated: Array<string> = []
  const inherited: Array<LineageLayer["inheritedFromStart"][number]> = []
  const withdrawn: Array<{ parameterId: string; reason: string }> = []
  const baseStart = field(merged, "start")
  const baseName = describeBase(merged)

  // bibliography: new documents only, so that an inherited citation keeps its meaning
  const bibliography = field(merged, "bibliography")
  const documents = decodeEntries(patch, "bibliography", decodeDocument, issues)
  for (const id of Object.keys(documents)) {
    if (isObject(bibliography) && Object.hasOwn(bibliography, id)) {
      issues.push({
        path: formatPath(["bibliography", id]),
        message: `${baseName} already declares a document "${id}" ("${text(field(bibliography[id], "title"), "")}"), which its values cite: give yours another id`
      })
      continue
    }
    if (!isObject(bibliography)) continue
    // Each document is added to what the previous ones made, not to the base's bibliography.
    const current = field(merged, "bibliography")
    merged.bibliography = {
      ...(isObject(current) ? current : bibliography),
      [id]: field(field(patch, "bibliography"), id)
    }
    origins.set(["bibliography", id], at(["bibliography", id]))
    documentsAdded.push(id)
  }

  // citations, against the documents of the base and of this override
  issues.push(...citationIssuesOf(patch, merged.bibliography))

  // rules: restated sources replace the base's
  const rules = decodeEntries(patch, "rules", decodeRuleSources, issues)
  for (const id of Object.keys(rules)) {
    const current = field(merged, "rules")
    merged.rules = { ...(isObject(current) ? current : {}), [id]: field(field(patch, "rules"), id) }
    origins.clear(["rules", id])
    origins.set(["rules", id], at(["rules", id]))
    rulesRestated.push(id)
  }

  // parameters
  const parameters = field(merged, "parameters")
  const patches = decodeEntries(
    patch,
    "parameters",
    (_, value, path) => decodeAll(ParameterPatchDecodeSchema, value, path),
    issues
  )
  const mergedParameters: Json = isObject(parameters) ? { ...parameters } : {}
  for (const id of Object.keys(patches)) {
    const change = patches[id]!
    const path = ["parameters", id] as const
    const current = field(parameters, id)
    if (!isObject(current)) {
      if (isObject(parameters)) {
        const suggestion = closest(id, Object.keys(parameters))
        const migration = migrationHint(id)
        issues.push({
          path: formatPath(path),
          message: `Unknown parameter ${id}: an override can only replace parameters that ${baseName} has${
            migration !== undefined
              ? `; ${migration}`
              : suggestion === undefined
                ? ""
                : `; did you mean ${suggestion}?`
          }`
        })
      }
      continue
    }
    if (change.withdraw !== undefined) {
      delete mergedParameters[id]
      origins.clear(path)
      // A module that needs it is told where it was withdrawn.
      origins.set(path, at([...path, "withdraw"]))
      withdrawn.push({ parameterId: id, reason: change.withdraw })
      continue
    }
    const applied = applyParameter(id, current, change, layer, origins, issues)
    if (applied === undefined) continue
    mergedParameters[id] = applied.parameter
    if (applied.replaced !== undefined) replaced.push(applied.replaced)
    if (applied.unitChanged !== undefined) unitChanged.push(applied.unitChanged)
  }
  if (isObject(parameters)) merged.parameters = mergedParameters

  // identity and start
  for (const key of ["name", "region", "version", "description", "start"] as const) {
    const value = field(patch, key)
    if (value === undefined) continue
    merged[key] = value
    origins.set([key], at([key]))
  }

  // inherited values moved to the override's start
  const inheritFromStart = field(patch, "inheritFromStart")
  if (inheritFromStart !== undefined && Result.isSuccess(head)) {
    const start = field(merged, "start")
    if (typeof start !== "string") {
      issues.push({
        path: "inheritFromStart",
        message:
          'Moving inherited values to the start needs a start: give "start", the date your programme started'
      })
    } else {
      const ids =
        inheritFromStart === true ? Object.keys(mergedParameters) : (inheritFromStart as Array<string>)
      if (Array.isArray(inheritFromStart)) {
        inheritFromStart.forEach((id: string, i: number) => {
          if (!Object.hasOwn(mergedParameters, id)) {
            const suggestion = closest(id, Object.keys(mergedParameters))
            const migration = migrationHint(id)
            issues.push({
              path: formatPath(["inheritFromStart", i]),
              message: `Unknown parameter ${id}${
                migration !== undefined
                  ? `: ${migration}`
                  : suggestion === undefined
                    ? ""
                    : `: did you mean ${suggestion}?`
              }`
            })
          }
        })
      }
      for (const id of ids) {
        const moved = moveToStart(
          mergedParameters,
          id,
          start,
          inheritFromStart === true ? baseStart : undefined,
          layer,
          origins
        )
        if (moved !== undefined) inherited.push({ parameterId: id, from: moved as LocalDate })
      }
    }
  }

  return {
    issues: issues.map((issue) => ({ ...issue, layer })),
    lineage: {
      name: text(field(merged, "name"), ""),
      region: text(field(merged, "region"), ""),
      version: text(field(merged, "version"), ""),
      replaced,
      unitChanged,
      documentsAdded,
      rules: rulesRestated,
      ...(typeof field(patch, "start") === "string" ? { start: field(patch, "start") as LocalDate } : {}),
      inheritedFromStart: inherited,
      ...(withdrawn.length === 0 ? {} : { withdrawn })
    }
  }
}

// Moves the first value of an inherited parameter back to `start` when it begins after it: with
// `baseStart`, only a value that began with the base programme. Returns its former start.
const moveToStart = (
  parameters: Json,
  id: string,
  start: string,
  baseStart: unknown,
  layer: number,
  origins: Origins
): string | undefined => {
  const parameter = field(parameters, id)
  const history = field(parameter, "history")
  if (!isObject(parameter) || !isSpliceable(history) || history.length === 0) return undefined
  const first = history[0]!
  const from = field(first, "from") as string
  if (from <= start || (typeof baseStart === "string" && from !== baseStart)) return undefined
  // A value this override wrote itself is not inherited.
  if (origins.get(["parameters", id, "history", 0]).layer === layer) return undefined
  parameters[id] = { ...parameter, history: [{ ...first, from: start }, ...history.slice(1)] }
  return from
}

// Checks one parameter's patch against the parameter it replaces; undefined when it cannot be
// applied (its issues are in `issues`).
const applyParameter = (
  id: string,
  current: Json,
  change: ParameterPatch,
  layer: number,
  origins: Origins,
  issues: Array<Issue>
):
  | {
      readonly parameter: Json
      readonly replaced: LineageLayer["replaced"][number] | undefined
      readonly unitChanged: LineageLayer["unitChanged"][number] | undefined
    }
  | undefined => {
  const before = issues.length
  const path = ["parameters", id]
  const type = field(current, "type")
  const unit = field(current, "unit")
  if (change.type !== undefined && change.type !== type) {
    issues.push({
      path: formatPath([...path, "type"]),
      message: `Cannot change the value type of ${id} from ${text(type, "(none)")} to ${change.type}`
    })
  }
  const switchesBasis =
    change.unit !== undefined && change.unit !== unit && type === "grid" && gridUnits.includes(change.unit)
  if (change.unit !== undefined && change.unit !== unit) {
    if (!switchesBasis) {
      issues.push({
        path: formatPath([...path, "unit"]),
        message: `Cannot change the unit of ${id} from ${text(unit, "(none)")} to ${change.unit}: only a salary grid may switch between eurosPerMonthNet and eurosPerMonthGross`
      })
    } else if (change.history === undefined) {
      issues.push({
        path: formatPath([...path, "unit"]),
        message: `Switching ${id} from ${text(unit, "(none)")} to ${change.unit} changes what every amount means: give its whole "history" in ${change.unit}, not "values"`
      })
    }
  }
  const entries = change.history ?? change.values
  const listName = change.history !== undefined ? "history" : "values"
  if (entries !== undefined && typeof type === "string") {
    const decoded = Parameter.decodeValues(
      type as Parameter.ValueType,
      (change.unit ?? unit) as Unit,
      entries,
      [...path, listName]
    )
    if (Result.isFailure(decoded)) issues.push(...decoded.failure)
    issues.push(
      ...dateIssues(
        entries,
        listName === "history" ? change.gaps : undefined,
        path,
        listName as "history" | "values"
      )
    )
  }
  if (issues.length > before) return undefined

  const parameter: Json = { ...current }
  for (const key of ["label", "description", "unit"] as const) {
    if (change[key] === undefined) continue
    parameter[key] = change[key]
    origins.set([...path, key], { layer, keys: [...path, key] })
  }
  let replaced: LineageLayer["replaced"][number] | undefined
  if (entries !== undefined && entries.length > 0) {
    // Decoded entries are the JSON as written: dates are branded text, values were only checked.
    const placed: Array<Placed> = entries.map((entry, i) => ({
      entry: entry as unknown as Json,
      origin: { layer, keys: [...path, listName, i] }
    }))
    let history: Array<Placed>
    const currentHistory = field(current, "history")
    if (listName === "history" || !isSpliceable(currentHistory)) {
      history = placed
      origins.clear([...path, "history"])
      origins.set([...path, "history"], { layer, keys: [...path, listName] })
    } else {
      const inherited = currentHistory.map((entry, i) => ({
        entry,
        origin: origins.get([...path, "history", i])
      }))
      history = splice(inherited, placed)
      origins.clear([...path, "history"])
    }
    history.forEach((p, i) => {
      origins.set([...path, "history", i], p.origin)
    })
    parameter.history = history.map((p) => p.entry)
    const last = entries[entries.length - 1]!
    replaced = {
      parameterId: id,
      from: entries[0]!.from,
      ...(last.to === undefined ? {} : { to: last.to })
    }
    // The base's declared gaps describe the base's history: keep those the new values leave.
    const gaps = field(current, "gaps")
    if (listName === "history" || change.gaps !== undefined) {
      if (change.gaps === undefined) delete parameter.gaps
      else {
        parameter.gaps = change.gaps
        origins.clear([...path, "gaps"])
        origins.set([...path, "gaps"], { layer, keys: [...path, "gaps"] })
      }
    } else if (Array.isArray(gaps)) {
      const from = entries[0]!.from
      const to = last.to
      const kept = gaps.filter(
        (gap) =>
          !((to === undefined || text(field(gap, "from"), "") < to) && text(field(gap, "to"), "") > from)
      )
      if (kept.length === 0) delete parameter.gaps
      else parameter.gaps = kept
    }
  }
  return {
    parameter,
    replaced,
    unitChanged:
      switchesBasis && change.unit !== undefined
        ? { parameterId: id, from: unit as Unit, to: change.unit }
        : undefined
  }
}

/**
 * Applies a region's override to a decoded base policy: {@link decodeLayers} of the base and
 * the override, whose issues point into the override (`layer` 1). Rejects, with a message naming
 * the parameter: an unknown parameter, a change of value type or of unit (but a grid's basis),
 * a value without provenance, values that overlap or leave a gap, and any history that would not
 * be valid. The result records the base and what was overridden in its `lineage`.
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
export const override = (
  base: Policy,
  patch: unknown,
  options: DecodeOptions = {}
): Result.Result<Policy, PolicyError> => decodeLayers([encode(base), patch], options)

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

type EncodedEntry = { readonly from: string; readonly to?: string; readonly value: unknown }

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

/**
 * Published reference figures: what a programme has said about itself (centres, staff,
 * consultations, patients, money), each dated and cited, so that reports and tests can put
 * computed figures beside the published ones.
 *
 * A figure states how it was published: exactly, approximately ("about 35"), as a bound
 * ("over 35,000"), or as a range ("1.5 to 2.5 M€"); whether it is a stock on a date, a total
 * since a date, or a goal.
 *
 * @example
 * ```ts
 * import { Reference } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const [f] = Result.getOrThrow(
 *   Reference.decodeFigures([
 *     {
 *       id: "centres.open",
 *       label: "Health centres open",
 *       value: 26,
 *       unit: "count",
 *       asOf: "2025-12-17",
 *       nature: "stock",
 *       precision: "exact",
 *       provenance: { kind: "citation", document: "S2", locator: "26 centres" }
 *     }
 *   ])
 * )
 * Reference.matches(f!, 26) // true
 * ```
 *
 * @since 0.1.0
 * @module
 */
import * as Data from "effect/Data"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { LocalDateSchema } from "./Calendar.js"
import { decodeAll, type Issue, renderIssues } from "./internal/issues.js"
import { CitationSchema } from "./Provenance.js"
import { UnitSchema } from "./Unit.js"

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * Schema of a published figure. For money units, `value` (and `high`) are in cents.
 *
 * @example
 * ```ts
 * import { Reference } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Reference.FigureSchema)({}) // false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const FigureSchema = Schema.Struct({
  id: Schema.String.check(
    Schema.isPattern(/^[a-z][a-zA-Z0-9]*(?:\.[a-z0-9][a-zA-Z0-9]*)*$/u, { expected: "a dotted camelCase id" })
  ),
  label: Schema.NonEmptyString,
  value: Schema.Finite,
  high: Schema.optionalKey(Schema.Finite),
  unit: UnitSchema,
  asOf: LocalDateSchema,
  since: Schema.optionalKey(LocalDateSchema),
  nature: Schema.Literals(["stock", "cumulative", "goal", "rate", "example"]),
  precision: Schema.Literals(["exact", "about", "atLeast", "atMost", "range"]),
  provenance: CitationSchema,
  note: Schema.optionalKey(Schema.String)
})

/**
 * A published figure: its value and unit, the date it refers to (`asOf`), for totals the date
 * they count from (`since`), how precise it was, and the citation.
 *
 * @example
 * ```ts
 * import type { Reference } from "@gip-sante/core"
 *
 * const isGoal = (f: Reference.Figure) => f.nature === "goal"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Figure = typeof FigureSchema.Type

/**
 * A published figure as written in JSON.
 *
 * @example
 * ```ts
 * import type { Reference } from "@gip-sante/core"
 *
 * const json: Reference.FigureEncoded = {
 *   id: "consultations.total",
 *   label: "Consultations since July 2022",
 *   value: 300000,
 *   unit: "consultations",
 *   asOf: "2025-04-09",
 *   since: "2022-07-01",
 *   nature: "cumulative",
 *   precision: "about",
 *   provenance: { kind: "citation", document: "S1", locator: "300,000 consultations" }
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type FigureEncoded = typeof FigureSchema.Encoded

/**
 * Why a list of figures could not be decoded, with every issue and its path.
 *
 * @example
 * ```ts
 * import { Reference } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const r = Reference.decodeFigures([{ id: "x" }])
 * if (Result.isFailure(r)) r.failure.issues.length > 0 // true
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class ReferenceError extends Data.TaggedError("ReferenceError")<{
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
 * Decodes a list of figures, checking that ids are unique and ranges are ordered.
 *
 * @example
 * ```ts
 * import { Reference } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * Result.isSuccess(Reference.decodeFigures([])) // true
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const decodeFigures = (input: unknown): Result.Result<ReadonlyArray<Figure>, ReferenceError> => {
  const decoded = decodeAll(Schema.Array(FigureSchema), input)
  if (Result.isFailure(decoded)) return Result.fail(new ReferenceError({ issues: decoded.failure }))
  const issues: Array<Issue> = []
  const seen = new Set<string>()
  decoded.success.forEach((figure, i) => {
    if (seen.has(figure.id)) issues.push({ path: `[${i}].id`, message: `Duplicate figure id ${figure.id}` })
    seen.add(figure.id)
    if ((figure.precision === "range") !== (figure.high !== undefined)) {
      issues.push({ path: `[${i}].high`, message: 'A range needs "high", and only a range has one' })
    } else if (figure.high !== undefined && figure.high < figure.value) {
      issues.push({
        path: `[${i}].high`,
        message: `The top of the range (${figure.high}) is below its bottom (${figure.value})`
      })
    }
    if (figure.since !== undefined && figure.since > figure.asOf) {
      issues.push({
        path: `[${i}].since`,
        message: `A total cannot count from ${figure.since}, after its date ${figure.asOf}`
      })
    }
  })
  return issues.length === 0 ? Result.succeed(decoded.success) : Result.fail(new ReferenceError({ issues }))
}

// -----------------------------------------------------------------------------
// queries
// -----------------------------------------------------------------------------

/**
 * Whether a computed value agrees with a published figure, given how it was published: equal
 * for an exact figure, within `tolerance` (a share, 5 % by default) for an approximate one,
 * on the right side for a bound, inside for a range.
 *
 * @example
 * ```ts
 * import { Reference } from "@gip-sante/core"
 *
 * declare const over35000: Reference.Figure // precision "atLeast", value 35000
 * Reference.matches(over35000, 35_400) // true
 * ```
 *
 * @since 0.1.0
 * @category queries
 */
export const matches = (figure: Figure, computed: number, tolerance = 0.05): boolean => {
  switch (figure.precision) {
    case "exact":
      return computed === figure.value
    case "about":
      return Math.abs(computed - figure.value) <= Math.abs(figure.value) * tolerance
    case "atLeast":
      return computed >= figure.value
    case "atMost":
      return computed <= figure.value
    case "range":
      return computed >= figure.value && computed <= (figure.high ?? figure.value)
  }
}

/**
 * The figure with the given id.
 *
 * @example
 * ```ts
 * import { Reference } from "@gip-sante/core"
 *
 * Reference.find([], "centres.open") // undefined
 * ```
 *
 * @since 0.1.0
 * @category queries
 */
export const find = (figures: ReadonlyArray<Figure>, id: string): Figure | undefined =>
  figures.find((f) => f.id === id)

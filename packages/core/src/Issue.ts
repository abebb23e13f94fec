/**
 * Decoding issues: one problem found in input data, with a readable path to the field at fault
 * (`parameters["pay.gp.grid"].history[1].from`) and a message a region's analyst can act on.
 * Every decoder of the library reports its issues in this form; packages that write their own
 * decoders over this library's schemas use {@link decodeAll} to report theirs the same way.
 *
 * @example
 * ```ts
 * import { Issue } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * const r = Issue.decodeAll(Schema.Struct({ hours: Schema.Finite }), { hours: "35" })
 * // Result.fail([{ path: "hours", message: 'Expected a finite number, got "35"' }])
 * ```
 *
 * @since 0.1.0
 * @module
 */
import type * as Result from "effect/Result"
import type * as Schema from "effect/Schema"
import * as internal from "./internal/issues.js"

/**
 * One problem found in input data: where (a readable path) and what was expected.
 *
 * @example
 * ```ts
 * import type { Issue } from "@gip-sante/core"
 *
 * const line = (i: Issue.Issue) => `at ${i.path}: ${i.message}`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Issue = internal.Issue

/**
 * Renders a path as a reader would write it: identifiers with dots, other keys in brackets.
 *
 * @example
 * ```ts
 * import { Issue } from "@gip-sante/core"
 *
 * Issue.formatPath(["parameters", "pay.gp.grid", "history", 1]) // 'parameters["pay.gp.grid"].history[1]'
 * ```
 *
 * @since 0.1.0
 * @category paths
 */
export const formatPath: (path: ReadonlyArray<PropertyKey>) => string = internal.formatPath

/**
 * Decodes `input` with `schema`, collecting every issue (not only the first), each with its
 * path (under `prefix`) and the value found. Fields the schema does not know are reported too.
 * Never throws.
 *
 * @example
 * ```ts
 * import { Issue } from "@gip-sante/core"
 * import { Result, Schema } from "effect"
 *
 * const r = Issue.decodeAll(Schema.Struct({ years: Schema.Int }), { years: 1.5, extra: 1 }, ["plan"])
 * if (Result.isFailure(r)) r.failure.map((i) => i.path) // ["plan.extra", "plan.years"]
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeAll: <S extends Schema.ConstraintDecoder<unknown>>(
  schema: S,
  input: unknown,
  prefix?: ReadonlyArray<PropertyKey>
) => Result.Result<S["Type"], ReadonlyArray<Issue>> = internal.decodeAll

/**
 * Renders issues one per line: `at <path>: <message>`.
 *
 * @example
 * ```ts
 * import { Issue } from "@gip-sante/core"
 *
 * Issue.render([{ path: "years", message: "Expected an integer, got 1.5" }]) // "at years: Expected an integer, got 1.5"
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const render: (issues: ReadonlyArray<Issue>) => string = internal.renderIssues

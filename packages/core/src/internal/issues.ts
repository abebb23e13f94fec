/**
 * Decoding issues with readable paths. Internal: public modules wrap these in their own
 * tagged errors.
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"

/** One problem found in input data: where (a readable path) and what was expected. */
export interface Issue {
  readonly path: string
  readonly message: string
}

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** Renders a path as a reader would write it: `parameters["pay.gp.grid"].history[1].from`. */
export const formatPath = (path: ReadonlyArray<PropertyKey>): string => {
  let out = ""
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`
    else if (typeof key === "string" && identifier.test(key)) out += out === "" ? key : `.${key}`
    else out += `[${JSON.stringify(String(key))}]`
  }
  return out === "" ? "(root)" : out
}

const formatter = SchemaIssue.makeFormatterStandardSchemaV1()

/** Decodes `input`, collecting every issue (not only the first) with its path. */
export const decodeAll = <S extends Schema.ConstraintDecoder<unknown>>(
  schema: S,
  input: unknown,
  prefix: ReadonlyArray<PropertyKey> = []
): Result.Result<S["Type"], ReadonlyArray<Issue>> => {
  const result = Schema.decodeUnknownResult(schema)(input, {
    errors: "all",
    onExcessProperty: "error"
  })
  if (Result.isSuccess(result)) return Result.succeed(result.success)
  return Result.fail(
    formatter(result.failure.issue).issues.map((issue) => {
      const keys = (issue.path ?? []).map((segment) => (typeof segment === "object" ? segment.key : segment))
      return { path: formatPath([...prefix, ...keys]), message: withInput(issue.message, input, keys) }
    })
  )
}

const withInput = (message: string, input: unknown, keys: ReadonlyArray<PropertyKey>): string => {
  if (message === "Expected no excess property") return "Unknown field (not part of the format)"
  if (message === "Missing key") return "Missing field"
  const found = lookup(input, keys)
  return found.present && !message.includes(", got ") ? `${message}, got ${preview(found.value)}` : message
}

// Follows own properties only, so a hostile `__proto__` key cannot lead outside the input.
const lookup = (input: unknown, keys: ReadonlyArray<PropertyKey>): { present: boolean; value?: unknown } => {
  let current = input
  for (const key of keys) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key))
      return { present: false }
    current = (current as Record<PropertyKey, unknown>)[key]
  }
  return { present: true, value: current }
}

const preview = (value: unknown): string => {
  let text: string
  try {
    text =
      typeof value === "bigint" || typeof value === "symbol"
        ? String(value)
        : (JSON.stringify(value) ?? String(value))
  } catch {
    text = Object.prototype.toString.call(value)
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

/** Renders issues one per line: `at <path>: <message>`. */
export const renderIssues = (issues: ReadonlyArray<Issue>): string =>
  issues.map((issue) => `at ${issue.path}: ${issue.message}`).join("\n")

/**
 * Decoding issues with readable paths. Internal: public modules wrap these in their own
 * tagged errors.
 *
 * Decoding never throws, whatever the input: a value whose reading throws (a getter, a proxy)
 * becomes an issue at the path of the property that could not be read, and previews of bad
 * values are built within a fixed budget, so a cyclic, BigInt or deeply nested value is shown
 * in a few characters instead of overflowing the stack.
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

/** Decodes `input`, collecting every issue (not only the first) with its path. Never throws. */
export const decodeAll = <S extends Schema.ConstraintDecoder<unknown>>(
  schema: S,
  input: unknown,
  prefix: ReadonlyArray<PropertyKey> = []
): Result.Result<S["Type"], ReadonlyArray<Issue>> => {
  try {
    const refused = outsized(input)
    if (refused !== undefined)
      return Result.fail([{ path: formatPath([...prefix, ...refused.keys]), message: refused.message }])
    const result = Schema.decodeUnknownResult(schema)(input, {
      errors: "all",
      onExcessProperty: "error"
    })
    if (Result.isSuccess(result)) return Result.succeed(result.success)
    return Result.fail(
      formatter(result.failure.issue).issues.map((issue) => {
        const keys = (issue.path ?? []).map((segment) =>
          typeof segment === "object" ? segment.key : segment
        )
        return { path: formatPath([...prefix, ...keys]), message: withInput(issue.message, input, keys) }
      })
    )
  } catch (error) {
    // The schema read a property that threw (a getter, a proxy's trap).
    return Result.fail([unreadable(input, prefix, error)])
  }
}

const withInput = (message: string, input: unknown, keys: ReadonlyArray<PropertyKey>): string => {
  if (message === "Expected no excess property") return "Unknown field (not part of the format)"
  if (message === "Missing key") return "Missing field"
  const found = lookup(input, keys)
  return found.present && !message.includes(", got ") ? `${message}, got ${preview(found.value)}` : message
}

// Follows own properties only, so a hostile `__proto__` key cannot lead outside the input.
const lookup = (input: unknown, keys: ReadonlyArray<PropertyKey>): { present: boolean; value?: unknown } => {
  try {
    let current = input
    for (const key of keys) {
      if (current === null || typeof current !== "object" || !Object.hasOwn(current, key))
        return { present: false }
      current = (current as Record<PropertyKey, unknown>)[key]
    }
    return { present: true, value: current }
  } catch {
    return { present: false }
  }
}

// -----------------------------------------------------------------------------
// previews of values
// -----------------------------------------------------------------------------

const previewLength = 60

/**
 * A short text showing a value, as `JSON.stringify` would write it (cut to 60 characters, `...`
 * at the end when cut) for JSON data; BigInts as `1n`, a value met again inside itself as
 * `[Circular]`, and a value that cannot be read as `[unreadable]`. The work is bounded by the
 * length of the text, never by the size or depth of the value, and nothing is thrown.
 */
export const preview = (value: unknown): string => {
  const out: Array<string> = []
  const state = { length: 0 }
  try {
    const top = renderTop(value)
    if (top !== undefined) return cut(top)
    render(value, out, state, new Set())
  } catch {
    out.push("[unreadable]")
  }
  return cut(out.join(""))
}

const cut = (text: string): string =>
  text.length > previewLength ? `${text.slice(0, previewLength - 3)}...` : text

// What JSON.stringify gives nothing for at the top, written as `String` would.
const renderTop = (value: unknown): string | undefined => {
  switch (typeof value) {
    case "undefined":
      return "undefined"
    case "function":
      return "[function]"
    case "symbol":
      return safeString(value)
    default:
      return undefined
  }
}

const safeString = (value: unknown): string => {
  try {
    return String(value)
  } catch {
    return "[unreadable]"
  }
}

// Appends the text of `value` to `out` until the preview is long enough to be cut.
const render = (
  value: unknown,
  out: Array<string>,
  state: { length: number },
  ancestors: Set<object>
): void => {
  const push = (text: string) => {
    out.push(text)
    state.length += text.length
  }
  if (state.length > previewLength) return
  switch (typeof value) {
    case "string":
      push(JSON.stringify(value.length > previewLength ? value.slice(0, previewLength + 1) : value))
      return
    case "number":
      push(Number.isFinite(value) ? String(value) : "null")
      return
    case "boolean":
      push(value ? "true" : "false")
      return
    case "bigint":
      push(`${safeString(value)}n`)
      return
    case "object":
      break
    default:
      // undefined, functions and symbols, as JSON writes them inside an array.
      push("null")
      return
  }
  if (value === null) {
    push("null")
    return
  }
  if (ancestors.has(value)) {
    push("[Circular]")
    return
  }
  ancestors.add(value)
  try {
    const toJSON = (value as { toJSON?: unknown }).toJSON
    if (typeof toJSON === "function") {
      const json: unknown = toJSON.call(value)
      if (json !== value) {
        render(json, out, state, ancestors)
        return
      }
    }
    if (ArrayBuffer.isView(value)) {
      push(`${value.constructor.name}(${value.byteLength} bytes)`)
      return
    }
    if (Array.isArray(value)) {
      push("[")
      for (let i = 0; i < value.length && state.length <= previewLength; i++) {
        if (i > 0) push(",")
        render(value[i], out, state, ancestors)
      }
      push("]")
      return
    }
    push("{")
    let first = true
    for (const key in value) {
      if (state.length > previewLength) break
      if (!Object.hasOwn(value, key)) continue
      const field: unknown = (value as Record<string, unknown>)[key]
      if (field === undefined || typeof field === "function" || typeof field === "symbol") continue
      if (!first) push(",")
      first = false
      push(`${JSON.stringify(key)}:`)
      render(field, out, state, ancestors)
    }
    push("}")
  } catch {
    push("[unreadable]")
  } finally {
    ancestors.delete(value)
  }
}

// -----------------------------------------------------------------------------
// lists too long to go through
// -----------------------------------------------------------------------------

/** The most items a list of the input may hold: more than any file of the programme has. */
export const maxItems = 10_000_000

// A path as a chain from the leaf up, so that a walk does not copy paths as it goes down.
interface PathLink {
  readonly key: PropertyKey
  readonly parent: PathLink | undefined
}

const pathOf = (link: PathLink | undefined): Array<PropertyKey> => {
  const path: Array<PropertyKey> = []
  for (let at = link; at !== undefined; at = at.parent) path.push(at.key)
  return path.reverse()
}

/**
 * The issue of an input no decoder should go through (see `outsized`), if it is one; never throws.
 */
export const refusedInput = (input: unknown, prefix: ReadonlyArray<PropertyKey> = []): Issue | undefined => {
  try {
    const refused = outsized(input)
    return refused === undefined
      ? undefined
      : { path: formatPath([...prefix, ...refused.keys]), message: refused.message }
  } catch (error) {
    return unreadable(input, prefix, error)
  }
}

/**
 * The first part of `input` no decoder should go through, if any: a list (array) longer than
 * {@link maxItems}, or a typed array, which JSON data never holds and whose items a decoder
 * would go through one by one. An array of billions of holes takes no memory to make, but
 * decoding it item by item would run out of memory: it is refused before. The walk goes through
 * present values only, with a stack of its own (no depth limit), each object once.
 */
const outsized = (input: unknown): { keys: Array<PropertyKey>; message: string } | undefined => {
  const seen = new Set<object>()
  const stack: Array<{ value: unknown; link: PathLink | undefined }> = [{ value: input, link: undefined }]
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { value, link } = item
    if (value === null || typeof value !== "object" || seen.has(value)) continue
    seen.add(value)
    if (ArrayBuffer.isView(value))
      return {
        keys: pathOf(link),
        message: `Expected JSON data (objects, arrays, strings, numbers, true, false or null), got a ${value.constructor.name} of ${value.byteLength} bytes`
      }
    if (Array.isArray(value) && value.length > maxItems)
      return {
        keys: pathOf(link),
        message: `Expected at most ${maxItems} items, got ${value.length}`
      }
    const keys = Object.keys(value)
    const isArray = Array.isArray(value)
    // Last pushed, first visited: pushed in reverse, the first such part in key order is found first.
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!
      const field: unknown = (value as Record<string, unknown>)[key]
      if (field !== null && typeof field === "object")
        stack.push({ value: field, link: { key: isArray ? Number(key) : key, parent: link } })
    }
  }
  return undefined
}

// -----------------------------------------------------------------------------
// values that cannot be read
// -----------------------------------------------------------------------------

// How far `unreadable` looks for the property that threw.
const searchDepth = 32
const searchBudget = 10_000

/**
 * The issue for an input whose decoding threw: at the first property found whose reading throws
 * (the input itself when its keys cannot be listed), else at the root.
 */
export const unreadable = (input: unknown, prefix: ReadonlyArray<PropertyKey>, error: unknown): Issue => {
  const found = findUnreadable(input)
  if (found !== undefined)
    return {
      path: formatPath([...prefix, ...found.path]),
      message: `Could not be read: reading it failed (${found.reason})`
    }
  const reason = errorReason(error)
  return {
    path: formatPath(prefix),
    message:
      error instanceof RangeError
        ? `Could not be decoded: nested too deeply or too large (${reason})`
        : `Could not be decoded (${reason})`
  }
}

/** The message of a thrown value, cut short, without trusting it to be well behaved. */
export const errorReason = (error: unknown): string => {
  let text: string
  try {
    const message = error instanceof Error ? error.message : error
    text = typeof message === "string" ? message : safeString(message)
  } catch {
    text = "an exception"
  }
  return text.length > 100 ? `${text.slice(0, 97)}...` : text
}

// Walks own properties (bounded in depth and count, cycles skipped) to the first one whose
// reading throws.
const findUnreadable = (
  input: unknown
): { readonly path: ReadonlyArray<PropertyKey>; readonly reason: string } | undefined => {
  const seen = new Set<object>()
  let budget = searchBudget
  const visit = (
    value: unknown,
    path: Array<PropertyKey>
  ): { readonly path: ReadonlyArray<PropertyKey>; readonly reason: string } | undefined => {
    if (value === null || typeof value !== "object" || seen.has(value) || path.length > searchDepth)
      return undefined
    // The items of a typed array are numbers: nothing there can throw.
    if (ArrayBuffer.isView(value)) return undefined
    seen.add(value)
    let keys: Array<PropertyKey>
    try {
      keys = Reflect.ownKeys(value)
    } catch (error) {
      return { path: [...path], reason: errorReason(error) }
    }
    for (const key of keys) {
      if (--budget < 0) return undefined
      let field: unknown
      try {
        field = (value as Record<PropertyKey, unknown>)[key]
      } catch (error) {
        return { path: [...path, key], reason: errorReason(error) }
      }
      path.push(key)
      const inner = visit(field, path)
      path.pop()
      if (inner !== undefined) return inner
    }
    return undefined
  }
  try {
    return visit(input, [])
  } catch {
    return undefined
  }
}

/** Renders issues one per line: `at <path>: <message>`. */
export const renderIssues = (issues: ReadonlyArray<Issue>): string =>
  issues.map((issue) => `at ${issue.path}: ${issue.message}`).join("\n")

/**
 * Stacking overrides on a base policy, on their JSON form, while remembering where every part
 * of the result comes from, so that a problem found in the result is reported in the file the
 * user wrote (`values[0]` of the second override, not `history[2]` of the merged policy).
 * Internal: `Policy.decodeLayers` checks each override, then calls these.
 */
import { formatPath } from "./issues.js"
import { parsePath } from "./paths.js"

/** Where a part of the merged policy was written: in which layer (0 the base), at which keys. */
export interface Origin {
  readonly layer: number
  readonly keys: ReadonlyArray<PropertyKey>
}

/** A JSON object, read without trusting its prototype. */
export type Json = Record<string, unknown>

export const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value)

/** An own field of a JSON object, or undefined. */
export const field = (value: unknown, key: string): unknown =>
  isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined

/**
 * The origins of the parts of a merged policy, keyed by their path in it. A part without an
 * entry comes from the base at the same path.
 */
export class Origins {
  private readonly byPath = new Map<string, Origin>()

  set(keys: ReadonlyArray<PropertyKey>, origin: Origin): void {
    this.byPath.set(formatPath(keys), origin)
  }

  get(keys: ReadonlyArray<PropertyKey>): Origin {
    return this.byPath.get(formatPath(keys)) ?? { layer: 0, keys }
  }

  /** Removes the origins recorded under `keys` (the part was replaced). */
  clear(keys: ReadonlyArray<PropertyKey>): void {
    const prefix = formatPath(keys)
    for (const path of [...this.byPath.keys()]) {
      if (path === prefix || path.startsWith(`${prefix}[`) || path.startsWith(`${prefix}.`))
        this.byPath.delete(path)
    }
  }

  /** Where the part at `path` (a path into the merged policy) was written. */
  locate(path: string): { readonly layer: number; readonly path: string } {
    const keys = parsePath(path)
    if (keys === undefined) return { layer: 0, path }
    for (let length = keys.length; length >= 0; length--) {
      const origin = this.byPath.get(formatPath(keys.slice(0, length)))
      if (origin !== undefined)
        return { layer: origin.layer, path: formatPath([...origin.keys, ...keys.slice(length)]) }
    }
    return { layer: 0, path }
  }
}

/** One dated value of the merged history, with where it was written. */
export interface Placed {
  readonly entry: Json
  readonly origin: Origin
}

const dateOf = (entry: Json, key: "from" | "to"): string | undefined => {
  const value = field(entry, key)
  return typeof value === "string" ? value : undefined
}

const withoutTo = (entry: Json): Json => {
  const out: Json = {}
  for (const key of Object.keys(entry)) if (key !== "to") out[key] = entry[key]
  return out
}

/**
 * Replaces whatever `history` holds over the range of `values` (one continuous range, checked
 * before) by `values`, cutting the values that straddle its ends; keeps the rest.
 */
export const splice = (history: ReadonlyArray<Placed>, values: ReadonlyArray<Placed>): Array<Placed> => {
  const first = values[0]
  const last = values[values.length - 1]
  if (first === undefined || last === undefined) return [...history]
  const from = dateOf(first.entry, "from")!
  const to = dateOf(last.entry, "to")
  const out: Array<Placed> = []
  for (const placed of history) {
    const entryFrom = dateOf(placed.entry, "from")!
    const entryTo = dateOf(placed.entry, "to")
    const endsBefore = entryTo !== undefined && entryTo <= from
    const startsAfter = to !== undefined && entryFrom >= to
    if (endsBefore || startsAfter) {
      out.push(placed)
      continue
    }
    if (entryFrom < from) out.push({ entry: { ...placed.entry, to: from }, origin: placed.origin })
    if (to !== undefined && (entryTo === undefined || to < entryTo)) {
      const rest = entryTo === undefined ? withoutTo(placed.entry) : placed.entry
      out.push({ entry: { ...rest, from: to }, origin: placed.origin })
    }
  }
  out.push(...values)
  return out.sort((a, b) => {
    const x = dateOf(a.entry, "from")!
    const y = dateOf(b.entry, "from")!
    return x < y ? -1 : x > y ? 1 : 0
  })
}

/** Whether every entry of a raw history is an object with a `from` date text (and `to` if any). */
export const isSpliceable = (history: unknown): history is ReadonlyArray<Json> =>
  Array.isArray(history) &&
  history.every(
    (entry) =>
      isObject(entry) &&
      typeof field(entry, "from") === "string" &&
      (!Object.hasOwn(entry, "to") || typeof field(entry, "to") === "string")
  )

/**
 * fast-check arbitraries for hostile input: the values a decoder of untrusted data must turn
 * into failures without throwing (deeply nested, cyclic, BigInt, getters and proxies that throw,
 * `__proto__` and `constructor` keys, odd prototypes), alone or planted inside valid records.
 *
 * @since 0.1.0
 * @module
 */
import * as fc from "fast-check"

/** Thrown by the getters and proxies of {@link hostileValue}. */
const hostileError = () => new Error("hostile input")

/**
 * A value nested `depth` deep (arrays, objects or both), built without recursion so that any
 * depth can be made.
 *
 * @example
 * ```ts
 * import { nested } from "@gip-sante/core/testing"
 *
 * nested(3, "array") // [[[null]]]
 * ```
 *
 * @since 0.1.0
 * @category hostile input
 */
export const nested = (
  depth: number,
  kind: "array" | "object" | "mixed" = "array",
  leaf: unknown = null
): unknown => {
  let value = leaf
  for (let i = 0; i < depth; i++) {
    const asArray = kind === "array" || (kind === "mixed" && i % 2 === 0)
    value = asArray ? [value] : { type: value }
  }
  return value
}

/**
 * A value that contains itself: an object, an array, or an object reached again two levels down.
 *
 * @example
 * ```ts
 * import { cyclic } from "@gip-sante/core/testing"
 *
 * const loop = cyclic("object") as { self: unknown }
 * loop.self === loop // true
 * ```
 *
 * @since 0.1.0
 * @category hostile input
 */
export const cyclic = (kind: "object" | "array" | "indirect" = "object"): unknown => {
  if (kind === "array") {
    const array: Array<unknown> = [1]
    array.push(array)
    return array
  }
  const object: Record<string, unknown> = { type: "homeVisit" }
  if (kind === "object") object.self = object
  else object.inner = { list: [object] }
  return object
}

/**
 * An array of `length` items, all holes (4 294 967 295 by default, the most an array holds): cheap
 * to make, endless to go through item by item.
 *
 * @example
 * ```ts
 * import { holes } from "@gip-sante/core/testing"
 *
 * holes(3) // [ <3 empty items> ]
 * ```
 *
 * @since 0.1.0
 * @category hostile input
 */
export const holes = (length: number = 2 ** 32 - 1): Array<unknown> => {
  const array: Array<unknown> = []
  array.length = length
  return array
}

/**
 * An object with the given own fields, plus an own enumerable field `key` whose getter throws.
 *
 * @example
 * ```ts
 * import { withThrowingGetter } from "@gip-sante/core/testing"
 *
 * const record = withThrowingGetter({ type: "homeVisit" }, "date")
 * Object.keys(record) // ["type", "date"]
 * ```
 *
 * @since 0.1.0
 * @category hostile input
 */
export const withThrowingGetter = (fields: Readonly<Record<string, unknown>>, key: string): object => {
  const record: Record<string, unknown> = { ...fields }
  Object.defineProperty(record, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      throw hostileError()
    }
  })
  return record
}

/**
 * A proxy whose traps throw: every trap, or only reads (`get`) while listing keys works.
 *
 * @example
 * ```ts
 * import { throwingProxy } from "@gip-sante/core/testing"
 *
 * const proxy = throwingProxy("reads", { type: "homeVisit" })
 * ```
 *
 * @since 0.1.0
 * @category hostile input
 */
export const throwingProxy = (
  traps: "all" | "reads" = "all",
  target: object = { type: "homeVisit" }
): object => {
  const trap = () => {
    throw hostileError()
  }
  return new Proxy(
    target,
    traps === "all"
      ? {
          get: trap,
          has: trap,
          ownKeys: trap,
          getOwnPropertyDescriptor: trap,
          getPrototypeOf: trap
        }
      : { get: trap }
  )
}

const specialKeys = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty"]

/**
 * An object whose own keys include `__proto__` (as `JSON.parse` makes it) or `constructor`, with
 * any values.
 *
 * @example
 * ```ts
 * import { withSpecialKeys } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(withSpecialKeys(), 1)
 * ```
 *
 * @since 0.1.0
 * @category hostile input
 */
export const withSpecialKeys = (): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(
      fc.uniqueArray(fc.constantFrom(...specialKeys), { minLength: 1, maxLength: 3 }),
      fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 3, maxLength: 3 })
    )
    .map(([keys, values]) => {
      const record: Record<string, unknown> = {}
      // defineProperty, not assignment: assigning `__proto__` would set the prototype.
      for (let i = 0; i < keys.length; i++)
        Object.defineProperty(record, keys[i]!, {
          value: values[i],
          enumerable: true,
          configurable: true,
          writable: true
        })
      return record
    })

/**
 * A hostile input, made on demand: `build()` returns a fresh value each time. Values whose
 * reading throws cannot travel through fast-check itself (it inspects the values it generates),
 * so the arbitraries give recipes, and the property builds the value it feeds to the decoder.
 *
 * @example
 * ```ts
 * import { hostileValue } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * const [input] = fc.sample(hostileValue(), 1)
 * input?.build()
 * ```
 *
 * @since 0.1.0
 * @category hostile input
 */
export interface HostileInput {
  readonly description: string
  readonly build: () => unknown
}

const recipe = (description: string, build: () => unknown): HostileInput => {
  const input = { description, build, [fc.toStringMethod]: () => description }
  return input
}

const plainValue = (value: unknown): HostileInput => recipe(fc.stringify(value), () => value)

/**
 * Any hostile value: anything JavaScript can hold (BigInt, symbols, functions, boxed values,
 * dates, maps, typed arrays, sparse arrays, null prototypes), values nested up to `maxDepth`
 * deep (10,000 by default), cyclic values, objects with a throwing getter, proxies whose traps
 * throw, arrays of billions of holes, and objects with `__proto__` or `constructor` keys.
 *
 * @example
 * ```ts
 * import { hostileValue } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.assert(fc.property(hostileValue(), (input) => typeof input.description === "string"))
 * ```
 *
 * @since 0.1.0
 * @category hostile input
 */
export const hostileValue = (options: { readonly maxDepth?: number } = {}): fc.Arbitrary<HostileInput> =>
  fc.oneof(
    fc
      .anything({
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withObjectString: true,
        withSparseArray: true,
        withTypedArray: true,
        key: fc.oneof(fc.string(), fc.constantFrom(...specialKeys))
      })
      .map(plainValue),
    fc
      .tuple(
        fc.integer({ min: 1, max: options.maxDepth ?? 10_000 }),
        fc.constantFrom("array" as const, "object" as const, "mixed" as const),
        fc.oneof(fc.constant(null), fc.bigInt(), fc.string({ maxLength: 3 }))
      )
      .map(([depth, kind, leaf]) =>
        recipe(`nested(${depth}, ${kind}, ${fc.stringify(leaf)})`, () => nested(depth, kind, leaf))
      ),
    fc
      .constantFrom("object" as const, "array" as const, "indirect" as const)
      .map((kind) => recipe(`cyclic(${kind})`, () => cyclic(kind))),
    fc
      .tuple(
        fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
        fc.string({ maxLength: 8 })
      )
      .map(([fields, key]) =>
        recipe(`withThrowingGetter(${fc.stringify(fields)}, ${JSON.stringify(key)})`, () =>
          withThrowingGetter(fields, key)
        )
      ),
    fc
      .constantFrom("all" as const, "reads" as const)
      .map((traps) => recipe(`throwingProxy(${traps})`, () => throwingProxy(traps))),
    withSpecialKeys().map(plainValue),
    fc
      .constantFrom(2 ** 32 - 1, 100_000_000)
      .map((length) => recipe(`holes(${length})`, () => holes(length))),
    fc.bigInt().map((n) => plainValue({ type: n }))
  )

/**
 * A record from `record`, with one of its fields (or a new one) replaced by a hostile value, or
 * made a getter that throws, anywhere in the record: what a decoder must reject with the path of
 * that field.
 *
 * @example
 * ```ts
 * import { withHostileField } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(withHostileField(fc.constant({ id: "c1", weeklyHours: 35 })), 3).map((input) => input.build())
 * ```
 *
 * @since 0.1.0
 * @category hostile input
 */
export const withHostileField = (
  record: fc.Arbitrary<unknown>,
  options: { readonly maxDepth?: number } = {}
): fc.Arbitrary<HostileInput> =>
  fc
    .tuple(record, fc.nat(), fc.string({ maxLength: 6 }), hostileValue(options), fc.boolean())
    .map(([base, index, newKey, value, asGetter]) =>
      recipe(
        `${fc.stringify(base)} with ${asGetter ? "a throwing getter" : value.description} at field #${index}`,
        () => plant(base, index, newKey, value.build(), asGetter)
      )
    )

// Every (object or array, key) pair reached from `root`, the root's own fields first.
const holders = (root: unknown): Array<{ holder: Record<PropertyKey, unknown>; key: string }> => {
  const out: Array<{ holder: Record<PropertyKey, unknown>; key: string }> = []
  const walk = (node: unknown) => {
    if (node === null || typeof node !== "object") return
    for (const key of Object.keys(node)) {
      out.push({ holder: node as Record<PropertyKey, unknown>, key })
      walk((node as Record<PropertyKey, unknown>)[key])
    }
  }
  walk(root)
  return out
}

// Replaces the value at one path of `base` (a copy), picked by `index` among every object or
// array reached, or adds `newKey` when nothing can be replaced.
const plant = (base: unknown, index: number, newKey: string, value: unknown, asGetter: boolean): unknown => {
  // The bases are JSON records.
  const copy: unknown = JSON.parse(JSON.stringify(base))
  const places = holders(copy)
  if (places.length === 0 || copy === null || typeof copy !== "object") return value
  const target = places[index % places.length]!
  if (asGetter) {
    Object.defineProperty(target.holder, target.key, {
      enumerable: true,
      configurable: true,
      get: () => {
        throw hostileError()
      }
    })
    return copy
  }
  target.holder[target.key] = value
  // Also under a new key, now and then (not an array's length, which takes only some values).
  if (index % 7 === 0 && !(Array.isArray(copy) && newKey === "length"))
    (copy as Record<string, unknown>)[newKey] = value
  return copy
}

// -----------------------------------------------------------------------------
// mutations of valid records
// -----------------------------------------------------------------------------

// Values a field may be given instead of its own: the wrong type, the edges of numbers and dates,
// strings a person or a program might write.
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    null,
    "",
    " ",
    0,
    -0,
    -1,
    0.5,
    1e21,
    1e-7,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    27.299999999999997,
    35 / 3,
    0.8150000000000001,
    "2025-02-29",
    "2024-02-29",
    "2025-13-01",
    "0000-01-01",
    "2025-6-2",
    "２０２５-０６-０２",
    "true",
    "false",
    "35",
    "__proto__",
    "constructor",
    "\u0000",
    "😀",
    "é",
    "a\nb",
    "x".repeat(300)
  ),
  fc.double(),
  fc.integer(),
  fc.string({ unit: "grapheme", maxLength: 12 })
)

// JavaScript values JSON cannot hold.
const jsOnlyValue: fc.Arbitrary<unknown> = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  undefined,
  12n,
  Symbol("s"),
  () => 1,
  new Date(0)
)

type Mutation =
  | { readonly kind: "replace"; readonly at: number; readonly value: unknown }
  | { readonly kind: "remove"; readonly at: number }
  | { readonly kind: "add"; readonly key: string; readonly value: unknown }
  | { readonly kind: "protoKey"; readonly value: unknown }
  | { readonly kind: "symbolKey" }
  | { readonly kind: "nullPrototype" }
  | { readonly kind: "inArray" }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant("replace" as const),
      at: fc.nat(),
      value: fc.oneof(oddValue, jsOnlyValue)
    }),
    weight: 8
  },
  { arbitrary: fc.record({ kind: fc.constant("remove" as const), at: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant("add" as const),
      key: fc.oneof(
        fc.string({ maxLength: 6 }),
        fc.constantFrom("constructor", "toString", "hasOwnProperty")
      ),
      value: oddValue
    }),
    weight: 2
  },
  { arbitrary: fc.record({ kind: fc.constant("protoKey" as const), value: oddValue }), weight: 1 },
  { arbitrary: fc.constant({ kind: "symbolKey" as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: "nullPrototype" as const }), weight: 1 },
  { arbitrary: fc.constant({ kind: "inArray" as const }), weight: 1 }
)

const apply = (base: unknown, mutations: ReadonlyArray<Mutation>): unknown => {
  let copy: unknown = JSON.parse(JSON.stringify(base))
  for (const m of mutations) {
    const places = holders(copy)
    switch (m.kind) {
      case "replace":
      case "remove": {
        const place = places[m.at % Math.max(1, places.length)]
        if (place === undefined) break
        if (m.kind === "remove") delete place.holder[place.key]
        else place.holder[place.key] = m.value
        break
      }
      case "add":
        // An array's length takes only some values: a mutation the value does not allow is left out.
        if (copy !== null && typeof copy === "object")
          try {
            ;(copy as Record<string, unknown>)[m.key] = m.value
          } catch {}
        break
      case "protoKey":
        if (copy !== null && typeof copy === "object")
          Object.defineProperty(copy, "__proto__", {
            value: m.value,
            enumerable: true,
            configurable: true,
            writable: true
          })
        break
      case "symbolKey":
        if (copy !== null && typeof copy === "object") (copy as Record<symbol, unknown>)[Symbol("extra")] = 1
        break
      case "nullPrototype":
        if (copy !== null && typeof copy === "object" && !Array.isArray(copy))
          copy = Object.assign(Object.create(null) as object, copy)
        break
      case "inArray":
        copy = [copy]
        break
    }
  }
  return copy
}

/**
 * A record from `valid` with one to three mutations: a field (at any depth) given a value of
 * another type or at an edge (NaN, 1e21, 27.299999999999997, "2025-02-29", a BigInt, a
 * function…), a field removed, an unknown field added, an own `__proto__` key, a symbol key, a
 * null prototype, the record wrapped in an array. What a decoder must reject, or accept exactly
 * as its schema says.
 *
 * @example
 * ```ts
 * import { withMutations } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(withMutations(fc.constant({ id: "c1", weeklyHours: 35 })), 3).map((input) => input.build())
 * ```
 *
 * @since 0.1.0
 * @category hostile input
 */
export const withMutations = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<HostileInput> =>
  fc
    .tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([base, mutations]) =>
      recipe(
        `${JSON.stringify(base).slice(0, 200)} mutated by ${JSON.stringify(mutations, (_, v) => (typeof v === "bigint" || typeof v === "symbol" || typeof v === "function" ? String(v) : v))}`,
        () => apply(base, mutations)
      )
    )

/**
 * fast-check arbitraries for parameters and policies, in their JSON (encoded) form: decode them
 * with `Policy.decode` to get policies. Every generated policy is valid.
 *
 * @since 0.1.0
 * @module
 */
import * as fc from "fast-check"
import { toEuroString } from "../Money.js"
import type { Encoded as ParameterEncoded } from "../Parameter.js"
import type { Encoded as PolicyEncoded } from "../Policy.js"
import type { Provenance } from "../Provenance.js"
import { localDate } from "./calendar.js"

const documents = ["S1", "S2", "ref.a"] as const

// A bibliography declaring every document the generated provenances cite.
const bibliography = () =>
  Object.fromEntries(
    documents.map((id) => [
      id,
      { title: `Document ${id}`, publisher: "Test press", date: "2025-01-01", kind: "press" as const }
    ])
  )

/**
 * A provenance citing one of the documents of {@link policyJson}'s bibliography, or an assumption.
 *
 * @example
 * ```ts
 * import { provenance } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(provenance(), 2)
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const provenance = (): fc.Arbitrary<Provenance> =>
  fc.oneof(
    fc.record({
      kind: fc.constant("citation" as const),
      document: fc.constantFrom(...documents),
      locator: fc.constantFrom("p. 1", "the figure as published", "table 2")
    }),
    fc.record({
      kind: fc.constant("assumption" as const),
      rationale: fc.constantFrom("No source gives it", "Derived from a published total"),
      replaceWith: fc.constantFrom("your programme's figure", "the value in your contracts")
    })
  )

const euroString = (max: number) => fc.integer({ min: 0, max }).map((c) => toEuroString(c as never))

// Hours units: values are whole minutes, at most the hours of the period.
const maxHours: Readonly<Record<string, number>> = { hoursPerDay: 24, hoursPerWeek: 168, hoursPerYear: 8784 }

// The other bounded units: a share is at most 1, a week has 7 days, a year 366 days and 53 weeks.
const otherBounds: Readonly<Record<string, number>> = {
  ratio: 1,
  daysPerWeek: 7,
  daysPerYear: 366,
  weeksPerYear: 53
}

/**
 * A number value a policy accepts in `unit`: from 0 to a billion with at most 6 decimals, within
 * the unit's bounds (a share at most 1, days of a week at most 7…), and for hours, a whole
 * number of minutes within the hours of the period.
 *
 * @example
 * ```ts
 * import { numberValue } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(numberValue("hoursPerWeek"), 3) // such as [35, 17.5, 0.05]
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const numberValue = (unit: string): fc.Arbitrary<number> => {
  const hours = maxHours[unit]
  if (hours !== undefined)
    return fc.oneof(
      fc.integer({ min: 0, max: hours * 2 }).map((halfHours) => halfHours / 2),
      fc.integer({ min: 0, max: hours * 20 }).map((threeMinutes) => threeMinutes / 20)
    )
  const bound = otherBounds[unit]
  if (bound !== undefined)
    return fc.oneof(
      fc.integer({ min: 0, max: bound }),
      fc.integer({ min: 0, max: bound * 1_000_000 }).map((micro) => micro / 1_000_000)
    )
  return fc.oneof(
    fc.integer({ min: 0, max: 1_000_000 }),
    fc.integer({ min: 0, max: 1_000_000_000 }).map((micro) => micro / 1_000_000),
    fc
      .integer({ min: 0, max: 6 })
      .chain((decimals) =>
        fc.integer({ min: 0, max: 1_000_000_000 * 10 ** decimals }).map((n) => n / 10 ** decimals)
      )
  )
}

const valueFor = (type: ParameterEncoded["type"], unit: string): fc.Arbitrary<unknown> => {
  switch (type) {
    case "number":
      return numberValue(unit)
    case "money":
      return euroString(100_000_000)
    case "grid":
      return fc
        .array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 50_000 })), {
          minLength: 0,
          maxLength: 6
        })
        .chain((steps) =>
          fc.integer({ min: 100_000, max: 500_000 }).map((start) => {
            let years = 0
            let amount = start
            const grid = [{ fromYears: 0, amount: toEuroString(start as never) }]
            for (const [dy, da] of steps) {
              years += dy
              amount += da
              grid.push({ fromYears: years, amount: toEuroString(amount as never) })
            }
            return grid
          })
        )
    case "boolean":
      return fc.boolean()
    case "list":
      return fc.array(fc.constantFrom("gp", "midwife", "ipa", "secretary"), { maxLength: 4 })
    case "text":
      return fc.constantFrom("halfUp", "consultations", "fte")
  }
}

const unitFor: Record<ParameterEncoded["type"], ReadonlyArray<string>> = {
  number: ["hoursPerWeek", "consultationsPerHour", "ratio", "count", "daysPerYear"],
  money: ["eurosPerAct", "eurosPerMonthNet", "eurosPerMonthGross", "euros"],
  grid: ["eurosPerMonthNet", "eurosPerMonthGross"],
  boolean: ["none"],
  list: ["none"],
  text: ["none"]
}

/**
 * A valid parameter in JSON form: sorted, non-overlapping history of one to four values (the
 * last one open-ended or not), each with a provenance.
 *
 * @example
 * ```ts
 * import { parameterJson } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(parameterJson(), 1)
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const parameterJson = (
  options: { readonly type?: ParameterEncoded["type"] } = {}
): fc.Arbitrary<ParameterEncoded> =>
  (options.type === undefined
    ? fc.constantFrom<ParameterEncoded["type"]>("number", "money", "grid", "boolean", "list", "text")
    : fc.constant(options.type)
  )
    .chain((type) => fc.constantFrom(...unitFor[type]).map((unit) => [type, unit] as const))
    .chain(([type, unit]) =>
      fc
        .record({
          unit: fc.constant(unit),
          dates: fc.uniqueArray(localDate({ min: "2015-01-01" as never, max: "2030-12-31" as never }), {
            minLength: 2,
            maxLength: 5
          }),
          openEnded: fc.boolean(),
          values: fc.array(fc.tuple(valueFor(type, unit), provenance()), { minLength: 4, maxLength: 4 })
        })
        .map(({ unit, dates, openEnded, values }) => {
          const sorted = [...dates].sort()
          const count = openEnded ? sorted.length : sorted.length - 1
          const history = []
          for (let i = 0; i < count; i++) {
            const [value, prov] = values[i % values.length]!
            const to = sorted[i + 1]
            history.push({ from: sorted[i]!, ...(to === undefined ? {} : { to }), value, provenance: prov })
          }
          return {
            label: "Generated parameter",
            description: "A parameter generated for property tests.",
            type,
            unit,
            history
          } as unknown as ParameterEncoded
        })
    )

/**
 * A valid policy in JSON form, with up to `maxParameters` generated parameters and a
 * bibliography declaring every document they cite.
 *
 * @example
 * ```ts
 * import { policyJson } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(policyJson(), 1)
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const policyJson = (options: { readonly maxParameters?: number } = {}): fc.Arbitrary<PolicyEncoded> =>
  fc
    .dictionary(
      fc
        .array(fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,6}$/), { minLength: 1, maxLength: 3 })
        .map((words) => words.join(".")),
      parameterJson(),
      { maxKeys: options.maxParameters ?? 8, noNullPrototype: true }
    )
    .map((parameters) => ({
      name: "Generated programme",
      region: "Testland",
      version: "1.0.0",
      bibliography: bibliography(),
      parameters
    }))

/** What {@link policyReading} needs to know of a parameter: its id, value type and unit. */
interface ParameterShape {
  readonly id: string
  readonly type: ParameterEncoded["type"]
  readonly unit: string
}

const largestEuros = 9_999_999_999_999_99

// Any amount a policy accepts, extremes included: mostly programme-sized, sometimes the largest.
const anyEuros = (): fc.Arbitrary<string> =>
  fc
    .oneof(
      { arbitrary: fc.integer({ min: 0, max: 100_000_000 }), weight: 6 },
      { arbitrary: fc.integer({ min: 0, max: largestEuros }), weight: 2 },
      { arbitrary: fc.constantFrom(0, largestEuros), weight: 1 }
    )
    .map((c) => toEuroString(c as never))

// Any number value a policy accepts in `unit`, extremes and shares (0 to 1) included.
const anyNumber = (unit: string): fc.Arbitrary<number> =>
  unit === "ratio"
    ? fc.oneof(
        { arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map((micro) => micro / 1_000_000), weight: 6 },
        { arbitrary: numberValue(unit), weight: 2 },
        { arbitrary: fc.constantFrom(0, 0.000001, 1), weight: 1 }
      )
    : fc.oneof(
        { arbitrary: numberValue(unit), weight: 4 },
        { arbitrary: fc.constantFrom(0, maxHours[unit] ?? otherBounds[unit] ?? 1_000_000_000), weight: 1 }
      )

const anyValue = (shape: ParameterShape, texts: ReadonlyArray<string>): fc.Arbitrary<unknown> => {
  switch (shape.type) {
    case "number":
      return anyNumber(shape.unit)
    case "money":
      return anyEuros()
    case "grid":
      return fc
        .array(
          fc.tuple(
            numberValue("years").filter((y) => y > 0),
            anyEuros()
          ),
          { maxLength: 5 }
        )
        .chain((steps) =>
          anyEuros().map((first) => {
            const grid = [{ fromYears: 0, amount: first }]
            let years = 0
            let cents = Number(first.replace(".", ""))
            for (const [dy, amount] of steps) {
              years = Math.round((years + dy) * 1_000_000) / 1_000_000
              cents = Math.max(cents, Number(amount.replace(".", "")))
              if (years <= 1_000_000_000)
                grid.push({ fromYears: years, amount: toEuroString(cents as never) })
            }
            return grid
          })
        )
    case "boolean":
    case "list":
      return valueFor(shape.type, shape.unit)
    case "text":
      return fc.constantFrom(...texts, "another text")
  }
}

/**
 * A valid policy in JSON form that defines exactly the given parameters (the definitions a
 * module reads, such as `Pay.parameters`), each with one to three dated values spanning what a
 * policy accepts: programme-sized values, and also the extremes (amounts of 9 999 999 999 999,99
 * €, numbers up to a billion, shares of 0 and 1, hours of a whole week). Text values are drawn
 * from `texts` (rounding modes, allocation keys…) and one that no module knows. The first value
 * is in force from 2000-01-01, the last one open-ended. To check that what a policy accepts,
 * the computations accept: a value or a typed error, never an exception.
 *
 * @example
 * ```ts
 * import { Pay } from "@gip-sante/core"
 * import { policyReading } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(policyReading([...Object.values(Pay.parameters)], { texts: ["halfUp"] }), 1)
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const policyReading = (
  shapes: ReadonlyArray<ParameterShape>,
  options: { readonly texts?: ReadonlyArray<string> } = {}
): fc.Arbitrary<PolicyEncoded> =>
  fc
    .tuple(
      ...shapes.map((shape) =>
        fc
          .record({
            changes: fc.uniqueArray(localDate({ min: "2001-01-01" as never, max: "2030-12-31" as never }), {
              maxLength: 2
            }),
            values: fc.array(anyValue(shape, options.texts ?? []), { minLength: 3, maxLength: 3 }),
            source: provenance()
          })
          .map(({ changes, values, source }) => {
            const starts = ["2000-01-01", ...[...changes].sort()]
            const history = starts.map((from, i) => ({
              from,
              ...(i + 1 < starts.length ? { to: starts[i + 1] } : {}),
              value: values[i % values.length],
              provenance: source
            }))
            return [
              shape.id,
              {
                label: `Parameter ${shape.id}`,
                description: "A parameter generated for property tests.",
                type: shape.type,
                unit: shape.unit,
                history
              }
            ] as const
          })
      )
    )
    .map((entries) => ({
      name: "Generated programme",
      region: "Testland",
      version: "1.0.0",
      bibliography: bibliography(),
      parameters: Object.fromEntries(entries) as PolicyEncoded["parameters"]
    }))

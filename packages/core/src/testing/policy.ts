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

// The largest value of the bounded units generated below (a share is at most 1, a week has 168 h).
const unitMaximum: Record<string, number> = { ratio: 1, hoursPerWeek: 168, daysPerYear: 366 }

const valueFor = (type: ParameterEncoded["type"], unit: string): fc.Arbitrary<unknown> => {
  switch (type) {
    case "number":
      return fc.oneof(
        fc.integer({ min: 0, max: Math.floor(unitMaximum[unit] ?? 1_000_000) }),
        fc.double({
          min: 0,
          max: Math.min(1000, unitMaximum[unit] ?? 1000),
          noNaN: true,
          noDefaultInfinity: true
        })
      )
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
  ).chain((type) =>
    fc
      .constantFrom(...unitFor[type])
      .chain((unit) =>
        fc.record({
          unit: fc.constant(unit),
          dates: fc.uniqueArray(localDate({ min: "2015-01-01" as never, max: "2030-12-31" as never }), {
            minLength: 2,
            maxLength: 5
          }),
          openEnded: fc.boolean(),
          values: fc.array(fc.tuple(valueFor(type, unit), provenance()), { minLength: 4, maxLength: 4 })
        })
      )
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
      bibliography: Object.fromEntries(
        documents.map((id) => [
          id,
          { title: `Document ${id}`, publisher: "Test press", date: "2025-01-01", kind: "press" as const }
        ])
      ),
      parameters
    }))

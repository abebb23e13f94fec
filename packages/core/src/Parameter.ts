/**
 * Parameters: every number (or flag, list, grid) the programme decides, with its unit and a
 * dated history of values, each value with its provenance.
 *
 * A history is a list of values over half-open effective ranges `[from, to)`, sorted, without
 * overlap; the last one may be open-ended. A gap between two values is allowed only where the
 * parameter declares it (with a reason), so "no value in force" is never an accident.
 *
 * Modules read parameters through typed {@link Definition}s: the definition fixes the id, the
 * value type and the unit, and the value read comes back branded with that unit.
 *
 * @example
 * ```ts
 * import { Calendar, Parameter } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const tariff = Result.getOrThrow(
 *   Parameter.decode("tariff.g", {
 *     label: "GP consultation (G)",
 *     description: "Health-insurance tariff of the GP consultation.",
 *     type: "money",
 *     unit: "eurosPerAct",
 *     history: [
 *       { from: "2023-11-01", to: "2024-12-22", value: "26.50", provenance: { kind: "citation", document: "S2", locator: "26.50 €" } },
 *       { from: "2024-12-22", value: "30.00", provenance: { kind: "citation", document: "S2", locator: "30 €" } }
 *     ]
 *   })
 * )
 * const inForce = Result.getOrThrow(Parameter.valueAt(tariff, "tariff.g", Calendar.date("2024-12-22")))
 * inForce.value // 3000 (cents)
 * ```
 *
 * @since 0.1.0
 * @module
 */
import * as Data from "effect/Data"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { type LocalDate, LocalDateSchema } from "./Calendar.js"
import { wholeMinutes } from "./internal/hours.js"
import { decodeAll, formatPath as formatIssuePath, type Issue, renderIssues } from "./internal/issues.js"
import { type Cents, FromEuroString } from "./Money.js"
import { type Provenance, ProvenanceSchema } from "./Provenance.js"
import {
  type Amount,
  type MoneyUnit,
  MoneyUnitSchema,
  type Quantity,
  type QuantityUnit,
  QuantityUnitSchema,
  type Unit
} from "./Unit.js"

// -----------------------------------------------------------------------------
// schemas
// -----------------------------------------------------------------------------

/**
 * Schema of a money value in a policy file: a non-negative euro amount written with exactly two
 * decimals (`"4700.00"`), so that a policy file encodes back to the very same text.
 *
 * @example
 * ```ts
 * import { Parameter } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.decodeUnknownSync(Parameter.PolicyMoneySchema)("26.50") // 2650
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const PolicyMoneySchema = Schema.String.check(
  Schema.isPattern(/^\d{1,13}\.\d{2}$/u, {
    expected: 'a non-negative euro amount with two decimals such as "4700.00"'
  })
).pipe(Schema.decodeTo(FromEuroString))

/** The most decimals a number value may have: with them, every rate reads as an exact fraction. */
const maxDecimals = 6

/** The largest number value: a rate or count beyond it has no meaning for a programme. */
const maxNumber = 1_000_000_000

// Decimals of the shortest text that reads back as `x` (what `String(x)` prints): 0.815 has 3,
// 0.8150000000000001 has 16, 1e-7 has 7.
const decimalsOf = (x: number): number => {
  const text = String(x)
  const exponent = text.indexOf("e")
  const mantissa = exponent === -1 ? text : text.slice(0, exponent)
  const point = mantissa.indexOf(".")
  const decimals = point === -1 ? 0 : mantissa.length - point - 1
  return Math.max(0, decimals - (exponent === -1 ? 0 : Number(text.slice(exponent + 1))))
}

/**
 * A number value of a policy: finite, from 0 to a billion, with at most 6 decimals, so that
 * every value (a share such as 0.815, hours such as 17.5) reads as an exact fraction of integers
 * a number holds exactly, and every product of a rate and an amount can be computed exactly.
 * `0.8150000000000001` (what arithmetic may leave of 0.815) is rejected, not rounded: the value
 * a policy file gives is the one computed with.
 */
const NonNegativeFinite = Schema.Finite.check(
  Schema.isGreaterThanOrEqualTo(0, { expected: "a finite number greater than or equal to 0" }),
  Schema.isLessThanOrEqualTo(maxNumber, { expected: `a number of at most ${maxNumber}` }),
  Schema.makeFilter(
    (x: number) =>
      decimalsOf(x) > maxDecimals
        ? `Expected a number with at most ${maxDecimals} decimals (such as 0.815)`
        : undefined,
    { expected: `a number with at most ${maxDecimals} decimals` }
  )
)

// The hours units, with the hours of the period they count in: a value is a whole number of
// minutes, at most those hours.
const hoursUnits: Readonly<Partial<Record<QuantityUnit, { readonly max: number; readonly period: string }>>> =
  {
    hoursPerDay: { max: 24, period: "a day" },
    hoursPerWeek: { max: 168, period: "a week" },
    hoursPerYear: { max: 8784, period: "a year" }
  }

/**
 * Schema of one step of a salary grid: from how many years of seniority it applies, and the
 * full-time amount.
 *
 * @example
 * ```ts
 * import { Parameter } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.decodeUnknownSync(Parameter.EchelonSchema)({ fromYears: 0, amount: "4700.00" })
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const EchelonSchema = Schema.Struct({
  fromYears: NonNegativeFinite,
  amount: PolicyMoneySchema
})

/**
 * One step of a salary grid.
 *
 * @example
 * ```ts
 * import { Money, type Parameter } from "@gip-sante/core"
 *
 * const first: Parameter.Echelon = { fromYears: 0, amount: Money.euros(4700) }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Echelon<U extends MoneyUnit = MoneyUnit> {
  readonly fromYears: number
  readonly amount: Cents | Amount<U>
}

/**
 * A salary grid: echelons by increasing seniority threshold, the first from 0 years, amounts
 * never decreasing.
 *
 * @example
 * ```ts
 * import { Money, type Parameter } from "@gip-sante/core"
 *
 * const grid: Parameter.Grid = [
 *   { fromYears: 0, amount: Money.euros(4700) },
 *   { fromYears: 20, amount: Money.euros(6400) }
 * ]
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Grid<U extends MoneyUnit = MoneyUnit> = ReadonlyArray<Echelon<U>>

const entrySchema = <S extends Schema.Top>(value: S) =>
  Schema.Struct({
    from: LocalDateSchema,
    to: Schema.optionalKey(LocalDateSchema),
    value,
    provenance: ProvenanceSchema
  })

const GapSchema = Schema.Struct({
  from: LocalDateSchema,
  to: LocalDateSchema,
  reason: Schema.NonEmptyString
})

const common = {
  label: Schema.NonEmptyString,
  description: Schema.NonEmptyString,
  gaps: Schema.optionalKey(Schema.Array(GapSchema))
}

const NumberParameterSchema = Schema.Struct({
  ...common,
  type: Schema.Literal("number"),
  unit: QuantityUnitSchema,
  history: Schema.Array(entrySchema(NonNegativeFinite))
})

const MoneyParameterSchema = Schema.Struct({
  ...common,
  type: Schema.Literal("money"),
  unit: MoneyUnitSchema,
  history: Schema.Array(entrySchema(PolicyMoneySchema))
})

const GridParameterSchema = Schema.Struct({
  ...common,
  type: Schema.Literal("grid"),
  unit: MoneyUnitSchema,
  history: Schema.Array(entrySchema(Schema.Array(EchelonSchema)))
})

const BooleanParameterSchema = Schema.Struct({
  ...common,
  type: Schema.Literal("boolean"),
  unit: Schema.Literal("none"),
  history: Schema.Array(entrySchema(Schema.Boolean))
})

const ListParameterSchema = Schema.Struct({
  ...common,
  type: Schema.Literal("list"),
  unit: Schema.Literal("none"),
  history: Schema.Array(entrySchema(Schema.Array(Schema.NonEmptyString)))
})

const TextParameterSchema = Schema.Struct({
  ...common,
  type: Schema.Literal("text"),
  unit: Schema.Literal("none"),
  history: Schema.Array(entrySchema(Schema.NonEmptyString))
})

/**
 * Schema of a parameter as written in a policy file (without its id, which is its key in the
 * policy). Checks the shape and the units; {@link decode} also checks the history.
 *
 * @example
 * ```ts
 * import { Parameter } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Parameter.ParameterSchema)({ type: "number" }) // false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const ParameterSchema = Schema.Union([
  NumberParameterSchema,
  MoneyParameterSchema,
  GridParameterSchema,
  BooleanParameterSchema,
  ListParameterSchema,
  TextParameterSchema
])

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * A decoded parameter: label, description, value type, unit and history.
 *
 * @example
 * ```ts
 * import type { Parameter } from "@gip-sante/core"
 *
 * const isMoney = (p: Parameter.Parameter) => p.type === "money"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Parameter = typeof ParameterSchema.Type

/**
 * A parameter as written in JSON.
 *
 * @example
 * ```ts
 * import type { Parameter } from "@gip-sante/core"
 *
 * const json: Parameter.Encoded = {
 *   label: "Consultations per hour",
 *   description: "Target rate of consultations per hour and per doctor.",
 *   type: "number",
 *   unit: "consultationsPerHour",
 *   history: [{ from: "2022-06-17", value: 3, provenance: { kind: "citation", document: "S2", locator: "3 per hour" } }]
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Encoded = typeof ParameterSchema.Encoded

/**
 * The kinds of value a parameter can hold.
 *
 * @example
 * ```ts
 * import type { Parameter } from "@gip-sante/core"
 *
 * const kind: Parameter.ValueType = "grid"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type ValueType = Parameter["type"]

/**
 * One dated value of a parameter's history.
 *
 * @example
 * ```ts
 * import type { Parameter } from "@gip-sante/core"
 *
 * const starts = (entry: Parameter.HistoryEntry) => entry.from
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type HistoryEntry = Parameter["history"][number]

/**
 * The unit a value of type `T` may have: money types take money units, numbers take quantity
 * units, flags, lists and texts take `"none"`.
 *
 * @example
 * ```ts
 * import type { Parameter } from "@gip-sante/core"
 *
 * const unit: Parameter.UnitFor<"money"> = "eurosPerAct"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type UnitFor<T extends ValueType> = T extends "money" | "grid"
  ? MoneyUnit
  : T extends "number"
    ? QuantityUnit
    : "none"

/**
 * The TypeScript type of a value of type `T` in unit `U`.
 *
 * @example
 * ```ts
 * import type { Parameter, Unit } from "@gip-sante/core"
 *
 * type Hours = Parameter.ValueOf<"number", "hoursPerWeek"> // Unit.Quantity<"hoursPerWeek">
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type ValueOf<T extends ValueType, U extends Unit> = T extends "number"
  ? U extends QuantityUnit
    ? Quantity<U>
    : never
  : T extends "money"
    ? U extends MoneyUnit
      ? Amount<U>
      : never
    : T extends "grid"
      ? U extends MoneyUnit
        ? Grid<U>
        : never
      : T extends "boolean"
        ? boolean
        : T extends "list"
          ? ReadonlyArray<string>
          : string

/**
 * What a module needs from a policy: a parameter id with its value type and unit, and the
 * words that describe it. Reading through a definition checks the type and unit and returns a
 * value branded with the unit.
 *
 * @example
 * ```ts
 * import { Parameter } from "@gip-sante/core"
 *
 * const fullTime = Parameter.define({
 *   id: "contract.fullTimeWeeklyHours",
 *   type: "number",
 *   unit: "hoursPerWeek",
 *   label: "Full-time weekly hours"
 * })
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Definition<T extends ValueType = ValueType, U extends UnitFor<T> = UnitFor<T>> {
  readonly id: string
  readonly type: T
  readonly unit: U
  readonly label: string
}

/**
 * A value in force on a date, with where it comes from and the range it applies to.
 *
 * @example
 * ```ts
 * import type { Parameter } from "@gip-sante/core"
 *
 * const since = (v: Parameter.InForce<number>) => v.from
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface InForce<V> {
  readonly parameterId: string
  readonly value: V
  readonly from: LocalDate
  readonly to: LocalDate | undefined
  readonly provenance: Provenance
}

/**
 * Why a parameter could not be read or is not valid: names the parameter and lists every issue
 * with its path.
 *
 * @example
 * ```ts
 * import { Calendar, Parameter } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const p = Result.getOrThrow(
 *   Parameter.decode("x", {
 *     label: "X",
 *     description: "An example.",
 *     type: "number",
 *     unit: "count",
 *     history: [{ from: "2024-01-01", value: 1, provenance: { kind: "assumption", rationale: "r", replaceWith: "w" } }]
 *   })
 * )
 * const r = Parameter.valueAt(p, "x", Calendar.date("2023-01-01"))
 * if (Result.isFailure(r)) r.failure.message // "at x: No value of x is in force on 2023-01-01: its history starts on 2024-01-01"
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class ParameterError extends Data.TaggedError("ParameterError")<{
  readonly parameterId: string
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
 * Declares what a module reads from policies. The type and the unit are checked against the
 * policy when the value is read, and the value comes back branded with the unit.
 *
 * @example
 * ```ts
 * import { Parameter } from "@gip-sante/core"
 *
 * const gTariff = Parameter.define({ id: "tariff.g", type: "money", unit: "eurosPerAct", label: "G consultation" })
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const define = <const T extends ValueType, const U extends UnitFor<T>>(
  definition: Definition<T, U>
): Definition<T, U> => definition

const idPattern = /^[a-z][a-zA-Z0-9]*(?:\.[a-z][a-zA-Z0-9]*)*$/

/**
 * Whether a string is a valid parameter id: dot-separated camelCase words starting with a
 * lowercase letter (`pay.gp.grid`, `contract.fullTimeWeeklyHours`).
 *
 * @example
 * ```ts
 * import { Parameter } from "@gip-sante/core"
 *
 * Parameter.isValidId("pay.gp.grid") // true
 * Parameter.isValidId("__proto__") // false
 * ```
 *
 * @since 0.1.0
 * @category guards
 */
export const isValidId = (id: string): boolean => idPattern.test(id)

/**
 * Decodes one parameter from JSON and checks its history: values sorted by date, no overlap,
 * only declared gaps, `to` after `from`, grids well formed. Every issue is reported with its
 * path.
 *
 * @example
 * ```ts
 * import { Parameter } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const r = Parameter.decode("consultation.targetPerHour", {
 *   label: "Consultations per hour",
 *   description: "Target rate.",
 *   type: "number",
 *   unit: "consultationsPerHour",
 *   history: []
 * })
 * Result.isFailure(r) // true: a history needs at least one value
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const decode = (
  id: string,
  input: unknown,
  path: ReadonlyArray<PropertyKey> = []
): Result.Result<Parameter, ParameterError> => {
  const decoded = decodeAll(ParameterSchema, input, path)
  if (Result.isFailure(decoded))
    return Result.fail(new ParameterError({ parameterId: id, issues: decoded.failure }))
  const issues = validate(decoded.success, path)
  return issues.length === 0
    ? Result.succeed(decoded.success)
    : Result.fail(new ParameterError({ parameterId: id, issues }))
}

/**
 * Encodes a parameter back to its JSON form.
 *
 * @example
 * ```ts
 * import { Parameter } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const json = {
 *   label: "G",
 *   description: "GP consultation tariff.",
 *   type: "money",
 *   unit: "eurosPerAct",
 *   history: [{ from: "2024-12-22", value: "30.00", provenance: { kind: "citation", document: "S2", locator: "30 €" } }]
 * }
 * Parameter.encode(Result.getOrThrow(Parameter.decode("tariff.g", json))) // deep-equals json
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const encode = (parameter: Parameter): Encoded => Schema.encodeSync(ParameterSchema)(parameter)

// -----------------------------------------------------------------------------
// validation
// -----------------------------------------------------------------------------

/**
 * The problems in a decoded parameter's history (empty when it is valid), with paths relative
 * to `path`.
 *
 * @example
 * ```ts
 * import { Parameter } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * const p = Schema.decodeUnknownSync(Parameter.ParameterSchema)({
 *   label: "X",
 *   description: "Example.",
 *   type: "number",
 *   unit: "count",
 *   history: [
 *     { from: "2024-01-01", value: 1, provenance: { kind: "assumption", rationale: "r", replaceWith: "w" } },
 *     { from: "2023-01-01", value: 2, provenance: { kind: "assumption", rationale: "r", replaceWith: "w" } }
 *   ]
 * })
 * Parameter.validate(p).length // 1: the second value does not come after the first
 * ```
 *
 * @since 0.1.0
 * @category validation
 */
export const validate = (parameter: Parameter, path: ReadonlyArray<PropertyKey> = []): Array<Issue> => {
  const issues: Array<Issue> = []
  const at = (...keys: ReadonlyArray<PropertyKey>) => formatIssuePath([...path, ...keys])
  const history: ReadonlyArray<HistoryEntry> = parameter.history
  if (history.length === 0) {
    issues.push({ path: at("history"), message: "A parameter needs at least one dated value" })
  }
  const declaredGaps = parameter.gaps ?? []
  const usedGaps = new Set<number>()
  for (let i = 0; i < history.length; i++) {
    const entry = history[i]!
    if (entry.to !== undefined && entry.to <= entry.from) {
      issues.push({
        path: at("history", i, "to"),
        message: `Expected an end date after the start date ${entry.from}, got ${entry.to}`
      })
    }
    if (parameter.type === "grid")
      issues.push(...validateGrid(parameter.history[i]!.value, [...path, "history", i, "value"]))
    if (parameter.type === "number") {
      const problem = numberProblem(parameter.unit, parameter.history[i]!.value)
      if (problem !== undefined) issues.push({ path: at("history", i, "value"), message: problem })
    }
    if (i === 0) continue
    const previous = history[i - 1]!
    if (entry.from <= previous.from) {
      issues.push({
        path: at("history", i, "from"),
        message: `Values must be in date order: ${entry.from} does not come after the previous value's start ${previous.from}`
      })
    } else if (previous.to === undefined) {
      issues.push({
        path: at("history", i - 1, "to"),
        message: `This value has no end date but another value starts on ${entry.from}: give it "to": "${entry.from}"`
      })
    } else if (previous.to > entry.from) {
      issues.push({
        path: at("history", i, "from"),
        message: `Overlaps the previous value, which runs until ${previous.to}`
      })
    } else if (previous.to < entry.from) {
      const gap = declaredGaps.findIndex((g) => g.from === previous.to && g.to === entry.from)
      if (gap < 0) {
        issues.push({
          path: at("history", i, "from"),
          message: `No value is in force from ${previous.to} to ${entry.from}: close the gap or declare it in "gaps" with a reason`
        })
      } else usedGaps.add(gap)
    }
  }
  declaredGaps.forEach((gap, g) => {
    if (!usedGaps.has(g)) {
      issues.push({
        path: at("gaps", g),
        message: `Declared gap ${gap.from} to ${gap.to} does not match a gap in the history`
      })
    }
  })
  return issues
}

// What is wrong with a number value in its unit, if anything: hours are whole minutes, at most
// the hours of their period (the value schema has checked the rest).
const numberProblem = (unit: QuantityUnit, value: number): string | undefined => {
  const hours = hoursUnits[unit]
  if (hours === undefined) return undefined
  if (value > hours.max)
    return `Expected at most ${hours.max} hours (the hours of ${hours.period}), got ${value}`
  return wholeMinutes(value) === undefined
    ? `Expected hours that are a whole number of minutes (such as 7.5 for 7 h 30 min), got ${value}`
    : undefined
}

const validateGrid = (grid: ReadonlyArray<Echelon>, path: ReadonlyArray<PropertyKey>): Array<Issue> => {
  const issues: Array<Issue> = []
  if (grid.length === 0) {
    issues.push({ path: formatIssuePath(path), message: "A grid needs at least one echelon" })
    return issues
  }
  if (grid[0]!.fromYears !== 0) {
    issues.push({
      path: formatIssuePath([...path, 0, "fromYears"]),
      message: "The first echelon must start at 0 years of seniority"
    })
  }
  for (let e = 1; e < grid.length; e++) {
    const echelon = grid[e]!
    const previous = grid[e - 1]!
    if (echelon.fromYears <= previous.fromYears) {
      issues.push({
        path: formatIssuePath([...path, e, "fromYears"]),
        message: `Seniority thresholds must increase: ${echelon.fromYears} is not above ${previous.fromYears}`
      })
    }
    if (echelon.amount < previous.amount) {
      issues.push({
        path: formatIssuePath([...path, e, "amount"]),
        message: "An echelon cannot pay less than the one before it"
      })
    }
  }
  return issues
}

// -----------------------------------------------------------------------------
// queries
// -----------------------------------------------------------------------------

/**
 * The value in force on `date`, with its provenance and effective range, or an error that says
 * why there is none (before the history starts, in a declared gap, after the last value ends).
 * `id` is only used in messages.
 *
 * @example
 * ```ts
 * import { Calendar, Parameter } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * declare const tariff: Parameter.Parameter
 * const r = Parameter.valueAt(tariff, "tariff.g", Calendar.date("2025-01-01"))
 * ```
 *
 * @since 0.1.0
 * @category queries
 */
export const valueAt = <P extends Parameter>(
  parameter: P,
  id: string,
  date: LocalDate
): Result.Result<InForce<P["history"][number]["value"]>, ParameterError> => {
  const history: ReadonlyArray<HistoryEntry> = parameter.history
  // Scan from the latest value: most reads are about recent dates.
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i]!
    if (entry.from <= date) {
      if (entry.to === undefined || date < entry.to) {
        return Result.succeed({
          parameterId: id,
          value: entry.value,
          from: entry.from,
          to: entry.to,
          provenance: entry.provenance
        })
      }
      return Result.fail(notInForce(parameter, id, date, entry.to))
    }
  }
  return Result.fail(notInForce(parameter, id, date, undefined))
}

const notInForce = (parameter: Parameter, id: string, date: LocalDate, endedOn: LocalDate | undefined) => {
  const gap = parameter.gaps?.find((g) => g.from <= date && date < g.to)
  const first = parameter.history[0]
  const why =
    gap !== undefined
      ? `it is in a declared gap (${gap.from} to ${gap.to}: ${gap.reason})`
      : endedOn !== undefined
        ? `its last value ended on ${endedOn}`
        : first !== undefined
          ? `its history starts on ${first.from}`
          : "it has no value at all"
  return new ParameterError({
    parameterId: id,
    issues: [{ path: id, message: `No value of ${id} is in force on ${date}: ${why}` }]
  })
}

/**
 * Whether a parameter's value type and unit are the ones a definition expects. Returns the
 * issue to report when they are not.
 *
 * @example
 * ```ts
 * import { Parameter } from "@gip-sante/core"
 *
 * declare const p: Parameter.Parameter
 * const def = Parameter.define({ id: "tariff.g", type: "money", unit: "eurosPerAct", label: "G" })
 * Parameter.mismatch(p, def) // undefined when p is money in €/act
 * ```
 *
 * @since 0.1.0
 * @category queries
 */
export const mismatch = (parameter: Parameter, definition: Definition): string | undefined => {
  if (parameter.type !== definition.type) {
    return `${definition.id} must hold a ${definition.type} value (${definition.label}), but the policy gives a ${parameter.type}`
  }
  if (parameter.unit !== definition.unit) {
    return `${definition.id} must be in ${definition.unit} (${definition.label}), but the policy gives ${parameter.unit}`
  }
  return undefined
}

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
import { dateIssues } from "./internal/history.js"
import { decodeAll, type Issue, renderIssues } from "./internal/issues.js"
import { type Cents, FromEuroString } from "./Money.js"
import { type Provenance, ProvenanceSchema } from "./Provenance.js"
import {
  type Amount,
  type MoneyUnit,
  MoneyUnitSchema,
  type Quantity,
  type QuantityUnit,
  QuantityUnitSchema,
  type Unit,
  UnitSchema
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

const NonNegativeFinite = Schema.Finite.check(
  Schema.isGreaterThanOrEqualTo(0, { expected: "a finite number greater than or equal to 0" })
)

// Units whose values have a natural bound: a share cannot exceed the whole, a week has 168
// hours. A value outside is a mistake (81.5 written for a share of 0.815), stopped at decoding
// and, through the JSON Schema, in the editor.
const unitBounds = {
  ratio: { maximum: 1, expected: "a share between 0 and 1 (0.815 for 81.5 %)" },
  hoursPerWeek: { maximum: 168, expected: "a number of hours between 0 and 168 (the hours of a week)" },
  hoursPerDay: { maximum: 24, expected: "a number of hours between 0 and 24 (the hours of a day)" },
  hoursPerYear: {
    maximum: 8784,
    expected: "a number of hours between 0 and 8784 (the hours of a leap year)"
  },
  daysPerWeek: { maximum: 7, expected: "a number of days between 0 and 7 (the days of a week)" },
  daysPerYear: { maximum: 366, expected: "a number of days between 0 and 366 (the days of a leap year)" },
  weeksPerYear: { maximum: 53, expected: "a number of weeks between 0 and 53 (the weeks of a year)" }
} as const satisfies Partial<Record<QuantityUnit, { maximum: number; expected: string }>>

type BoundedUnit = keyof typeof unitBounds

const boundedValue = (unit: BoundedUnit) =>
  Schema.Finite.check(
    Schema.isBetween(
      { minimum: 0, maximum: unitBounds[unit].maximum },
      { expected: unitBounds[unit].expected }
    )
  )

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

// A grid's steps: at least one, the first from 0 years, thresholds rising, amounts never
// falling. The first two rules are also said to JSON Schema validators; the order of the steps
// cannot be.
const gridProblems = (grid: ReadonlyArray<{ readonly fromYears: number; readonly amount: number }>) => {
  if (grid.length === 0) return "A grid needs at least one echelon"
  const problems: Array<{ path: ReadonlyArray<PropertyKey>; issue: string }> = []
  if (grid[0]!.fromYears !== 0)
    problems.push({ path: [0, "fromYears"], issue: "The first echelon must start at 0 years of seniority" })
  for (let e = 1; e < grid.length; e++) {
    const echelon = grid[e]!
    const previous = grid[e - 1]!
    if (echelon.fromYears <= previous.fromYears) {
      problems.push({
        path: [e, "fromYears"],
        issue: `Seniority thresholds must increase: ${echelon.fromYears} is not above ${previous.fromYears}`
      })
    }
    if (echelon.amount < previous.amount)
      problems.push({ path: [e, "amount"], issue: "An echelon cannot pay less than the one before it" })
  }
  return problems
}

const GridValueSchema = Schema.Array(EchelonSchema).check(
  Schema.makeFilter(gridProblems, {
    expected: "a grid of echelons from 0 years of seniority",
    toJsonSchema: () => ({
      minItems: 1,
      prefixItems: [{ type: "object", properties: { fromYears: { const: 0 } } }]
    })
  })
)

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
}).annotate({ identifier: "Gap" })

const common = {
  label: Schema.NonEmptyString,
  description: Schema.NonEmptyString,
  gaps: Schema.optionalKey(Schema.Array(GapSchema))
}

const variant = <T extends string, U extends Schema.Top, V extends Schema.Top>(
  identifier: string,
  type: T,
  unit: U,
  value: V
) =>
  Schema.Struct({
    ...common,
    type: Schema.Literal(type),
    unit,
    history: Schema.Array(entrySchema(value))
  }).annotate({
    identifier
  })

const boundedNumberVariant = <K extends BoundedUnit>(unit: K) =>
  variant(
    `${unit[0]!.toUpperCase()}${unit.slice(1)}Parameter`,
    "number",
    Schema.Literal(unit),
    boundedValue(unit)
  )

const boundedNumberVariants = {
  ratio: boundedNumberVariant("ratio"),
  hoursPerWeek: boundedNumberVariant("hoursPerWeek"),
  hoursPerDay: boundedNumberVariant("hoursPerDay"),
  hoursPerYear: boundedNumberVariant("hoursPerYear"),
  daysPerWeek: boundedNumberVariant("daysPerWeek"),
  daysPerYear: boundedNumberVariant("daysPerYear"),
  weeksPerYear: boundedNumberVariant("weeksPerYear")
} as const

const gridUnits = ["eurosPerMonthNet", "eurosPerMonthGross"] as const

const unboundedUnits = QuantityUnitSchema.literals.filter(
  (u): u is Exclude<QuantityUnit, BoundedUnit> => !(u in unitBounds)
)

const NumberParameterSchema = variant(
  "NumberParameter",
  "number",
  Schema.Literals(unboundedUnits),
  NonNegativeFinite
)
// For decoding only: names every quantity unit when the unit is wrong.
const AnyNumberParameterSchema = variant(
  "AnyNumberParameter",
  "number",
  QuantityUnitSchema,
  NonNegativeFinite
)
const MoneyParameterSchema = variant("MoneyParameter", "money", MoneyUnitSchema, PolicyMoneySchema)
const GridParameterSchema = variant("GridParameter", "grid", Schema.Literals(gridUnits), GridValueSchema)
const BooleanParameterSchema = variant("BooleanParameter", "boolean", Schema.Literal("none"), Schema.Boolean)
const ListParameterSchema = variant(
  "ListParameter",
  "list",
  Schema.Literal("none"),
  Schema.Array(Schema.NonEmptyString)
)
const TextParameterSchema = variant("TextParameter", "text", Schema.Literal("none"), Schema.NonEmptyString)

const valueTypes = ["number", "money", "grid", "boolean", "list", "text"] as const

// When the value type is missing or unknown, the rest of the parameter is still checked.
const UntypedParameterSchema = Schema.Struct({
  ...common,
  type: Schema.Literals(valueTypes),
  unit: UnitSchema,
  history: Schema.Array(entrySchema(Schema.Unknown))
})

/**
 * Schema of a parameter as written in a policy file (without its id, which is its key in the
 * policy). Checks the shape, the units, values within their unit's bounds (a `ratio` is a share
 * between 0 and 1) and salary grids; {@link decode} also checks the history's dates.
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
  ...Object.values(boundedNumberVariants),
  NumberParameterSchema,
  MoneyParameterSchema,
  GridParameterSchema,
  BooleanParameterSchema,
  ListParameterSchema,
  TextParameterSchema
]).annotate({ identifier: "Parameter" })

// The one variant of `ParameterSchema` a parameter can be, told by its type and unit, so that
// messages speak of that variant only.
const variantFor = (input: unknown): Schema.Codec<unknown, unknown> => {
  const fields = input !== null && typeof input === "object" ? (input as Record<string, unknown>) : {}
  const type = Object.hasOwn(fields, "type") ? fields.type : undefined
  const unit = Object.hasOwn(fields, "unit") ? fields.unit : undefined
  switch (type) {
    case "number":
      return (
        typeof unit === "string" && Object.hasOwn(boundedNumberVariants, unit)
          ? boundedNumberVariants[unit as BoundedUnit]
          : AnyNumberParameterSchema
      ) as Schema.Codec<unknown, unknown>
    case "money":
      return MoneyParameterSchema as Schema.Codec<unknown, unknown>
    case "grid":
      return GridParameterSchema as Schema.Codec<unknown, unknown>
    case "boolean":
      return BooleanParameterSchema as Schema.Codec<unknown, unknown>
    case "list":
      return ListParameterSchema as Schema.Codec<unknown, unknown>
    case "text":
      return TextParameterSchema as Schema.Codec<unknown, unknown>
    default:
      return UntypedParameterSchema as Schema.Codec<unknown, unknown>
  }
}

// Enough of a parameter to check its dates when its values do not decode.
const DatesSchema = Schema.Struct({
  history: Schema.Array(Schema.Struct({ from: LocalDateSchema, to: Schema.optionalKey(LocalDateSchema) })),
  gaps: Schema.optionalKey(Schema.Array(GapSchema))
})

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
 * The unit a value of type `T` may have: money takes money units, salary grids a monthly net or
 * gross amount (`eurosPerMonthNet`, `eurosPerMonthGross`), numbers take quantity units, flags,
 * lists and texts take `"none"`.
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
export type UnitFor<T extends ValueType> = T extends "money"
  ? MoneyUnit
  : T extends "grid"
    ? (typeof gridUnits)[number]
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
  const decoded = decodeAll(variantFor(input), input, path)
  if (Result.isFailure(decoded)) {
    // The dates are checked even when a value is wrong, so that one pass reports both.
    const dates = Schema.decodeUnknownOption(DatesSchema)(input)
    const dateProblems =
      dates._tag === "Some" ? dateIssues(dates.value.history, dates.value.gaps, path, "history") : []
    return Result.fail(new ParameterError({ parameterId: id, issues: [...decoded.failure, ...dateProblems] }))
  }
  const parameter = decoded.success as Parameter
  const issues = validate(parameter, path)
  return issues.length === 0
    ? Result.succeed(parameter)
    : Result.fail(new ParameterError({ parameterId: id, issues }))
}

/**
 * Decodes dated values (`from`, `to`, `value`, `provenance`) for a parameter of the given
 * value type and unit, without checking their dates against each other: an override's values
 * before they are placed in the base's history. Every issue is reported with its path under
 * `path`.
 *
 * @example
 * ```ts
 * import { Parameter } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const r = Parameter.decodeValues("number", "ratio", [
 *   { from: "2020-06-30", value: 81.5, provenance: { kind: "assumption", rationale: "r", replaceWith: "w" } }
 * ])
 * if (Result.isFailure(r)) r.failure[0]?.message // "Expected a share between 0 and 1 (0.815 for 81.5 %), got 81.5"
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const decodeValues = (
  type: ValueType,
  unit: Unit,
  input: unknown,
  path: ReadonlyArray<PropertyKey> = []
): Result.Result<ReadonlyArray<HistoryEntry>, ReadonlyArray<Issue>> =>
  decodeAll(historySchema(type, unit) as Schema.Codec<ReadonlyArray<HistoryEntry>, unknown>, input, path)

/**
 * Schema of the dated values (`from`, `to`, `value`, `provenance`) of a parameter of the given
 * value type and unit: what {@link decodeValues} checks, and what an override's JSON Schema
 * says of a known parameter's values.
 *
 * @example
 * ```ts
 * import { Parameter } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * const shares = Parameter.historySchema("number", "ratio")
 * Schema.is(shares)([{ from: "2024-01-01", value: 0.5, provenance: { kind: "assumption", rationale: "r", replaceWith: "w" } }]) // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const historySchema = (type: ValueType, unit: Unit): Schema.Top =>
  (variantFor({ type, unit }) as unknown as { readonly fields: { readonly history: Schema.Top } }).fields
    .history

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
export const validate = (parameter: Parameter, path: ReadonlyArray<PropertyKey> = []): Array<Issue> =>
  dateIssues(parameter.history, parameter.gaps, path, "history")

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

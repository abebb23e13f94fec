/**
 * Units of measure: the closed set every parameter and every explained figure is expressed in.
 *
 * Units are checked twice: at decode time (a policy file that gives an hourly rate where a
 * monthly salary is expected is rejected) and at compile time: a value read through a typed
 * parameter definition is a {@link Quantity} or an {@link Amount} branded with its unit, so a
 * function that needs euros per month net does not accept consultations per hour.
 *
 * @example
 * ```ts
 * import { Unit } from "@gip-sante/core"
 *
 * Unit.label("eurosPerMonthNet") // "€ net / month"
 * Unit.isMoney("eurosPerAct") // true
 * ```
 *
 * @since 0.1.0
 * @module
 */
import type * as Brand from "effect/Brand"
import * as Schema from "effect/Schema"
import type { Cents } from "./Money.js"

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

const moneyUnits = [
  "euros",
  "eurosPerMonthNet",
  "eurosPerMonthGross",
  "eurosPerMonth",
  "eurosPerYear",
  "eurosPerYearGross",
  "eurosPerAct",
  "eurosPerShift",
  "eurosPerConsultation"
] as const

const quantityUnits = [
  "hoursPerWeek",
  "hoursPerDay",
  "hoursPerYear",
  "daysPerWeek",
  "daysPerYear",
  "weeksPerYear",
  "days",
  "years",
  "consultationsPerHour",
  "consultations",
  "consultationsPerYear",
  "visitsPerMonth",
  "shiftsPerMonth",
  "ratio",
  "count",
  "patients",
  "people"
] as const

/**
 * A unit in which money is expressed (the value is a number of cents).
 *
 * @example
 * ```ts
 * import type { Unit } from "@gip-sante/core"
 *
 * const unit: Unit.MoneyUnit = "eurosPerMonthGross"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type MoneyUnit = (typeof moneyUnits)[number]

/**
 * A unit for a plain quantity (hours, days, rates, counts).
 *
 * @example
 * ```ts
 * import type { Unit } from "@gip-sante/core"
 *
 * const unit: Unit.QuantityUnit = "consultationsPerHour"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type QuantityUnit = (typeof quantityUnits)[number]

/**
 * Any unit, plus `"none"` for values that have no unit (flags, labels, lists of names).
 *
 * @example
 * ```ts
 * import type { Unit } from "@gip-sante/core"
 *
 * const units: ReadonlyArray<Unit.Unit> = ["hoursPerWeek", "eurosPerAct", "none"]
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Unit = MoneyUnit | QuantityUnit | "none"

/**
 * A number measured in unit `U`, branded so that units cannot be mixed up at compile time.
 *
 * @example
 * ```ts
 * import { Unit } from "@gip-sante/core"
 *
 * const weekly: Unit.Quantity<"hoursPerWeek"> = Unit.quantity(35, "hoursPerWeek")
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Quantity<U extends QuantityUnit> = number & Brand.Brand<U>

/**
 * An amount of money (integer cents) in money unit `U`: a monthly net salary cannot be passed
 * where a monthly gross salary or a tariff per act is expected.
 *
 * @example
 * ```ts
 * import { Money, Unit } from "@gip-sante/core"
 *
 * const tariff: Unit.Amount<"eurosPerAct"> = Unit.amount(Money.euros(30), "eurosPerAct")
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Amount<U extends MoneyUnit> = Cents & Brand.Brand<U>

// -----------------------------------------------------------------------------
// constructors
// -----------------------------------------------------------------------------

/**
 * Tags a number with its unit (no runtime cost). Use it at the edges, on numbers you know the
 * unit of; values read from a policy already carry theirs.
 *
 * @example
 * ```ts
 * import { Unit } from "@gip-sante/core"
 *
 * Unit.quantity(3, "consultationsPerHour") // 3
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const quantity = <U extends QuantityUnit>(value: number, _unit: U): Quantity<U> => value as Quantity<U>

/**
 * Tags an amount in cents with its money unit (no runtime cost).
 *
 * @example
 * ```ts
 * import { Money, Unit } from "@gip-sante/core"
 *
 * Unit.amount(Money.euros(4700), "eurosPerMonthNet") // 470000
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const amount = <U extends MoneyUnit>(cents: Cents, _unit: U): Amount<U> => cents as Amount<U>

// -----------------------------------------------------------------------------
// guards
// -----------------------------------------------------------------------------

const moneyUnitSet: ReadonlySet<string> = new Set(moneyUnits)
const quantityUnitSet: ReadonlySet<string> = new Set(quantityUnits)

/**
 * Whether a unit measures money.
 *
 * @example
 * ```ts
 * import { Unit } from "@gip-sante/core"
 *
 * Unit.isMoney("hoursPerWeek") // false
 * ```
 *
 * @since 0.1.0
 * @category guards
 */
export const isMoney = (unit: Unit): unit is MoneyUnit => moneyUnitSet.has(unit)

/**
 * Whether a unit measures a plain quantity.
 *
 * @example
 * ```ts
 * import { Unit } from "@gip-sante/core"
 *
 * Unit.isQuantity("ratio") // true
 * ```
 *
 * @since 0.1.0
 * @category guards
 */
export const isQuantity = (unit: Unit): unit is QuantityUnit => quantityUnitSet.has(unit)

// -----------------------------------------------------------------------------
// schemas
// -----------------------------------------------------------------------------

/**
 * Schema of a money unit in JSON.
 *
 * @example
 * ```ts
 * import { Unit } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Unit.MoneyUnitSchema)("eurosPerAct") // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const MoneyUnitSchema = Schema.Literals(moneyUnits)

/**
 * Schema of a quantity unit in JSON.
 *
 * @example
 * ```ts
 * import { Unit } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Unit.QuantityUnitSchema)("hoursPerWeek") // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const QuantityUnitSchema = Schema.Literals(quantityUnits)

/**
 * Schema of any unit in JSON.
 *
 * @example
 * ```ts
 * import { Unit } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Unit.UnitSchema)("parsecs") // false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const UnitSchema = Schema.Literals([...moneyUnits, ...quantityUnits, "none"])

// -----------------------------------------------------------------------------
// renderers
// -----------------------------------------------------------------------------

const labels: Record<Unit, string> = {
  euros: "€",
  eurosPerMonthNet: "€ net / month",
  eurosPerMonthGross: "€ gross / month",
  eurosPerMonth: "€ / month",
  eurosPerYear: "€ / year",
  eurosPerYearGross: "€ gross / year",
  eurosPerAct: "€ / act",
  eurosPerShift: "€ / shift",
  eurosPerConsultation: "€ / consultation",
  hoursPerWeek: "h / week",
  hoursPerDay: "h / day",
  hoursPerYear: "h / year",
  daysPerWeek: "days / week",
  daysPerYear: "days / year",
  weeksPerYear: "weeks / year",
  days: "days",
  years: "years",
  consultationsPerHour: "consultations / h",
  consultations: "consultations",
  consultationsPerYear: "consultations / year",
  visitsPerMonth: "visits / month",
  shiftsPerMonth: "shifts / month",
  ratio: "",
  count: "",
  patients: "patients",
  people: "people",
  none: ""
}

/**
 * The short label printed after a value in explanations and reports.
 *
 * @example
 * ```ts
 * import { Unit } from "@gip-sante/core"
 *
 * Unit.label("consultationsPerHour") // "consultations / h"
 * ```
 *
 * @since 0.1.0
 * @category renderers
 */
export const label = (unit: Unit): string => labels[unit]

/**
 * Computed figures: a number of the report with its unit and the explanation of how it was
 * computed, down to the parameters read (with their provenance), the events counted and the
 * published figures used. The explanation is part of the type: the constructors are the only
 * way to build a figure, and each takes one, so the report model cannot hold a number that says
 * nothing of where it comes from.
 *
 * A figure is plain data (JSON-serialisable as it is): a dashboard renders the same model as the
 * report's renderers, and an auditor's tool can walk it.
 *
 * @example
 * ```ts
 * import { Explanation } from "@gip-sante/core"
 * import { Figure } from "@gip-sante/report"
 *
 * const consultations = Figure.counted(
 *   "Consultations",
 *   1250,
 *   "consultations",
 *   "consultation events dated 2025-01-01 to 2025-01-31"
 * )
 * Explanation.toText(consultations.explanation)
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Explanation, Money, Unit } from "@gip-sante/core"
import type * as Brand from "effect/Brand"

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * A computed number: its value (cents for a money unit, a share from 0 to 1 for `ratio`), its
 * unit and its explanation.
 *
 * @example
 * ```ts
 * import type { Figure } from "@gip-sante/report"
 *
 * const sourcesOf = (f: Figure.Figure) => f.explanation.root.children.length
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Figure = {
  readonly value: number
  readonly unit: Unit.Unit
  readonly explanation: Explanation.Explanation
} & Brand.Brand<"@gip-sante/report/Figure">

/**
 * A computed month or day (when a goal is reached, say), or none (`value` undefined: not within
 * the horizon), with its explanation.
 *
 * @example
 * ```ts
 * import type { Figure } from "@gip-sante/report"
 *
 * const reached = (w: Figure.When) => w.value !== undefined
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type When = {
  readonly value: string | undefined
  readonly kind: "month" | "day"
  readonly explanation: Explanation.Explanation
} & Brand.Brand<"@gip-sante/report/When">

// -----------------------------------------------------------------------------
// constructors
// -----------------------------------------------------------------------------

/**
 * A figure from its value, unit and explanation.
 *
 * @example
 * ```ts
 * import { Explanation, Money } from "@gip-sante/core"
 * import { Figure } from "@gip-sante/report"
 *
 * const pay = Figure.make(470000, "eurosPerMonthNet", Explanation.make(Explanation.step("Net pay")))
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (value: number, unit: Unit.Unit, explanation: Explanation.Explanation): Figure =>
  ({ value, unit, explanation }) as Figure

/**
 * A figure whose explanation is one step (its label, its value in the unit, a note) computed
 * from the given figures and steps: for a sum, a ratio, a difference of figures already explained.
 * A figure it is computed from appears as the top step of its own explanation (label, value and
 * what it rests on), not its whole tree: that figure carries the rest, so that a model's
 * explanations stay in proportion to its figures.
 *
 * @example
 * ```ts
 * import { Figure } from "@gip-sante/report"
 *
 * declare const cost: Figure.Figure
 * declare const consultations: Figure.Figure
 * Figure.derived("Cost per consultation", cost.value / consultations.value, "eurosPerConsultation", "cost ÷ consultations", [cost, consultations])
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const derived = (
  label: string,
  value: number,
  unit: Unit.Unit,
  note: string | undefined,
  from: ReadonlyArray<Figure | Explanation.Step>
): Figure =>
  make(
    value,
    unit,
    Explanation.make(
      Explanation.step(label, {
        value: valueOf(value, unit),
        ...(note === undefined ? {} : { note }),
        children: from.map((f) => ("explanation" in f ? summary(f.explanation.root) : f))
      })
    )
  )

// The top step of a figure's explanation, its children left to the figure itself.
const summary = (step: Explanation.Step): Explanation.Step =>
  step.children.length === 0
    ? step
    : {
        ...step,
        note: `${step.note === undefined ? "" : `${step.note}; `}explained in full with its own figure`,
        children: []
      }

/**
 * A count of events, explained by which events were counted.
 *
 * @example
 * ```ts
 * import { Figure } from "@gip-sante/report"
 *
 * Figure.counted("Home visits", 18548, "count", "home-visit events dated 2022-07-01 to 2025-04-09 in the simulated log").value // 18548
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const counted = (
  label: string,
  events: number,
  unit: Unit.QuantityUnit,
  description: string
): Figure => make(events, unit, Explanation.make(Explanation.counted(label, events, description, unit)))

/**
 * A figure taken from an explanation computed elsewhere (a rule's finding, a pay computation):
 * the explanation is kept whole.
 *
 * @example
 * ```ts
 * import { Explanation } from "@gip-sante/core"
 * import { Figure } from "@gip-sante/report"
 *
 * declare const explanation: Explanation.Explanation
 * Figure.explained(470000, "eurosPerMonthNet", explanation)
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const explained: (value: number, unit: Unit.Unit, explanation: Explanation.Explanation) => Figure =
  make

/**
 * A month or a day with its explanation; `undefined` when it does not come within the horizon.
 *
 * @example
 * ```ts
 * import { Explanation } from "@gip-sante/core"
 * import { Figure } from "@gip-sante/report"
 *
 * Figure.when("2027-07", "month", Explanation.make(Explanation.step("Month the goal is reached")))
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const when = (
  value: string | undefined,
  kind: "month" | "day",
  explanation: Explanation.Explanation
): When => ({ value, kind, explanation }) as When

/**
 * The explanation value of a number in a unit (money in cents, quantities otherwise), for the
 * steps a caller builds around figures.
 *
 * @example
 * ```ts
 * import { Figure } from "@gip-sante/report"
 *
 * Figure.valueOf(470000, "eurosPerMonthNet") // { kind: "money", cents: 470000, unit: "eurosPerMonthNet" }
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const valueOf = (value: number, unit: Unit.Unit): Explanation.Value =>
  unit === "none"
    ? Explanation.quantity(value, "count")
    : Unit.isMoney(unit)
      ? Explanation.money(Money.cents(Math.round(value)), unit)
      : Explanation.quantity(value, unit as Unit.QuantityUnit)

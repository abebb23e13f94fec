/**
 * The model's money reconciled with the money the programme published. The programme's
 * accounts for a year are built from the typical centre: each year's opened centres (programme
 * data) run through its opening scenario, scaled to the average centre, with the ramp-up by
 * their opening year, plus the GIP's central costs booked once. Beside each published money
 * figure (the Region's yearly cost, the programme's yearly cost, the share of resources from
 * acts and subsidies, a centre's loss in its first years, the cost of opening a centre and the
 * years to break even, a centre's revenue mix, the starting pay) stands the model's value, the
 * gap, whether they agree, the assumptions that drive the gap, and on what basis they agree: a
 * value computed independently, one from assumptions calibrated against the figure, or one
 * matched by construction (a fitted value, never a confirmation). Published figures that cannot
 * all hold at once are listed, with why.
 *
 * Every model value is a `Figure` with its explanation; the model is plain data.
 *
 * @example
 * ```ts
 * import { Reconciliation } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * const r = Reconciliation.compute({ policy, programme })
 * if (r.status === "ok") r.value.rows.map((row) => `${row.figure.id}: ${row.status}`)
 * ```
 *
 * @since 0.1.0
 * @module
 */
import type * as internal from "./internal/reconciliation.js"
import { type Input, type Section, withoutEvents } from "./Report.js"

/**
 * The programme's accounts for one year: the centres open by its end, revenue (subsidies
 * included, the Region's contribution apart), cost, the Region's contribution (the deficit),
 * and the share of resources from acts and subsidies.
 *
 * @example
 * ```ts
 * import type { Reconciliation } from "@gip-sante/report"
 *
 * const deficit = (y: Reconciliation.ProgrammeYear) => y.cost.value - y.revenue.value
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type ProgrammeYear = internal.ProgrammeYear

/**
 * How a row's model value stands against its published figure: it agrees (computed
 * independently of it), agrees after calibration (from assumptions calibrated against it), is
 * matched by construction (a fitted value: no confirmation), or disagrees.
 *
 * @example
 * ```ts
 * import type { Reconciliation } from "@gip-sante/report"
 *
 * const confirms = (s: Reconciliation.Status) => s === "agrees"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Status = internal.Status

/**
 * One published money figure beside the model: the figure (with its citation), what is
 * measured (and for which year), the model's value and the gap (each a figure with its
 * explanation), whether they agree, on what basis, the assumptions that drive the gap, and how
 * the figure is read.
 *
 * @example
 * ```ts
 * import type { Reconciliation } from "@gip-sante/report"
 *
 * const line = (r: Reconciliation.Row) => `${r.figure.id}: model ${r.model.value}, gap ${r.gap.value}`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Row = internal.Row

/**
 * The reconciliation: how near an "about" figure must be to agree, the programme's accounts for
 * the years reconciled, the rows, and the published figures that cannot all hold at once.
 *
 * @example
 * ```ts
 * import type { Reconciliation } from "@gip-sante/report"
 *
 * const disagreements = (r: Reconciliation.Reconciliation) => r.rows.filter((row) => row.status === "disagrees")
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Reconciliation = internal.Model

/**
 * The reconciliation of a programme's money (no event log needed): unavailable, with the reason,
 * when the programme data gives no economics or no typical centre.
 *
 * @example
 * ```ts
 * import { Reconciliation } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * Reconciliation.compute({ policy, programme }).status // "ok"
 * ```
 *
 * @since 0.1.0
 * @category computing
 */
export const compute = (input: Input): Section<Reconciliation> => withoutEvents(input).reconciliation

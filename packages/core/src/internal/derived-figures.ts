/**
 * Figures derived from decimal parameters (shares, quotas, rates), as the domain modules show
 * them. Shares and quotas are decimals with a few places, and binary floating point does not
 * keep them: 1 − 0.7 − 0.1 is 0.20000000000000004, 35 × (0.7 + 0.1) is 27.999999999999996, and
 * 10 / 200 − 0.02 is 0.030000000000000002. Rounding each derived figure to 12 significant digits
 * gives back the decimals a reader expects, far below any meaningful count, and the rounding is
 * monotone, so comparisons with a threshold keep their sense. Money is never rounded here (see
 * Money).
 */
import * as Explanation from "../Explanation.js"

/** `x` to 12 significant digits (0 stays 0, never -0). */
export const tidy = (x: number): number => (x === 0 ? 0 : Number(x.toPrecision(12)))

/** A count as explanations write it. */
export const formatNumber = (x: number): string => Explanation.formatValue(Explanation.quantity(x, "count"))

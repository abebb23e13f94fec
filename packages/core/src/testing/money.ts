/**
 * fast-check arbitraries for `Money`.
 *
 * @since 0.1.0
 * @module
 */
import * as fc from "fast-check"
import type { Cents, Ratio, RoundingMode } from "../Money.js"
import { ratio, roundingModes } from "../Money.js"

/**
 * Any amount in cents between `min` and `max` (default ±10 million euros).
 *
 * @example
 * ```ts
 * import { cents } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(cents({ min: 0 }), 3)
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const cents = (options: { readonly min?: number; readonly max?: number } = {}): fc.Arbitrary<Cents> =>
  fc.integer({ min: options.min ?? -1_000_000_000, max: options.max ?? 1_000_000_000 }).map((n) => n as Cents)

/**
 * Any rounding mode.
 *
 * @example
 * ```ts
 * import { roundingMode } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(roundingMode(), 1)
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const roundingMode = (): fc.Arbitrary<RoundingMode> => fc.constantFrom(...roundingModes)

/**
 * An exact fraction with a numerator in `[0, maxNumerator]` and a denominator in `[1, maxDenominator]`.
 *
 * @example
 * ```ts
 * import { moneyRatio } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(moneyRatio(), 2)
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const moneyRatio = (
  options: { readonly maxNumerator?: number; readonly maxDenominator?: number } = {}
): fc.Arbitrary<Ratio> =>
  fc
    .tuple(
      fc.integer({ min: 0, max: options.maxNumerator ?? 100_000 }),
      fc.integer({ min: 1, max: options.maxDenominator ?? 100_000 })
    )
    .map(([n, d]) => ratio(n, d))

/**
 * Allocation weights: a non-empty array of non-negative decimals, at least one positive.
 *
 * @example
 * ```ts
 * import { allocationWeights } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(allocationWeights(), 1)
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const allocationWeights = (): fc.Arbitrary<Array<number>> =>
  fc
    .array(
      fc.oneof(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000)
      ),
      { minLength: 1, maxLength: 20 }
    )
    .filter((ws) => ws.some((w) => w > 0))

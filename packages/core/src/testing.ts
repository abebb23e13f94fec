/**
 * fast-check arbitraries for every domain type of `@gip-sante/core`, so that you can
 * property-test your own code against ours. Requires the optional peer dependency `fast-check`.
 *
 * @example
 * ```ts
 * import { cents, localDate } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.assert(fc.property(cents(), localDate(), (amount, date) => typeof date === "string" && Number.isInteger(amount)))
 * ```
 *
 * @since 0.1.0
 * @module @gip-sante/core/testing
 */
export * from "./testing/calendar.js"
export * from "./testing/contract.js"
export * from "./testing/hostile.js"
export * from "./testing/money.js"
export * from "./testing/policy.js"
export * from "./testing/records.js"

/**
 * `@gip-sante/core`: the domain kernel of a regional health-centre programme, as pure functions
 * over typed, sourced policy data. Every module is exported as a namespace.
 *
 * @example
 * ```ts
 * import { Calendar, Money } from "@gip-sante/core"
 *
 * Money.format(Money.euros(4700)) // "4 700,00 €"
 * Calendar.isPublicHoliday(Calendar.date("2025-07-14")) // true
 * ```
 *
 * @since 0.1.0
 * @module @gip-sante/core
 */
export * as Accounting from "./Accounting.js"
export * as Calendar from "./Calendar.js"
export * as Consultation from "./Consultation.js"
export * as Contract from "./Contract.js"
export * as Contributions from "./Contributions.js"
export * as Events from "./Events.js"
export * as Explanation from "./Explanation.js"
export * as Issue from "./Issue.js"
export * as Kpi from "./Kpi.js"
export * as Locale from "./Locale.js"
export * as Money from "./Money.js"
export * as Obligations from "./Obligations.js"
export * as Parameter from "./Parameter.js"
export * as Pay from "./Pay.js"
export * as Policy from "./Policy.js"
export * as Programme from "./Programme.js"
export * as Projection from "./Projection.js"
export * as Provenance from "./Provenance.js"
export * as Reference from "./Reference.js"
export * as Requirements from "./Requirements.js"
export * as Rule from "./Rule.js"
export * as Unit from "./Unit.js"

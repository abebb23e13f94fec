/**
 * `@gip-sante/occitanie`: the policy of Occitanie's GIP "Ma santé, ma région" as data (every
 * parameter with its source or a flagged assumption), and the programme's published figures.
 *
 * @example
 * ```ts
 * import { Calendar, Money, Parameter, Policy } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const g = Parameter.define({ id: "tariff.consultation.g", type: "money", unit: "eurosPerAct", label: "G" })
 * const tariff = Result.getOrThrow(Policy.read(policy, g, Calendar.date("2025-01-01")))
 * Money.format(tariff.value) // "30,00 €"
 * ```
 *
 * @since 0.1.0
 * @module @gip-sante/occitanie
 */
import { Policy, Reference } from "@gip-sante/core"
import * as Result from "effect/Result"
import { bibliography } from "./bibliography.js"
import { figures as figureData } from "./figures.js"
import { parameters } from "./parameters.js"
import { rules } from "./rules.js"

export { bibliography } from "./bibliography.js"
export { parameters } from "./parameters.js"
export { rules } from "./rules.js"
export * from "./simulation.js"

/**
 * The Occitanie policy as JSON (what a policy file for this programme contains), for writing
 * to disk, overriding, or validating in an editor against the published JSON Schema.
 *
 * @example
 * ```ts
 * import { policyJson } from "@gip-sante/occitanie"
 *
 * JSON.stringify(policyJson, null, 2)
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const policyJson: Policy.Encoded = {
  $schema: "./policy.schema.json",
  name: "Ma santé, ma région",
  region: "Occitanie",
  version: "2025.12.0",
  description:
    "Occitanie's public-interest group (GIP) that opens health centres in medical deserts and salaries their clinicians. Figures published up to December 2025; every value not given by a source is a flagged assumption.",
  // The GIP's launch: the programme's parameters start on that day.
  start: "2022-06-17",
  bibliography,
  rules,
  parameters
}

/**
 * The Occitanie policy, decoded and checked.
 *
 * @example
 * ```ts
 * import { Policy } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Policy.assumptions(policy).length // the number of values a region should review
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const policy: Policy.Policy = Policy.decodeUnsafe(policyJson)

/**
 * The programme's published figures (centres, staff, activity, patients, money, goals), each
 * dated and cited.
 *
 * @example
 * ```ts
 * import { Reference } from "@gip-sante/core"
 * import { figures } from "@gip-sante/occitanie"
 *
 * Reference.find(figures, "centres.open.dec2025")?.value // 26
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const figures: ReadonlyArray<Reference.Figure> = (() => {
  const decoded = Reference.decodeFigures(figureData)
  if (Result.isFailure(decoded)) throw new Error(`Invalid reference figures:\n${decoded.failure.message}`)
  return decoded.success
})()

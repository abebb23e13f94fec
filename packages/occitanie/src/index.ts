/**
 * `@gip-sante/occitanie`: Occitanie's GIP "Ma santé, ma région" as data: its policy (every
 * parameter with its source or a flagged assumption) and its programme data (published figures,
 * the report's scenarios and the calibration of its simulated event log).
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
import { type Events, Policy, type Reference } from "@gip-sante/core"
import { ProgrammeData, Simulation } from "@gip-sante/report"
import { bibliography } from "./bibliography.js"
import { parameters } from "./parameters.js"
import { programmeData } from "./programme.js"
import { rules } from "./rules.js"

export { bibliography } from "./bibliography.js"
export { contributionParameters } from "./contributions.js"
export { parameters } from "./parameters.js"
export { rules } from "./rules.js"

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
 * Occitanie's programme data as JSON (what `programme.json` contains, validated by
 * `@gip-sante/report/schemas/programme.schema.json`): published figures, the figures the KPIs
 * are compared with, pay examples, the typical-centre scenario, the projection's inputs, the
 * report's default window, the programme's start and the simulation's calibration.
 *
 * @example
 * ```ts
 * import { programmeJson } from "@gip-sante/occitanie"
 *
 * JSON.stringify(programmeJson, null, 2)
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const programmeJson: ProgrammeData.Encoded = programmeData

/**
 * Occitanie's programme data, decoded and checked.
 *
 * @example
 * ```ts
 * import { programme } from "@gip-sante/occitanie"
 *
 * programme.start.value // "2022-07-01"
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const programme: ProgrammeData.Programme = ProgrammeData.decodeUnsafe(programmeJson)

/**
 * The programme's published figures (centres, staff, activity, patients, money, published goals
 * that are not policy parameters, pay examples), each dated and cited: `programme.figures`.
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
export const figures: ReadonlyArray<Reference.Figure> = programme.figures

/**
 * Options of the simulation: the seed (any integer, 2025 by default) and the dates of the first
 * and last events to produce (2022-07-01 and 2025-12-31 by default).
 *
 * @example
 * ```ts
 * import type { SimulationOptions } from "@gip-sante/occitanie"
 *
 * const firstYear: SimulationOptions = { seed: 7, to: "2023-06-30" }
 * ```
 *
 * @since 0.1.0
 * @category simulation
 */
export type SimulationOptions = Simulation.Options

/**
 * Totals of a simulated event log (see `Simulation.Summary` in `@gip-sante/report`).
 *
 * @example
 * ```ts
 * import type { SimulationSummary } from "@gip-sante/occitanie"
 *
 * const perConsultation = (s: SimulationSummary) => s.homeVisits / s.consultations
 * ```
 *
 * @since 0.1.0
 * @category simulation
 */
export type SimulationSummary = Simulation.Summary

// The calibration is part of the programme data shipped with the package.
const calibration = programme.simulation!

/**
 * Occitanie's simulated event log: `Simulation.simulate` with the programme data's calibration,
 * produced lazily in date order. Synthetic data calibrated on the published figures, not a
 * record of what happened.
 *
 * @example
 * ```ts
 * import { simulate } from "@gip-sante/occitanie"
 *
 * let consultations = 0
 * for (const event of simulate({ seed: 1, to: "2022-12-31" })) {
 *   if (event.type === "consultation") consultations++
 * }
 * ```
 *
 * @since 0.1.0
 * @category simulation
 */
export const simulate = (options: SimulationOptions = {}): Generator<Events.Event, void, undefined> =>
  Simulation.simulate(calibration, options)

/**
 * Totals of Occitanie's simulated event log, computed in one pass.
 *
 * @example
 * ```ts
 * import { simulationSummary } from "@gip-sante/occitanie"
 *
 * const apr2025 = simulationSummary({ to: "2025-04-09" })
 * apr2025.consultations // about 300 000
 * ```
 *
 * @since 0.1.0
 * @category simulation
 */
export const simulationSummary = (options: SimulationOptions = {}): SimulationSummary =>
  Simulation.summary(calibration, options)

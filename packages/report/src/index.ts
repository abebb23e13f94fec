/**
 * `@gip-sante/report`: the programme report as a typed, serialisable model in which every
 * figure carries its explanation, its renderers (Markdown, HTML, JSON), the policy handbook, the
 * programme data format (published figures, scenarios, the simulation's calibration) and the
 * seeded simulation of a programme's event log. Depends on `@gip-sante/core` only; every module
 * is exported as a namespace.
 *
 * @example
 * ```ts
 * import { ProgrammeData } from "@gip-sante/report"
 *
 * ProgrammeData.jsonSchema().title // "@gip-sante programme data"
 * ```
 *
 * @since 0.1.0
 * @module @gip-sante/report
 */

export * as Figure from "./Figure.js"
export * as Format from "./Format.js"
export * as Handbook from "./Handbook.js"
export * as Html from "./Html.js"
export * as Json from "./Json.js"
export * as Ledger from "./Ledger.js"
export * as Markdown from "./Markdown.js"
export * as ProgrammeData from "./ProgrammeData.js"
export * as Reconciliation from "./Reconciliation.js"
export * as Report from "./Report.js"
export * as SimulatedLog from "./SimulatedLog.js"
export * as Simulation from "./Simulation.js"

/**
 * `@gip-sante/centre-val-de-loire`: the Centre-Val de Loire Region's GIP Pro Santé, which
 * salaries doctors in health centres since 2020, as data only. Its policy is an override of the
 * Occitanie policy (`override.json`: its own values, cited or flagged as assumptions; the
 * national rules it shares, inherited explicitly from its own start; the goals it never set,
 * withdrawn), and its programme data is its own (`programme.json`: published figures from the
 * audit court and the regional press, the scenarios the report computes, the calibration of its
 * simulated event log). Both are the JSON files a region writes; this module decodes them.
 *
 * @example
 * ```ts
 * import { Report } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/centre-val-de-loire"
 *
 * const model = Report.simulated({ policy, programme })
 * model.programme.region // "Centre-Val de Loire"
 * ```
 *
 * @since 0.1.0
 * @module @gip-sante/centre-val-de-loire
 */
import { type Events, Policy, Requirements } from "@gip-sante/core"
import { policyJson as occitanieJson } from "@gip-sante/occitanie"
import { ProgrammeData, Simulation } from "@gip-sante/report"
import * as Result from "effect/Result"
// The JSON files a region writes, read from `src/` both from the sources and from `dist/`.
import overrideFile from "../src/override.json" with { type: "json" }
import programmeFile from "../src/programme.json" with { type: "json" }

/**
 * The override of the Occitanie policy, as written (`override.json`).
 *
 * @example
 * ```ts
 * import { overrideJson } from "@gip-sante/centre-val-de-loire"
 *
 * overrideJson.start // "2020-06-30"
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const overrideJson: Policy.Patch = overrideFile as unknown as Policy.Patch

/**
 * The GIP Pro Santé's policy: the Occitanie policy with `override.json` applied, checked so that
 * every module can use it; its lineage records what it overrides, inherits from its start and
 * withdraws.
 *
 * @example
 * ```ts
 * import { policy } from "@gip-sante/centre-val-de-loire"
 *
 * policy.lineage?.base.region // "Occitanie"
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const policy: Policy.Policy = Result.getOrThrow(
  Result.mapError(
    Policy.decodeLayers([occitanieJson, overrideJson], { requirements: Requirements.all }),
    (e) => new Error(`Invalid Centre-Val de Loire override:\n${e.message}`)
  )
)

/**
 * The GIP Pro Santé's programme data, as written (`programme.json`).
 *
 * @example
 * ```ts
 * import { programmeJson } from "@gip-sante/centre-val-de-loire"
 *
 * programmeJson.region // "Centre-Val de Loire"
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const programmeJson: ProgrammeData.Encoded = programmeFile as unknown as ProgrammeData.Encoded

/**
 * The GIP Pro Santé's programme data, decoded and checked.
 *
 * @example
 * ```ts
 * import { programme } from "@gip-sante/centre-val-de-loire"
 *
 * programme.start.value // "2020-12-01"
 * ```
 *
 * @since 0.1.0
 * @category data
 */
export const programme: ProgrammeData.Programme = ProgrammeData.decodeUnsafe(programmeJson)

// The calibration is part of the programme data shipped with the package.
const calibration = programme.simulation!

/**
 * The GIP Pro Santé's simulated event log (its programme data's calibration), in date order:
 * synthetic data calibrated on its published figures, not a record of what happened.
 *
 * @example
 * ```ts
 * import { simulate } from "@gip-sante/centre-val-de-loire"
 *
 * let hires = 0
 * for (const event of simulate({ to: "2021-12-31" })) if (event.type === "staffHired") hires++
 * ```
 *
 * @since 0.1.0
 * @category simulation
 */
export const simulate = (options: Simulation.Options = {}): Generator<Events.Event, void, undefined> =>
  Simulation.simulate(calibration, options)

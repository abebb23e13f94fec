/**
 * The digest of a programme's simulated event log: what a report reads from the log (the KPIs
 * over the window and on each date a published figure is compared on, and the report's own
 * counts), kept as a small JSON value so that a report of the same simulation need not simulate
 * hundreds of thousands of events again.
 *
 * A digest carries the key of everything its log depends on (the calibration, the seed, the
 * window, the comparison dates, the full-time week, and the digest's format version):
 * `Report.simulated` uses a digest only when its key is the key of the report asked for, and
 * simulates otherwise. The simulation stays seeded and deterministic; a digest only saves
 * re-running it. What the key cannot see is a change in the simulation's code: whoever ships a
 * digest regenerates it and checks it against a fresh one (the repository does both,
 * `pnpm simulated-log` and a test).
 *
 * @example
 * ```ts
 * import { Report, SimulatedLog } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * const input = { policy, programme, window: { from: "2022-07-01", to: "2022-09-30" } }
 * const digest = SimulatedLog.make(input)
 * const text = JSON.stringify(SimulatedLog.encode(digest!)) // store it
 * Report.simulated(input, undefined, { digest: digest! }).log.kind // "simulated", nothing simulated
 * ```
 *
 * @since 0.1.0
 * @module
 */
import * as Result from "effect/Result"
import { digestVersion, keyOf, seedOf, simulatedFold } from "./internal/simulated-fold.js"
import type * as Report from "./Report.js"

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * The digest of one simulated log: its format version, the key of the inputs it was made from,
 * its seed, the number of events it counted in the window, and what the report reads from it
 * (its layout is the package's own and may change with the version).
 *
 * @example
 * ```ts
 * import type { SimulatedLog } from "@gip-sante/report"
 *
 * const describe = (d: SimulatedLog.Digest) => `seed ${d.seed}: ${d.events} events`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Digest {
  readonly version: number
  readonly key: string
  readonly seed: number
  readonly events: number
  /** What the report reads from the log; opaque. */
  readonly fold: unknown
}

// -----------------------------------------------------------------------------
// constructors
// -----------------------------------------------------------------------------

/**
 * The key of the simulated log a report of `input` reads (with `seed`, else the calibration's
 * default): equal keys, equal logs. Undefined when the programme data has no simulation.
 *
 * @example
 * ```ts
 * import { SimulatedLog } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * SimulatedLog.key({ policy, programme }) === SimulatedLog.key({ policy, programme }, 7) // false unless 7 is the default seed
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const key = (input: Report.Input, seed?: number): string | undefined => {
  const calibration = input.programme.simulation
  return calibration === undefined ? undefined : keyOf(input, calibration, seedOf(calibration, seed))
}

/**
 * Simulates the log of a report of `input` (with `seed`, else the calibration's default) and
 * keeps its digest. Undefined when the programme data has no simulation.
 *
 * @example
 * ```ts
 * import { SimulatedLog } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * SimulatedLog.make({ policy, programme, window: { from: "2022-07-01", to: "2022-07-31" } })?.events
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (input: Report.Input, seed?: number): Digest | undefined => {
  const calibration = input.programme.simulation
  if (calibration === undefined) return undefined
  const chosen = seedOf(calibration, seed)
  const fold = simulatedFold(input, calibration, chosen)
  return {
    version: digestVersion,
    key: keyOf(input, calibration, chosen),
    seed: chosen,
    events: fold.events,
    fold
  }
}

/**
 * Whether `digest` is the digest of the simulated log of a report of `input` with `seed`: same
 * format version and same key.
 *
 * @example
 * ```ts
 * import { SimulatedLog } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * declare const shipped: SimulatedLog.Digest
 * SimulatedLog.isFor(shipped, { policy, programme }) // false once the calibration changed
 * ```
 *
 * @since 0.1.0
 * @category predicates
 */
export const isFor = (digest: Digest, input: Report.Input, seed?: number): boolean =>
  digest.version === digestVersion && digest.key === key(input, seed)

// -----------------------------------------------------------------------------
// encoding
// -----------------------------------------------------------------------------

const mapTag = "$map"

/**
 * The digest as a JSON value (`JSON.stringify` it to store it): its maps become
 * `{ "$map": [[key, value], …] }`.
 *
 * @example
 * ```ts
 * import { SimulatedLog } from "@gip-sante/report"
 *
 * declare const digest: SimulatedLog.Digest
 * JSON.stringify(SimulatedLog.encode(digest))
 * ```
 *
 * @since 0.1.0
 * @category encoding
 */
export const encode = (digest: Digest): unknown =>
  JSON.parse(JSON.stringify(digest, (_, value) => (value instanceof Map ? { [mapTag]: [...value] } : value)))

const revive = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(revive)
  if (typeof value !== "object" || value === null) return value
  const entries = (value as Record<string, unknown>)[mapTag]
  if (Object.keys(value).length === 1 && Array.isArray(entries)) {
    return new Map(
      entries.map((entry): [unknown, unknown] =>
        Array.isArray(entry) ? [entry[0], revive(entry[1])] : [entry, undefined]
      )
    )
  }
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) out[k] = revive(v)
  return out
}

/**
 * Reads a digest from its JSON value (see {@link encode}). Fails, with the field at fault, on
 * anything else or on a digest of another format version; it never throws.
 *
 * @example
 * ```ts
 * import { SimulatedLog } from "@gip-sante/report"
 * import { Result } from "effect"
 *
 * const r = SimulatedLog.decode({ version: 1 })
 * if (Result.isFailure(r)) r.failure // "at key: expected the key of the simulated log, a string"
 * ```
 *
 * @since 0.1.0
 * @category encoding
 */
export const decode = (input: unknown): Result.Result<Digest, string> => {
  if (typeof input !== "object" || input === null || Array.isArray(input))
    return Result.fail("expected a digest of a simulated log, an object")
  const d = input as Record<string, unknown>
  if (d.version !== digestVersion)
    return Result.fail(
      `at version: this digest is of format ${JSON.stringify(d.version) ?? "undefined"}, this version of @gip-sante/report reads format ${digestVersion}: regenerate it`
    )
  if (typeof d.key !== "string") return Result.fail("at key: expected the key of the simulated log, a string")
  if (typeof d.seed !== "number" || !Number.isSafeInteger(d.seed))
    return Result.fail("at seed: expected the seed, a whole number")
  if (typeof d.events !== "number" || !Number.isSafeInteger(d.events) || d.events < 0)
    return Result.fail("at events: expected the number of events, a whole number")
  if (typeof d.fold !== "object" || d.fold === null || Array.isArray(d.fold))
    return Result.fail("at fold: expected what the report reads from the log, an object")
  return Result.succeed({
    version: digestVersion,
    key: d.key,
    seed: d.seed,
    events: d.events,
    fold: revive(d.fold)
  })
}

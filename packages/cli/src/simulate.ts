/**
 * The `gip-sante simulate` command: the seeded simulated event log of a programme (the generic
 * `Simulation` of `@gip-sante/report` run on the calibration in the programme data) written to a
 * file, JSON Lines or Parquet, streamed (never held in memory), optionally as several copies with distinct seeds
 * and ids, to make logs of any size for tests and benchmarks.
 *
 * @since 0.1.0
 * @module
 */
import { once } from "node:events"
import { createWriteStream } from "node:fs"
import type { Events } from "@gip-sante/core"
import { Simulation } from "@gip-sante/report"
import { parseCommandArgs } from "./args.js"
import { loadDuckDb } from "./duckdb-engine.js"
import type { Io } from "./io.js"
import { replaceAtomically } from "./output.js"
import { loadPolicyStack, policyHelp, policyOptions, policySources, preset } from "./policy-file.js"
import { loadProgramme, programmeUsageError } from "./programme-file.js"

const simulateUsage = `Usage: gip-sante simulate --out <file.jsonl|file.parquet> [--programme <programme.json>] [--policy <policy.json>] [--override <override.json>]… [--seed N] [--copies N] [--from <date>] [--to <date>]

Writes the seeded SIMULATED event log of a programme (not real data: drawn from the calibration
in its programme data, as \`gip-sante report\` simulates it) to a file, as JSON Lines (.jsonl,
.ndjson) or Parquet (.parquet, written by DuckDB: needs @gip-sante/duckdb). The events are
streamed to the file, so memory does not grow with its size.

--copies N writes N copies of the programme one after the other, as N regions would log them:
copy k (from 0) is simulated with seed + k, and its centre, site, clinician, patient and staff
ids are prefixed with "rk:" (so that copies share no patient), to make logs of any size.

Options:
  --out <file>             The file to write (replaced only once complete).
  --programme <file>       The programme data whose calibration is simulated ("${preset}"
                           for Occitanie's, the default). Needed with --policy or --override.
${policyHelp}
  --seed N                 The seed (default: the calibration's, the report's log).
  --copies N               How many copies (default 1: the log as the report simulates it).
  --from <YYYY-MM-DD>      First day of the log (default: the calibration's).
  --to <YYYY-MM-DD>        Last day of the log (default: the calibration's).
  -h, --help               Show this help.`

const prefixed = (prefix: string, event: Events.Event): Events.Event => {
  const e = { ...event } as Record<string, unknown>
  for (const field of ["centreId", "siteId", "clinicianId", "patientId", "staffId"]) {
    const id = e[field]
    if (typeof id === "string") e[field] = `${prefix}${id}`
  }
  return e as unknown as Events.Event
}

// The events of every copy, lazily, copy after copy.
function* copiesOf(
  calibration: Simulation.Calibration,
  seed: number,
  copies: number,
  window: { readonly from?: string; readonly to?: string }
): Generator<Events.Event> {
  for (let k = 0; k < copies; k++) {
    const events = Simulation.simulate(calibration, { seed: seed + k, ...window })
    if (copies === 1) yield* events
    else for (const event of events) yield prefixed(`r${k}:`, event)
  }
}

// JSON Lines through a stream that is waited on when full, so that memory stays flat.
const writeJsonLines = async (events: Iterable<Events.Event>, file: string): Promise<number> => {
  const out = createWriteStream(file, { flags: "wx" })
  let written = 0
  let batch = ""
  try {
    for (const event of events) {
      batch += `${JSON.stringify(event)}\n`
      written++
      if (batch.length >= 1 << 20) {
        if (!out.write(batch)) await once(out, "drain")
        batch = ""
      }
    }
    out.end(batch)
    await once(out, "finish")
  } catch (error) {
    out.destroy()
    throw error
  }
  return written
}

/**
 * Runs `gip-sante simulate` with its arguments and returns the exit code: 0 when the file was
 * written, 1 when it could not be, 2 on a usage error.
 *
 * @example
 * ```ts
 * import { run } from "@gip-sante/cli"
 *
 * await run(["simulate", "--out", "log.parquet", "--copies", "2"], { out: console.log, err: console.error })
 * ```
 *
 * @since 0.1.0
 * @category commands
 */
export const simulateCommand = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const parsed = parseCommandArgs(
    args,
    {
      help: { type: "boolean", short: "h" },
      out: { type: "string" },
      programme: { type: "string" },
      ...policyOptions,
      seed: { type: "string" },
      copies: { type: "string" },
      from: { type: "string" },
      to: { type: "string" }
    },
    simulateUsage,
    io
  )
  if (parsed === undefined) return 2
  const { values, positionals } = parsed
  if (positionals.length > 0) {
    io.err(`Unexpected argument "${positionals[0]}"\n\n${simulateUsage}`)
    return 2
  }
  if (values.help === true) {
    io.out(simulateUsage)
    return 0
  }
  const out = values.out
  const lower = out?.toLowerCase() ?? ""
  const format = lower.endsWith(".parquet")
    ? "parquet"
    : lower.endsWith(".jsonl") || lower.endsWith(".ndjson")
      ? "jsonl"
      : undefined
  const seed = values.seed === undefined ? undefined : Number(values.seed)
  const copies = Number(values.copies ?? "1")
  const sources = policySources(values)
  const problem =
    out === undefined
      ? "No output file: give it with --out <file.jsonl|file.parquet>"
      : format === undefined
        ? `Unknown format of "${out}": use .jsonl, .ndjson or .parquet`
        : seed !== undefined && !Number.isSafeInteger(seed)
          ? `--seed expects an integer, got "${values.seed}"`
          : !Number.isSafeInteger(copies) || copies < 1
            ? `--copies expects an integer of at least 1, got "${values.copies}"`
            : "usageError" in sources
              ? sources.usageError
              : programmeUsageError(values)
  if (problem !== undefined || out === undefined || "usageError" in sources) {
    io.err(`${problem}\n\n${simulateUsage}`)
    return 2
  }
  const loaded = await loadPolicyStack(sources, io)
  if (loaded === undefined) return 1
  const programmeFile = values.programme ?? preset
  const programme = await loadProgramme(programmeFile, loaded, io)
  if (programme === undefined) return 1
  const calibration = programme.simulation
  if (calibration === undefined) {
    io.err(`${programmeFile}: the programme data has no simulation calibration: nothing to simulate`)
    return 1
  }
  const chosenSeed = seed ?? calibration.defaultSeed.value
  const window = {
    ...(values.from === undefined ? {} : { from: values.from }),
    ...(values.to === undefined ? {} : { to: values.to })
  }
  try {
    const events = copiesOf(calibration, chosenSeed, copies, window)
    const written = await replaceAtomically(out, async (temporary) =>
      format === "parquet"
        ? (await loadDuckDb()).Engine.writeParquet(events, temporary)
        : writeJsonLines(events, temporary)
    )
    io.err(
      `${out}: ${written} simulated event(s) written (${copies} cop${copies === 1 ? "y" : "ies"}, seed ${chosenSeed})`
    )
    return 0
  } catch (error) {
    io.err(`gip-sante simulate: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}

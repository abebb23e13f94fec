/**
 * The `gip-sante simulate` command: the seeded simulated event log written to a file, JSON Lines
 * or Parquet, streamed (never held in memory), optionally as several copies with distinct seeds
 * and ids, to make logs of any size for tests and benchmarks.
 *
 * @since 0.1.0
 * @module
 */
import { once } from "node:events"
import { createWriteStream } from "node:fs"
import type { Events } from "@gip-sante/core"
import { parseCommandArgs } from "./args.js"
import { loadDuckDb } from "./duckdb-engine.js"
import type { Io } from "./io.js"
import { replaceAtomically } from "./output.js"
import { simulate } from "./simulation-source.js"

const simulateUsage = `Usage: gip-sante simulate --out <file.jsonl|file.parquet> [--seed N] [--copies N] [--from <date>] [--to <date>]

Writes the seeded SIMULATED event log of the Occitanie programme (calibrated on the published
figures; not real data; about 645,000 events from 2022-07-01 to 2025-12-31) to a file, as JSON
Lines (.jsonl, .ndjson) or Parquet (.parquet, written by DuckDB: needs @gip-sante/duckdb). The
events are streamed to the file, so memory does not grow with its size.

--copies N writes N copies of the programme one after the other, as N regions would log them:
copy k (from 0) is simulated with seed + k, and its centre, site, clinician, patient and staff
ids are prefixed with "rk:" (so that copies share no patient). 155 copies make about 100
million events.

Options:
  --out <file>             The file to write (replaced only once complete).
  --seed N                 The seed (default 2025, the report's log).
  --copies N               How many copies (default 1: the log as the report simulates it).
  --from <YYYY-MM-DD>      First day of the log (default 2022-07-01).
  --to <YYYY-MM-DD>        Last day of the log (default 2025-12-31).
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
  seed: number,
  copies: number,
  window: { readonly from?: string; readonly to?: string }
): Generator<Events.Event> {
  for (let k = 0; k < copies; k++) {
    const events = simulate({ seed: seed + k, ...window })
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
  const seed = Number(values.seed ?? "2025")
  const copies = Number(values.copies ?? "1")
  const problem =
    out === undefined
      ? "No output file: give it with --out <file.jsonl|file.parquet>"
      : format === undefined
        ? `Unknown format of "${out}": use .jsonl, .ndjson or .parquet`
        : !Number.isSafeInteger(seed)
          ? `--seed expects an integer, got "${values.seed}"`
          : !Number.isSafeInteger(copies) || copies < 1
            ? `--copies expects an integer of at least 1, got "${values.copies}"`
            : undefined
  if (problem !== undefined || out === undefined) {
    io.err(`${problem}\n\n${simulateUsage}`)
    return 2
  }
  const window = {
    ...(values.from === undefined ? {} : { from: values.from }),
    ...(values.to === undefined ? {} : { to: values.to })
  }
  try {
    const events = copiesOf(seed, copies, window)
    const written = await replaceAtomically(out, async (temporary) =>
      format === "parquet"
        ? (await loadDuckDb()).Engine.writeParquet(events, temporary)
        : writeJsonLines(events, temporary)
    )
    io.err(
      `${out}: ${written} simulated event(s) written (${copies} cop${copies === 1 ? "y" : "ies"}, seed ${seed})`
    )
    return 0
  } catch (error) {
    io.err(`gip-sante simulate: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}

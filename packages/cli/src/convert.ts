/**
 * The `gip-sante convert` command: event files (JSON Lines, CSV, or Parquet) into one Parquet
 * file for the DuckDB engine, every record checked on the way, rejects listed.
 *
 * @since 0.1.0
 * @module
 */
import { rename, rm } from "node:fs/promises"
import { basename, dirname, join, resolve } from "node:path"
import { parseArgs } from "node:util"
import { loadDuckDb } from "./duckdb-engine.js"
import { formatReject } from "./events-file.js"
import type { Io } from "./io.js"
import { toFileOutcome } from "./kpi-duckdb.js"

const convertUsage = `Usage: gip-sante convert <file|dir|glob…> --out <file.parquet> [--max-rejects N]

Converts event files (JSON Lines .jsonl/.ndjson, CSV .csv, or Parquet .parquet; directories and
globs too) into one Parquet file with a column per event field, for \`gip-sante kpi --engine
duckdb\` and other tools (needs @gip-sante/duckdb). Every record is checked as \`gip-sante kpi\`
checks it: valid events are written, rejects are listed on standard error (file:line: or
file:row N: path: message) and counted. Exits with code 1, writing nothing, if a file cannot be
read.

Options:
  --out <file.parquet>     The Parquet file to write (replaced only once complete).
  --max-rejects N          How many rejects to list (default 20; all are counted).
  -h, --help               Show this help.`

/**
 * Runs `gip-sante convert` with its arguments and returns the exit code: 0 when the Parquet file
 * was written (rejects or not), 1 when a file cannot be read or written, 2 on a usage error.
 *
 * @example
 * ```ts
 * import { run } from "@gip-sante/cli"
 *
 * await run(["convert", "events.jsonl", "--out", "events.parquet"], { out: console.log, err: console.error })
 * ```
 *
 * @since 0.1.0
 * @category commands
 */
export const convertCommand = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  let parsed: ReturnType<typeof parseConvertArgs>
  try {
    parsed = parseConvertArgs(args)
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${convertUsage}`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help === true) {
    io.out(convertUsage)
    return 0
  }
  const keepText = values["max-rejects"] ?? "20"
  const keepRejects = Number(keepText)
  const problem =
    positionals.length === 0
      ? "No event file to convert"
      : values.out === undefined || !values.out.toLowerCase().endsWith(".parquet")
        ? "No Parquet file to write: give it with --out <file.parquet>"
        : !/^\d+$/u.test(keepText) || !Number.isSafeInteger(keepRejects)
          ? `--max-rejects expects an integer of at least 0, got "${keepText}"`
          : undefined
  if (problem !== undefined || values.out === undefined) {
    io.err(`${problem}\n\n${convertUsage}`)
    return 2
  }
  const target = resolve(values.out)
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`)
  try {
    const { Engine } = await loadDuckDb()
    const { written, outcomes } = await Engine.convert(positionals, temporary, { keepRejects })
    const files = outcomes.map(toFileOutcome)
    let listed = 0
    let rejected = 0
    let read = 0
    for (const o of files) {
      read += o.counts.read
      rejected += o.counts.rejected
      for (const r of o.rejects) if (listed++ < keepRejects) io.err(formatReject(r))
      if (o.error !== undefined) io.err(`${o.file}: ${o.error}`)
    }
    io.err(`${files.length} file(s): ${read} record(s) read, ${written} written, ${rejected} rejected`)
    if (files.some((o) => o.error !== undefined)) {
      await rm(temporary, { force: true })
      io.err("gip-sante convert: a file could not be read; nothing written")
      return 1
    }
    await rename(temporary, target)
    io.err(`${values.out}: ${written} event(s) written`)
    return 0
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined)
    io.err(`gip-sante convert: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}

const parseConvertArgs = (args: ReadonlyArray<string>) =>
  parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: "boolean", short: "h" },
      out: { type: "string" },
      "max-rejects": { type: "string" }
    }
  })

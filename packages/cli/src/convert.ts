/**
 * The `gip-sante convert` command: event files (JSON Lines, CSV, or Parquet) into one Parquet
 * file for the DuckDB engine, every record checked on the way, rejects listed.
 *
 * @since 0.1.0
 * @module
 */
import { parseCommandArgs } from "./args.js"
import { loadDuckDb } from "./duckdb-engine.js"
import { type FileOutcome, formatReject } from "./events-file.js"
import type { Io } from "./io.js"
import { toFileOutcome } from "./kpi-duckdb.js"
import { replaceAtomically } from "./output.js"

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
  const parsed = parseCommandArgs(
    args,
    { help: { type: "boolean", short: "h" }, out: { type: "string" }, "max-rejects": { type: "string" } },
    convertUsage,
    io
  )
  if (parsed === undefined) return 2
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
  let files: Array<FileOutcome> = []
  let written = 0
  let failure: string | undefined
  try {
    await replaceAtomically(values.out, async (temporary) => {
      const { Engine } = await loadDuckDb()
      const converted = await Engine.convert(positionals, temporary, { keepRejects })
      files = converted.outcomes.map(toFileOutcome)
      written = converted.written
      if (files.some((o) => o.error !== undefined))
        throw new Error("a file could not be read; nothing written")
    })
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error)
  }
  let listed = 0
  let rejected = 0
  let read = 0
  for (const o of files) {
    read += o.counts.read
    rejected += o.counts.rejected
    for (const r of o.rejects) if (listed++ < keepRejects) io.err(formatReject(r))
    if (o.error !== undefined) io.err(`${o.file}: ${o.error}`)
  }
  if (files.length > 0)
    io.err(`${files.length} file(s): ${read} record(s) read, ${written} written, ${rejected} rejected`)
  if (failure !== undefined) {
    io.err(`gip-sante convert: ${failure}`)
    return 1
  }
  io.err(`${values.out}: ${written} event(s) written`)
  return 0
}

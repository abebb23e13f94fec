/**
 * The `gip-sante report` command: parses its arguments, reads the policy (and its overrides), the
 * programme data and the event files, asks `@gip-sante/report` for the report model and writes it
 * in Markdown, HTML or JSON. Every figure and every word of the report comes from that package.
 *
 * @since 0.1.0
 * @module
 */
import { readdir, stat } from "node:fs/promises"
import { join } from "node:path"
import { Calendar, Locale } from "@gip-sante/core"
import { Html, Json, Ledger, Markdown, type ProgrammeData, Report } from "@gip-sante/report"
import * as Result from "effect/Result"
import { type Parsed, parseCommandArgs } from "./args.js"
import { type DuckDbPackage, loadDuckDb } from "./duckdb-engine.js"
import { type FileOutcome, formatOf, formatReject, streamFile } from "./events-file.js"
import type { Io } from "./io.js"
import { toFileOutcome } from "./kpi-duckdb.js"
import { writeAtomically } from "./output.js"
import { loadPolicyStack, policyHelp, policyOptions, policySources, preset } from "./policy-file.js"
import { loadProgramme, programmeUsageError } from "./programme-file.js"
import { shippedDigest } from "./simulated-log.js"

const maxRejects = 20

const reportUsage = `Usage: gip-sante report [--policy <policy.json>] [--override <override.json>]… [--programme <programme.json>] [--events <file|dir>]… [--from <date>] [--to <date>] [--seed <n>] [--engine process|duckdb] [--format md|html|json] [--handbook <href>] [--out <file>] [--ledger <file.csv|file.json>]

The programme report, every figure computed by @gip-sante/report and followed by its explanation
(parameters with their sources, events counted, published figures): headline KPIs against the
programme's published figures and the policy's goals; activity by month and by centre; the
consultation rate against the target; pay of the programme's illustrative contracts; the staff;
the opening scenario of the programme's typical centre; the projection to the programme's
horizon; and the assumptions used.

The events: with --events, your event files, read as streams in one pass (memory holds the KPI
accumulators, never the events, so the files may be in any order). Every record is decoded and
checked; a bad record is rejected (the first ${maxRejects} listed on standard error as file:line: path:
message, with the total) and not counted. A file that cannot be read fails the command (exit 1)
and nothing is written. Without --events, the programme data's own simulation (calibrated on its
published figures, marked SIMULATED throughout); when the programme data has no simulation, the
report says plainly that there is no event log.

Options:
${policyHelp}
  --programme <file>       The programme data: published figures, scenarios, simulation
                           calibration ("${preset}" for Occitanie's). Needed with --policy or
                           --override; the default goes with the default policy only.
  --events <file|dir>      An event file (JSON Lines .jsonl/.ndjson, or CSV .csv, as for
                           \`gip-sante kpi\`) or a directory, meaning every such file in it,
                           in name order. May be repeated. Events dated outside the window are
                           counted but not reported on.
  --from <YYYY-MM-DD>      First day of the window (default: the programme data's).
  --to <YYYY-MM-DD>        Last day of the window (default: the programme data's).
  --seed <n>               The simulation's seed, without --events (default: the calibration's).
  --engine process|duckdb  Who computes the KPIs of the event files: this process, streaming
                           them (default), or DuckDB (needs @gip-sante/duckdb; also reads Parquet
                           files, directories of them and globs), with the same figures.
  --format md|html|json    Markdown (default), one self-contained HTML page with charts, or JSON
                           (the report model: plain numbers and ids, every explanation).
  --handbook <href>        Where the handbook is, for the links from each id the report cites to
                           its entry (default: handbook.md, or handbook.html with --format html,
                           beside the report; write it with gip-sante handbook).
  --out <file>             Write to this file (replaced only once the report is complete)
                           instead of standard output.
  --ledger <file>          Also write the typical centre's ledger (the programme data's typicalCentre:
                           a region's own centre in its own programme file): every entry with its
                           date, category, amount in cents and in euros, and source; CSV when the
                           file ends in .csv, else JSON. Summed by year and category, it gives the
                           report's P&L to the cent.
  -h, --help               Show this help.`

const options = {
  help: { type: "boolean", short: "h" },
  ...policyOptions,
  programme: { type: "string" },
  handbook: { type: "string" },
  events: { type: "string", multiple: true },
  from: { type: "string" },
  to: { type: "string" },
  seed: { type: "string" },
  engine: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  ledger: { type: "string" }
} as const

// The event files of the --events arguments: a file as given, a directory as its .jsonl, .ndjson
// and .csv files in name order. Undefined, with the error reported, when one cannot be listed.
const eventFiles = async (args: ReadonlyArray<string>, io: Io): Promise<Array<string> | undefined> => {
  const files: Array<string> = []
  for (const arg of args) {
    let directory: boolean
    try {
      directory = (await stat(arg)).isDirectory()
    } catch (error) {
      io.err(`${arg}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
      return undefined
    }
    if (!directory) {
      files.push(arg)
      continue
    }
    let names: Array<string>
    try {
      names = await readdir(arg)
    } catch (error) {
      io.err(`${arg}: cannot read the directory (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
      return undefined
    }
    const found = names.filter((name) => formatOf(name) !== undefined).sort()
    if (found.length === 0) {
      io.err(`${arg}: no event file (.jsonl, .ndjson or .csv) in the directory`)
      return undefined
    }
    files.push(...found.map((name) => join(arg, name)))
  }
  return files
}

// The rejects and a summary of the files read on standard error, and where the events come from.
const summarise = (
  outcomes: ReadonlyArray<FileOutcome>,
  io: Io
): Report.Origin & { readonly kind: "files" } => {
  const total = { read: 0, decoded: 0, rejected: 0 }
  for (const o of outcomes) {
    total.read += o.counts.read
    total.decoded += o.counts.decoded
    total.rejected += o.counts.rejected
  }
  if (total.rejected > 0) {
    const listed = outcomes.flatMap((o) => o.rejects).slice(0, maxRejects)
    for (const r of listed) io.err(formatReject(r))
    io.err(
      `${Locale.integer(total.rejected)} record(s) rejected${listed.length < total.rejected ? ` (first ${Locale.integer(listed.length)} listed)` : ""}`
    )
  }
  io.err(
    `${outcomes.length} file(s): ${Locale.integer(total.read)} record(s) read, ${Locale.integer(total.decoded)} decoded, ${Locale.integer(total.rejected)} rejected`
  )
  return { kind: "files", files: outcomes.map((o) => o.file), ...total }
}

const unreadable = (outcome: FileOutcome, io: Io): boolean => {
  if (outcome.error === undefined) return false
  io.err(`${outcome.file}: ${outcome.error}`)
  io.err("gip-sante report: an event file could not be read; no report written")
  return true
}

// The report of the events of `files`, streamed in one pass. Undefined when a file cannot be
// read (reported).
const reportOfFiles = async (
  files: ReadonlyArray<string>,
  input: Report.Input,
  io: Io
): Promise<Report.ReportModel | undefined> => {
  const folder = Report.folder(input)
  const outcomes: Array<FileOutcome> = []
  for (const file of files) {
    const outcome = await streamFile(file, folder.add, { keepRejects: maxRejects })
    outcomes.push(outcome)
    if (unreadable(outcome, io)) return undefined
  }
  return folder.model(summarise(outcomes, io))
}

// The same report with its event totals computed by DuckDB (files, directories with Parquet
// files too, globs). Undefined when DuckDB cannot run or a file cannot be read (reported).
const reportOnDuckDb = async (
  inputs: ReadonlyArray<string>,
  input: Report.Input & { readonly window: { readonly from: string; readonly to: string } },
  io: Io
): Promise<Report.ReportModel | undefined> => {
  let run: Awaited<ReturnType<DuckDbPackage["Engine"]["windowTotals"]>>
  try {
    const { Engine } = await loadDuckDb()
    run = await Engine.windowTotals(inputs, {
      fullTimeWeeklyHours: Report.fullTimeWeeklyHours(input),
      window: input.window,
      snapshotDates: Report.snapshotDates(input),
      keepRejects: maxRejects
    })
  } catch (error) {
    io.err(`gip-sante report: ${error instanceof Error ? error.message : String(error)}`)
    return undefined
  }
  const outcomes = run.outcomes.map(toFileOutcome)
  for (const outcome of outcomes) if (unreadable(outcome, io)) return undefined
  return Report.fromTotals(input, run.totals, summarise(outcomes, io))
}

const validDate = (text: string): boolean => {
  try {
    Calendar.date(text)
    return true
  } catch {
    return false
  }
}

const usageErrorOf = (
  positionals: ReadonlyArray<string>,
  values: Parsed<typeof options>["values"]
): string | undefined => {
  const format = values.format ?? "md"
  if (positionals.length > 0) return `Unexpected argument "${positionals[0]}"`
  if (format !== "md" && format !== "html" && format !== "json")
    return `Unknown format "${format}": use md, html or json`
  if (values.from !== undefined && !validDate(values.from))
    return `--from: expected a date written YYYY-MM-DD, got "${values.from}"`
  if (values.to !== undefined && !validDate(values.to))
    return `--to: expected a date written YYYY-MM-DD, got "${values.to}"`
  if (values.seed !== undefined && !/^-?\d{1,9}$/u.test(values.seed))
    return `--seed: expected a whole number, got "${values.seed}"`
  if (values.seed !== undefined && values.events !== undefined)
    return "--seed is for the simulation: it goes without --events"
  if (values.engine !== undefined && values.engine !== "process" && values.engine !== "duckdb")
    return `Unknown engine "${values.engine}": use process or duckdb`
  if (values.engine === "duckdb" && values.events === undefined)
    return "--engine duckdb reads event files: give them with --events"
  const sources = policySources(values)
  if ("usageError" in sources) return sources.usageError
  return programmeUsageError(values)
}

/**
 * Runs `gip-sante report` with its arguments and returns the exit code: 0 on success (rejected
 * event records are reported, they do not fail the command), 1 when the policy, the programme
 * data or an event file cannot be read or the report cannot be written, 2 on a usage error.
 *
 * @example
 * ```ts
 * import { run } from "@gip-sante/cli"
 *
 * await run(["report", "--format", "html", "--out", "report.html"], { out: console.log, err: console.error })
 * ```
 *
 * @since 0.1.0
 * @category commands
 */
export const reportCommand = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const parsed = parseCommandArgs(args, options, reportUsage, io)
  if (parsed === undefined) return 2
  const { positionals, values } = parsed
  if (values.help === true) {
    io.out(reportUsage)
    return 0
  }
  const usageError = usageErrorOf(positionals, values)
  if (usageError !== undefined) {
    io.err(`${usageError}\n\n${reportUsage}`)
    return 2
  }
  const sources = policySources(values)
  if ("usageError" in sources) return 2
  const loaded = await loadPolicyStack(sources, io)
  if (loaded === undefined) return 1
  const policy = loaded.policy
  const programme: ProgrammeData.Programme | undefined = await loadProgramme(
    values.programme ?? preset,
    loaded,
    io
  )
  if (programme === undefined) return 1
  const from = values.from ?? programme.window.from
  const to = values.to ?? programme.window.to
  if (from > to) {
    io.err(`--from (${from}) is after --to (${to})\n\n${reportUsage}`)
    return 2
  }
  const input: Report.Input = { policy, programme, window: { from, to } }
  let model: Report.ReportModel
  if (values.events === undefined)
    model = Report.simulated(input, values.seed === undefined ? undefined : Number(values.seed), {
      digest: shippedDigest()
    })
  else {
    const files = values.engine === "duckdb" ? values.events : await eventFiles(values.events, io)
    if (files === undefined) return 1
    const fromFiles =
      values.engine === "duckdb"
        ? await reportOnDuckDb(files, { policy, programme, window: { from, to } }, io)
        : await reportOfFiles(files, input, io)
    if (fromFiles === undefined) return 1
    model = fromFiles
  }
  if (values.ledger !== undefined) {
    const ledger = Ledger.typicalCentre(input)
    if (Result.isFailure(ledger)) {
      io.err(`--ledger: the typical centre's ledger cannot be computed: ${ledger.failure}`)
      return 1
    }
    const text = values.ledger.endsWith(".csv") ? Ledger.toCsv(ledger.success) : Ledger.toJson(ledger.success)
    if (!(await writeAtomically(values.ledger, text, io))) return 1
    io.err(
      `wrote the typical centre's ledger (${Locale.integer(ledger.success.length)} entries) to ${values.ledger}`
    )
  }
  const format = values.format ?? "md"
  const text =
    format === "html"
      ? Html.report(model, values.handbook === undefined ? {} : { handbook: values.handbook })
      : format === "json"
        ? Json.report(model)
        : Markdown.report(model, values.handbook === undefined ? {} : { handbook: values.handbook })
  if (values.out === undefined) {
    io.out(text.endsWith("\n") ? text.slice(0, -1) : text)
    return 0
  }
  if (!(await writeAtomically(values.out, text, io))) return 1
  const log =
    model.log.kind === "simulated"
      ? "simulated log"
      : model.log.kind === "none"
        ? "no event log"
        : "event files"
  io.out(
    `${values.out}: ${format} report of "${programme.name}" (${programme.region}, ${from} to ${to}, ${log}) written`
  )
  return 0
}

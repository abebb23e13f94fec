/**
 * The `gip-sante report` command: the programme report (headline KPIs against the published
 * figures and goals, activity, the consultation target, pay, staff, an opening scenario, the
 * projection to 2028 and the assumptions used), in Markdown, self-contained HTML or JSON.
 *
 * @since 0.1.0
 * @module
 */
import { readdir, stat } from "node:fs/promises"
import { join } from "node:path"
import { parseArgs } from "node:util"
import { Calendar } from "@gip-sante/core"
import { figures, simulate } from "@gip-sante/occitanie"
import { type FileOutcome, formatOf, formatReject, streamFile } from "./events-file.js"
import type { Io } from "./io.js"
import { writeAtomically } from "./output.js"
import { loadPolicyStack, preset } from "./policy-file.js"
import { type ReportData, reportData, reportFolder } from "./report-data.js"
import { reportHtml, reportJson, reportMarkdown } from "./report-render.js"

const defaultFrom = "2022-07-01"
const defaultTo = "2025-12-31"
const maxRejects = 20

const reportUsage = `Usage: gip-sante report [--policy <policy.json>] [--events <file|dir>]… [--from <date>] [--to <date>] [--format md|html|json] [--out <file>]

The programme report, every figure computed from the library and followed by its explanation:
headline KPIs (consultations, unique patients, regular-doctor patients, home visits, 65+ share)
against the published figures and goals; activity by month and by centre; the consultation rate
against the target; pay of illustrative contracts and the staff; the opening scenario (P&L,
subsidy and cost per consultation) of a typical centre; the projection of consultations to 2028
with the month the one-million goal is reached; and the assumptions used.

With no option it reports on the embedded Occitanie policy and the seeded SIMULATED event log
(calibrated on the published figures; not real data). With --events it reports on your own
event files instead, read as streams in one pass: memory holds the KPI accumulators (one for
the window and one per published figure's date), never the events, so the files may be in any
order. Every record is decoded and checked; a bad record is rejected (the first ${maxRejects}
listed on standard error as file:line: path: message, with the total) and not counted. A file
that cannot be read fails the command (exit 1) and nothing is written.

Options:
  --policy <policy.json>   The policy (default: the embedded Occitanie policy, "${preset}").
  --events <file|dir>      An event file (JSON Lines .jsonl/.ndjson, or CSV .csv, as for
                           \`gip-sante kpi\`) or a directory, meaning every such file in it,
                           in name order. May be repeated. Events dated outside --from/--to are
                           counted but not reported on.
  --from <YYYY-MM-DD>      First day of the event log to report on (default ${defaultFrom}).
  --to <YYYY-MM-DD>        Last day of the event log to report on (default ${defaultTo}).
  --format md|html|json    Markdown (default), one self-contained HTML page with charts, or JSON.
  --out <file>             Write to this file (replaced only once the report is complete)
                           instead of standard output.
  -h, --help               Show this help.`

const options = {
  help: { type: "boolean", short: "h" },
  policy: { type: "string" },
  events: { type: "string", multiple: true },
  from: { type: "string" },
  to: { type: "string" },
  format: { type: "string" },
  out: { type: "string" }
} as const

// Parses the arguments; a usage error is reported, never thrown.
const parse = (args: ReadonlyArray<string>, io: Io) => {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options })
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${reportUsage}`)
    return undefined
  }
}

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

// The report of the events of `files`, streamed in one pass; the rejects and a summary on
// standard error. Undefined when a file cannot be read (reported).
const reportOfFiles = async (
  files: ReadonlyArray<string>,
  settings: Parameters<typeof reportFolder>[0],
  io: Io
): Promise<ReportData | undefined> => {
  const folder = reportFolder(settings)
  const outcomes: Array<FileOutcome> = []
  for (const file of files) {
    const outcome = await streamFile(file, folder.add, { keepRejects: maxRejects })
    outcomes.push(outcome)
    if (outcome.error !== undefined) {
      io.err(`${file}: ${outcome.error}`)
      io.err("gip-sante report: an event file could not be read; no report written")
      return undefined
    }
  }
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
      `${total.rejected} record(s) rejected${listed.length < total.rejected ? ` (first ${listed.length} listed)` : ""}`
    )
  }
  io.err(
    `${files.length} file(s): ${total.read} record(s) read, ${total.decoded} decoded, ${total.rejected} rejected`
  )
  return folder.report({ files, ...total })
}

const validDate = (text: string): boolean => {
  try {
    Calendar.date(text)
    return true
  } catch {
    return false
  }
}

/**
 * Runs `gip-sante report` with its arguments and returns the exit code: 0 on success (rejected
 * event records are reported, they do not fail the command), 1 when the policy or an event file
 * cannot be read or the report cannot be written, 2 on a usage error.
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
  const parsed = parse(args, io)
  if (parsed === undefined) return 2
  const { positionals, values } = parsed
  if (values.help === true) {
    io.out(reportUsage)
    return 0
  }
  const format = values.format ?? "md"
  const from = values.from ?? defaultFrom
  const to = values.to ?? defaultTo
  const usageError =
    positionals.length > 0
      ? `Unexpected argument "${positionals[0]}"`
      : format !== "md" && format !== "html" && format !== "json"
        ? `Unknown format "${format}": use md, html or json`
        : !validDate(from)
          ? `--from: expected a date written YYYY-MM-DD, got "${from}"`
          : !validDate(to)
            ? `--to: expected a date written YYYY-MM-DD, got "${to}"`
            : from > to
              ? `--from (${from}) is after --to (${to})`
              : undefined
  if (usageError !== undefined) {
    io.err(`${usageError}\n\n${reportUsage}`)
    return 2
  }
  const loaded = await loadPolicyStack({ policy: values.policy ?? preset, overrides: [] }, io)
  if (loaded === undefined) return 1
  const p = loaded.policy
  const settings = { policy: p, figures, from, to }
  let data: ReportData
  if (values.events === undefined) data = reportData({ ...settings, events: simulate({ from, to }) })
  else {
    const files = await eventFiles(values.events, io)
    if (files === undefined) return 1
    const fromFiles = await reportOfFiles(files, settings, io)
    if (fromFiles === undefined) return 1
    data = fromFiles
  }
  const text =
    format === "html" ? reportHtml(data) : format === "json" ? reportJson(data) : reportMarkdown(data)
  if (values.out === undefined) {
    io.out(text.endsWith("\n") ? text.slice(0, -1) : text)
    return 0
  }
  if (!(await writeAtomically(values.out, text, io))) return 1
  io.out(`${values.out}: ${format} report of "${p.name}" (${p.region}, ${from} to ${to}) written`)
  return 0
}

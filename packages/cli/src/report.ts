/**
 * The `gip-sante report` command: the programme report (headline KPIs against the published
 * figures and goals, activity, the consultation target, pay, staff, an opening scenario, the
 * projection to 2028 and the assumptions used), in Markdown, self-contained HTML or JSON.
 *
 * @since 0.1.0
 * @module
 */
import { randomBytes } from "node:crypto"
import { readFile, rename, rm, writeFile } from "node:fs/promises"
import { basename, dirname, join, resolve } from "node:path"
import { parseArgs } from "node:util"
import { Calendar, Policy } from "@gip-sante/core"
import { figures, policy as occitanie, simulate } from "@gip-sante/occitanie"
import { Result } from "effect"
import type { Io } from "./io.js"
import { reportData } from "./report-data.js"
import { reportHtml, reportJson, reportMarkdown } from "./report-render.js"

const preset = "@gip-sante/occitanie"
const defaultFrom = "2022-07-01"
const defaultTo = "2025-12-31"

const reportUsage = `Usage: gip-sante report [--policy <policy.json>] [--from <date>] [--to <date>] [--format md|html|json] [--out <file>]

The programme report, every figure computed from the library and followed by its explanation:
headline KPIs (consultations, unique patients, regular-doctor patients, home visits, 65+ share)
against the published figures and goals; activity by month and by centre; the consultation rate
against the target; pay of illustrative contracts and the staff; the opening scenario (P&L,
subsidy and cost per consultation) of a typical centre; the projection of consultations to 2028
with the month the one-million goal is reached; and the assumptions used.

With no option it reports on the embedded Occitanie policy and the seeded SIMULATED event log
(calibrated on the published figures; not real data). Reading your own event files (--events)
is coming.

Options:
  --policy <policy.json>   The policy (default: the embedded Occitanie policy, "${preset}").
  --from <YYYY-MM-DD>      First day of the event log to report on (default ${defaultFrom}).
  --to <YYYY-MM-DD>        Last day of the event log to report on (default ${defaultTo}).
  --format md|html|json    Markdown (default), one self-contained HTML page with charts, or JSON.
  --out <file>             Write to this file (replaced only once the report is complete)
                           instead of standard output.
  -h, --help               Show this help.`

const loadPolicy = async (file: string, io: Io): Promise<Policy.Policy | undefined> => {
  if (file === preset) return occitanie
  let text: string
  try {
    text = await readFile(file, "utf8")
  } catch (error) {
    io.err(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
    return undefined
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    io.err(`${file}: not valid JSON (${(error as Error).message})`)
    return undefined
  }
  const decoded = Policy.decode(json)
  if (Result.isFailure(decoded)) {
    io.err(`${file}: ${decoded.failure.issues.length} issue(s) found`)
    for (const issue of decoded.failure.issues) io.err(`  at ${issue.path}: ${issue.message}`)
    return undefined
  }
  return decoded.success
}

// Writes through a temporary file renamed once complete: a failure leaves no partial file.
const writeAtomically = async (file: string, text: string, io: Io): Promise<boolean> => {
  const target = resolve(file)
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`)
  try {
    await writeFile(temporary, text, { encoding: "utf8", flag: "wx" })
    await rename(temporary, target)
    return true
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined)
    io.err(`${file}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
    return false
  }
}

const options = {
  help: { type: "boolean", short: "h" },
  policy: { type: "string" },
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

const validDate = (text: string): boolean => {
  try {
    Calendar.date(text)
    return true
  } catch {
    return false
  }
}

/**
 * Runs `gip-sante report` with its arguments and returns the exit code: 0 on success, 1 when the
 * policy cannot be read or the report cannot be written, 2 on a usage error.
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
  const p = await loadPolicy(values.policy ?? preset, io)
  if (p === undefined) return 1
  const data = reportData({ policy: p, figures, events: simulate({ from, to }), from, to })
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

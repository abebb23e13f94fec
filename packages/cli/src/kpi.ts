/**
 * The `gip-sante kpi` command: the programme's KPIs from event files (JSON Lines or CSV),
 * streamed in constant memory and folded in parallel by this process and worker processes,
 * whose accumulator states are merged here.
 *
 * @since 0.1.0
 * @module
 */
import { type ChildProcess, fork } from "node:child_process"
import { rmSync } from "node:fs"
import { stat } from "node:fs/promises"
import { availableParallelism } from "node:os"
import { Contract, Kpi, Locale, Policy } from "@gip-sante/core"
import { type Parsed, parseCommandArgs } from "./args.js"
import {
  cutParts,
  type FileOutcome,
  type FilePart,
  foldParts,
  formatReject,
  mergeParts,
  type PartOutcome,
  queueOf,
  wholeFileParts
} from "./events-file.js"
import type { Io } from "./io.js"
import { computeKpisWithDuckDb } from "./kpi-duckdb.js"
import type { KpiWorkerData, KpiWorkerMessage, KpiWorkerPart } from "./kpi-worker.js"
import { writeAtomically } from "./output.js"
import { loadPolicyStack, policyHelp, policyOptions, policySources } from "./policy-file.js"

const cpus = availableParallelism()

// The latest value of a number parameter: the KPIs are folded with one full-time week.
const latestValue = (
  policy: Policy.Policy,
  definition: typeof Contract.parameters.fullTimeWeeklyHours
): number | undefined => {
  const history = Policy.parameter(policy, definition.id)?.history
  const value = history?.[history.length - 1]?.value
  return typeof value === "number" && value > 0 ? value : undefined
}

// Measured with bench/src/kpi-memory.ts (docs/benchmarks.md): live memory per distinct patient.
const memoryNote = `exact counting keeps each id, about 75 bytes a patient
(ids of 13 characters; a byte more per longer character); approximate counting keeps two
sketches of 16 KiB whatever the number of patients. In both modes the regular-doctor KPI keeps
each patient who has a regular-doctor event (about 75 bytes): who counts depends on each
patient's latest event, which no sketch of fixed size can tell exactly. The files themselves
are streamed: a few MiB per process, whatever their size.`

/** The most rejected records `kpi` tolerates by default. */
export const defaultMaxRejects = 1000

const kpiUsage = `Usage: gip-sante kpi --events <file…> [--policy <policy.json>] [--override <override.json>]…
                     [--workers N] [--engine process|duckdb] [--patients exact|approximate]
                     [--memory-limit <size>] [--full-time-hours H] [--format json|md]
                     [--out <file>] [--max-rejects N] [--show-rejects N]

Computes the programme's KPIs (consultations, unique patients, regular-doctor patients, home
visits, slots, out-of-hours shifts, staff) from event files, read as streams: JSON Lines
(.jsonl, .ndjson: one event per line) or CSV (.csv: a header row naming the event fields;
"true"/"false" for booleans; an empty cell is an absent field).

Every record is decoded and checked; a bad record is rejected (listed on standard error with
its file, line and reasons) and the KPIs are computed from the others. A line of JSON Lines
longer than 16 MiB, or a CSV record longer than 1 048 576 characters, is rejected; a CSV row that
is not valid CSV (a stray or unclosed quote) is rejected at the line where it starts, and
reading goes on at the next line.

Exit codes: 0 when the KPIs are printed; 1 when a file cannot be read, when more records are
rejected than --max-rejects allows, or when records were read and none could be decoded (no
KPIs are printed then); 2 on a usage error. Interrupted (Ctrl-C, SIGTERM), it stops its worker
processes at once and leaves no output file behind.

Memory grows with distinct patients, not with events: ${memoryNote}

Options:
  --events <file…>         The event files (the option may be repeated; the files after it are
                           taken too: --events a.jsonl b.csv).
  --workers N              Processes to share the reading among, this one included (default 1:
                           no worker process). They take parts of the files from one queue:
                           JSON Lines files of 2 MiB or more are cut into byte ranges; a CSV
                           file is read whole by one process.
${policyHelp}
  --engine process|duckdb  Who computes the KPIs: this program (default), or DuckDB (needs the
                           optional package @gip-sante/duckdb), which also reads Parquet
                           (.parquet), directories and globs ("logs/*.parquet"), with the
                           same KPIs and rejects (CSV and Parquet rejects by row: file:row N).
                           With duckdb, --workers N is DuckDB's threads (default: all cores).
  --patients exact|approximate
                           Count unique patients exactly (default: a table of patient ids) or
                           approximately: in this program, a HyperLogLog sketch of 16 KiB per
                           count (relative standard error 0,81 %); with --engine duckdb,
                           DuckDB's own sketch (about 13 % standard error).
  --memory-limit <size>    With --engine duckdb: DuckDB's memory limit (e.g. 600MB); beyond
                           it, DuckDB spills to a temporary directory.
  --full-time-hours H      Weekly hours of a full-time post, for FTEs (default: the policy's
                           contract.fullTimeWeeklyHours, its latest value).
  --format json|md         JSON (default) or a Markdown table.
  --out <file>             Write the KPIs to this file (replaced only once complete) instead of
                           standard output.
  --max-rejects N          The most rejected records tolerated (default ${defaultMaxRejects}): with
                           more, the command fails (exit 1) without printing KPIs.
  --show-rejects N         How many rejects to list on standard error (default 20; all are
                           counted).
  -h, --help               Show this help.`

// A positive (or non-negative) integer option, or undefined with a usage error reported.
const integerOption = (name: string, text: string, min: number, io: Io): number | undefined => {
  const n = Number(text)
  if (!/^\d+$/u.test(text.trim()) || !Number.isSafeInteger(n) || n < min) {
    io.err(`--${name} expects an integer of at least ${min}, got "${text}"\n\n${kpiUsage}`)
    return undefined
  }
  return n
}

// A worker process (kpi-worker.ts). Built, it is `kpi-worker.js` beside this chunk. Run from the
// TypeScript sources (tsx: benchmarks, development), it is `kpi-worker.ts`, which the child loads
// as this process loaded this file: it gets our `execArgv` (`--import tsx`, `--conditions`). Its
// standard output is ignored, since ours carries the KPIs; its standard error is ours, so that a
// crash shows. The "advanced" serialization carries the state's Maps and typed arrays.
const forkWorker = (data: KpiWorkerData): ChildProcess =>
  fork(
    new URL(import.meta.url.endsWith(".ts") ? "./kpi-worker.ts" : "./kpi-worker.js", import.meta.url),
    [JSON.stringify(data)],
    { execArgv: workerExecArgv(), serialization: "advanced", stdio: ["ignore", "ignore", "inherit", "ipc"] }
  )

// Our Node options, but those of the inspector: each worker would try to open the debugger's port
// that this process holds (and `--inspect-brk` would leave it waiting for a debugger).
const workerExecArgv = (): Array<string> => {
  const options: Array<string> = []
  const given = process.execArgv
  for (let i = 0; i < given.length; i++) {
    const option = given[i] as string
    if (option === "--inspect-port")
      i++ // its value is the next argument
    else if (!/^--inspect(-brk|-port|-wait)?(=|$)/.test(option)) options.push(option)
  }
  return options
}

// What a worker gives back: its folded state and the outcome of each of its parts.
interface WorkerResult {
  readonly state: Kpi.ProgrammeState
  readonly outcomes: Array<PartOutcome>
}

// A failed send means that the worker is gone: its "close" reports it.
const ignore = (): void => undefined

// Answers a worker's requests for parts from the queue. Resolves to its result once the process
// has exited (it does so by itself after sending it); rejects if it fails, or stops without
// sending a result. "close" comes after the exit and after the last message read from the
// channel, so a result sent just before exiting is never taken for a crash.
const runWorker = (
  child: ChildProcess,
  next: () => FilePart | undefined,
  onProgress: (records: number) => void
): Promise<WorkerResult> =>
  new Promise((resolvePromise, reject) => {
    let result: WorkerResult | undefined
    child.on("message", (message: KpiWorkerMessage) => {
      if (message.type === "next") child.send({ part: next() } satisfies KpiWorkerPart, ignore)
      else if (message.type === "progress") onProgress(message.records)
      else if (message.type === "done") result = { state: message.state, outcomes: message.outcomes }
      else reject(new Error(`a worker process failed: ${message.message}`))
    })
    child.on("error", (error) => reject(new Error(`a worker process failed: ${error.message}`)))
    child.on("close", (code, signal) => {
      if (result !== undefined) resolvePromise(result)
      else
        reject(
          new Error(
            `a worker process stopped ${signal === null ? `with exit code ${code}` : `by ${signal}`} before sending its result`
          )
        )
    })
  })

/**
 * The KPIs computed from event files, with what was read: records read, decoded and rejected
 * over all files, each file's outcome (counts, first rejects, or why it could not be read).
 *
 * @example
 * ```ts
 * import type { KpiRun } from "./kpi.js" // internal to @gip-sante/cli
 *
 * const ok = (r: KpiRun) => r.outcomes.every((o) => o.error === undefined)
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface KpiRun {
  readonly kpis: Kpi.ProgrammeKpis
  readonly outcomes: ReadonlyArray<FileOutcome>
}

/**
 * Computes the programme KPIs from event files over `workers` processes, this one included (1:
 * no worker process): each process folds its share (whole files, or byte ranges of large JSON
 * Lines files) into one state, and the states are merged with the accumulator's `merge`, so the
 * result does not depend on the number of processes. Files that cannot be read come back in
 * `outcomes` with their `error`. Rejects if a worker process fails or stops before its result;
 * the other worker processes are then ended.
 *
 * @example
 * ```ts
 * import { computeKpis } from "./kpi.js" // internal to @gip-sante/cli
 *
 * const { kpis } = await computeKpis(["events.jsonl"], { workers: 1, fullTimeWeeklyHours: 35, keepRejects: 20 })
 * kpis.consultations.total
 * ```
 *
 * @since 0.1.0
 * @category commands
 */
export const computeKpis = async (
  files: ReadonlyArray<string>,
  options: {
    readonly workers: number
    readonly fullTimeWeeklyHours: number
    readonly keepRejects: number
    readonly patients?: Kpi.PatientCounting
    readonly onProgress?: (records: number) => void
    // Aborted, the run ends its worker processes at once and rejects.
    readonly signal?: AbortSignal
  }
): Promise<KpiRun> => {
  const patients = options.patients ?? { mode: "exact" }
  const accumulator = Kpi.programmeKpis({ fullTimeWeeklyHours: options.fullTimeWeeklyHours, patients })
  const onProgress = options.onProgress ?? (() => undefined)
  const streamOptions = { keepRejects: options.keepRejects, onProgress }
  if (options.workers <= 1) {
    const { state, outcomes } = await foldParts(accumulator, queueOf(wholeFileParts(files)), streamOptions)
    return { kpis: accumulator.result(state), outcomes: mergeParts(files, outcomes, options.keepRejects) }
  }
  const sized = await Promise.all(
    files.map(async (file) => ({
      file,
      size: await stat(file).then(
        (s) => s.size,
        () => 0
      )
    }))
  )
  // This process and N - 1 worker processes take parts from one queue: this one has loaded the
  // code already, and would otherwise only wait.
  const queue = queueOf(cutParts(sized, options.workers))
  const data: KpiWorkerData = {
    fullTimeWeeklyHours: options.fullTimeWeeklyHours,
    keepRejects: options.keepRejects,
    patients
  }
  const children: Array<ChildProcess> = []
  // After a failure the queue gives no more parts: this process stops after its current part.
  let failed = false
  const next = (): FilePart | undefined => (failed ? undefined : queue())
  // Ends the children still running (`kill` does nothing to one that has exited), so that none is
  // left behind after a failure, a worker's or this process's own.
  const stop = (): void => {
    failed = true
    for (const child of children) child.kill()
  }
  let results: Array<WorkerResult>
  const abort = (): void => stop()
  options.signal?.addEventListener("abort", abort)
  try {
    if (options.signal?.aborted === true) throw new Error("interrupted")
    for (let i = 1; i < options.workers; i++) children.push(forkWorker(data))
    const workers = Promise.all(children.map((child) => runWorker(child, next, onProgress)))
    // A worker failing while this process reads stops the others at once; the failure itself is
    // reported below, once this process is done (not an unhandled rejection, which would end it).
    workers.catch(stop)
    results = [await foldParts(accumulator, next, streamOptions), ...(await workers)]
  } catch (error) {
    stop()
    throw error
  } finally {
    options.signal?.removeEventListener("abort", abort)
  }
  // Merged into this process's state: merging into an empty one would copy it for nothing.
  let state = (results[0] as WorkerResult).state
  for (let i = 1; i < results.length; i++)
    state = accumulator.merge(state, (results[i] as WorkerResult).state)
  // Outcomes in the order the files were given, whichever workers read their parts.
  const outcomes = mergeParts(
    files,
    results.flatMap((r) => r.outcomes),
    options.keepRejects
  )
  return { kpis: accumulator.result(state), outcomes }
}

const cell = (value: unknown): string =>
  typeof value === "number" ? Locale.decimal(value) : String(value).replaceAll("|", "\\|")

// Leaves of a nested record as (dotted path, value) rows.
const leaves = (value: unknown, path: string, out: Array<[string, unknown]>): void => {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, v] of Object.entries(value)) leaves(v, path === "" ? key : `${path}.${key}`, out)
  } else out.push([path, Array.isArray(value) ? JSON.stringify(value) : value])
}

/**
 * The KPIs as Markdown: a section per group of KPIs (consultations, patients, regular doctor…)
 * with a table of every indicator and its value.
 *
 * @example
 * ```ts
 * import { kpisMarkdown } from "./kpi.js" // internal to @gip-sante/cli
 * import { Kpi } from "@gip-sante/core"
 *
 * const md = kpisMarkdown(Kpi.fold(Kpi.programmeKpis({ fullTimeWeeklyHours: 35 }), []))
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const kpisMarkdown = (kpis: Kpi.ProgrammeKpis): string => {
  const lines = ["# Programme KPIs", ""]
  for (const [group, value] of Object.entries(kpis)) {
    const rows: Array<[string, unknown]> = []
    leaves(value, "", rows)
    lines.push(`## ${group}`, "", "| indicator | value |", "|---|---:|")
    for (const [path, v] of rows) lines.push(`| ${path === "" ? group : path} | ${cell(v)} |`)
    lines.push("")
  }
  return lines.join("\n")
}

// The command's options, one entry each: add an option here and check it in `checkedOptions`.
const kpiArgs = {
  help: { type: "boolean", short: "h" },
  events: { type: "string", multiple: true },
  workers: { type: "string" },
  ...policyOptions,
  "full-time-hours": { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  "max-rejects": { type: "string" },
  "show-rejects": { type: "string" },
  engine: { type: "string" },
  patients: { type: "string" },
  "memory-limit": { type: "string" }
} as const

/**
 * Runs `gip-sante kpi` with its arguments and returns the exit code: 0 when the KPIs are
 * printed (rejected records are reported, they do not fail the command up to `--max-rejects`),
 * 1 when a file cannot be read, more records are rejected than `--max-rejects` allows or no
 * record could be decoded, 2 on a usage error. While it runs, SIGINT and SIGTERM end its worker
 * processes and any temporary output file before the signal ends the process.
 *
 * @example
 * ```ts
 * import { run } from "@gip-sante/cli"
 *
 * await run(["kpi", "--help"], { out: console.log, err: console.error })
 * ```
 *
 * @since 0.1.0
 * @category commands
 */
export const kpiCommand = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const parsed = parseCommandArgs(args, kpiArgs, kpiUsage, io)
  if (parsed === undefined) return 2
  const { values, positionals } = parsed
  if (values.help === true) {
    io.out(kpiUsage)
    return 0
  }
  const options = await checkedOptions(values, positionals, io)
  if (typeof options === "number") return options
  const interrupted = new AbortController()
  let temporary: string | undefined
  const onSignal = (signal: NodeJS.Signals): void => {
    interrupted.abort()
    if (temporary !== undefined) rmSync(temporary, { force: true })
    process.removeListener("SIGINT", onSignal)
    process.removeListener("SIGTERM", onSignal)
    // The signal again, now without a handler: the process ends as signalled (exit 130 or 143).
    process.kill(process.pid, signal)
  }
  process.on("SIGINT", onSignal)
  process.on("SIGTERM", onSignal)
  try {
    return await runKpi(options, io, interrupted.signal, (path) => {
      temporary = path
    })
  } finally {
    process.removeListener("SIGINT", onSignal)
    process.removeListener("SIGTERM", onSignal)
  }
}

// The options of a run, checked.
interface KpiOptions {
  readonly files: ReadonlyArray<string>
  readonly format: "json" | "md"
  readonly engine: "process" | "duckdb"
  /** DuckDB's threads when the user gave --workers; all cores otherwise. */
  readonly threads: number
  readonly memoryLimit: string | undefined
  readonly workers: number
  readonly patients: Kpi.PatientCounting
  readonly fullTimeWeeklyHours: number
  readonly out: string | undefined
  readonly maxRejects: number
  readonly showRejects: number
}

// The options of the command line, checked: an exit code after reporting a usage error.
const checkedOptions = async (
  values: Parsed<typeof kpiArgs>["values"],
  positionals: ReadonlyArray<string>,
  io: Io
): Promise<KpiOptions | number> => {
  const usageError = (message: string): number => {
    io.err(`${message}\n\n${kpiUsage}`)
    return 2
  }
  // `--events a b c`: the option's value and the positionals after it are all event files.
  const files = [...(values.events ?? []), ...positionals]
  if (files.length === 0) return usageError("No event file: give them with --events <file…>")
  const format = values.format ?? "json"
  if (format !== "json" && format !== "md") return usageError(`Unknown format "${format}": use json or md`)
  const patients = values.patients ?? "exact"
  if (patients !== "exact" && patients !== "approximate")
    return usageError(`Unknown way to count patients "${patients}": use exact or approximate`)
  const workers = integerOption("workers", values.workers ?? "1", 1, io)
  const maxRejects = integerOption("max-rejects", values["max-rejects"] ?? String(defaultMaxRejects), 0, io)
  const showRejects = integerOption("show-rejects", values["show-rejects"] ?? "20", 0, io)
  if (workers === undefined || maxRejects === undefined || showRejects === undefined) return 2
  const engine = values.engine ?? "process"
  if (engine !== "process" && engine !== "duckdb")
    return usageError(`Unknown engine "${engine}": use process or duckdb`)
  if (engine === "process" && values["memory-limit"] !== undefined)
    return usageError("--memory-limit needs --engine duckdb")
  const sources = policySources(values)
  if ("usageError" in sources) return usageError(sources.usageError)
  const hoursText = values["full-time-hours"]
  let fullTimeWeeklyHours = Number(hoursText)
  if (
    hoursText !== undefined &&
    (hoursText.trim() === "" || !Number.isFinite(fullTimeWeeklyHours) || fullTimeWeeklyHours <= 0)
  )
    return usageError(`--full-time-hours expects a positive number, got "${hoursText}"`)
  if (hoursText === undefined) {
    const loaded = await loadPolicyStack(sources, io)
    if (loaded === undefined) return 1
    const hours = latestValue(loaded.policy, Contract.parameters.fullTimeWeeklyHours)
    if (hours === undefined) {
      io.err(
        `${loaded.label}: no value of ${Contract.parameters.fullTimeWeeklyHours.id}: give --full-time-hours`
      )
      return 1
    }
    fullTimeWeeklyHours = hours
  }
  return {
    files,
    format,
    engine,
    threads: values.workers === undefined ? cpus : workers,
    memoryLimit: values["memory-limit"],
    workers,
    patients: { mode: patients },
    fullTimeWeeklyHours,
    out: values.out,
    maxRejects,
    showRejects
  }
}

// Computes, reports and writes the KPIs of a run; its exit code.
const runKpi = async (
  options: KpiOptions,
  io: Io,
  signal: AbortSignal,
  onTemporary: (path: string | undefined) => void
): Promise<number> => {
  const { files, showRejects, maxRejects } = options
  // A progress line, rewritten in place, only when standard error is a terminal.
  const tty = process.stderr.isTTY === true
  let records = 0
  let shown = 0
  const onProgress = (n: number): void => {
    records += n
    const now = Date.now()
    if (tty && now - shown >= 250) {
      shown = now
      process.stderr.write(`\r${Locale.integer(records)} records read…`)
    }
  }
  let run: KpiRun
  try {
    run =
      options.engine === "duckdb"
        ? await computeKpisWithDuckDb(files, {
            threads: options.threads,
            fullTimeWeeklyHours: options.fullTimeWeeklyHours,
            keepRejects: showRejects,
            patients: options.patients,
            ...(options.memoryLimit === undefined ? {} : { memoryLimit: options.memoryLimit })
          })
        : await computeKpis(files, {
            workers: options.workers,
            fullTimeWeeklyHours: options.fullTimeWeeklyHours,
            keepRejects: showRejects,
            patients: options.patients,
            signal,
            ...(tty ? { onProgress } : {})
          })
  } catch (error) {
    if (tty) process.stderr.write("\r\x1b[K")
    io.err(`gip-sante kpi: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
  if (tty) process.stderr.write("\r\x1b[K")

  const failed = run.outcomes.filter((o) => o.error !== undefined)
  for (const o of failed) io.err(`${o.file}: ${o.error}`)
  const total = { read: 0, decoded: 0, rejected: 0 }
  for (const o of run.outcomes) {
    total.read += o.counts.read
    total.decoded += o.counts.decoded
    total.rejected += o.counts.rejected
  }
  if (total.rejected > 0) {
    let listed = 0
    for (const o of run.outcomes) {
      for (const r of o.rejects) {
        if (listed >= showRejects) break
        io.err(formatReject(r))
        listed++
      }
    }
    io.err(
      `${Locale.integer(total.rejected)} record(s) rejected${listed < total.rejected ? ` (first ${Locale.integer(listed)} listed; --show-rejects N to see more)` : ""}`
    )
  }
  io.err(
    `${run.outcomes.length} file(s): ${Locale.integer(total.read)} record(s) read, ${Locale.integer(total.decoded)} decoded, ${Locale.integer(total.rejected)} rejected`
  )
  if (failed.length > 0) {
    io.err(`gip-sante kpi: ${failed.length} file(s) could not be read; no KPIs printed`)
    return 1
  }
  if (total.read > 0 && total.decoded === 0) {
    io.err("gip-sante kpi: no record could be decoded (is it an event file?); no KPIs printed")
    return 1
  }
  if (total.rejected > maxRejects) {
    io.err(
      `gip-sante kpi: ${total.rejected} record(s) rejected, more than --max-rejects ${maxRejects} allows; no KPIs printed`
    )
    return 1
  }
  const text = options.format === "md" ? kpisMarkdown(run.kpis) : `${JSON.stringify(run.kpis, null, 2)}\n`
  if (options.out === undefined) {
    io.out(text.endsWith("\n") ? text.slice(0, -1) : text)
    return 0
  }
  if (!(await writeAtomically(options.out, text, io, onTemporary))) return 1
  io.err(`${options.out}: KPIs written`)
  return 0
}

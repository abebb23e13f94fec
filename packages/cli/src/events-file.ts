// Streams operational events from JSON Lines or CSV files, in constant memory and with
// backpressure (async iteration over `readline` or a `csv-parse` stream), decoding each record
// with `Events.decode`. Nothing is dropped silently: every record read is either decoded or
// rejected with its file, line and issues. Internal to the package (not exported from index.ts).
import { createReadStream } from "node:fs"
import { stat } from "node:fs/promises"
import { createInterface } from "node:readline"
import { Events } from "@gip-sante/core"
import { parse } from "csv-parse"
import { Result } from "effect"

// The formats we read, told by the file's extension.
export type Format = "jsonl" | "csv"

export const formatOf = (file: string): Format | undefined => {
  const lower = file.toLowerCase()
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return "jsonl"
  if (lower.endsWith(".csv")) return "csv"
  return undefined
}

// One issue of a rejected record: the path of the bad field and what is wrong with it.
export interface RejectIssue {
  readonly path: string
  readonly message: string
}

// A record that could not be decoded, where it is (file and line, from 1) and why.
export interface FileReject {
  readonly file: string
  readonly line: number
  readonly issues: ReadonlyArray<RejectIssue>
}

// `file:line: path: message`, issues separated by "; ".
export const formatReject = (r: FileReject): string =>
  `${r.file}:${r.line}: ${r.issues.map((i) => (i.path === "" ? i.message : `${i.path}: ${i.message}`)).join("; ")}`

// How many records a file gave: read = decoded + rejected, always.
export interface Counts {
  read: number
  decoded: number
  rejected: number
}

// What reading one file gave: its counts, its first rejects (at most `keepRejects`; `counts`
// has them all) and, when the file could not be read (missing, unreadable, unknown format), why.
export interface FileOutcome {
  readonly file: string
  readonly counts: Counts
  readonly rejects: Array<FileReject>
  readonly error?: string
}

export interface StreamOptions {
  // How many rejects to keep per file (the rest are only counted): memory stays bounded.
  readonly keepRejects: number
  // Called every `progressEvery` records with the number of records read since the last call.
  readonly onProgress?: (records: number) => void
  readonly progressEvery?: number
}

// Numeric and boolean fields of the event schemas: CSV cells are text, converted by field name.
const numericFields = new Set(["durationMinutes", "weeklyHours", "sites"])
const booleanFields = new Set(["complex", "reservedForUnscheduled", "hadRegularDoctor"])
const numberPattern = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/u

// A CSV row as the record `Events.decode` expects: empty cells are absent fields; numbers and
// booleans converted where the schema expects them (left as text otherwise, so that the issue
// names the bad value).
const csvRecord = (header: ReadonlyArray<string>, row: ReadonlyArray<string>): Record<string, unknown> => {
  const record: Record<string, unknown> = {}
  for (let i = 0; i < header.length; i++) {
    const name = header[i] as string
    const cell = row[i]
    if (cell === undefined || cell === "") continue
    if (numericFields.has(name)) record[name] = numberPattern.test(cell.trim()) ? Number(cell) : cell
    else if (booleanFields.has(name)) record[name] = cell === "true" ? true : cell === "false" ? false : cell
    else record[name] = cell
  }
  return record
}

const errorText = (error: unknown): string =>
  (error as NodeJS.ErrnoException | undefined)?.code ??
  (error instanceof Error ? error.message : String(error))

/**
 * Reads the events of one file, calling `onEvent` for each event decoded, in file order. Never
 * throws: a file that cannot be read comes back with `error` set (and the counts of what was
 * read before the failure).
 */
export const streamFile = async (
  file: string,
  onEvent: (event: Events.Event) => void,
  options: StreamOptions
): Promise<FileOutcome> => {
  const counts: Counts = { read: 0, decoded: 0, rejected: 0 }
  const rejects: Array<FileReject> = []
  const outcome = (error?: string): FileOutcome =>
    error === undefined ? { file, counts, rejects } : { file, counts, rejects, error }
  const format = formatOf(file)
  if (format === undefined) return outcome("unknown format: use .jsonl, .ndjson or .csv")
  try {
    const info = await stat(file)
    if (!info.isFile()) return outcome("cannot read the file (not a regular file)")
  } catch (error) {
    return outcome(`cannot read the file (${errorText(error)})`)
  }
  const every = options.progressEvery ?? 65_536
  let sinceProgress = 0
  const reject = (line: number, issues: ReadonlyArray<RejectIssue>): void => {
    counts.read++
    counts.rejected++
    if (rejects.length < options.keepRejects) rejects.push({ file, line, issues })
  }
  const take = (line: number, record: unknown): void => {
    const decoded = Events.decode(record)
    if (Result.isSuccess(decoded)) {
      counts.read++
      counts.decoded++
      onEvent(decoded.success)
    } else reject(line, decoded.failure)
    if (options.onProgress !== undefined && ++sinceProgress >= every) {
      options.onProgress(sinceProgress)
      sinceProgress = 0
    }
  }
  const input = createReadStream(file, { encoding: "utf8", highWaterMark: 256 * 1024 })
  let readError: unknown
  input.on("error", (error) => {
    readError = error
  })
  try {
    if (format === "jsonl") {
      const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })
      let line = 0
      for await (const text of lines) {
        line++
        if (text.trim() === "") continue
        let record: unknown
        try {
          record = JSON.parse(text)
        } catch (error) {
          reject(line, [{ path: "", message: `not valid JSON (${(error as Error).message})` }])
          continue
        }
        take(line, record)
      }
    } else {
      const parser = input.pipe(
        parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true })
      )
      let header: ReadonlyArray<string> | undefined
      try {
        for await (const item of parser as AsyncIterable<{
          record: Array<string>
          info: { lines: number }
        }>) {
          const { record: row, info } = item
          if (header === undefined) {
            header = row.map((h) => h.trim())
            continue
          }
          if (row.length !== header.length) {
            reject(info.lines, [
              {
                path: "",
                message: `expected ${header.length} columns (as the header), got ${row.length}${row.length < header.length ? " (truncated row?)" : ""}`
              }
            ])
            continue
          }
          take(info.lines, csvRecord(header, row))
        }
      } catch (error) {
        // A CSV syntax error (an unclosed quote at the end of a truncated file…) ends the parse:
        // it is a reject at its line, not a crash; the records before it are kept.
        const code = (error as { code?: unknown }).code
        if (typeof code === "string" && code.startsWith("CSV_")) {
          const line = (error as { lines?: unknown }).lines
          reject(typeof line === "number" ? line : counts.read + 2, [
            { path: "", message: `CSV syntax error, rest of the file not read (${(error as Error).message})` }
          ])
        } else throw error
      }
    }
  } catch (error) {
    input.destroy()
    return outcome(`cannot read the file (${errorText(readError ?? error)})`)
  }
  if (readError !== undefined) return outcome(`cannot read the file (${errorText(readError)})`)
  if (options.onProgress !== undefined && sinceProgress > 0) options.onProgress(sinceProgress)
  return outcome()
}

// What folding files with an accumulator gave: one state for all of them, and each file's outcome
// in the order given.
export interface FoldedFiles<S> {
  readonly state: S
  readonly outcomes: Array<FileOutcome>
}

// Folds the events of `files`, one after the other, into one state of `accumulator`: the work of
// one worker (or of the main thread with a single worker).
export const foldFiles = async <S>(
  accumulator: { readonly empty: () => S; readonly add: (state: S, event: Events.Event) => S },
  files: ReadonlyArray<string>,
  options: StreamOptions
): Promise<FoldedFiles<S>> => {
  const add = accumulator.add
  let state = accumulator.empty()
  const onEvent = (event: Events.Event): void => {
    state = add(state, event)
  }
  const outcomes: Array<FileOutcome> = []
  for (const file of files) outcomes.push(await streamFile(file, onEvent, options))
  return { state, outcomes }
}

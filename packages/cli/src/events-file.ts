// Streams operational events from JSON Lines or CSV files, in constant memory and with
// backpressure (block reading, see json-lines.ts, or a `csv-parse` stream), decoding each line
// (as bytes) with `Events.decodeJsonBytes` or each CSV row with `Events.decode`. A JSON Lines
// file can be read in byte ranges by several workers. Nothing is dropped silently: every record
// read is either decoded or rejected with its file, line and issues. Internal to the package
// (not exported from index.ts).
import { createReadStream } from "node:fs"
import { stat } from "node:fs/promises"
import { Events } from "@gip-sante/core"
import { parse } from "csv-parse"
import * as Result from "effect/Result"
import { type ByteRange, defaultMaxLineBytes, readLines, wholeFile } from "./json-lines.js"

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

// A record that could not be decoded, where it is (file and line, from 1; or, read by the
// DuckDB engine from a CSV or Parquet file, its row after the header, from 1) and why.
export interface FileReject {
  readonly file: string
  readonly line: number
  readonly unit?: "row"
  readonly issues: ReadonlyArray<RejectIssue>
}

// `file:line: path: message` (`file:row N: …` for a row), issues separated by "; ".
export const formatReject = (r: FileReject): string =>
  `${r.file}:${r.unit === "row" ? "row " : ""}${r.line}: ${r.issues.map((i) => (i.path === "" ? i.message : `${i.path}: ${i.message}`)).join("; ")}`

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

const errorText = (error: unknown): string =>
  (error as NodeJS.ErrnoException | undefined)?.code ??
  (error instanceof Error ? error.message : String(error))

// One file, or a byte range of a JSON Lines file (see json-lines.ts), read by one worker.
export interface FilePart {
  readonly file: string
  readonly range: ByteRange
}

// What reading a part gave: like a file's outcome, with line numbers counted from the part's
// first line, and the number of lines of the part (to make file line numbers: see mergeParts).
export interface PartOutcome extends FileOutcome {
  readonly range: ByteRange
  readonly lines: number
}

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
  const {
    range: _range,
    lines: _lines,
    ...outcome
  } = await streamPart({ file, range: wholeFile }, onEvent, options)
  return outcome
}

/**
 * Reads the events of a part of a file (a whole CSV file, or a byte range of a JSON Lines file),
 * calling `onEvent` for each event decoded, in file order. Never throws: a part that cannot be
 * read comes back with `error` set.
 */
export const streamPart = async (
  part: FilePart,
  onEvent: (event: Events.Event) => void,
  options: StreamOptions
): Promise<PartOutcome> => {
  const { file, range } = part
  const counts: Counts = { read: 0, decoded: 0, rejected: 0 }
  const rejects: Array<FileReject> = []
  let lines = 0
  const outcome = (error?: string): PartOutcome =>
    error === undefined
      ? { file, range, lines, counts, rejects }
      : { file, range, lines, counts, rejects, error }
  const format = formatOf(file)
  if (format === undefined) return outcome("unknown format: use .jsonl, .ndjson or .csv")
  if (format === "csv" && (range.start !== 0 || range.end !== Number.POSITIVE_INFINITY))
    return outcome("a CSV file is read whole (quoted cells may hold line breaks)")
  try {
    const info = await stat(file)
    if (!info.isFile()) return outcome("cannot read the file (not a regular file)")
  } catch (error) {
    return outcome(`cannot read the file (${errorText(error)})`)
  }
  const every = options.progressEvery ?? 65_536
  const onProgress = options.onProgress
  let sinceProgress = 0
  const reject = (line: number, issues: ReadonlyArray<RejectIssue>): void => {
    counts.read++
    counts.rejected++
    if (rejects.length < options.keepRejects) rejects.push({ file, line, issues })
  }
  const take = (line: number, decoded: Result.Result<Events.Event, ReadonlyArray<RejectIssue>>): void => {
    if (Result.isSuccess(decoded)) {
      counts.read++
      counts.decoded++
      onEvent(decoded.success)
    } else reject(line, decoded.failure)
    if (onProgress !== undefined && ++sinceProgress >= every) {
      onProgress(sinceProgress)
      sinceProgress = 0
    }
  }
  try {
    if (format === "jsonl") lines = await readJsonLines(file, range, take, reject)
    else lines = await readCsv(file, take, reject)
  } catch (error) {
    return outcome(`cannot read the file (${errorText(error)})`)
  }
  if (onProgress !== undefined && sinceProgress > 0) onProgress(sinceProgress)
  return outcome()
}

const readJsonLines = (
  file: string,
  range: ByteRange,
  take: (line: number, decoded: Result.Result<Events.Event, ReadonlyArray<RejectIssue>>) => void,
  reject: (line: number, issues: ReadonlyArray<RejectIssue>) => void
): Promise<number> =>
  readLines(
    file,
    range,
    (bytes, start, end, line) => {
      if (!isBlank(bytes, start, end)) take(line, Events.decodeJsonBytes(bytes, start, end))
    },
    (line) =>
      reject(line, [
        { path: "", message: `line longer than ${defaultMaxLineBytes} bytes, not read (one event per line?)` }
      ])
  )

// A blank line (only white space, or nothing) holds no record: it is skipped, not rejected.
const isBlank = (bytes: Buffer, start: number, end: number): boolean => {
  for (let i = start; i < end; i++) {
    const c = bytes[i] as number
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0b && c !== 0x0c)
      // Beyond ASCII, white space as `String.prototype.trim` knows it (a no-break space…).
      return c > 0x7f ? bytes.toString("utf8", start, end).trim() === "" : false
  }
  return true
}

// Reads a whole CSV file; resolves to its number of lines read (the parser's count).
const readCsv = async (
  file: string,
  take: (line: number, decoded: Result.Result<Events.Event, ReadonlyArray<RejectIssue>>) => void,
  reject: (line: number, issues: ReadonlyArray<RejectIssue>) => void
): Promise<number> => {
  const input = createReadStream(file, { highWaterMark: 256 * 1024 })
  let readError: unknown
  input.on("error", (error) => {
    readError = error
  })
  const parser = input.pipe(
    parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true })
  )
  let header: ReadonlyArray<string> | undefined
  let lines = 0
  try {
    for await (const item of parser as AsyncIterable<{ record: Array<string>; info: { lines: number } }>) {
      const { record: row, info } = item
      lines = info.lines
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
      take(info.lines, Events.decodeCsvRow(header, row))
    }
  } catch (error) {
    if (readError !== undefined) throw readError
    // A CSV syntax error (an unclosed quote at the end of a truncated file…) ends the parse:
    // it is a reject at its line, not a crash; the records before it are kept.
    const code = (error as { code?: unknown }).code
    if (typeof code === "string" && code.startsWith("CSV_")) {
      const line = (error as { lines?: unknown }).lines
      reject(typeof line === "number" ? line : lines + 1, [
        { path: "", message: `CSV syntax error, rest of the file not read (${(error as Error).message})` }
      ])
    } else {
      input.destroy()
      throw error
    }
  }
  if (readError !== undefined) throw readError
  return lines
}

/**
 * Each file's outcome from the outcomes of its parts (in any order): counts added, rejects
 * renumbered with file line numbers (a part's line 1 follows the lines of the parts before it)
 * and cut to the first `keepRejects`, in file order; the first error of a part is the file's.
 */
export const mergeParts = (
  files: ReadonlyArray<string>,
  parts: ReadonlyArray<PartOutcome>,
  keepRejects: number
): Array<FileOutcome> =>
  files.map((file) => {
    const own = parts.filter((p) => p.file === file).sort((a, b) => a.range.start - b.range.start)
    const counts: Counts = { read: 0, decoded: 0, rejected: 0 }
    const rejects: Array<FileReject> = []
    let before = 0
    let error: string | undefined
    for (const p of own) {
      counts.read += p.counts.read
      counts.decoded += p.counts.decoded
      counts.rejected += p.counts.rejected
      for (const r of p.rejects)
        if (rejects.length < keepRejects) rejects.push({ ...r, line: r.line + before })
      before += p.lines
      error ??= p.error
    }
    return error === undefined ? { file, counts, rejects } : { file, counts, rejects, error }
  })

// Each file whole, for a single reader.
export const wholeFileParts = (files: ReadonlyArray<string>): Array<FilePart> =>
  files.map((file) => ({ file, range: wholeFile }))

// A queue of parts, taken from the front.
export const queueOf = (parts: ReadonlyArray<FilePart>): (() => FilePart | undefined) => {
  let i = 0
  return () => parts[i++]
}

// Files smaller than this are read whole by one worker: cutting them would cost more than it saves.
export const minSplitBytes = 1 << 20

/**
 * Cuts files into the parts that `workers` processes take one at a time from a shared queue:
 * JSON Lines files of twice `minSplitBytes` or more become byte ranges (about 8 per process over
 * all the files, none under `minSplitBytes`), CSV files and small files stay whole. Largest
 * parts first, so that no process ends with a big part when the others are done; a process that
 * starts late (loading the code) simply takes fewer parts.
 */
export const cutParts = (
  files: ReadonlyArray<{ readonly file: string; readonly size: number }>,
  workers: number
): Array<FilePart> => {
  const total = files.reduce((n, f) => n + f.size, 0)
  const step = Math.max(minSplitBytes, Math.ceil(total / (workers * 8)))
  const pieces: Array<{ part: FilePart; bytes: number }> = []
  for (const { file, size } of files) {
    if (workers <= 1 || formatOf(file) !== "jsonl" || size < 2 * minSplitBytes) {
      pieces.push({ part: { file, range: wholeFile }, bytes: size })
      continue
    }
    const n = Math.max(1, Math.floor(size / step))
    const each = Math.ceil(size / n)
    for (let start = 0; start < size; start += each) {
      const end = start + each >= size ? Number.POSITIVE_INFINITY : start + each
      pieces.push({ part: { file, range: { start, end } }, bytes: Math.min(each, size - start) })
    }
  }
  // A stable sort: equal parts stay in file order.
  return pieces.sort((x, y) => y.bytes - x.bytes).map((piece) => piece.part)
}

// What folding parts with an accumulator gave: one state for all of them, and each part's outcome
// in the order given.
export interface FoldedParts<S> {
  readonly state: S
  readonly outcomes: Array<PartOutcome>
}

// Folds the events of the parts `next` gives, one after the other until it gives none, into one
// state of `accumulator`: the work of one process.
export const foldParts = async <S>(
  accumulator: { readonly empty: () => S; readonly add: (state: S, event: Events.Event) => S },
  next: () => FilePart | undefined | Promise<FilePart | undefined>,
  options: StreamOptions
): Promise<FoldedParts<S>> => {
  const add = accumulator.add
  let state = accumulator.empty()
  const onEvent = (event: Events.Event): void => {
    state = add(state, event)
  }
  const outcomes: Array<PartOutcome> = []
  for (let part = await next(); part !== undefined; part = await next())
    outcomes.push(await streamPart(part, onEvent, options))
  return { state, outcomes }
}

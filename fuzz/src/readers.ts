/**
 * The CLI's file readers as fuzz targets: JSON Lines and CSV files generated with faults on some
 * lines (broken JSON, values nested thousands deep, stray and unclosed quotes, missing or extra
 * cells, blank lines, CRLF line ends, a byte-order mark), written to disk and read back as
 * `gip-sante kpi` reads them. The oracle models each line independently of the reader: every
 * record must be decoded or rejected (none lost), exactly those the schemas accept decoded, to
 * the same event, and the others rejected at their line. JSON Lines files are also read in byte
 * ranges, as several worker processes read them, and must give the same outcome.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { isDeepStrictEqual } from "node:util"
import { Events } from "@gip-sante/core"
import { eventJson } from "@gip-sante/core/testing"
import { Result } from "effect"
import * as fc from "fast-check"
import {
  type FileOutcome,
  mergeParts,
  type PartOutcome,
  streamFile,
  streamPart
} from "../../packages/cli/src/events-file.js"
import { schemaDecode } from "../../packages/core/test/reference-decoders.js"
import { type Runnable, runnable, type Target, type Verdict } from "./harness.js"
import { textsFor } from "./inputs.js"

const dir = mkdtempSync(join(tmpdir(), "gip-sante-fuzz-"))
process.once("exit", () => rmSync(dir, { recursive: true, force: true }))
let fileNumber = 0

const reference = (record: unknown): Result.Result<Events.Event, unknown> => {
  try {
    return schemaDecode(record) ?? Result.fail("no event type")
  } catch (error) {
    return Result.fail(error)
  }
}

// What a file should give: for each record, its line and the event expected (undefined for a
// reject).
interface Expected {
  readonly records: ReadonlyArray<{ readonly line: number; readonly event: Events.Event | undefined }>
}

// Compares what a reader gave with what the oracle expects.
const compare = (outcome: FileOutcome, events: ReadonlyArray<Events.Event>, expected: Expected): Verdict => {
  const inputs = expected.records.length
  if (outcome.error !== undefined)
    return { inputs, recordsLost: inputs, rejectedValid: `the file failed: ${outcome.error}` }
  const { counts } = outcome
  const lost = Math.max(0, inputs - counts.read)
  if (counts.read !== counts.decoded + counts.rejected || counts.read > inputs)
    return {
      inputs,
      recordsLost: lost,
      acceptedInvalid: `counts ${JSON.stringify(counts)} for ${inputs} records`
    }
  const wanted = expected.records.filter((r) => r.event !== undefined).map((r) => r.event)
  const rejectLines = expected.records.filter((r) => r.event === undefined).map((r) => r.line)
  if (events.length > wanted.length || events.some((e, i) => !isDeepStrictEqual(e, wanted[i])))
    return {
      inputs,
      recordsLost: lost,
      acceptedInvalid: "decoded events differ from the schemas' on each line"
    }
  if (events.length < wanted.length)
    return { inputs, recordsLost: lost, rejectedValid: "a valid record was rejected" }
  const lines = outcome.rejects.map((r) => r.line)
  if (!isDeepStrictEqual(lines, rejectLines))
    return {
      inputs,
      recordsLost: lost,
      acceptedInvalid: `rejects at lines ${lines.join(",")}, expected ${rejectLines.join(",")}`
    }
  return { inputs, recordsLost: lost }
}

const read = async (file: string): Promise<{ outcome: FileOutcome; events: Array<Events.Event> }> => {
  const events: Array<Events.Event> = []
  const outcome = await streamFile(file, (e) => events.push(e), { keepRejects: Number.MAX_SAFE_INTEGER })
  return { outcome, events }
}

// -----------------------------------------------------------------------------
// JSON Lines
// -----------------------------------------------------------------------------

interface JsonLinesFile {
  readonly text: string
  readonly cuts: ReadonlyArray<number>
}

const jsonLinesFile: fc.Arbitrary<JsonLinesFile> = fc
  .record({
    lines: fc.array(
      fc.oneof(
        { arbitrary: eventJson().map((r) => JSON.stringify(r)), weight: 6 },
        { arbitrary: textsFor(eventJson()), weight: 3 },
        { arbitrary: fc.constantFrom("", "  ", "\t", "\u00a0"), weight: 1 }
      ),
      { minLength: 1, maxLength: 80 }
    ),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    finalBreak: fc.boolean(),
    cuts: fc.array(fc.nat(), { maxLength: 3 })
  })
  .map(({ lines, crlf, bom, finalBreak, cuts }) => {
    const body = lines.join(crlf ? "\r\n" : "\n")
    const text = `${bom ? "\uFEFF" : ""}${body}${finalBreak ? "\n" : ""}`
    return { text, cuts }
  })

// The records of a JSON Lines text as the oracle sees them: lines split at "\n" after UTF-8
// decoding (invalid bytes read as U+FFFD, a leading byte-order mark dropped), a "\r" before the
// break dropped, blank lines skipped.
const jsonLinesExpected = (bytes: Uint8Array): Expected => {
  const text = new TextDecoder().decode(bytes)
  const lines = text.split("\n")
  if (text.endsWith("\n")) lines.pop()
  const records: Array<{ line: number; event: Events.Event | undefined }> = []
  lines.forEach((raw, i) => {
    const line = i < lines.length - 1 || text.endsWith("\n") ? raw.replace(/\r$/u, "") : raw
    if (line.trim() === "") return
    let record: unknown
    try {
      record = JSON.parse(line)
    } catch {
      records.push({ line: i + 1, event: undefined })
      return
    }
    const decoded = reference(record)
    records.push({ line: i + 1, event: Result.isSuccess(decoded) ? decoded.success : undefined })
  })
  return { records }
}

const jsonLinesTarget: Target<JsonLinesFile> = {
  name: "kpi reader, JSON Lines (whole and in byte ranges)",
  inputs: jsonLinesFile,
  perItem: 40,
  describe: (f) => JSON.stringify(f),
  check: async ({ text, cuts }) => {
    const bytes = new TextEncoder().encode(text)
    const file = join(dir, `f${fileNumber++}.jsonl`)
    writeFileSync(file, bytes)
    const expected = jsonLinesExpected(bytes)
    const whole = await read(file)
    const verdict = compare(whole.outcome, whole.events, expected)
    if (
      verdict.acceptedInvalid !== undefined ||
      verdict.rejectedValid !== undefined ||
      (verdict.recordsLost ?? 0) > 0
    )
      return verdict
    // The same file read in byte ranges, one after the other, as worker processes share it.
    const offsets = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)
    const bounds = [0, ...offsets.filter((o) => o > 0), Number.POSITIVE_INFINITY]
    const parts: Array<PartOutcome> = []
    const events: Array<Events.Event> = []
    for (let i = 0; i + 1 < bounds.length; i++)
      parts.push(
        await streamPart({ file, range: { start: bounds[i]!, end: bounds[i + 1]! } }, (e) => events.push(e), {
          keepRejects: Number.MAX_SAFE_INTEGER
        })
      )
    const [merged] = mergeParts([file], parts, Number.MAX_SAFE_INTEGER)
    const inParts = compare(merged!, events, expected)
    return inParts.acceptedInvalid === undefined && inParts.rejectedValid === undefined
      ? inParts
      : {
          ...inParts,
          acceptedInvalid: `in byte ranges ${bounds.join(",")}: ${inParts.acceptedInvalid ?? inParts.rejectedValid}`
        }
  }
}

// -----------------------------------------------------------------------------
// CSV
// -----------------------------------------------------------------------------

// Every field of every event type, once: the CSV files' columns.
const columns = [...new Set(Events.EventSchema.members.flatMap((member) => Object.keys(member.fields)))]

type RowFault =
  | { readonly kind: "none" }
  | { readonly kind: "strayQuote"; readonly cell: number; readonly at: number }
  | { readonly kind: "cells"; readonly delta: -1 | 1 }
  | { readonly kind: "value"; readonly cell: number; readonly text: string }
  | { readonly kind: "blank" }

const rowFault: fc.Arbitrary<RowFault> = fc.oneof(
  { arbitrary: fc.constant({ kind: "none" as const }), weight: 12 },
  {
    arbitrary: fc.record({ kind: fc.constant("strayQuote" as const), cell: fc.nat(), at: fc.nat() }),
    weight: 2
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("cells" as const),
      delta: fc.constantFrom(-1 as const, 1 as const)
    }),
    weight: 1
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("value" as const),
      cell: fc.nat(),
      text: fc.constantFrom(
        "x",
        "1.5",
        "1e3",
        "-1",
        "TRUE",
        "2025-02-30",
        " ",
        `${"9".repeat(3000)}x`,
        "0x10",
        ".5",
        "+2"
      )
    }),
    weight: 2
  },
  { arbitrary: fc.constant({ kind: "blank" as const }), weight: 1 }
)

interface CsvFile {
  readonly header: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<string> | undefined>
  readonly unclosed: number | undefined
  readonly crlf: boolean
  readonly bom: boolean
}

const csvFile: fc.Arbitrary<CsvFile> = fc
  .record({
    events: fc.array(fc.tuple(eventJson(), rowFault), { minLength: 1, maxLength: 60 }),
    extraColumn: fc.constantFrom(undefined, undefined, undefined, "__proto__", "nir"),
    unclosed: fc.option(fc.nat(), { nil: undefined }),
    crlf: fc.boolean(),
    bom: fc.boolean()
  })
  .map(({ events, extraColumn, unclosed, crlf, bom }) => {
    const header = extraColumn === undefined ? columns : [...columns, extraColumn]
    const rows = events.map(([event, fault]): ReadonlyArray<string> | undefined => {
      const cells = header.map((c) => {
        const v = (event as Record<string, unknown>)[c]
        return v === undefined ? (c === extraColumn ? "x" : "") : String(v)
      })
      switch (fault.kind) {
        case "none":
          return cells
        case "blank":
          return undefined
        case "cells":
          return fault.delta < 0 ? cells.slice(1) : [...cells, "x"]
        case "value": {
          const i = fault.cell % cells.length
          return cells.map((c, j) => (j === i ? fault.text : c))
        }
        case "strayQuote": {
          // A quote strictly inside a cell of two characters or more: never a cell's first or
          // last character, so that it cannot open or close a quoted cell.
          const candidates = cells.map((c, j) => [c, j] as const).filter(([c]) => c.length >= 2)
          const picked = candidates[fault.cell % Math.max(1, candidates.length)]
          if (picked === undefined) return cells
          const [cell, j] = picked
          const at = 1 + (fault.at % (cell.length - 1))
          return cells.map((c, k) => (k === j ? `${c.slice(0, at)}"${c.slice(at)}` : c))
        }
        default:
          return cells
      }
    })
    // At most one quote opening a cell per file: two could close a quoted cell across lines.
    const withRows = rows.filter((r) => r !== undefined)
    return {
      header,
      rows,
      unclosed: withRows.length > 0 && unclosed !== undefined ? unclosed % withRows.length : undefined,
      crlf,
      bom
    }
  })

const csvText = (f: CsvFile): string => {
  let seen = -1
  const lines = f.rows.map((row) => {
    if (row === undefined) return ""
    seen++
    if (seen !== f.unclosed) return row.join(",")
    // A quote opening the last cell, never closed.
    return `${row.slice(0, -1).join(",")}${row.length > 1 ? "," : ""}"${row.at(-1) ?? ""}`
  })
  const br = f.crlf ? "\r\n" : "\n"
  return `${f.bom ? "\uFEFF" : ""}${[f.header.join(","), ...lines].join(br)}${br}`
}

const numericFields = new Set(["durationMinutes", "weeklyHours", "sites"])
const booleanFields = new Set(["complex", "reservedForUnscheduled", "hadRegularDoctor"])
const numberText = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/u

// The records of a CSV text as the oracle sees them, line by line (the generator never puts a
// line break in a cell): a line holding a quote is rejected, so is one of another number of
// cells than the header; any other is decoded as the documented conversions say.
const csvExpected = (f: CsvFile): Expected => {
  const text = csvText(f)
  const lines = text.replace(/^\uFEFF/u, "").split(f.crlf ? "\r\n" : "\n")
  lines.pop()
  const header = lines[0]!.split(",")
  const records: Array<{ line: number; event: Events.Event | undefined }> = []
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!
    if (line === "") continue
    const cells = line.split(",")
    if (line.includes('"') || cells.length !== header.length) {
      records.push({ line: i + 1, event: undefined })
      continue
    }
    const record: Record<string, unknown> = {}
    header.forEach((name, j) => {
      const cell = cells[j]!
      if (cell === "") return
      const value = numericFields.has(name)
        ? numberText.test(cell.trim())
          ? Number(cell)
          : cell
        : booleanFields.has(name) && (cell === "true" || cell === "false")
          ? cell === "true"
          : cell
      Object.defineProperty(record, name, { value, enumerable: true, writable: true, configurable: true })
    })
    const decoded = reference(record)
    records.push({ line: i + 1, event: Result.isSuccess(decoded) ? decoded.success : undefined })
  }
  return { records }
}

const csvTarget: Target<CsvFile> = {
  name: "kpi reader, CSV",
  inputs: csvFile,
  perItem: 30,
  describe: (f) => JSON.stringify(csvText(f)),
  check: async (f) => {
    const file = join(dir, `f${fileNumber++}.csv`)
    writeFileSync(file, csvText(f))
    const { outcome, events } = await read(file)
    return compare(outcome, events, csvExpected(f))
  }
}

export const readerTargets: ReadonlyArray<Runnable> = [runnable(jsonLinesTarget), runnable(csvTarget)]

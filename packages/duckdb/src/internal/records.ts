// The exact way for the rows the SQL is unsure of: each is rebuilt as the in-process reader
// would see it (a JSON line's bytes, a CSV row's record, a Parquet row's values) and decoded by
// `Events.decode*`, so that its issues (or its event) are exactly the in-process ones.
import { Buffer } from "node:buffer"
import { Events } from "@gip-sante/core"
import type * as Result from "effect/Result"
import type { DuckDBValue } from "@duckdb/node-api"

/** One issue of a reject: the path of the bad field and what is wrong with it. */
export interface Issue {
  readonly path: string
  readonly message: string
}

export type Decoded = Result.Result<Events.Event, ReadonlyArray<Issue>> | "blank"

// Text read with Latin-1 back to the file's bytes (one character per byte).
const bytesOf = (latin1: string): Buffer => Buffer.from(latin1, "latin1")

/**
 * A JSON line, as read by DuckDB with Latin-1 (one character per byte): its bytes are the
 * file's, the first line without its byte-order mark, as the in-process reader takes them.
 * A line of white space only (beyond ASCII too) is no record.
 */
export const decodeJsonLine = (latin1: string, line: number): Decoded => {
  let bytes = bytesOf(latin1)
  if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3)
  if (bytes.toString("utf8").trim() === "") return "blank"
  return Events.decodeJsonBytes(bytes)
}

/**
 * A CSV row, its cells read by DuckDB with Latin-1 and made UTF-8 text again, decoded as the
 * in-process reader decodes it (`Events.decodeCsvRow`).
 */
export const decodeCsvRow = (header: ReadonlyArray<string>, cells: ReadonlyArray<string | null>): Decoded =>
  Events.decodeCsvRow(
    header,
    cells.map((cell) => (cell === null ? null : bytesOf(cell).toString("utf8")))
  )

/**
 * A Parquet row as a record: each column that is not null is a field, integers as numbers,
 * anything other than text, numbers and booleans as its text (which the schema then rejects).
 */
export const decodeParquetRow = (row: Readonly<Record<string, DuckDBValue>>): Decoded => {
  const record: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(row)) {
    if (value === null) continue
    record[name] =
      typeof value === "bigint"
        ? Number(value)
        : typeof value === "string" || typeof value === "number" || typeof value === "boolean"
          ? value
          : String(value)
  }
  return Events.decode(record)
}

// The exact way for the rows the SQL is unsure of: each is rebuilt as the in-process reader
// would see it (a JSON line's bytes, a CSV row's record, a Parquet row's values) and decoded by
// `Events.decode*`, so that its issues (or its event) are exactly the in-process ones.
import { Buffer } from "node:buffer"
import type { DuckDBValue } from "@duckdb/node-api"
import { Events } from "@gip-sante/core"
import type * as Result from "effect/Result"

/** One issue of a reject: the path of the bad field and what is wrong with it. */
export interface Issue {
  readonly path: string
  readonly message: string
}

export type Decoded = Result.Result<Events.Event, ReadonlyArray<Issue>> | "blank"

/**
 * A JSON line as DuckDB read it (UTF-8 text, the file's byte-order mark dropped): decoded as the
 * in-process reader decodes it. A line of white space only (beyond ASCII too) is no record.
 */
export const decodeJsonLine = (text: string): Decoded =>
  text.trim() === "" ? "blank" : Events.decodeJson(text)

/**
 * A line whose bytes are not UTF-8, as read from the file: decoded as the in-process reader
 * decodes it (each invalid sequence read as U+FFFD).
 */
export const decodeJsonLineBytes = (bytes: Uint8Array, line: number): Decoded => {
  const start = line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start).toString("utf8")
  return text.trim() === "" ? "blank" : Events.decodeJsonBytes(bytes, start)
}

/** A CSV row, as the in-process reader decodes it (`Events.decodeCsvRow`). */
export const decodeCsvRow = (header: ReadonlyArray<string>, cells: ReadonlyArray<string | null>): Decoded =>
  Events.decodeCsvRow(header, cells)

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

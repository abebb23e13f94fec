// How each file format becomes rows of the event table (EventTable.columns), in DuckDB's SQL:
// every column named, each row numbered (a JSON Lines file's line, a CSV or Parquet file's row),
// and `ok` when the row is certainly a valid event read exactly as the in-process reader would
// read it. A row that is not `ok` is not necessarily bad: it goes to `Events.decode` in
// JavaScript, which says whether it is an event (then it is added to the KPIs) or a reject.
// So the SQL only has to be sound (never `ok` for what the schema rejects or reads otherwise);
// rows it is unsure of (escapes, non-ASCII text, duplicate keys…) take the exact, slower way.
import { type Column, columns, literal, quote, validEvent } from "../EventTable.js"

export type Format = "jsonl" | "csv" | "parquet"

export const formatOf = (file: string): Format | undefined => {
  const lower = file.toLowerCase()
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return "jsonl"
  if (lower.endsWith(".csv")) return "csv"
  if (lower.endsWith(".parquet")) return "parquet"
  return undefined
}

// The longest line the in-process JSON Lines reader reads (16 MiB).
const maxLineBytes = 1 << 24

// The staged form of a text file's rows, written to a temporary Parquet file: the record's
// number, `ok`, the raw record for the rows JavaScript must decode (a JSON line, or a CSV row's
// cells), and the typed columns (integer fields as DOUBLE: the predicate checks they are whole).
const stagedType = (c: Column): string => (c.kind === "integer" ? "DOUBLE" : c.sqlType)

// Sum of `1` for each non-null expression.
const presentCount = (expressions: ReadonlyArray<string>): string =>
  expressions.map((e) => `(CASE WHEN ${e} IS NULL THEN 0 ELSE 1 END)`).join(" + ")

// DuckDB's CSV reader used as a line reader: one VARCHAR column per line (the delimiter is a
// pair of control characters no JSON line holds), no quoting, numbered by `WITH ORDINALITY`
// (tested: the numbers are the line numbers, also when the file is read by several threads).
// Strict mode: a file it cannot split into lines exactly (a carriage return alone) fails as a
// whole, never silently. Lines that are not UTF-8 are left out into the rejects table
// (`store_rejects`) with their line numbers: the engine reads their bytes itself and renumbers
// the other lines.
const lines = (file: string): string =>
  `read_csv(${literal(file)}, columns = {'text': 'VARCHAR'}, header = false, auto_detect = false, delim = chr(1) || chr(2), quote = '', escape = '', strict_mode = true, max_line_size = ${maxLineBytes + 2}, ${rejectsOptions}) WITH ORDINALITY`

/** Where DuckDB's CSV reader puts the lines or rows it refuses (one table for all files). */
export const rejectsOptions = `store_rejects = true, rejects_table = 'reader_rejects', rejects_scan = 'reader_scans'`

const jsonStructure = `'{${columns.map((c) => `"${c.name}":"JSON"`).join(",")}}'`

// A JSON value's text (as `json_transform` gives it) as a typed column, or NULL when it is of
// another JSON type. Strings hold no escapes here (lines with a backslash are not `plain`).
const fromJson = (c: Column): string => {
  const v = `j.${quote(c.name)}`
  switch (c.kind) {
    case "text":
      return `CASE WHEN starts_with(${v}, '"') THEN substring(${v}, 2, length(${v}) - 2) END`
    case "boolean":
      return `CASE ${v} WHEN 'true' THEN TRUE WHEN 'false' THEN FALSE END`
    default:
      return `CASE WHEN regexp_full_match(${v}, '-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?') THEN TRY_CAST(${v} AS DOUBLE) END`
  }
}

/**
 * A JSON Lines file's rows, staged. Blank lines of ASCII white space are no record (the
 * in-process reader skips them too). A line is `plain` when it holds no backslash: then DuckDB's
 * strings are JavaScript's, character for character (both read UTF-8), and every `"` in it
 * opens or closes a string, so its keys are the `":` in it (a key written `"k" :` is not
 * counted, and the line goes to JavaScript). It is read here when it is one JSON object whose
 * keys are distinct event fields, each of its column's JSON type: `keys` equals the number of
 * columns read (a key of another type, a `null`, an unknown or a repeated key makes them differ).
 */
export const jsonLinesStage = (file: string): string => {
  const typed = columns.map((c) => `${fromJson(c)} AS ${quote(c.name)}`)
  const names = columns.map((c) => quote(c.name))
  return `SELECT record, ok, CASE WHEN NOT ok THEN text END AS raw, CAST(NULL AS VARCHAR[]) AS cells, ${columns
    .map((c) => `CASE WHEN ok THEN CAST(${quote(c.name)} AS ${stagedType(c)}) END AS ${quote(c.name)}`)
    .join(", ")}
FROM (
  SELECT record, text, coalesce(plain AND keys = ${presentCount(names)} AND ${validEvent}, FALSE) AS ok, ${names.join(", ")}
  FROM (
    SELECT record, text, plain, keys, ${typed.join(", ")}
    FROM (
      SELECT ordinality AS record, text, plain,
             (length(text) - length(replace(text, '":', ''))) // 2 AS keys,
             CASE WHEN plain THEN TRY(json_transform(text, ${jsonStructure})) END AS j
      FROM (SELECT ordinality, text, position('\\' IN text) = 0 AS plain FROM ${lines(file)})
      WHERE text IS NOT NULL AND NOT regexp_full_match(text, '[ \\t\\r\\x0b\\x0c]*')
    )
  )
)`
}

// CSV cells as typed columns, as the in-process reader converts them (events-file.ts): an empty
// cell is an absent field, booleans are "true"/"false", numbers plain decimals (anything else,
// e.g. " 20" or "2e1", is left to JavaScript, which reads them as Number does).
const fromCsv = (c: Column, cell: string): string => {
  switch (c.kind) {
    case "text":
      return cell
    case "boolean":
      return `CASE ${cell} WHEN 'true' THEN TRUE WHEN 'false' THEN FALSE END`
    default:
      return `CASE WHEN regexp_full_match(${cell}, '[0-9]+(\\.[0-9]+)?') THEN CAST(${cell} AS DOUBLE) END`
  }
}

/** Options of DuckDB's CSV reader for our CSV files (RFC 4180, comma, double quotes). */
export const csvDialect = `delim = ',', quote = '"', escape = '"'`

/**
 * A CSV file's rows, staged, given its header (names trimmed, as the in-process reader does).
 * Cells are read as text and converted by column name; a row is `ok` when each cell converts
 * (`typed` not null where the cell is not), no cell is under an unknown header, and the typed
 * row is a valid event. Rows DuckDB's reader refuses (another number of cells than the header,
 * text that is not UTF-8…) go to its rejects table, read back as rejects.
 */
export const csvStage = (file: string, header: ReadonlyArray<string>): string => {
  const cell = (i: number): string => quote(`c${i}`)
  const typedColumns = columns.map((c) => {
    const i = header.indexOf(c.name)
    return i === -1 ? `CAST(NULL AS ${stagedType(c)})` : fromCsv(c, cell(i))
  })
  const cells = header.map((_, i) => cell(i))
  const converted = columns.flatMap((c) => {
    const i = header.indexOf(c.name)
    return i === -1 ? [] : [`(${cell(i)} IS NULL OR ${quote(c.name)} IS NOT NULL)`]
  })
  const unknown = header.flatMap((name, i) =>
    columns.some((c) => c.name === name) ? [] : [`${cell(i)} IS NULL`]
  )
  return `SELECT record, ok, CAST(NULL AS VARCHAR) AS raw, CASE WHEN NOT ok THEN [${cells.join(", ")}] END AS cells, ${columns
    .map((c) => `CASE WHEN ok THEN CAST(${quote(c.name)} AS ${stagedType(c)}) END AS ${quote(c.name)}`)
    .join(", ")}
FROM (
  SELECT record, ${cells.join(", ")}, coalesce(${[...converted, ...unknown, validEvent].join(" AND ")}, FALSE) AS ok, ${columns
    .map((c) => quote(c.name))
    .join(", ")}
  FROM (
    SELECT ordinality AS record, ${cells.join(", ")}, ${typedColumns.map((t, i) => `${t} AS ${quote(columns[i]!.name)}`).join(", ")}
    FROM read_csv(${literal(file)}, header = true, auto_detect = false, ${csvDialect}, columns = {${header
      .map((_, i) => `'c${i}': 'VARCHAR'`)
      .join(", ")}}, ${rejectsOptions}) WITH ORDINALITY
  )
)`
}

// DuckDB type names by the kind of column they can hold exactly.
const numericTypes = new Set([
  "TINYINT",
  "SMALLINT",
  "INTEGER",
  "BIGINT",
  "HUGEINT",
  "UTINYINT",
  "USMALLINT",
  "UINTEGER",
  "UBIGINT",
  "UHUGEINT",
  "FLOAT",
  "DOUBLE"
])
const fits = (c: Column, type: string): boolean =>
  c.kind === "text" ? type === "VARCHAR" : c.kind === "boolean" ? type === "BOOLEAN" : numericTypes.has(type)

/** A Parquet file's columns, by name, with their DuckDB types. */
export type ParquetSchema = ReadonlyArray<{ readonly name: string; readonly type: string }>

/**
 * A Parquet file read as the event table: each event column cast from the file's column of the
 * same name (NULL when there is none or its type cannot hold the field: text for text, a number
 * type for numbers, BOOLEAN for booleans), `ok` when those columns are of the right type where
 * not null, no other column holds a value, and the row is a valid event. `row` is the row number
 * from 1. Parquet text is UTF-8.
 */
export const parquetScan = (file: string, schema: ParquetSchema, withOk: boolean): string => {
  const typeOf = new Map(schema.map((s) => [s.name, s.type]))
  const typed = columns.map((c) => {
    const type = typeOf.get(c.name)
    return type !== undefined && fits(c, type)
      ? `CAST(${quote(c.name)} AS ${stagedType(c)}) AS ${quote(c.name)}`
      : `CAST(NULL AS ${stagedType(c)}) AS ${quote(c.name)}`
  })
  const misfits = schema.flatMap((s) => {
    const c = columns.find((column) => column.name === s.name)
    return c !== undefined && fits(c, s.type) ? [] : [`${quote(s.name)} IS NULL`]
  })
  const inner = `SELECT file_row_number + 1 AS row, ${misfits.length === 0 ? "TRUE" : misfits.join(" AND ")} AS fits, ${typed.join(", ")} FROM read_parquet(${literal(file)}, file_row_number = true)`
  return withOk
    ? `SELECT row, coalesce(fits AND ${validEvent}, FALSE) AS ok, ${columns.map((c) => quote(c.name)).join(", ")} FROM (${inner})`
    : inner
}

/** The raw columns of a Parquet file's rows, for the rows JavaScript must decode. */
export const parquetRaw = (file: string, schema: ParquetSchema, rows: string): string =>
  `SELECT file_row_number + 1 AS row, ${schema.map((s) => quote(s.name)).join(", ")} FROM read_parquet(${literal(file)}, file_row_number = true) WHERE file_row_number + 1 IN (${rows})`

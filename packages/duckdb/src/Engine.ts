/**
 * The programme KPIs computed by DuckDB from event files — JSON Lines (`.jsonl`, `.ndjson`),
 * CSV (`.csv`) or Parquet (`.parquet`): files, directories or globs — equal to
 * `Kpi.programmeKpis` folded over the same events, with the same rejects.
 *
 * Every row is checked: in SQL where the check is certain ({@link EventTable.validEvent} and
 * the reader's own checks), and by `Events.decode` for the rows the SQL is unsure of (JSON with
 * escapes or non-ASCII text, numbers written otherwise than plainly…), so that what is an event
 * and what is rejected, with which issues, is exactly the in-process answer. Nothing is dropped
 * silently: per file, events + rejects = records read.
 *
 * DuckDB is loaded only when a function of this module runs (it is a native module).
 *
 * @example
 * ```ts
 * import { Engine } from "@gip-sante/duckdb"
 *
 * const run = await Engine.programmeKpis(["events/*.parquet"], { fullTimeWeeklyHours: 35 })
 * run.kpis.consultations.total
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { createReadStream } from "node:fs"
import { mkdtemp, readdir, rm, stat } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { DuckDBAppender, DuckDBValue } from "@duckdb/node-api"
import { type Events, Kpi } from "@gip-sante/core"
import * as Result from "effect/Result"
import { columns, createTable, literal, quote, validEvent } from "./EventTable.js"
import {
  csvStage,
  type Format,
  formatOf,
  jsonLinesStage,
  type ParquetSchema,
  parquetScan
} from "./internal/readers.js"
import {
  type Decoded,
  decodeCsvRow,
  decodeJsonLine,
  decodeJsonLineBytes,
  decodeParquetRow,
  type Issue
} from "./internal/records.js"
import { type EngineSettings, openSession, type Session, toNumber, toText } from "./internal/session.js"
import * as KpiSql from "./KpiSql.js"

export type { EngineSettings } from "./internal/session.js"

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * A record that could not be decoded: its file, where it is (`unit` says whether `record` is a
 * line of a JSON Lines file, as the in-process reader numbers it, or a row of a CSV file after
 * its header or of a Parquet file, from 1) and every issue with the path of the bad field.
 *
 * @example
 * ```ts
 * import type { Engine } from "@gip-sante/duckdb"
 *
 * const where = (r: Engine.Reject) => `${r.file}:${r.unit === "line" ? "" : "row "}${r.record}`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Reject {
  readonly file: string
  readonly record: number
  readonly unit: "line" | "row"
  readonly issues: ReadonlyArray<Issue>
}

/**
 * What reading one file gave: its format, its counts (`read = decoded + rejected`, always), its
 * first rejects (at most `keepRejects`; the counts have them all) and, when the file could not
 * be read (missing, unknown format, not splittable into lines), why.
 *
 * @example
 * ```ts
 * import type { Engine } from "@gip-sante/duckdb"
 *
 * const ok = (o: Engine.FileOutcome) => o.error === undefined && o.counts.rejected === 0
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface FileOutcome {
  readonly file: string
  readonly format: Format | undefined
  readonly counts: { read: number; decoded: number; rejected: number }
  readonly rejects: Array<Reject>
  readonly error?: string
}

/**
 * Options of a run: the full-time weekly hours for FTEs, how unique patients are counted
 * (exact by default; `"approximate"` uses DuckDB's sketch, whose precision is its own, so a
 * `precision` is ignored), how many rejects to keep per file (20 by default), whether to check
 * again the rows of Parquet files marked as checked when written (`recheck`, false by default),
 * and DuckDB's settings.
 *
 * @example
 * ```ts
 * import type { Engine } from "@gip-sante/duckdb"
 *
 * const national: Engine.Options = { fullTimeWeeklyHours: 35, patients: { mode: "approximate" }, memoryLimit: "600MB" }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Options extends EngineSettings {
  readonly fullTimeWeeklyHours: number
  readonly patients?: Kpi.PatientCounting
  readonly keepRejects?: number
  readonly recheck?: boolean
}

/**
 * What a run gave: the KPIs (as `Kpi.programmeKpis` gives them) and each file's outcome, in the
 * order the files were found (inputs in order, a directory's or glob's files in name order).
 *
 * @example
 * ```ts
 * import type { Engine } from "@gip-sante/duckdb"
 *
 * const rejected = (r: Engine.Run) => r.outcomes.reduce((n, o) => n + o.counts.rejected, 0)
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Run {
  readonly kpis: Kpi.ProgrammeKpis
  readonly outcomes: ReadonlyArray<FileOutcome>
}

// -----------------------------------------------------------------------------
// files
// -----------------------------------------------------------------------------

const isGlob = (input: string): boolean => /[*?[{]/.test(input)

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

// The files of the inputs: a file as given, a directory as its event files (in name order), a
// glob as the files DuckDB's `glob` finds (in name order). An input that matches nothing is
// kept as given, so that its outcome says why.
const expand = async (session: Session, inputs: ReadonlyArray<string>): Promise<Array<string>> => {
  const files: Array<string> = []
  for (const input of inputs) {
    if (isGlob(input)) {
      const found = (await session.rows(`SELECT file FROM glob(${literal(input)})`)).map((r) =>
        toText(r.file ?? null)
      )
      if (found.length === 0) files.push(input)
      else files.push(...found.filter((f) => formatOf(f) !== undefined).sort(byName))
      continue
    }
    const info = await stat(input).catch(() => undefined)
    if (info?.isDirectory() === true) {
      const names = (await readdir(input)).filter((name) => formatOf(name) !== undefined).sort(byName)
      files.push(...names.map((name) => join(input, name)))
    } else files.push(input)
  }
  return files
}

const errorText = (error: unknown): string =>
  (error as NodeJS.ErrnoException | undefined)?.code ??
  (error instanceof Error ? (error.message.split("\n")[0] ?? error.message) : String(error))

// -----------------------------------------------------------------------------
// reading and checking
// -----------------------------------------------------------------------------

// One file as the KPI queries read it: a SQL relation with the event table's columns (before
// the rows to leave out), and the rows to leave out (those the SQL was unsure of: decoded in
// JavaScript, their events are added back from the `rescued` table).
interface Readable {
  readonly outcome: FileOutcome
  readonly relation?: string
}

interface Checked {
  readonly outcomes: Array<FileOutcome>
  readonly relations: Array<string>
  readonly rescued: number
}

const selectColumns = columns
  .map((c) => `CAST(${quote(c.name)} AS ${c.sqlType}) AS ${quote(c.name)}`)
  .join(", ")

// Appends an event to the table of rescued events, column by column.
const appendEvent = (appender: DuckDBAppender, event: Events.Event): void => {
  const fields = event as unknown as Readonly<Record<string, unknown>>
  for (const c of columns) {
    const value = fields[c.name]
    if (value === undefined || value === null) appender.appendNull()
    else if (c.kind === "text") appender.appendVarchar(String(value))
    else if (c.kind === "boolean") appender.appendBoolean(value === true)
    else if (c.kind === "integer") appender.appendInteger(value as number)
    else appender.appendDouble(value as number)
  }
  appender.endRow()
}

// Reads files, checks every row and gives each file's outcome and relation. Text files are
// staged once into Parquet in `stageDirectory` (so that the KPI queries do not parse them again).
const readAndCheck = async (
  session: Session,
  files: ReadonlyArray<string>,
  stageDirectory: string,
  keepRejects: number,
  recheck: boolean
): Promise<Checked> => {
  await session.run(`${createTable("rescued").replace("CREATE TABLE", "CREATE TEMP TABLE")}`)
  const appender = await session.connection.createAppender("rescued")
  let rescued = 0
  const readables: Array<Readable> = []
  for (let i = 0; i < files.length; i++) {
    const file = files[i] as string
    const format = formatOf(file)
    const outcome: FileOutcome = { file, format, counts: { read: 0, decoded: 0, rejected: 0 }, rejects: [] }
    const fail = (error: string): void => {
      readables.push({ outcome: { ...outcome, error } })
    }
    if (format === undefined) {
      fail("unknown format: use .jsonl, .ndjson, .csv or .parquet")
      continue
    }
    const info = await stat(file).catch((error: unknown) => errorText(error))
    if (typeof info === "string" || !info.isFile()) {
      fail(`cannot read the file (${typeof info === "string" ? info : "not a regular file"})`)
      continue
    }
    const take = (record: number, unit: "line" | "row", decoded: Decoded): void => {
      if (decoded === "blank") return
      outcome.counts.read++
      if (Result.isSuccess(decoded)) {
        outcome.counts.decoded++
        appendEvent(appender, decoded.success)
        rescued++
      } else {
        outcome.counts.rejected++
        if (outcome.rejects.length < keepRejects)
          outcome.rejects.push({ file, record, unit, issues: decoded.failure })
      }
    }
    try {
      if (format === "parquet") {
        const relation = await checkParquet(session, file, i, outcome, take, recheck)
        readables.push({ outcome, relation })
      } else {
        const stage = join(stageDirectory, `stage-${i}.parquet`)
        const header = format === "csv" ? await csvHeader(session, file) : []
        await session.run(
          `COPY (${format === "csv" ? csvStage(file, header) : jsonLinesStage(file)}) TO ${literal(stage)} (FORMAT parquet)`
        )
        await checkStaged(session, file, format, stage, header, outcome, take)
        readables.push({
          outcome,
          relation: `SELECT ${selectColumns} FROM read_parquet(${literal(stage)}) WHERE ok`
        })
      }
    } catch (error) {
      fail(`cannot read the file (${errorText(error)})`)
    }
  }
  appender.flushSync()
  appender.closeSync()
  return {
    outcomes: readables.map((r) => r.outcome),
    relations: readables.flatMap((r) => (r.relation === undefined ? [] : [r.relation])),
    rescued
  }
}

type Take = (record: number, unit: "line" | "row", decoded: Decoded) => void

// Streams a query's rows in chunks, so that many rows to decode never sit in memory at once.
const eachRow = async (
  session: Session,
  sql: string,
  onRow: (row: Record<string, DuckDBValue>) => void
): Promise<void> => {
  const result = await session.connection.stream(sql)
  const names = result.columnNames()
  for (
    let chunk = await result.fetchChunk();
    chunk !== null && chunk.rowCount > 0;
    chunk = await result.fetchChunk()
  ) {
    for (const row of chunk.getRowObjects(names)) onRow(row)
  }
}

// The header of a CSV file, names trimmed, as the in-process reader reads it: its first line
// (DuckDB drops the byte-order mark), cells split at commas outside double quotes. A header
// whose names hold line breaks is not supported.
const csvHeader = async (session: Session, file: string): Promise<Array<string>> => {
  const rows = await session.rows(
    `SELECT text FROM read_csv(${literal(file)}, columns = {'text': 'VARCHAR'}, header = false, auto_detect = false, delim = chr(1) || chr(2), quote = '', escape = '', strict_mode = false) LIMIT 1`
  )
  const line = toText(rows[0]?.text ?? null)
  const names: Array<string> = []
  let cell = ""
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ",") {
      names.push(cell.trim())
      cell = ""
    } else cell += ch
  }
  names.push(cell.trim())
  return names
}

// The lines or rows DuckDB's reader refused in the last scan (then forgotten), by line.
const readerRejects = async (
  session: Session
): Promise<Array<{ readonly line: number; readonly type: string; readonly message: string }>> => {
  // A line may have an error per column: the first says it for the line.
  const rows = await session.rows(
    "SELECT line, error_type, error_message FROM reader_rejects ORDER BY line, column_idx"
  )
  await session.run("DELETE FROM reader_rejects; DELETE FROM reader_scans")
  const out: Array<{ line: number; type: string; message: string }> = []
  for (const r of rows) {
    const line = toNumber(r.line ?? null)
    if (out[out.length - 1]?.line === line) continue
    out.push({
      line,
      type: toText(r.error_type ?? null),
      message: toText(r.error_message ?? null).split("\n")[0] ?? ""
    })
  }
  return out
}

// The bytes of some lines of a file (numbers from 1, in increasing order), without their line
// feed, read as the in-process reader splits lines.
const readLinesAt = async (file: string, wanted: ReadonlyArray<number>): Promise<Map<number, Buffer>> => {
  const out = new Map<number, Buffer>()
  if (wanted.length === 0) return out
  let line = 1
  let next = 0
  let pieces: Array<Buffer> = []
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let from = 0
    while (next < wanted.length) {
      const feed = chunk.indexOf(10, from)
      const end = feed === -1 ? chunk.length : feed
      if (line === wanted[next]) pieces.push(chunk.subarray(from, end))
      if (feed === -1) break
      if (line === wanted[next]) {
        out.set(line, Buffer.concat(pieces))
        pieces = []
        next++
      }
      line++
      from = feed + 1
    }
    if (next >= wanted.length) break
  }
  if (next < wanted.length && pieces.length > 0) out.set(wanted[next] as number, Buffer.concat(pieces))
  return out
}

// The line of the `n`th line DuckDB's line reader gave, the `skipped` lines (sorted) left out.
const lineNumber = (n: number, skipped: ReadonlyArray<number>): number => {
  let line = n
  for (const s of skipped) {
    if (s <= line) line++
    else break
  }
  return line
}

// The reject of a CSV row DuckDB's reader refused, in the in-process reader's words where
// there are some.
const csvRowReject = (
  header: ReadonlyArray<string>,
  r: { readonly type: string; readonly message: string }
): Decoded => {
  const found = /Expected Number of Columns: \d+ Found: (\d+)/u.exec(r.message)?.[1]
  const message =
    found !== undefined
      ? `expected ${header.length} columns (as the header), got ${found}${Number(found) < header.length ? " (truncated row?)" : ""}`
      : r.type === "INVALID ENCODING"
        ? "the row is not UTF-8 text: not read"
        : `CSV row not read (${r.message})`
  return Result.fail([{ path: "", message }])
}

const checkStaged = async (
  session: Session,
  file: string,
  format: "jsonl" | "csv",
  stage: string,
  header: ReadonlyArray<string>,
  outcome: FileOutcome,
  take: Take
): Promise<void> => {
  const [counts] = await session.rows(
    `SELECT count(CASE WHEN ok THEN 1 END) AS ok FROM read_parquet(${literal(stage)})`
  )
  const ok = toNumber(counts?.ok ?? null)
  outcome.counts.read += ok
  outcome.counts.decoded += ok
  const refused = await readerRejects(session)
  const pending: Array<{ record: number; unit: "line" | "row"; decoded: Decoded }> = []
  if (format === "jsonl") {
    // Lines DuckDB would not read (not UTF-8…): their bytes, read here, decoded as in-process.
    const skipped = refused.map((r) => r.line)
    const bytes = await readLinesAt(file, skipped)
    for (const line of skipped)
      pending.push({
        record: line,
        unit: "line",
        decoded: decodeJsonLineBytes(bytes.get(line) ?? Buffer.alloc(0), line)
      })
    await eachRow(session, `SELECT record, raw FROM read_parquet(${literal(stage)}) WHERE NOT ok`, (row) => {
      const line = lineNumber(toNumber(row.record ?? null), skipped)
      pending.push({ record: line, unit: "line", decoded: decodeJsonLine(toText(row.raw ?? null)) })
    })
  } else {
    for (const r of refused) pending.push({ record: r.line, unit: "line", decoded: csvRowReject(header, r) })
    await eachRow(
      session,
      `SELECT record, cells FROM read_parquet(${literal(stage)}) WHERE NOT ok`,
      (row) => {
        pending.push({
          record: toNumber(row.record ?? null),
          unit: "row",
          decoded: decodeCsvRow(header, listOf(row.cells ?? null))
        })
      }
    )
  }
  // In file order, as the in-process reader lists them.
  pending.sort((a, b) => a.record - b.record)
  for (const p of pending) take(p.record, p.unit, p.decoded)
}

const listOf = (value: DuckDBValue): Array<string | null> => {
  const items = (value as { items?: ReadonlyArray<DuckDBValue> } | null)?.items ?? []
  return items.map((item) => (item === null ? null : String(item)))
}

// A Parquet file: its schema, the rows the SQL is unsure of (decoded here; their numbers kept in
// a temporary table, left out of the relation, their events rescued), and its relation.
const checkParquet = async (
  session: Session,
  file: string,
  index: number,
  outcome: FileOutcome,
  take: Take,
  recheck: boolean
): Promise<string> => {
  const schema: ParquetSchema = (
    await session.rows(`DESCRIBE SELECT * FROM read_parquet(${literal(file)})`)
  ).map((r) => ({ name: toText(r.column_name ?? null), type: toText(r.column_type ?? null) }))
  if (!recheck && (await isChecked(session, file, schema))) {
    const [counts] = await session.rows(`SELECT count(*) AS n FROM read_parquet(${literal(file)})`)
    const n = toNumber(counts?.n ?? null)
    outcome.counts.read += n
    outcome.counts.decoded += n
    return `SELECT ${selectColumns} FROM read_parquet(${literal(file)})`
  }
  const unsure = `unsure_${index}`
  await session.run(
    `CREATE TEMP TABLE ${unsure} AS SELECT row FROM (${parquetScan(file, schema, true)}) WHERE NOT ok`
  )
  const [counts] = await session.rows(
    `SELECT (SELECT count(*) FROM read_parquet(${literal(file)})) AS read, (SELECT count(*) FROM ${unsure}) AS unsure`
  )
  const good = toNumber(counts?.read ?? null) - toNumber(counts?.unsure ?? null)
  outcome.counts.read += good
  outcome.counts.decoded += good
  const names = schema.map((s) => quote(s.name)).join(", ")
  await eachRow(
    session,
    `SELECT row, ${names} FROM (SELECT file_row_number + 1 AS row, ${names} FROM read_parquet(${literal(file)}, file_row_number = true)) WHERE row IN (SELECT row FROM ${unsure}) ORDER BY row`,
    (row) => {
      const { row: number, ...values } = row
      take(toNumber(number ?? null), "row", decodeParquetRow(values))
    }
  )
  const scan = parquetScan(file, schema, false)
  return toNumber(counts?.unsure ?? null) === 0
    ? `SELECT ${selectColumns} FROM (${scan})`
    : `SELECT ${selectColumns} FROM (${scan}) WHERE row NOT IN (SELECT row FROM ${unsure})`
}

// The mark of a Parquet file whose every row was checked when it was written (by
// `writeParquet` or `convert`), with the layout's version: such a file is not checked again.
const checkedKey = "gip-sante"
const checkedValue = "events/1: every row checked"

const isChecked = async (session: Session, file: string, schema: ParquetSchema): Promise<boolean> => {
  const layout =
    schema.length === columns.length &&
    columns.every((c, i) => schema[i]?.name === c.name && schema[i]?.type === c.sqlType)
  if (!layout) return false
  const marks = await session.rows(
    `SELECT value::VARCHAR AS v FROM parquet_kv_metadata(${literal(file)}) WHERE key::VARCHAR = ${literal(checkedKey)}`
  )
  return marks.length === 1 && toText(marks[0]?.v ?? null) === checkedValue
}

// -----------------------------------------------------------------------------
// KPIs
// -----------------------------------------------------------------------------

const keyed = (rows: ReadonlyArray<Record<string, DuckDBValue>>): Map<string, number> =>
  new Map(rows.map((r) => [toText(r.k ?? null), toNumber(r.n ?? null)]))

const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole)

type Rows = ReadonlyArray<Record<string, DuckDBValue>>

// Runs the queries over `events`: those of the same shape (type and key) as one query, their
// aggregates side by side, so that the events are read once for them all. Rows by query name.
const runQueries = async (
  session: Session,
  queries: ReadonlyArray<KpiSql.KpiQuery>
): Promise<Map<string, Rows>> => {
  const out = new Map<string, Rows>()
  const groups = new Map<string, Array<KpiSql.KpiQuery>>()
  for (const q of queries) {
    if (q.shape === undefined) out.set(q.name, await session.rows(q.sql))
    else {
      const shape = `${q.shape.type}\u0000${q.shape.key ?? ""}`
      groups.set(shape, [...(groups.get(shape) ?? []), q])
    }
  }
  for (const group of groups.values()) {
    const first = group[0] as KpiSql.KpiQuery
    if (group.length === 1 || first.shape === undefined) {
      out.set(first.name, await session.rows(first.sql))
      continue
    }
    const { type, key } = first.shape
    const columns = group.flatMap((q, i) =>
      (q.shape?.aggregates ?? []).map(([alias, sql]) => `${sql} AS ${quote(`q${i}_${alias}`)}`)
    )
    const rows = await session.rows(
      `SELECT ${key === undefined ? "" : `${key} AS k, `}${columns.join(", ")} FROM events WHERE ${quote("type")} = ${literal(type)}${key === undefined ? "" : ` GROUP BY ${key}`}`
    )
    group.forEach((q, i) => {
      out.set(
        q.name,
        rows.map((row) => {
          const own: Record<string, DuckDBValue> = key === undefined ? {} : { k: row.k ?? null }
          for (const [alias] of q.shape?.aggregates ?? []) own[alias] = row[`q${i}_${alias}`] ?? null
          return own
        })
      )
    })
  }
  return out
}

// Runs each KPI's query over `events` and reads its state with the fold's own `result`.
const computeKpis = async (session: Session, options: Options): Promise<Kpi.ProgrammeKpis> => {
  const exact = (options.patients?.mode ?? "exact") === "exact"
  const results = await runQueries(session, [
    ...KpiSql.queries.filter((q) => q !== KpiSql.patients),
    exact ? KpiSql.patients : KpiSql.patientsApproximate
  ])
  const rows = async (q: KpiSql.KpiQuery): Promise<Rows> => results.get(q.name) ?? []
  const one = async (q: KpiSql.KpiQuery): Promise<Record<string, DuckDBValue>> => (await rows(q))[0] ?? {}
  const n = (row: Record<string, DuckDBValue>, name: string): number => toNumber(row[name] ?? null)

  const byCentre = Kpi.consultationsByCentre.result(keyed(await rows(KpiSql.consultationsByCentre)))
  const bySite = Kpi.consultationsBySite.result(keyed(await rows(KpiSql.consultationsBySite)))
  const byMonth = Kpi.consultationsByMonth.result(keyed(await rows(KpiSql.consultationsByMonth)))
  const byClinician = Kpi.consultationsByClinician.result(keyed(await rows(KpiSql.consultationsByClinician)))
  const time = Kpi.consultingTimeByClinician.result(
    new Map(
      (await rows(KpiSql.consultingTimeByClinician)).map((r) => [
        toText(r.k ?? null),
        { consultations: n(r, "consultations"), minutes: n(r, "minutes") }
      ])
    )
  )
  const aged = await one(KpiSql.consultationsAged65Plus)
  const unscheduled = await one(KpiSql.unscheduledCare)
  const patientRow = await one(exact ? KpiSql.patients : KpiSql.patientsApproximate)
  const unique = n(patientRow, "uniquePatients")
  // The two estimates err independently; capped as the fold caps them.
  const senior = exact
    ? n(patientRow, "patientsAged65Plus")
    : Math.min(unique, n(patientRow, "patientsAged65Plus"))
  const regular = await one(KpiSql.regularDoctor)
  const slotRow = await one(KpiSql.slots)
  const staffLatest = new Map<string, Kpi.StaffMovement>(
    (await rows(KpiSql.staffLatest)).map((r) => [
      toText(r.k ?? null),
      {
        date: toText(r.date ?? null),
        rank: n(r, "rank") === 0 ? 0 : 1,
        profession: toText(r.profession ?? null),
        weeklyHours: n(r, "weeklyHours")
      }
    ])
  )
  const departures = keyed(await rows(KpiSql.departuresByReason))
  const consultationTotal = n(aged, "total")
  return {
    consultations: {
      total: consultationTotal,
      byCentre,
      bySite,
      byMonth,
      byClinician,
      consultingTimeByClinician: time,
      aged65Plus: Kpi.consultationsAged65Plus.result({ total: consultationTotal, senior: n(aged, "senior") }),
      unscheduledCare: Kpi.unscheduledCare.result({
        total: n(unscheduled, "total"),
        unscheduled: n(unscheduled, "unscheduled")
      })
    },
    patients: {
      uniquePatients: unique,
      patientsAged65Plus: senior,
      patientShare65Plus: share(senior, unique),
      exact
    },
    regularDoctor: {
      regularDoctorPatients: n(regular, "regularDoctorPatients"),
      regainedRegularDoctor: n(regular, "regainedRegularDoctor")
    },
    homeVisits: Kpi.homeVisits.result({ count: n(await one(KpiSql.homeVisits), "count") }),
    slots: Kpi.slots.result({ offered: n(slotRow, "offered"), unused: n(slotRow, "unused") }),
    pdsaShifts: Kpi.pdsaShifts.result(keyed(await rows(KpiSql.pdsaShifts))),
    staff: Kpi.staff(options.fullTimeWeeklyHours).result({
      latest: staffLatest,
      departuresByReason: departures
    })
  }
}

// Opens DuckDB and a staging directory for one run, and closes both whatever happens.
const withSession = async <A>(
  options: EngineSettings,
  f: (session: Session, stage: string) => Promise<A>
): Promise<A> => {
  const stage = await mkdtemp(join(options.tempDirectory ?? tmpdir(), "gip-sante-duckdb-"))
  const session = await openSession(options)
  try {
    return await f(session, stage)
  } finally {
    session.close()
    await rm(stage, { recursive: true, force: true })
  }
}

// The relation of every valid event of the files read, rescued events included.
const eventsView = (checked: Checked, name = "events"): string => {
  const parts = [...checked.relations]
  if (checked.rescued > 0) parts.push(`SELECT ${selectColumns} FROM rescued`)
  if (parts.length === 0) parts.push(`SELECT ${selectColumns} FROM rescued`)
  return `CREATE TEMP VIEW ${name} AS ${parts.join(" UNION ALL ")}`
}

// Finds the files of the inputs, reads and checks them.
const readInputs = async (
  session: Session,
  inputs: ReadonlyArray<string>,
  stage: string,
  options: { readonly keepRejects?: number; readonly recheck?: boolean }
): Promise<Checked> =>
  readAndCheck(
    session,
    await expand(session, inputs),
    stage,
    options.keepRejects ?? 20,
    options.recheck === true
  )

/**
 * Computes the programme KPIs from event files with DuckDB: the same `ProgrammeKpis` as
 * `Kpi.fold(Kpi.programmeKpis(options), events)` over the events of the files, and each file's
 * outcome. Inputs are files, directories (their `.jsonl`, `.ndjson`, `.csv` and `.parquet`
 * files) or globs. A file that cannot be read comes back with its `error` (the KPIs are those of
 * the other files). Rejects only if DuckDB cannot be loaded or fails outside a file.
 *
 * @example
 * ```ts
 * import { Engine } from "@gip-sante/duckdb"
 *
 * const { kpis, outcomes } = await Engine.programmeKpis(["log.parquet"], { fullTimeWeeklyHours: 35 })
 * ```
 *
 * @since 0.1.0
 * @category KPIs
 */
export const programmeKpis = (inputs: ReadonlyArray<string>, options: Options): Promise<Run> => {
  Kpi.staff(options.fullTimeWeeklyHours) // checks the hours up front, as the fold does
  return withSession(options, async (session, stage) => {
    const checked = await readInputs(session, inputs, stage, options)
    await session.run(eventsView(checked))
    return { kpis: await computeKpis(session, options), outcomes: checked.outcomes }
  })
}

/**
 * Converts event files (JSON Lines, CSV, or Parquet) into one Parquet file with the columns of
 * {@link EventTable}, every row checked on the way: valid events are written, rejects listed in
 * the outcomes, exactly as {@link programmeKpis} reads them. The file is written only once
 * every input was read (nothing is written if one cannot be); rows come in file order, rows
 * decoded in JavaScript (escapes, non-ASCII text) after the others.
 *
 * @example
 * ```ts
 * import { Engine } from "@gip-sante/duckdb"
 *
 * const { written } = await Engine.convert(["events.jsonl"], "events.parquet")
 * ```
 *
 * @since 0.1.0
 * @category conversion
 */
export const convert = (
  inputs: ReadonlyArray<string>,
  output: string,
  options: EngineSettings & { readonly keepRejects?: number; readonly recheck?: boolean } = {}
): Promise<{ readonly written: number; readonly outcomes: ReadonlyArray<FileOutcome> }> =>
  withSession(options, async (session, stage) => {
    const checked = await readInputs(session, inputs, stage, options)
    if (checked.outcomes.some((o) => o.error !== undefined)) return { written: 0, outcomes: checked.outcomes }
    await session.run(eventsView(checked))
    await session.run(copyChecked("events", output))
    const written = checked.outcomes.reduce((total, o) => total + o.counts.decoded, 0)
    return { written, outcomes: checked.outcomes }
  })

// -----------------------------------------------------------------------------
// writing
// -----------------------------------------------------------------------------

// Events appended to DuckDB, then written out, per part: memory holds one part, never the log.
const partRows = 500_000

// Writes the rows of `source` (a SQL relation with the event table's columns) to `output`, with
// the mark that every row was checked.
const copyChecked = (source: string, output: string, rowGroupSize = 122_880): string =>
  `COPY (SELECT ${selectColumns} FROM ${source}) TO ${literal(output)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${rowGroupSize}, KV_METADATA {${literal(checkedKey)}: ${literal(checkedValue)}})`

/**
 * Writes events to a Parquet file with the columns of {@link EventTable}, in parts of 500,000
 * events (appended to DuckDB, checked against the schema in SQL, sorted by type and written to a
 * temporary part), then gathered into one file: memory holds a part, never the log. Within each
 * part the rows are sorted by type, so that most row groups hold one type and a KPI query skips
 * the row groups of other types. The file is marked as
 * checked, so that {@link programmeKpis} does not check its rows again. Throws a `RangeError`,
 * writing nothing, if an event is not valid (events are meant to come from `Events.decode` or a
 * simulation). Resolves to the number of events written.
 *
 * @example
 * ```ts
 * import { Engine } from "@gip-sante/duckdb"
 * import type { Events } from "@gip-sante/core"
 *
 * declare const events: Iterable<Events.Event>
 * const written = await Engine.writeParquet(events, "log.parquet")
 * ```
 *
 * @since 0.1.0
 * @category conversion
 */
export const writeParquet = (
  events: Iterable<Events.Event>,
  output: string,
  options: EngineSettings & { readonly rowGroupSize?: number } = {}
): Promise<number> =>
  withSession(options, async (session, stage) => {
    await session.run(createTable("part").replace("CREATE TABLE", "CREATE TEMP TABLE"))
    const parts: Array<string> = []
    let written = 0
    let inPart = 0
    let appender = await session.connection.createAppender("part")
    const flush = async (): Promise<void> => {
      appender.flushSync()
      appender.closeSync()
      const [bad] = await session.rows(`SELECT count(*) AS n FROM part WHERE NOT (${validEvent})`)
      if (toNumber(bad?.n ?? null) > 0)
        throw new RangeError(
          `Engine.writeParquet: ${toNumber(bad?.n ?? null)} of the events are not valid events (decode them with Events.decode first)`
        )
      const part = join(stage, `part-${parts.length}.parquet`)
      // Sorted by type, so that the file's row groups hold one type each, mostly: a KPI query
      // filtering on the type then skips the others' row groups by their statistics.
      await session.run(
        `COPY (SELECT * FROM part ORDER BY ${quote("type")}) TO ${literal(part)} (FORMAT parquet, COMPRESSION zstd)`
      )
      // Dropped rather than emptied: DuckDB gives a dropped table's memory back.
      await session.run(
        `DROP TABLE part; ${createTable("part").replace("CREATE TABLE", "CREATE TEMP TABLE")}`
      )
      parts.push(part)
      inPart = 0
      appender = await session.connection.createAppender("part")
    }
    for (const event of events) {
      appendEvent(appender, event)
      written++
      if (++inPart >= partRows) await flush()
    }
    if (inPart > 0 || parts.length === 0) await flush()
    appender.closeSync()
    // Gathered by one thread: in order, the parts streamed through (with several threads, DuckDB
    // holds the rows of the parts read ahead to keep them in order: 2 GB for 20 million events).
    await session.run("SET threads = 1")
    await session.run(
      copyChecked(`read_parquet([${parts.map(literal).join(", ")}])`, output, options.rowGroupSize)
    )
    return written
  })

/**
 * What a report needs from an event log over a window (the shape of `Report.Totals` in
 * `@gip-sante/report`): the programme KPIs of the events within the window, the KPIs of the
 * window's events up to each snapshot date (inclusive), and counts beside them: events within
 * and outside the window, by type, complex consultations, home visits by month (`YYYY-MM`),
 * each centre opened with its name (its latest opening's), the dates of openings, and hires
 * with their profession.
 *
 * @example
 * ```ts
 * import type { Engine } from "@gip-sante/duckdb"
 *
 * const seen = (t: Engine.WindowTotals) => t.events + t.outsideWindow
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface WindowTotals {
  readonly kpis: Kpi.ProgrammeKpis
  readonly snapshots: ReadonlyMap<string, Kpi.ProgrammeKpis>
  readonly events: number
  readonly outsideWindow: number
  readonly complexConsultations: number
  readonly homeVisitsByMonth: ReadonlyMap<string, number>
  readonly centreNames: ReadonlyMap<string, string>
  readonly openings: ReadonlyArray<string>
  readonly hires: ReadonlyArray<readonly [date: string, profession: string]>
  readonly byType: Readonly<Record<string, number>>
}

/**
 * Options of {@link windowTotals}: those of {@link programmeKpis}, the window (first and last
 * days, `YYYY-MM-DD`) and the dates to take snapshots of the KPIs on.
 *
 * @example
 * ```ts
 * import type { Engine } from "@gip-sante/duckdb"
 *
 * const options: Engine.WindowOptions = {
 *   fullTimeWeeklyHours: 35,
 *   window: { from: "2022-07-01", to: "2024-12-31" },
 *   snapshotDates: ["2023-12-31"]
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface WindowOptions extends Options {
  readonly window: { readonly from: string; readonly to: string }
  readonly snapshotDates: ReadonlyArray<string>
}

const dated = (from: string, to: string): string =>
  `${quote("date")} >= ${literal(from)} AND ${quote("date")} <= ${literal(to)}`

/**
 * Computes with DuckDB what a report needs from event files over a window ({@link WindowTotals}),
 * each file read and checked once as by {@link programmeKpis}; the KPIs are computed once for
 * the window and once per snapshot date. Equal to what `Report.folder` of `@gip-sante/report`
 * folds from the same events.
 *
 * @example
 * ```ts
 * import { Engine } from "@gip-sante/duckdb"
 *
 * const { totals } = await Engine.windowTotals(["log.parquet"], {
 *   fullTimeWeeklyHours: 35,
 *   window: { from: "2022-07-01", to: "2024-12-31" },
 *   snapshotDates: ["2023-12-31"]
 * })
 * ```
 *
 * @since 0.1.0
 * @category KPIs
 */
export const windowTotals = (
  inputs: ReadonlyArray<string>,
  options: WindowOptions
): Promise<{ readonly totals: WindowTotals; readonly outcomes: ReadonlyArray<FileOutcome> }> => {
  Kpi.staff(options.fullTimeWeeklyHours)
  const { from, to } = options.window
  return withSession(options, async (session, stage) => {
    const checked = await readInputs(session, inputs, stage, options)
    await session.run(eventsView(checked, "all_events"))
    // computeKpis reads `events`: the window's first, then each snapshot's part of it.
    const kpisOf = async (last: string): Promise<Kpi.ProgrammeKpis> => {
      await session.run(
        `CREATE OR REPLACE TEMP VIEW events AS SELECT * FROM all_events WHERE ${dated(from, last)}`
      )
      return computeKpis(session, options)
    }
    const snapshots = new Map<string, Kpi.ProgrammeKpis>()
    for (const date of [...new Set(options.snapshotDates)].sort()) snapshots.set(date, await kpisOf(date))
    const kpis = await kpisOf(to)
    const inWindow = `FROM events WHERE ${quote("type")} =`
    const [counts] = await session.rows(
      `SELECT count(*) FILTER (WHERE ${dated(from, to)}) AS inside, count(*) FILTER (WHERE NOT (${dated(from, to)})) AS outside FROM all_events`
    )
    const [complex] = await session.rows(
      `SELECT count(*) AS n ${inWindow} 'consultation' AND ${quote("complex")}`
    )
    const byType = Object.fromEntries(
      (
        await session.rows(`SELECT ${quote("type")} AS k, count(*) AS n FROM events GROUP BY 1 ORDER BY 1`)
      ).map((r) => [toText(r.k ?? null), toNumber(r.n ?? null)])
    )
    const homeVisits = await session.rows(
      `SELECT substring(${quote("date")}, 1, 7) AS k, count(*) AS n ${inWindow} 'homeVisit' GROUP BY 1 ORDER BY 1`
    )
    const opened = await session.rows(
      `SELECT ${quote("centreId")} AS k, ${quote("name")} AS name, ${quote("date")} AS date ${inWindow} 'centreOpened' ORDER BY ${quote("date")}`
    )
    const hired = await session.rows(
      `SELECT ${quote("date")} AS date, ${quote("profession")} AS p ${inWindow} 'staffHired' ORDER BY ${quote("date")}`
    )
    return {
      outcomes: checked.outcomes,
      totals: {
        kpis,
        snapshots,
        events: toNumber(counts?.inside ?? null),
        outsideWindow: toNumber(counts?.outside ?? null),
        complexConsultations: toNumber(complex?.n ?? null),
        homeVisitsByMonth: new Map(homeVisits.map((r) => [toText(r.k ?? null), toNumber(r.n ?? null)])),
        centreNames: new Map(opened.map((r) => [toText(r.k ?? null), toText(r.name ?? null)])),
        openings: opened.map((r) => toText(r.date ?? null)),
        hires: hired.map((r) => [toText(r.date ?? null), toText(r.p ?? null)] as const),
        byType
      }
    }
  })
}

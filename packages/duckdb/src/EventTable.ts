/**
 * The event log as one SQL table: a column per event field (the union of the fields of every
 * event type, named as in the JSON), the type of each column, which event types use it, and
 * the SQL predicate that says a row is a valid event, mirroring `Events.EventSchema`.
 *
 * The layout is the contract between the files and the KPI queries of {@link KpiSql}: Parquet
 * files written by this package have exactly these columns, and JSON Lines and CSV files are
 * read into them with every column named (no type sampling, so a field that first appears late
 * in a file, such as a departure's `reason`, is never missed).
 *
 * @example
 * ```ts
 * import { EventTable } from "@gip-sante/duckdb"
 *
 * EventTable.columns.map((c) => c.name) // ["type", "date", "centreId", …]
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Events } from "@gip-sante/core"

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * The kind of value a column holds: text, a number (integer or not, as the schema says) or a
 * boolean. Their SQL types are `VARCHAR`, `DOUBLE` or `INTEGER`, and `BOOLEAN`.
 *
 * @example
 * ```ts
 * import type { EventTable } from "@gip-sante/duckdb"
 *
 * const kind: EventTable.ColumnKind = "text"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type ColumnKind = "text" | "integer" | "number" | "boolean"

/**
 * A column of the event table: its name (the event field), the kind of value and its SQL type,
 * and the event types that have the field (`optional` for those where it may be absent).
 *
 * @example
 * ```ts
 * import type { EventTable } from "@gip-sante/duckdb"
 *
 * const describe = (c: EventTable.Column) => `${c.name} ${c.sqlType}`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Column {
  readonly name: string
  readonly kind: ColumnKind
  readonly sqlType: "VARCHAR" | "INTEGER" | "DOUBLE" | "BOOLEAN"
  readonly types: ReadonlyArray<Events.Event["type"]>
  readonly optional: ReadonlyArray<Events.Event["type"]>
}

const sqlTypes = { text: "VARCHAR", integer: "INTEGER", number: "DOUBLE", boolean: "BOOLEAN" } as const

const column = (
  name: string,
  kind: ColumnKind,
  types: ReadonlyArray<Events.Event["type"]>,
  optional: ReadonlyArray<Events.Event["type"]> = []
): Column => ({ name, kind, sqlType: sqlTypes[kind], types, optional })

const all: ReadonlyArray<Events.Event["type"]> = Events.eventTypes
const care: ReadonlyArray<Events.Event["type"]> = [
  "consultation",
  "homeVisit",
  "pdsaShift",
  "slot",
  "regularDoctorDeclared",
  "regularDoctorEnded"
]
const patient: ReadonlyArray<Events.Event["type"]> = [
  "consultation",
  "homeVisit",
  "regularDoctorDeclared",
  "regularDoctorEnded"
]

/**
 * The columns of the event table, in the order of the Parquet files this package writes.
 *
 * @example
 * ```ts
 * import { EventTable } from "@gip-sante/duckdb"
 *
 * EventTable.columns.find((c) => c.name === "durationMinutes")?.sqlType // "INTEGER"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export const columns: ReadonlyArray<Column> = [
  column("type", "text", all),
  column("date", "text", all),
  column("centreId", "text", all),
  column("siteId", "text", ["consultation"]),
  column("clinicianId", "text", care),
  column("patientId", "text", patient),
  column("ageBand", "text", ["consultation"]),
  column("complex", "boolean", ["consultation"]),
  column("scheduling", "text", ["consultation"]),
  column("mode", "text", ["consultation"]),
  column("durationMinutes", "integer", ["consultation"]),
  column("kind", "text", ["pdsaShift"]),
  column("status", "text", ["slot"]),
  column("reservedForUnscheduled", "boolean", ["slot"]),
  column("hadRegularDoctor", "boolean", ["regularDoctorDeclared"]),
  column("staffId", "text", ["staffHired", "staffLeft"]),
  column("profession", "text", ["staffHired"]),
  column("weeklyHours", "number", ["staffHired"]),
  column("reason", "text", ["staffLeft"], ["staffLeft"]),
  column("name", "text", ["centreOpened"]),
  column("sites", "integer", ["centreOpened"])
]

/**
 * The column names, in order.
 *
 * @example
 * ```ts
 * import { EventTable } from "@gip-sante/duckdb"
 *
 * EventTable.columnNames.includes("patientId") // true
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export const columnNames: ReadonlyArray<string> = columns.map((c) => c.name)

/**
 * The fields of each event type, required first, then the optional ones (a departure's `reason`).
 *
 * @example
 * ```ts
 * import { EventTable } from "@gip-sante/duckdb"
 *
 * EventTable.fieldsOf("homeVisit") // ["type", "date", "centreId", "clinicianId", "patientId"]
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export const fieldsOf = (type: Events.Event["type"]): ReadonlyArray<string> => [
  ...columns.filter((c) => c.types.includes(type) && !c.optional.includes(type)).map((c) => c.name),
  ...columns.filter((c) => c.optional.includes(type)).map((c) => c.name)
]

// -----------------------------------------------------------------------------
// SQL
// -----------------------------------------------------------------------------

/**
 * Quotes an identifier for SQL (`"centreId"`): column names keep their case.
 *
 * @example
 * ```ts
 * import { EventTable } from "@gip-sante/duckdb"
 *
 * EventTable.quote("centreId") // '"centreId"'
 * ```
 *
 * @since 0.1.0
 * @category SQL
 */
export const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`

/**
 * A SQL string literal (`'it''s'`).
 *
 * @example
 * ```ts
 * import { EventTable } from "@gip-sante/duckdb"
 *
 * EventTable.literal("it's") // "'it''s'"
 * ```
 *
 * @since 0.1.0
 * @category SQL
 */
export const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`

/**
 * `CREATE TABLE <name> (…)` with the event table's columns.
 *
 * @example
 * ```ts
 * import { EventTable } from "@gip-sante/duckdb"
 *
 * EventTable.createTable("events") // 'CREATE TABLE events ("type" VARCHAR, "date" VARCHAR, …)'
 * ```
 *
 * @since 0.1.0
 * @category SQL
 */
export const createTable = (name: string): string =>
  `CREATE TABLE ${name} (${columns.map((c) => `${quote(c.name)} ${c.sqlType}`).join(", ")})`

const inList = (values: ReadonlyArray<string>): string => `(${values.map(literal).join(", ")})`

// The literals of `Events` schemas. Kept as data beside the predicate that uses them; the
// differential test (every literal, and values just outside) proves them equal to the schemas.
const literals: Readonly<Record<string, ReadonlyArray<string>>> = {
  ageBand: ["0-17", "18-39", "40-64", "65-79", "80+"],
  scheduling: ["scheduled", "unscheduled"],
  mode: ["inPerson", "tele"],
  kind: ["weekdayEvening", "night", "saturdayAfternoon", "sundayOrHoliday"],
  status: ["booked", "unused"],
  reason: ["resignation", "retirement", "endOfContract", "selfEmployed", "other"]
}

// The check of one field's value (the column is known not to be null), as the schema has it.
const valueCheck = (c: Column): string => {
  const q = quote(c.name)
  switch (c.name) {
    case "type":
      return `${q} IN ${inList(all)}`
    case "date":
      // "YYYY-MM-DD", years 0001 to 9999, a day that exists in the proleptic Gregorian calendar.
      return `(regexp_full_match(${q}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') AND ${q} >= '0001' AND TRY_CAST(${q} AS DATE) IS NOT NULL)`
    case "durationMinutes":
      return `(${q} = floor(${q}) AND ${q} BETWEEN 1 AND 240)`
    case "sites":
      return `(${q} = floor(${q}) AND ${q} BETWEEN 1 AND 50)`
    case "weeklyHours":
      return `(${q} BETWEEN 0.5 AND 48)`
    case "profession":
      return `regexp_full_match(${q}, '[a-z][a-zA-Z0-9]*')`
    default: {
      const values = literals[c.name]
      if (values !== undefined) return `${q} IN ${inList(values)}`
      // Ids and names: non-empty strings.
      return c.kind === "text" ? `${q} <> ''` : "TRUE"
    }
  }
}

/**
 * The SQL predicate that holds when a row of the event table is a valid event, as
 * `Events.decode` would decode it: the `type` is an event type, every field of that type is
 * present and valid, and the other columns are empty (an excess field is an error). Integer
 * fields must hold whole numbers whatever the column's type (`durationMinutes` 20.5 is rejected
 * by the schema, so a reader may give them as DOUBLE).
 *
 * Evaluated on the typed columns; how a row of a file becomes typed columns (and which rows
 * cannot) is the reader's business.
 *
 * @example
 * ```ts
 * import { EventTable } from "@gip-sante/duckdb"
 *
 * const sql = `SELECT count(*) FROM events WHERE NOT (${EventTable.validEvent})`
 * ```
 *
 * @since 0.1.0
 * @category SQL
 */
export const validEvent: string = (() => {
  const byType = all.map((type) => {
    const checks = columns.map((c) => {
      const q = quote(c.name)
      if (!c.types.includes(type)) return `${q} IS NULL`
      const check = valueCheck(c)
      return c.optional.includes(type) ? `(${q} IS NULL OR ${check})` : `(${q} IS NOT NULL AND ${check})`
    })
    return `WHEN ${literal(type)} THEN ${checks.join(" AND ")}`
  })
  // A CASE on the type evaluates the checks of each row's own type only.
  return `coalesce(CASE ${quote("type")} ${byType.join(" ")} ELSE FALSE END, FALSE)`
})()

/**
 * The SQL predicate that holds when a row is a senior patient's consultation (age band 65-79 or
 * 80+), as the KPIs count them.
 *
 * @example
 * ```ts
 * import { EventTable } from "@gip-sante/duckdb"
 *
 * EventTable.senior // `"ageBand" IN ('65-79', '80+')`
 * ```
 *
 * @since 0.1.0
 * @category SQL
 */
export const senior: string = `${quote("ageBand")} IN ('65-79', '80+')`

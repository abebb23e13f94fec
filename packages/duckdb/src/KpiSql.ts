/**
 * The programme KPIs of `Kpi.programmeKpis` as SQL: one query per KPI, named after the fold it
 * must equal, over a relation `events` with the columns of {@link EventTable} holding valid
 * events only. Each query computes the fold's **state** (counts by key, sums, the latest
 * movement per staff member…); the fold's own `result` then reads it, so the derived figures
 * (shares, rates, FTEs, sorted keys) are computed by the same code on both engines. A
 * differential property test proves each query equal to its fold, field by field.
 *
 * The SQL is close to the standard: `GROUP BY`, `count`, `sum`, `CASE`, `substring`,
 * `ROW_NUMBER() OVER (…)`, `count(DISTINCT …)`. The one function outside it is
 * `approx_count_distinct` (approximate unique patients); docs/duckdb.md gives its Spark SQL and
 * Trino names.
 *
 * @example
 * ```ts
 * import { KpiSql } from "@gip-sante/duckdb"
 *
 * KpiSql.queries.map((q) => q.fold) // ["Kpi.consultationsByCentre", …]
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { quote, senior } from "./EventTable.js"

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * One KPI's query: its name, the fold of `@gip-sante/core` it must equal, and the SQL over
 * `events`. The columns it returns are the fold's state, as {@link KpiSql} reads them back.
 *
 * @example
 * ```ts
 * import type { KpiSql } from "@gip-sante/duckdb"
 *
 * const line = (q: KpiSql.KpiQuery) => `${q.name} (= ${q.fold})`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface KpiQuery {
  readonly name: string
  readonly fold: string
  readonly sql: string
  /**
   * For a query of the form `SELECT [key AS k,] aggregates FROM events WHERE type = … [GROUP
   * BY key]`, its parts: an engine may run queries of the same type and key as one (their
   * aggregates side by side), which reads the events once for them all.
   */
  readonly shape?: {
    readonly type: string
    readonly key?: string
    readonly aggregates: ReadonlyArray<readonly [alias: string, sql: string]>
  }
}

const c = quote

// A query that aggregates the events of one type, by a key or in all.
const aggregate = (
  name: string,
  fold: string,
  type: string,
  key: string | undefined,
  aggregates: ReadonlyArray<readonly [string, string]>
): KpiQuery => ({
  name,
  fold,
  sql: `SELECT ${key === undefined ? "" : `${key} AS k, `}${aggregates.map(([alias, sql]) => `${sql} AS ${c(alias)}`).join(", ")} FROM events WHERE ${c("type")} = '${type}'${key === undefined ? "" : ` GROUP BY ${key}`}`,
  shape: key === undefined ? { type, aggregates } : { type, key, aggregates }
})

// Consultations counted by one key: the state of the fold's `Map` from key to count.
const countBy = (name: string, key: string): KpiQuery =>
  aggregate(name, `Kpi.${name}`, "consultation", key, [["n", "count(*)"]])

// -----------------------------------------------------------------------------
// consultations
// -----------------------------------------------------------------------------

/**
 * Consultations by centre: `(k, n)` rows, the state of `Kpi.consultationsByCentre`.
 *
 * @example
 * ```ts
 * import { KpiSql } from "@gip-sante/duckdb"
 *
 * KpiSql.consultationsByCentre.sql // "SELECT \"centreId\" AS k, count(*) AS n FROM events …"
 * ```
 *
 * @since 0.1.0
 * @category consultations
 */
export const consultationsByCentre: KpiQuery = countBy("consultationsByCentre", c("centreId"))

/**
 * Consultations by site: `(k, n)` rows, the state of `Kpi.consultationsBySite`.
 *
 * @example
 * ```ts
 * import { KpiSql } from "@gip-sante/duckdb"
 *
 * KpiSql.consultationsBySite.fold // "Kpi.consultationsBySite"
 * ```
 *
 * @since 0.1.0
 * @category consultations
 */
export const consultationsBySite: KpiQuery = countBy("consultationsBySite", c("siteId"))

/**
 * Consultations by month (`"YYYY-MM"`, the first seven characters of the date): `(k, n)` rows,
 * which `Kpi.consultationsByMonth`'s `result` reads as it reads days (a month's first seven
 * characters are itself).
 *
 * @example
 * ```ts
 * import { KpiSql } from "@gip-sante/duckdb"
 *
 * KpiSql.consultationsByMonth.fold // "Kpi.consultationsByMonth"
 * ```
 *
 * @since 0.1.0
 * @category consultations
 */
export const consultationsByMonth: KpiQuery = countBy("consultationsByMonth", `substring(${c("date")}, 1, 7)`)

/**
 * Consultations by clinician: `(k, n)` rows, the state of `Kpi.consultationsByClinician`.
 *
 * @example
 * ```ts
 * import { KpiSql } from "@gip-sante/duckdb"
 *
 * KpiSql.consultationsByClinician.fold // "Kpi.consultationsByClinician"
 * ```
 *
 * @since 0.1.0
 * @category consultations
 */
export const consultationsByClinician: KpiQuery = countBy("consultationsByClinician", c("clinicianId"))

/**
 * Consultations and consulting minutes by clinician: `(k, consultations, minutes)` rows, the
 * state of `Kpi.consultingTimeByClinician` (its `result` computes consultations per hour).
 *
 * @example
 * ```ts
 * import { KpiSql } from "@gip-sante/duckdb"
 *
 * KpiSql.consultingTimeByClinician.fold // "Kpi.consultingTimeByClinician"
 * ```
 *
 * @since 0.1.0
 * @category consultations
 */
export const consultingTimeByClinician: KpiQuery = aggregate(
  "consultingTimeByClinician",
  "Kpi.consultingTimeByClinician",
  "consultation",
  c("clinicianId"),
  [
    ["consultations", "count(*)"],
    ["minutes", `sum(${c("durationMinutes")})`]
  ]
)

/**
 * Consultations, and those of patients aged 65 or more: one `(total, senior)` row, the state of
 * `Kpi.consultationsAged65Plus`.
 *
 * @example
 * ```ts
 * import { KpiSql } from "@gip-sante/duckdb"
 *
 * KpiSql.consultationsAged65Plus.fold // "Kpi.consultationsAged65Plus"
 * ```
 *
 * @since 0.1.0
 * @category consultations
 */
export const consultationsAged65Plus: KpiQuery = aggregate(
  "consultationsAged65Plus",
  "Kpi.consultationsAged65Plus",
  "consultation",
  undefined,
  [
    ["total", "count(*)"],
    ["senior", `count(CASE WHEN ${senior} THEN 1 END)`]
  ]
)

/**
 * Consultations, and those that were unscheduled care: one `(total, unscheduled)` row, the state
 * of `Kpi.unscheduledCare`.
 *
 * @example
 * ```ts
 * import { KpiSql } from "@gip-sante/duckdb"
 *
 * KpiSql.unscheduledCare.fold // "Kpi.unscheduledCare"
 * ```
 *
 * @since 0.1.0
 * @category consultations
 */
export const unscheduledCare: KpiQuery = aggregate(
  "unscheduledCare",
  "Kpi.unscheduledCare",
  "consultation",
  undefined,
  [
    ["total", "count(*)"],
    ["unscheduled", `count(CASE WHEN ${c("scheduling")} = 'unscheduled' THEN 1 END)`]
  ]
)

// -----------------------------------------------------------------------------
// patients
// -----------------------------------------------------------------------------

/**
 * Unique patients seen in consultation, and those seen at least once at 65 or more, counted
 * exactly: one `(uniquePatients, patientsAged65Plus)` row, equal to `Kpi.patients()` (exact
 * mode). Memory grows with the number of patients, as in the fold.
 *
 * @example
 * ```ts
 * import { KpiSql } from "@gip-sante/duckdb"
 *
 * KpiSql.patients.fold // "Kpi.patients"
 * ```
 *
 * @since 0.1.0
 * @category patients
 */
export const patients: KpiQuery = aggregate("patients", "Kpi.patients", "consultation", undefined, [
  ["uniquePatients", `count(DISTINCT ${c("patientId")})`],
  ["patientsAged65Plus", `count(DISTINCT CASE WHEN ${senior} THEN ${c("patientId")} END)`]
])

/**
 * The same, estimated with DuckDB's own HyperLogLog sketch (`approx_count_distinct`) in constant
 * memory: the counterpart of `Kpi.patients({ mode: "approximate" })`, with the error of
 * DuckDB's sketch, not of ours (docs/duckdb.md states it). The 65+ count is a second estimate,
 * capped at the first, as in the fold.
 *
 * @example
 * ```ts
 * import { KpiSql } from "@gip-sante/duckdb"
 *
 * KpiSql.patientsApproximate.sql.includes("approx_count_distinct") // true
 * ```
 *
 * @since 0.1.0
 * @category patients
 */
export const patientsApproximate: KpiQuery = aggregate(
  "patientsApproximate",
  "Kpi.patients({ mode: 'approximate' })",
  "consultation",
  undefined,
  [
    ["uniquePatients", `approx_count_distinct(${c("patientId")})`],
    ["patientsAged65Plus", `approx_count_distinct(CASE WHEN ${senior} THEN ${c("patientId")} END)`]
  ]
)

/**
 * Patients whose regular doctor is in the programme at the end of the events, and those who
 * regained one: one `(regularDoctorPatients, regainedRegularDoctor)` row, equal to
 * `Kpi.regularDoctor`. A patient's latest declaration event wins, "latest" being the greatest
 * date then rank (0 declared, 1 ended, so an end on the day of a declaration wins): dates are
 * `"YYYY-MM-DD"`, so the text `date || rank` orders as the pair does.
 *
 * @example
 * ```ts
 * import { KpiSql } from "@gip-sante/duckdb"
 *
 * KpiSql.regularDoctor.fold // "Kpi.regularDoctor"
 * ```
 *
 * @since 0.1.0
 * @category patients
 */
export const regularDoctor: KpiQuery = {
  name: "regularDoctor",
  fold: "Kpi.regularDoctor",
  sql: `SELECT count(CASE WHEN substring(latest, 11, 1) = '0' THEN 1 END) AS "regularDoctorPatients", count(CASE WHEN regained = 1 THEN 1 END) AS "regainedRegularDoctor"
FROM (
  SELECT max(${c("date")} || CASE ${c("type")} WHEN 'regularDoctorDeclared' THEN '0' ELSE '1' END) AS latest,
         max(CASE WHEN ${c("type")} = 'regularDoctorDeclared' AND NOT ${c("hadRegularDoctor")} THEN 1 ELSE 0 END) AS regained
  FROM events
  WHERE ${c("type")} IN ('regularDoctorDeclared', 'regularDoctorEnded')
  GROUP BY ${c("patientId")}
) AS by_patient`
}

// -----------------------------------------------------------------------------
// obligations
// -----------------------------------------------------------------------------

/**
 * Home visits: one `(count)` row, the state of `Kpi.homeVisits`.
 *
 * @example
 * ```ts
 * import { KpiSql } from "@gip-sante/duckdb"
 *
 * KpiSql.homeVisits.fold // "Kpi.homeVisits"
 * ```
 *
 * @since 0.1.0
 * @category obligations
 */
export const homeVisits: KpiQuery = aggregate("homeVisits", "Kpi.homeVisits", "homeVisit", undefined, [
  ["count", "count(*)"]
])

/**
 * Slots offered and left unused: one `(offered, unused)` row, the state of `Kpi.slots`.
 *
 * @example
 * ```ts
 * import { KpiSql } from "@gip-sante/duckdb"
 *
 * KpiSql.slots.fold // "Kpi.slots"
 * ```
 *
 * @since 0.1.0
 * @category obligations
 */
export const slots: KpiQuery = aggregate("slots", "Kpi.slots", "slot", undefined, [
  ["offered", "count(*)"],
  ["unused", `count(CASE WHEN ${c("status")} = 'unused' THEN 1 END)`]
])

/**
 * PDSA shifts by kind: `(k, n)` rows, the state of `Kpi.pdsaShifts`.
 *
 * @example
 * ```ts
 * import { KpiSql } from "@gip-sante/duckdb"
 *
 * KpiSql.pdsaShifts.fold // "Kpi.pdsaShifts"
 * ```
 *
 * @since 0.1.0
 * @category obligations
 */
export const pdsaShifts: KpiQuery = aggregate("pdsaShifts", "Kpi.pdsaShifts", "pdsaShift", c("kind"), [
  ["n", "count(*)"]
])

// -----------------------------------------------------------------------------
// staff
// -----------------------------------------------------------------------------

/**
 * Each staff member's latest movement: `(k, date, rank, profession, weeklyHours)` rows, the
 * `latest` part of `Kpi.staff`'s state. Movements are ordered as the fold orders them: date,
 * then rank (0 hired, 1 left, so a departure on the day of a hire wins), then profession, then
 * weekly hours; a departure has profession `''` and 0 hours. Dates and professions are ASCII
 * (the schema says so), so the engine's byte order is JavaScript's.
 *
 * @example
 * ```ts
 * import { KpiSql } from "@gip-sante/duckdb"
 *
 * KpiSql.staffLatest.fold // "Kpi.staff"
 * ```
 *
 * @since 0.1.0
 * @category staff
 */
export const staffLatest: KpiQuery = {
  name: "staffLatest",
  fold: "Kpi.staff",
  sql: `SELECT k, date, rank, profession, "weeklyHours"
FROM (
  SELECT k, date, rank, profession, "weeklyHours",
         ROW_NUMBER() OVER (PARTITION BY k ORDER BY date DESC, rank DESC, profession DESC, "weeklyHours" DESC) AS position
  FROM (
    SELECT ${c("staffId")} AS k, ${c("date")} AS date,
           CASE ${c("type")} WHEN 'staffHired' THEN 0 ELSE 1 END AS rank,
           coalesce(${c("profession")}, '') AS profession, coalesce(${c("weeklyHours")}, 0) AS "weeklyHours"
    FROM events
    WHERE ${c("type")} IN ('staffHired', 'staffLeft')
  ) AS movements
) AS ranked
WHERE position = 1`
}

/**
 * Departures by reason (`"unknown"` when none was given): `(k, n)` rows, the
 * `departuresByReason` part of `Kpi.staff`'s state.
 *
 * @example
 * ```ts
 * import { KpiSql } from "@gip-sante/duckdb"
 *
 * KpiSql.departuresByReason.fold // "Kpi.staff"
 * ```
 *
 * @since 0.1.0
 * @category staff
 */
export const departuresByReason: KpiQuery = aggregate(
  "departuresByReason",
  "Kpi.staff",
  "staffLeft",
  `coalesce(${c("reason")}, 'unknown')`,
  [["n", "count(*)"]]
)

// -----------------------------------------------------------------------------
// programme
// -----------------------------------------------------------------------------

/**
 * Every query of the programme KPIs, exact mode (with {@link patients}; the approximate mode
 * runs {@link patientsApproximate} instead).
 *
 * @example
 * ```ts
 * import { KpiSql } from "@gip-sante/duckdb"
 *
 * for (const q of KpiSql.queries) console.log(`-- ${q.name}: equals ${q.fold}\n${q.sql};`)
 * ```
 *
 * @since 0.1.0
 * @category programme
 */
export const queries: ReadonlyArray<KpiQuery> = [
  consultationsByCentre,
  consultationsBySite,
  consultationsByMonth,
  consultationsByClinician,
  consultingTimeByClinician,
  consultationsAged65Plus,
  unscheduledCare,
  patients,
  regularDoctor,
  homeVisits,
  slots,
  pdsaShifts,
  staffLatest,
  departuresByReason
]

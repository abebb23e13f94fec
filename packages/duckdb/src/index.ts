/**
 * `@gip-sante/duckdb`: the programme KPIs of `@gip-sante/core` computed by DuckDB over Parquet,
 * CSV and JSON Lines files, equal to the in-process fold (a differential property test proves
 * it), for event logs beyond what one process folds comfortably.
 *
 * - {@link EventTable}: the event log as one SQL table, and the validity predicate;
 * - {@link KpiSql}: each KPI's SQL, named after the fold it equals;
 * - {@link Engine}: running them with DuckDB over files, converting to Parquet.
 *
 * @example
 * ```ts
 * import { Engine } from "@gip-sante/duckdb"
 *
 * const { kpis } = await Engine.programmeKpis(["events.jsonl"], { fullTimeWeeklyHours: 35 })
 * kpis.consultations.total
 * ```
 *
 * @since 0.1.0
 * @module @gip-sante/duckdb
 */
export * as Engine from "./Engine.js"
export * as EventTable from "./EventTable.js"
export * as KpiSql from "./KpiSql.js"

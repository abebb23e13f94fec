/**
 * `gip-sante kpi --engine duckdb`: the programme KPIs computed by DuckDB (`@gip-sante/duckdb`)
 * instead of this process, from the same files (and Parquet ones), with the same result and
 * the same rejects. Internal to the package.
 *
 * @since 0.1.0
 * @module
 */
import type { Kpi } from "@gip-sante/core"
import { loadDuckDb } from "./duckdb-engine.js"
import type { FileOutcome } from "./events-file.js"
import type { KpiRun } from "./kpi.js"

/**
 * Options of {@link computeKpisWithDuckDb}: as the in-process engine's, with DuckDB's threads
 * (from `--workers`), how patients are counted and DuckDB's memory limit.
 *
 * @example
 * ```ts
 * import type { DuckDbKpiOptions } from "./kpi-duckdb.js" // internal to @gip-sante/cli
 *
 * const options: DuckDbKpiOptions = { threads: 2, fullTimeWeeklyHours: 35, keepRejects: 20, patients: { mode: "exact" } }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface DuckDbKpiOptions {
  readonly threads: number
  readonly fullTimeWeeklyHours: number
  readonly keepRejects: number
  readonly patients: Kpi.PatientCounting
  readonly memoryLimit?: string
}

/**
 * The KPIs from event files (JSON Lines, CSV, Parquet; directories and globs too), computed by
 * DuckDB, with each file's outcome as the in-process engine gives it. Rejects if DuckDB cannot
 * be loaded.
 *
 * @example
 * ```ts
 * import { computeKpisWithDuckDb } from "./kpi-duckdb.js" // internal to @gip-sante/cli
 *
 * const { kpis } = await computeKpisWithDuckDb(["log.parquet"], { threads: 2, fullTimeWeeklyHours: 35, keepRejects: 20, patients: { mode: "exact" } })
 * ```
 *
 * @since 0.1.0
 * @category commands
 */
export const computeKpisWithDuckDb = async (
  files: ReadonlyArray<string>,
  options: DuckDbKpiOptions
): Promise<KpiRun> => {
  const { Engine } = await loadDuckDb()
  const run = await Engine.programmeKpis(files, {
    fullTimeWeeklyHours: options.fullTimeWeeklyHours,
    patients: options.patients,
    keepRejects: options.keepRejects,
    threads: options.threads,
    ...(options.memoryLimit === undefined ? {} : { memoryLimit: options.memoryLimit })
  })
  return { kpis: run.kpis, outcomes: run.outcomes.map(toFileOutcome) }
}

/**
 * A file's outcome from the DuckDB engine in the command line's terms (a CSV or Parquet row
 * reject is listed as `file:row N: …`).
 *
 * @example
 * ```ts
 * import { toFileOutcome } from "./kpi-duckdb.js" // internal to @gip-sante/cli
 *
 * toFileOutcome({ file: "a.jsonl", format: "jsonl", counts: { read: 0, decoded: 0, rejected: 0 }, rejects: [] })
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export const toFileOutcome = (o: {
  readonly file: string
  readonly counts: { read: number; decoded: number; rejected: number }
  readonly rejects: ReadonlyArray<{
    readonly file: string
    readonly record: number
    readonly unit: "line" | "row"
    readonly issues: ReadonlyArray<{ readonly path: string; readonly message: string }>
  }>
  readonly error?: string
}): FileOutcome => {
  const rejects = o.rejects.map((r) =>
    r.unit === "row"
      ? { file: r.file, line: r.record, unit: "row" as const, issues: r.issues }
      : { file: r.file, line: r.record, issues: r.issues }
  )
  return o.error === undefined
    ? { file: o.file, counts: { ...o.counts }, rejects }
    : { file: o.file, counts: { ...o.counts }, rejects, error: o.error }
}

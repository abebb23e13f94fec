// A DuckDB database in memory for one run, with the settings of the run, and the few ways we
// talk to it. `@duckdb/node-api` (a native module) is imported here only, when a run starts, so
// that importing `@gip-sante/duckdb` for its SQL loads no native code.
import type { DuckDBConnection, DuckDBInstance, DuckDBValue } from "@duckdb/node-api"

export type NodeApi = typeof import("@duckdb/node-api")

/**
 * Settings of the DuckDB database a run opens.
 *
 * @example
 * ```ts
 * import type { Engine } from "@gip-sante/duckdb"
 *
 * const settings: Engine.EngineSettings = { threads: 2, memoryLimit: "600MB" }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface EngineSettings {
  /** Threads DuckDB may use (default: DuckDB's, the number of cores). */
  readonly threads?: number
  /** DuckDB's memory limit, e.g. `"600MB"`; beyond it, aggregations spill to `tempDirectory`. */
  readonly memoryLimit?: string
  /** Where DuckDB spills, and where text files are staged (default: the system's). */
  readonly tempDirectory?: string
}

export interface Session {
  readonly api: NodeApi
  readonly connection: DuckDBConnection
  readonly rows: (sql: string) => Promise<Array<Record<string, DuckDBValue>>>
  readonly run: (sql: string) => Promise<void>
  readonly close: () => void
}

let loaded: Promise<NodeApi> | undefined

/** Loads `@duckdb/node-api` once; a missing or unloadable module is reported in plain words. */
export const loadNodeApi = (): Promise<NodeApi> => {
  loaded ??= import("@duckdb/node-api").catch((error: unknown) => {
    loaded = undefined
    throw new Error(
      `DuckDB could not be loaded (${error instanceof Error ? error.message.split("\n")[0] : String(error)}): install @duckdb/node-api for this platform (npm install @duckdb/node-api)`
    )
  })
  return loaded
}

export const openSession = async (settings: EngineSettings): Promise<Session> => {
  const api = await loadNodeApi()
  const options: Record<string, string> = {}
  if (settings.threads !== undefined) options.threads = String(settings.threads)
  if (settings.memoryLimit !== undefined) options.memory_limit = settings.memoryLimit
  if (settings.tempDirectory !== undefined) options.temp_directory = settings.tempDirectory
  const instance: DuckDBInstance = await api.DuckDBInstance.create(":memory:", options)
  const connection = await instance.connect()
  return {
    api,
    connection,
    rows: async (sql) => (await connection.runAndReadAll(sql)).getRowObjects(),
    run: async (sql) => {
      await connection.run(sql)
    },
    close: () => {
      connection.closeSync()
      instance.closeSync()
    }
  }
}

/** A DuckDB integer (BIGINT, HUGEINT come as bigint) or double as a number; null as 0. */
export const toNumber = (value: DuckDBValue): number =>
  typeof value === "bigint" ? Number(value) : typeof value === "number" ? value : 0

/** A DuckDB value as text (null as ""). */
export const toText = (value: DuckDBValue): string => (value === null ? "" : String(value))

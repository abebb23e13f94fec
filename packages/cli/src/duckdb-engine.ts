// Loads the DuckDB engine (`@gip-sante/duckdb`, an optional dependency holding a native module)
// only when a command needs it: `kpi --engine duckdb`, `convert`, Parquet output of `simulate`.
// Internal to the package.
export type DuckDbPackage = typeof import("@gip-sante/duckdb")

let loading: Promise<DuckDbPackage> | undefined

export const loadDuckDb = (): Promise<DuckDbPackage> => {
  loading ??= import("@gip-sante/duckdb").catch((error: unknown) => {
    loading = undefined
    const code = (error as NodeJS.ErrnoException | undefined)?.code
    throw new Error(
      code === "ERR_MODULE_NOT_FOUND"
        ? "the DuckDB engine is not installed: npm install @gip-sante/duckdb (it brings DuckDB, about 60 MB, for this platform)"
        : `the DuckDB engine could not be loaded (${error instanceof Error ? error.message : String(error)})`
    )
  })
  return loading
}

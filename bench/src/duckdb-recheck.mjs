// One case of the DuckDB benchmark (bench/src/duckdb.ts) that the command line has no option
// for: the KPIs of Parquet files with every row checked again, although they are marked as
// checked when written. Run as its own process on the built engine:
// `node bench/src/duckdb-recheck.mjs <file…>` prints the KPIs as JSON.
import { Engine } from "@gip-sante/duckdb"

const run = await Engine.programmeKpis(process.argv.slice(2), { fullTimeWeeklyHours: 35, recheck: true })
process.stdout.write(`${JSON.stringify(run.kpis)}\n`)

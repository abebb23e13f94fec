/**
 * Runs only the DuckDB benchmark (issue 19):
 * `node --conditions=@gip-sante/source --import tsx src/duckdb-main.ts [--smoke]` from bench/,
 * after `pnpm build`.
 */
import { cpus } from "node:os"
import { runDuckDbBench } from "./duckdb.js"

console.log(
  `Node ${process.version} on ${process.platform}/${process.arch}, ${cpus().length} cores (${cpus()[0]?.model})\n`
)
runDuckDbBench(process.argv.includes("--smoke"))

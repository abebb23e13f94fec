import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"

// The CLI tests run the built binary, whose dist imports core, report and occitanie through their
// package exports, and the DuckDB engine (kept out of the bundle) likewise: build the five
// packages once, before any test file runs (files run in parallel, and two builds of the same dist
// folders at once would race).
export default function setup(): void {
  execFileSync(
    "pnpm",
    [
      "--filter",
      "@gip-sante/core",
      "--filter",
      "@gip-sante/report",
      "--filter",
      "@gip-sante/occitanie",
      "--filter",
      "@gip-sante/duckdb",
      "--filter",
      "@gip-sante/cli",
      "build"
    ],
    { cwd: fileURLToPath(new URL("../../../", import.meta.url)), stdio: "pipe", timeout: 180_000 }
  )
}

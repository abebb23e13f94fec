/**
 * Runs every example script in this folder and every snippet extracted from the guides, one
 * process each, and fails if any exits non-zero or prints nothing. `pnpm examples` type-checks them first.
 */
import { spawnSync } from "node:child_process"
import { readdirSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))
const scripts = [
  ...readdirSync(here).filter((f) => f.endsWith(".ts") && f !== "run-all.ts"),
  ...readdirSync(join(here, ".snippets")).map((f) => `.snippets/${f}`)
].sort()

let failed = 0
for (const script of scripts) {
  const result = spawnSync(
    process.execPath,
    ["--conditions=@gip-sante/source", "--import", "tsx", join(here, script)],
    {
      encoding: "utf8"
    }
  )
  const ok = result.status === 0 && result.stdout.trim().length > 0
  console.log(`${ok ? "ok  " : "FAIL"} ${script} (${result.stdout.split("\n").length} lines of output)`)
  if (!ok) {
    failed++
    console.log(result.stdout.slice(-2000))
    console.error(result.stderr.slice(-4000))
  }
}
console.log(`${scripts.length - failed} passed, ${failed} failed`)
if (failed > 0) process.exitCode = 1

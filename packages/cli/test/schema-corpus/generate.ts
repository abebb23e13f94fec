/**
 * Writes the generated files of the schema corpus (`<kind>/<name>.json`, from cases.ts). Run
 * `pnpm --filter @gip-sante/cli corpus` after changing the cases or the Occitanie policy.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { cases, corpusText } from "./cases.js"

for (const c of cases) {
  mkdirSync(new URL(`./${c.kind}/`, import.meta.url), { recursive: true })
  writeFileSync(new URL(`./${c.kind}/${c.name}.json`, import.meta.url), corpusText(c))
}
console.log(`wrote ${cases.length} files`)

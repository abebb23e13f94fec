/**
 * Writes the files generated from the preset: `policy.schema.json` (the JSON Schema of policy
 * files, for editors) and `policy.json` (the Occitanie policy as a file, for the CLI and for
 * regions to copy) and `programme.json` (its programme data as a file). A test fails when they
 * are out of date: run `pnpm --filter
 * @gip-sante/occitanie generate` after changing the preset or the policy format.
 */
import { writeFileSync } from "node:fs"
import { generatedFiles } from "./generated.js"

for (const [path, content] of Object.entries(generatedFiles())) {
  writeFileSync(new URL(`../${path}`, import.meta.url), content)
  console.log(`wrote packages/occitanie/${path}`)
}

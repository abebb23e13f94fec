/**
 * Writes the files generated from the code: `schemas/programme.schema.json` (the JSON Schema of
 * programme files, for editors). A test fails when they are out of date: run `pnpm --filter
 * @gip-sante/report generate` after changing the programme data format.
 */
import { writeFileSync } from "node:fs"
import { generatedFiles } from "./generated.js"

for (const [path, content] of Object.entries(generatedFiles())) {
  writeFileSync(new URL(`../${path}`, import.meta.url), content)
  console.log(`wrote packages/report/${path}`)
}

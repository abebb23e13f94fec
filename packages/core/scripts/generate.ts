/**
 * Writes the JSON Schemas the package ships (`schemas/policy.schema.json`,
 * `schemas/override.schema.json`), generated from the code. A test fails when they are out of
 * date: run `pnpm --filter @gip-sante/core generate` after changing the policy format or the
 * modules' requirements.
 */
import { writeFileSync } from "node:fs"
import { schemaFiles } from "./schemas.js"

for (const [path, content] of Object.entries(schemaFiles())) {
  writeFileSync(new URL(`../${path}`, import.meta.url), content)
  console.log(`wrote packages/core/${path}`)
}

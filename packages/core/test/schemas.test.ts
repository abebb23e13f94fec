import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { schemaFiles } from "../scripts/schemas.js"

describe("shipped JSON Schemas", () => {
  for (const [path, expected] of Object.entries(schemaFiles())) {
    it(`${path} is up to date (run: pnpm --filter @gip-sante/core generate)`, () => {
      expect(readFileSync(new URL(`../${path}`, import.meta.url), "utf8")).toBe(expected)
    })
  }
})

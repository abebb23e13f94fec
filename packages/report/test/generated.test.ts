import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { generatedFiles } from "../scripts/generated.js"

describe("generated files", () => {
  for (const [path, expected] of Object.entries(generatedFiles())) {
    it(`${path} is up to date (run: pnpm --filter @gip-sante/report generate)`, () => {
      expect(readFileSync(new URL(`../${path}`, import.meta.url), "utf8")).toBe(expected)
    })
  }
})

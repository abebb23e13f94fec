import { fc, test } from "@fast-check/vitest"
import { describe, expect } from "vitest"
import { cutParts, minSplitBytes } from "../src/events-file.js"

const files = fc.uniqueArray(
  fc.record({
    file: fc.tuple(fc.nat(99), fc.constantFrom(".jsonl", ".ndjson", ".csv")).map(([n, ext]) => `f${n}${ext}`),
    size: fc.oneof(fc.nat(3 * minSplitBytes), fc.nat(200 * minSplitBytes))
  }),
  { selector: (f) => f.file, maxLength: 6 }
)

describe("cutParts", () => {
  test.prop([files, fc.integer({ min: 1, max: 8 })], { seed: 20261125 })(
    "cuts every file into contiguous ranges from its first byte to its end, largest parts first",
    (given, workers) => {
      const parts = cutParts(given, workers)
      const size = (p: (typeof parts)[number]) =>
        Math.min(p.range.end, given.find((f) => f.file === p.file)!.size) - p.range.start
      for (let i = 1; i < parts.length; i++)
        expect(size(parts[i - 1]!)).toBeGreaterThanOrEqual(size(parts[i]!))
      for (const { file, size: bytes } of given) {
        const own = parts.filter((p) => p.file === file).sort((a, b) => a.range.start - b.range.start)
        expect(own[0]?.range.start).toBe(0)
        expect(own.at(-1)?.range.end).toBe(Number.POSITIVE_INFINITY)
        for (let i = 1; i < own.length; i++) expect(own[i]!.range.start).toBe(own[i - 1]!.range.end)
        if (own.length > 1) {
          // Only JSON Lines files are cut, never into parts under minSplitBytes.
          expect(file.endsWith(".csv")).toBe(false)
          expect(workers).toBeGreaterThan(1)
          for (const p of own)
            expect(Math.min(p.range.end, bytes) - p.range.start).toBeGreaterThanOrEqual(minSplitBytes)
        }
      }
    }
  )
})

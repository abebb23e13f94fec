import { fc, test } from "@fast-check/vitest"
import { describe, expect, it } from "vitest"
import { hash32 } from "../src/internal/hyperloglog.js"
import * as StringIndex from "../src/internal/string-index.js"

// Ids that collide often in a small table: short, from a small alphabet, sometimes equal.
const ids = fc.array(
  fc.string({ unit: fc.constantFrom("a", "b", "é", "\u{1F600}", "-", "0"), maxLength: 6 }),
  {
    maxLength: 400
  }
)

describe("StringIndex", () => {
  test.prop([ids], { numRuns: 500, seed: 20261125 })(
    "numbers each distinct key once, densely, in the order keys are first seen (as a Map would)",
    (keys) => {
      const index = StringIndex.make()
      const model = new Map<string, number>()
      for (const key of keys) {
        if (!model.has(key)) model.set(key, model.size)
        // A fresh copy of the key: equal strings are one key whatever their object.
        const copy = [...key].join("")
        expect(StringIndex.numberOf(index, copy)).toBe(model.get(key))
      }
      expect(index.keys).toStrictEqual([...model.keys()])
      // At most half the slots are used, so that probes stay short.
      expect(4 * index.keys.length).toBeLessThanOrEqual(index.slots.length)
    }
  )

  test.prop([ids, ids], { numRuns: 200, seed: 20261126 })(
    "an index keeps its numbers through a structured clone (as a worker receives it)",
    (before, after) => {
      const index = StringIndex.make()
      for (const key of before) StringIndex.numberOf(index, key)
      const clone = structuredClone(index)
      for (const key of after) expect(StringIndex.numberOf(clone, key)).toBe(StringIndex.numberOf(index, key))
      expect(clone.keys).toStrictEqual(index.keys)
    }
  )

  it("tells apart two ids with the same hash", () => {
    // Found by search: two ids whose MurmurHash3 values are equal.
    expect(hash32("p-25l")).toBe(hash32("p-1ecv"))
    const index = StringIndex.make()
    expect(StringIndex.numberOf(index, "p-25l")).toBe(0)
    expect(StringIndex.numberOf(index, "p-1ecv")).toBe(1)
    expect(StringIndex.numberOf(index, "p-25l")).toBe(0)
  })

  it("tells apart keys that differ only after many equal characters", () => {
    const index = StringIndex.make()
    const keys = Array.from({ length: 5000 }, (_, i) => `patient-${"x".repeat(40)}-${i}`)
    for (let round = 0; round < 2; round++) {
      keys.forEach((key, i) => {
        expect(StringIndex.numberOf(index, key)).toBe(i)
      })
    }
    expect(index.keys.length).toBe(5000)
  })
})

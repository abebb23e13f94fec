import { fc, test } from "@fast-check/vitest"
import { Calendar, Policy, Requirements } from "@gip-sante/core"
import { policyJson } from "@gip-sante/core/testing"
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { formatPath } from "../src/internal/issues.js"
import { closest } from "../src/internal/suggest.js"

describe("paths", () => {
  test.prop([
    fc.array(
      fc.oneof(fc.string(), fc.constantFrom("pay.gp.grid", "__proto__", "a b", '"q"', "0"), fc.nat()),
      {
        maxLength: 6
      }
    )
  ])("pathKeys reads back every path an issue prints", (keys) => {
    expect(Policy.pathKeys(formatPath(keys))).toStrictEqual(keys)
  })

  it("rejects what is not a path", () => {
    for (const text of ["", ".a", "a..b", "a[", "a[01]", 'a["x"', "a]", "1a", "a[x]"])
      expect(Policy.pathKeys(text)).toBeUndefined()
  })
})

describe("suggestions", () => {
  it("suggests the closest id within a few edits, never a distant one", () => {
    const ids = ["consultation.targetPerHour", "consultation.targetPerHourComplex", "pay.gp.grid"]
    expect(closest("consultation.targetPerHuor", ids)).toBe("consultation.targetPerHour")
    expect(closest("pay.gp.gird", ids)).toBe("pay.gp.grid")
    expect(closest("tariff.pdsa.crn", ids)).toBeUndefined()
  })
})

describe("the JSON Schema of dates", () => {
  const pattern = new RegExp(
    ((Policy.jsonSchema().$defs as Record<string, { pattern: string }>).LocalDate as { pattern: string })
      .pattern,
    "u"
  )
  const decodes = Schema.is(Calendar.LocalDateSchema)

  test.prop([
    fc.oneof(
      fc
        .tuple(
          fc.integer({ min: 0, max: 10_000 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 })
        )
        .map(
          ([y, m, d]) =>
            `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`
        ),
      fc.string({ maxLength: 12 })
    )
  ])("accepts exactly the dates the decoder accepts", (text) => {
    expect(pattern.test(text)).toBe(decodes(text))
  })
})

describe("decodeLayers", () => {
  test.prop([fc.array(fc.jsonValue({ maxDepth: 5 }), { minLength: 1, maxLength: 4 })])(
    "never throws on arbitrary JSON layers, and every issue names a layer it has",
    (layers) => {
      const r = Policy.decodeLayers(layers, { requirements: Requirements.all })
      expect(Result.isResult(r)).toBe(true)
      if (Result.isFailure(r) && layers.length > 1)
        for (const issue of r.failure.issues) expect(issue.layer).toBeLessThan(layers.length)
    }
  )

  test.prop([policyJson(), fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 2 })])(
    "never throws on a valid policy with arbitrary overrides",
    (base, overrides) => {
      expect(Result.isResult(Policy.decodeLayers([base, ...overrides]))).toBe(true)
    }
  )

  test.prop([policyJson()])("a policy alone decodes as it did without layers", (json) => {
    const alone = Policy.decodeLayers([json])
    expect(Result.isSuccess(alone)).toBe(true)
    expect(Result.getOrThrow(alone).lineage).toBeUndefined()
  })
})

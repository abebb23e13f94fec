// The command line is a thin shell: no programme's numbers, scenarios, goals, documents or
// simulation calibration in its sources. This test greps them for everything that is data of the
// Occitanie preset (the only programme whose data the CLI could have borrowed).
import { readdirSync, readFileSync } from "node:fs"
import { Policy } from "@gip-sante/core"
import { policy, programme } from "@gip-sante/occitanie"
import { describe, expect, it } from "vitest"

const dir = new URL("../src/", import.meta.url)
const sources = readdirSync(dir)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => ({ file: f, text: readFileSync(new URL(f, dir), "utf8") }))

const numbers = (text: string): Set<number> =>
  new Set(
    [...text.matchAll(/(?<![\w.-])\d[\d_]*(?:\.\d+)?(?![\w.-])/g)].map((m) =>
      Number(m[0].replaceAll("_", ""))
    )
  )

// Every value of the preset's programme data and goals that would betray it: figure values and
// their euro equivalents, goal values, calibration constants that are not tiny integers.
const presetNumbers = (): Set<number> => {
  const out = new Set<number>()
  const add = (v: unknown) => {
    if (typeof v !== "number") return
    if (!Number.isInteger(v) || Math.abs(v) >= 100) out.add(v)
  }
  for (const f of programme.figures) {
    add(f.value)
    if (f.unit.startsWith("euros")) add(f.value / 100)
  }
  for (const id of Policy.parameterIds(policy))
    if (id.startsWith("programme.goal.")) for (const e of Policy.parameter(policy, id)!.history) add(e.value)
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit)
    else if (v !== null && typeof v === "object") Object.values(v).forEach(visit)
    else add(v)
  }
  visit(programme.simulation)
  visit(programme.typicalCentre)
  visit(programme.payExamples)
  return out
}

const presetWords = (): Array<string> => {
  const words = new Set<string>()
  for (const id of Object.keys(policy.bibliography)) words.add(id)
  for (const f of programme.figures) words.add(f.id)
  for (const c of programme.simulation?.namedCentres ?? []) {
    words.add(c.id)
    words.add(c.name)
  }
  words.add(programme.simulation!.centreNames.value.name.replace(/\{n+\}/g, "").trim())
  const dates = new Set<string>()
  JSON.stringify(programme).replace(/\d{4}-\d{2}-\d{2}/g, (d) => {
    dates.add(d)
    return d
  })
  return [...words, ...dates]
}

describe("packages/cli/src holds no programme data", () => {
  it("has sources to check", () => {
    expect(sources.map((s) => s.file)).toContain("report.ts")
  })

  it("no figure, goal, scenario or calibration number of the preset", () => {
    const banned = presetNumbers()
    expect(banned.size).toBeGreaterThan(40)
    const found = sources.flatMap(({ file, text }) =>
      [...numbers(text)].filter((n) => banned.has(n)).map((n) => `${file}: ${n}`)
    )
    expect(found).toStrictEqual([])
  })

  it("no document id, figure id, centre name or date of the preset", () => {
    const banned = presetWords()
    const found = sources.flatMap(({ file, text }) =>
      banned
        .filter((w) =>
          new RegExp(`(?<![\\w.-])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`).test(text)
        )
        .map((w) => `${file}: ${w}`)
    )
    expect(found).toStrictEqual([])
  })
})

// What a person reads, checked as a whole for both presets: every figure of the report model
// has an explanation that rests on something, every id the report cites has an entry in the
// handbook, every link of the report resolves, and no text for people writes a number the
// English way or a code name.
import { Explanation } from "@gip-sante/core"
import { describe, expect, it } from "vitest"
import { Handbook, Html, Markdown, Report } from "../src/index.js"
import { cvlPolicy, cvlProgramme, policy, programme } from "./fixtures.js"

const presets = [
  { name: "Occitanie", policy, programme },
  { name: "Centre-Val de Loire", policy: cvlPolicy, programme: cvlProgramme }
] as const

interface Walked {
  /** Where each figure is in the model, and its explanation. */
  readonly figures: Array<{ readonly path: string; readonly explanation: Explanation.Explanation }>
  /** Every id an explanation or the model cites, by the kind of handbook entry it needs. */
  readonly ids: Map<string, "parameter" | "figure" | "rule" | "data">
}

const isExplanation = (x: Record<string, unknown>): boolean =>
  x.version === 1 && typeof x.root === "object" && x.root !== null

// Walks the whole model, whatever its shape: a figure is any object with a number `value`, a
// string `unit` and an `explanation`.
const walk = (model: Report.ReportModel): Walked => {
  const figures: Walked["figures"] = []
  const ids: Walked["ids"] = new Map()
  const steps = (s: Explanation.Step): void => {
    if (s.source !== undefined)
      ids.set(
        s.source.parameterId,
        /^(programmeData|projection|simulation)\./u.test(s.source.parameterId) ? "data" : "parameter"
      )
    if (s.figure !== undefined) ids.set(s.figure.figureId, "figure")
    if (s.rule !== undefined) ids.set(s.rule.ruleId, "rule")
    for (const c of s.children) steps(c)
  }
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) visit(v, `${path}[${i}]`)
      return
    }
    if (value === null || typeof value !== "object") return
    const record = value as Record<string, unknown>
    if (isExplanation(record)) {
      steps((record as unknown as Explanation.Explanation).root)
      return
    }
    if (
      typeof record.value === "number" &&
      typeof record.unit === "string" &&
      typeof record.explanation === "object"
    )
      figures.push({ path, explanation: record.explanation as Explanation.Explanation })
    for (const [k, v] of Object.entries(record)) visit(v, path === "" ? k : `${path}.${k}`)
  }
  visit(model, "")
  // Ids the model names outside explanations.
  if (model.headline.status === "ok") {
    for (const c of model.headline.value.comparisons) ids.set(c.published.id, "figure")
    for (const g of model.headline.value.goals) ids.set(g.id, g.source === "policy" ? "parameter" : "figure")
  }
  if (model.pay.status === "ok")
    for (const p of model.pay.value) if (p.published !== undefined) ids.set(p.published.figure.id, "figure")
  for (const a of model.assumptions.policy) ids.set(a.where, "parameter")
  for (const a of model.assumptions.programme) ids.set(`programmeData.${a.where}`, "data")
  for (const k of model.assumptions.simulation ?? []) ids.set(`simulation.${k.name}`, "data")
  return { figures, ids }
}

// A step rests on something when it reads a parameter or a value, a published figure, events
// counted or a rule, or when it stands for another figure of the model ("explained in full
// with its own figure") that rests on something; a figure's explanation must have such a step.
const groundedFigures = (figures: Walked["figures"]): ((e: Explanation.Explanation) => boolean) => {
  const byLabel = new Map<string, Explanation.Explanation>()
  for (const f of figures)
    if (!byLabel.has(f.explanation.root.label)) byLabel.set(f.explanation.root.label, f.explanation)
  const memo = new Map<Explanation.Explanation, boolean>()
  const grounded = (e: Explanation.Explanation): boolean => {
    const known = memo.get(e)
    if (known !== undefined) return known
    memo.set(e, false) // a cycle of figures standing for each other rests on nothing
    const any = (s: Explanation.Step): boolean =>
      s.source !== undefined ||
      s.figure !== undefined ||
      s.counted !== undefined ||
      s.rule !== undefined ||
      s.children.some(any) ||
      (s.note?.includes("explained in full with its own figure") === true &&
        byLabel.get(s.label) !== undefined &&
        byLabel.get(s.label) !== e &&
        grounded(byLabel.get(s.label)!))
    const result = any(e.root)
    memo.set(e, result)
    return result
  }
  return grounded
}

const anchors = (text: string): Set<string> =>
  new Set([...text.matchAll(/<(?:a|span|h[1-4]|section)\b[^>]*\bid="([^"]+)"/gu)].map((m) => m[1]!))

describe.each(presets)("the report and the handbook of $name", ({ policy, programme }) => {
  const model = Report.simulated({ policy, programme })
  const handbook = Handbook.markdown(policy, { programme })
  const handbookAnchors = anchors(handbook)
  const report = Markdown.report(model)
  const { figures, ids } = walk(model)

  it("every figure of the model has an explanation that rests on a parameter, a figure, events or a rule", () => {
    expect(figures.length).toBeGreaterThan(100)
    const grounded = groundedFigures(figures)
    expect(figures.filter((f) => !grounded(f.explanation)).map((f) => f.path)).toStrictEqual([])
  })

  it("every id the report cites has an entry in the handbook", () => {
    expect(ids.size).toBeGreaterThan(50)
    const missing = [...ids].filter(([id, kind]) => !handbookAnchors.has(Handbook.anchor(kind, id)))
    expect(missing).toStrictEqual([])
  })

  it("every link of the report leads to a handbook entry or a document listed in the report", () => {
    const reportAnchors = anchors(report)
    const links = [...report.matchAll(/\]\(([^)\s]+)\)/gu)]
      .map((m) => m[1]!)
      .filter((href) => !/^https?:/u.test(href))
    expect(links.length).toBeGreaterThan(50)
    const broken = links.filter((href) => {
      const [file, fragment = ""] = href.split("#")
      const target = decodeURIComponent(fragment)
      return file === "" ? !reportAnchors.has(target) : file !== "handbook.md" || !handbookAnchors.has(target)
    })
    expect(broken).toStrictEqual([])
  })
})

// Text for people, with what is not for people taken out: code spans and ids, anchors, web
// addresses, dates and versions.
const forPeople = (text: string): string =>
  text
    .replace(/<(style|code|svg)\b[\s\S]*?<\/\1>/gu, "")
    .replace(/<[^>]+>/gu, " ")
    .replace(/`[^`\n]*`/gu, " ")
    .replace(/\]\([^)]*\)/gu, "] ")
    .replace(/https?:\/\/\S+/gu, " ")
    .replace(/\b[a-z][\w-]*(?:\.[\w-]+(?:\[[^\]\s]*\])?)+/giu, " ")
    .replace(/\b\d+\.\d+\.\d+\b/gu, " ")

const englishNumbers = (text: string): Array<string> =>
  [...forPeople(text).matchAll(/.{0,30}(?:\d,\d{3},\d{3}|\d,\d{3}\.\d|(?<![\d,])\d\.\d).{0,30}/gu)].map(
    (m) => m[0]
  )

const codeNames = (text: string): Array<string> =>
  [
    ...forPeople(text).matchAll(
      /.{0,30}\b(?:notMet|notApplicable|halfUp|halfEven|halfDown|halfAwayFromZero|selfEmployed|endOfContract|atLeast|atMost|eurosPerMonth\w*)\b.{0,30}/gu
    )
  ].map((m) => m[0])

// Outside the explanations' trees (whose numbers Explanation.toText writes, with up to four
// decimals), a comma followed by exactly three digits is read as an English thousands separator:
// the text for people writes thousands with a narrow no-break space.
const ambiguousThousands = (text: string): Array<string> =>
  [
    ...forPeople(text.replace(/```text[\s\S]*?```/gu, "").replace(/<pre>[\s\S]*?<\/pre>/gu, "")).matchAll(
      /.{0,30}(?<![\d,\u202f])[1-9]\d{0,2},\d{3}(?![\d\u202f]).{0,30}/gu
    )
  ].map((m) => m[0])

describe("the checks of text for people", () => {
  it("catch English numbers and code names, and pass French ones, ids and versions", () => {
    for (const english of ["net / 0.815", "6,080,731 people", "55,607.79 €"])
      expect(englishNumbers(english)).toHaveLength(1)
    expect(ambiguousThousands("493,254 consultations")).toHaveLength(1)
    expect(codeNames("rounded halfUp, status notMet")).toHaveLength(1)
    expect([
      ...englishNumbers("0,815; 493\u202f254; 49,91\u00a0%; version 2025.12.0; `pay.netShareOfGross`"),
      ...ambiguousThousands("15,5 years; 4\u202f700,00\u00a0€"),
      ...codeNames("`notMet`; not met")
    ]).toStrictEqual([])
  })
})

describe.each(presets)("text for people of $name", ({ policy, programme }) => {
  const model = Report.simulated({ policy, programme })
  const outputs = {
    "report (Markdown)": Markdown.report(model),
    "report (HTML)": Html.report(model),
    "handbook (Markdown)": Handbook.markdown(policy, { programme }),
    "handbook (HTML)": Handbook.html(policy, { programme })
  }

  it.each(Object.keys(outputs))("%s writes no number the English way", (name) => {
    expect(englishNumbers(outputs[name as keyof typeof outputs])).toStrictEqual([])
  })

  it.each(Object.keys(outputs))("%s writes no thousands with a comma outside explanations", (name) => {
    expect(ambiguousThousands(outputs[name as keyof typeof outputs])).toStrictEqual([])
  })

  it.each(Object.keys(outputs))("%s writes no code name in text", (name) => {
    expect(codeNames(outputs[name as keyof typeof outputs])).toStrictEqual([])
  })

  it("every explanation's text writes numbers one way", () => {
    const texts: Array<string> = []
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) for (const v of value) visit(v)
      else if (value !== null && typeof value === "object") {
        const record = value as Record<string, unknown>
        if (isExplanation(record))
          texts.push(Explanation.toText(record as unknown as Explanation.Explanation))
        else for (const v of Object.values(record)) visit(v)
      }
    }
    visit(model)
    expect(texts.length).toBeGreaterThan(100)
    expect(texts.flatMap(englishNumbers)).toStrictEqual([])
  })
})

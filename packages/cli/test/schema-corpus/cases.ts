/**
 * The cases of the schema corpus: files a region might write, each valid for both the JSON
 * Schema and the decoder (`valid-`), invalid for both (`invalid-`), or accepted by the JSON
 * Schema but rejected by the decoder for a reason a JSON Schema cannot express (`semantic-`,
 * with that reason). `generate.ts` writes them to `<kind>/<name>.json`; the corpus test checks
 * that the files are up to date and that the schema and the decoder agree on every file in the
 * folders (hand-written ones too).
 *
 * Full policies derive from a compact copy of the Occitanie policy: the parameters the modules
 * read, shorter texts, the documents they cite. Programme data derives from a compact copy of
 * Occitanie's: the figures it refers to, shorter texts.
 */
import { Contributions, Requirements } from "@gip-sante/core"
import { policyJson, programmeJson } from "@gip-sante/occitanie"

type Json = Record<string, any>

// JSON indented to the depth of a parameter's fields, each dated value on one line: readable,
// and a third smaller than fully indented.
const formatted = (value: unknown, depth = 0): string => {
  if (value === null || typeof value !== "object" || depth >= 4) return JSON.stringify(value)
  const pad = "  ".repeat(depth + 1)
  const entries = Array.isArray(value)
    ? value.map((v) => formatted(v, depth + 1))
    : Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${formatted(v, depth + 1)}`)
  if (entries.length === 0) return Array.isArray(value) ? "[]" : "{}"
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"]
  return `${open}\n${pad}${entries.join(`,\n${pad}`)}\n${"  ".repeat(depth)}${close}`
}

/** The text of a generated corpus file. */
export const corpusText = (c: Case): string => `${formatted(c.json)}\n`

export interface Case {
  readonly kind: "policy" | "override" | "programme"
  readonly name: string
  /** Why the decoder rejects what the JSON Schema accepts (for `semantic-` cases). */
  readonly reason?: string
  readonly json: Json
}

const shorten = (text: unknown) =>
  typeof text === "string" && text.length > 40 ? `${text.slice(0, 37)}...` : text

const compactPolicy = (): Json => {
  const json = JSON.parse(JSON.stringify(policyJson)) as Json
  const read = new Set(Requirements.all.flatMap((r) => r.parameters.map((p) => p.id)))
  read.add("pay.gp.startingMonthlyNet").add("pay.gp.maximumMonthlyNet")
  // Pay reads the contribution lines as a set (or the flat rates of earlier versions instead).
  for (const p of Contributions.lineParameters()) read.add(p.id)
  const cited = new Set<string>()
  for (const id of Object.keys(json.parameters)) {
    if (!read.has(id)) {
      delete json.parameters[id]
      continue
    }
    const parameter = json.parameters[id]
    parameter.description = parameter.label
    for (const entry of parameter.history) {
      const p = entry.provenance
      for (const key of ["locator", "rationale", "replaceWith"]) if (key in p) p[key] = shorten(p[key])
      delete p.note
      if (p.document !== undefined) cited.add(p.document)
      for (const reference of p.references ?? []) cited.add(reference)
    }
  }
  for (const rule of Object.values<Json>(json.rules)) {
    for (const source of rule.sources) {
      source.locator = shorten(source.locator)
      cited.add(source.document)
    }
  }
  for (const id of Object.keys(json.bibliography)) {
    if (!cited.has(id)) delete json.bibliography[id]
    else delete json.bibliography[id].note
  }
  json.description = "A compact copy of the Occitanie policy, for the schema corpus."
  // So that an editor opening the file in the repository validates it.
  json.$schema = "../../../../core/schemas/policy.schema.json"
  return json
}

// Occitanie's programme data with the figures it refers to only and shorter texts.
const compactProgramme = (): Json => {
  const json = JSON.parse(JSON.stringify(programmeJson)) as Json
  const used = new Set<string>([
    ...json.comparisons.map((c: Json) => c.figure),
    ...json.payExamples.flatMap((e: Json) => (e.published === undefined ? [] : [e.published])),
    ...json.projection.consultations.totals,
    ...json.projection.consultations.clinicians,
    ...json.projection.recruitment.headcounts,
    ...(json.economics?.reconciliation ?? []).map((r: Json) => r.figure)
  ])
  json.figures = json.figures.filter((f: Json) => used.has(f.id))
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit)
    else if (v !== null && typeof v === "object") {
      const record = v as Json
      for (const key of ["locator", "rationale", "replaceWith", "note", "label", "description"])
        if (typeof record[key] === "string") record[key] = shorten(record[key])
      Object.values(record).forEach(visit)
    }
  }
  visit(json)
  json.$schema = "../../../../report/schemas/programme.schema.json"
  return json
}

const programme = (name: string, change: (json: Json) => void, reason?: string): Case => {
  const json = compactProgramme()
  change(json)
  return { kind: "programme", name, json, ...(reason === undefined ? {} : { reason }) }
}

const policy = (name: string, change: (json: Json) => void, reason?: string): Case => {
  const json = compactPolicy()
  change(json)
  return { kind: "policy", name, json, ...(reason === undefined ? {} : { reason }) }
}

const override = (name: string, json: Json, reason?: string): Case => ({
  kind: "override",
  name,
  json: { $schema: "../../../../core/schemas/override.schema.json", ...json },
  ...(reason === undefined ? {} : { reason })
})

const assumption = { kind: "assumption", rationale: "Our own figure", replaceWith: "the GIP's figure" }
const value = (from: string, v: unknown, extra: Json = {}) => ({
  from,
  value: v,
  provenance: assumption,
  ...extra
})
const p = (json: Json, id: string) => json.parameters[id]

export const cases: ReadonlyArray<Case> = [
  // ---------------------------------------------------------------------------
  // full policies
  // ---------------------------------------------------------------------------
  policy("valid-occitanie-compact", () => {}),
  policy("valid-without-start-or-rules", (j) => {
    delete j.start
    delete j.rules
  }),
  policy("valid-gross-gp-grid", (j) => {
    p(j, "pay.gp.grid").unit = "eurosPerMonthGross"
    p(j, "pay.gp.grid").history[0].value = [
      { fromYears: 0, amount: "5767.91" },
      { fromYears: 20, amount: "7813.15" }
    ]
  }),
  policy("valid-declared-gap", (j) => {
    const h = p(j, "contract.annualHoursFullTime").history
    h[0].to = "2023-01-01"
    h.push(value("2023-06-01", 1607))
    p(j, "contract.annualHoursFullTime").gaps = [
      { from: "2023-01-01", to: "2023-06-01", reason: "Not decided" }
    ]
  }),
  policy("valid-region-own-parameter", (j) => {
    j.parameters["region.ownFigure"] = {
      label: "A figure of our own",
      description: "Not read by any module.",
      type: "number",
      unit: "count",
      history: [value("2022-06-17", 12)]
    }
  }),
  policy("valid-rule-resting-on-an-assumption", (j) => {
    j.rules["contract.endAfterStart"] = { sources: [assumption] }
  }),
  policy("valid-with-policy-schema", (j) => {
    j.$schema = "https://example.org/schemas/policy.schema.json"
  }),
  policy("invalid-share-81-5", (j) => {
    p(j, "contributions.csgDeductible.employeeRate").history[0].value = 81.5
  }),
  policy("invalid-without-gp-grid", (j) => {
    delete j.parameters["pay.gp.grid"]
  }),
  policy("invalid-misspelt-id", (j) => {
    j.parameters["consultation.targetPerHuor"] = p(j, "consultation.targetPerHour")
    delete j.parameters["consultation.targetPerHour"]
  }),
  policy("invalid-grid-in-euros-per-act", (j) => {
    p(j, "pay.gp.grid").unit = "eurosPerAct"
  }),
  policy("invalid-impossible-date", (j) => {
    p(j, "contract.maxWeeklyHours").history[0].from = "2022-02-30"
  }),
  policy("invalid-money-without-cents", (j) => {
    p(j, "pay.gp.startingMonthlyNet").history[0].value = "4700"
  }),
  policy("invalid-unknown-field", (j) => {
    j.colour = "blue"
  }),
  policy("invalid-bad-parameter-id", (j) => {
    j.parameters["Bad Id"] = p(j, "contract.maxWeeklyHours")
  }),
  policy("invalid-200-hours-a-week", (j) => {
    p(j, "contract.maxWeeklyHours").history[0].value = 200
  }),
  policy("invalid-full-time-in-hours-a-day", (j) => {
    p(j, "contract.fullTimeWeeklyHours").unit = "hoursPerDay"
  }),
  policy("invalid-grid-from-one-year", (j) => {
    p(j, "pay.gp.grid").history[0].value[0].fromYears = 1
  }),
  policy("invalid-rule-without-source", (j) => {
    j.rules["obligations.pdsa"].sources = []
  }),
  policy("invalid-unknown-rule", (j) => {
    j.rules["programme.recruitment.keepRecruitng"] = j.rules["programme.recruitment.keepRecruiting"]
  }),
  policy("invalid-override-schema", (j) => {
    j.$schema = "./override.schema.json"
  }),
  policy(
    "semantic-undeclared-citation",
    (j) => {
      p(j, "contract.maxWeeklyHours").history[0].provenance = {
        kind: "citation",
        document: "CVL1",
        locator: "39 h"
      }
    },
    "a citation must name a document of the bibliography: a JSON Schema cannot relate two parts of a file"
  ),
  policy(
    "semantic-overlapping-history",
    (j) => {
      p(j, "contract.maxWeeklyHours").history = [
        value("2022-06-17", 39, { to: "2024-01-01" }),
        value("2023-01-01", 38)
      ]
    },
    "values must not overlap: a JSON Schema cannot compare dates"
  ),
  policy(
    "semantic-undeclared-gap",
    (j) => {
      p(j, "contract.maxWeeklyHours").history = [
        value("2022-06-17", 39, { to: "2023-01-01" }),
        value("2023-06-01", 38)
      ]
    },
    "a range without value must be declared: a JSON Schema cannot compare dates"
  ),
  policy(
    "semantic-end-before-start",
    (j) => {
      p(j, "contract.maxWeeklyHours").history[0].to = "2021-01-01"
    },
    "a value must end after it starts: a JSON Schema cannot compare dates"
  ),
  policy(
    "semantic-gross-unit-net-values",
    (j) => {
      p(j, "pay.gp.grid").unit = "eurosPerMonthGross"
    },
    "the grid's first step must equal the starting pay on net pay: a JSON Schema cannot compute"
  ),
  policy(
    "semantic-starting-pay-differs",
    (j) => {
      p(j, "pay.gp.startingMonthlyNet").history[0].value = "4800.00"
    },
    "the grid's first step must equal the starting pay: a JSON Schema cannot relate two parameters"
  ),
  policy(
    "semantic-time-shares-not-whole",
    (j) => {
      p(j, "consultation.timeShare.admin").history[0].value = 0.1
    },
    "the shares of working time must add up to 1: a JSON Schema cannot add"
  ),
  policy(
    "semantic-minimum-above-maximum",
    (j) => {
      p(j, "contract.minWeeklyHours").history[0].value = 40
    },
    "a minimum must be at most its maximum: a JSON Schema cannot relate two parameters"
  ),
  policy(
    "semantic-start-before-values",
    (j) => {
      j.start = "2020-06-30"
    },
    "every parameter the modules read must have a value from the start: a JSON Schema cannot compare dates"
  ),
  policy(
    "semantic-grid-thresholds-falling",
    (j) => {
      p(j, "pay.gp.grid").history[0].value[2].fromYears = 1
    },
    "a grid's thresholds must rise: a JSON Schema cannot compare array items"
  ),
  policy(
    "semantic-unknown-rounding-mode",
    (j) => {
      p(j, "pay.roundingMode").history[0].value = "toTheNearestEuro"
    },
    "the rounding mode must be one Pay knows: the schema checks text parameters as text"
  ),

  // ---------------------------------------------------------------------------
  // overrides (decoded on the embedded Occitanie policy)
  // ---------------------------------------------------------------------------
  override("valid-empty", {}),
  override("valid-with-override-schema", {
    $schema: "./override.schema.json",
    region: "Centre-Val de Loire"
  }),
  override("valid-one-value", {
    parameters: { "contract.maxWeeklyHours": { values: [value("2024-01-01", 38)] } }
  }),
  override("valid-contiguous-values", {
    parameters: {
      "contract.maxWeeklyHours": {
        values: [value("2023-01-01", 38, { to: "2024-01-01" }), value("2024-01-01", 37)]
      }
    }
  }),
  override("valid-whole-history", {
    parameters: { "obligations.pdsa.shiftsPerMonthFullTime": { history: [value("2022-06-17", 3)] } }
  }),
  override("valid-start-inheriting", {
    name: "GIP Pro Santé",
    region: "Centre-Val de Loire",
    version: "2025.09.0",
    start: "2020-06-30",
    inheritFromStart: true
  }),
  override("valid-start-of-the-base", { start: "2022-06-17", inheritFromStart: ["pay.gp.grid"] }),
  override("valid-gross-grid", {
    parameters: {
      "pay.gp.grid": {
        unit: "eurosPerMonthGross",
        history: [
          value("2022-06-17", [
            { fromYears: 0, amount: "5767.91" },
            { fromYears: 20, amount: "7813.15" }
          ])
        ]
      }
    }
  }),
  override("valid-new-document", {
    bibliography: {
      "cvl-audit": {
        title: "GIP Pro Santé",
        publisher: "Cour des comptes",
        date: "2023-06-01",
        kind: "official"
      }
    },
    parameters: {
      "contract.maxWeeklyHours": {
        values: [
          {
            from: "2024-01-01",
            value: 39,
            provenance: { kind: "citation", document: "cvl-audit", locator: "39 h" }
          }
        ]
      }
    }
  }),
  override("valid-rule-sources", {
    rules: { "programme.recruitment.keepRecruiting": { sources: [assumption], note: "Our own rule" } }
  }),
  override("valid-retitled", {
    name: "Our programme",
    region: "Elsewhere",
    version: "1",
    description: "Ours."
  }),
  override("valid-relabelled", {
    parameters: {
      "contract.maxWeeklyHours": {
        label: "Longest week",
        description: "The longest week a contract may have."
      }
    }
  }),
  override("valid-unread-parameter", {
    parameters: { "tariff.pdsa.crn": { values: [value("2025-01-01", "45.00")] } }
  }),
  override("valid-list-and-text", {
    parameters: { "pay.roundingMode": { values: [value("2025-01-01", "halfEven")] } }
  }),
  override("valid-history-with-gap", {
    parameters: {
      "contract.annualHoursFullTime": {
        history: [value("2022-06-17", 1607, { to: "2023-01-01" }), value("2023-06-01", 1600)],
        gaps: [{ from: "2023-01-01", to: "2023-06-01", reason: "Not decided" }]
      }
    }
  }),
  override("invalid-share-81-5", {
    parameters: { "consultation.timeShare.admin": { values: [value("2024-01-01", 81.5)] } }
  }),
  override("invalid-text-for-a-number", {
    parameters: { "consultation.targetPerHour": { values: [value("2024-01-01", "three")] } }
  }),
  override("invalid-history-and-values", {
    parameters: {
      "contract.maxWeeklyHours": { history: [value("2022-06-17", 39)], values: [value("2024-01-01", 38)] }
    }
  }),
  override("invalid-impossible-date", {
    parameters: { "contract.maxWeeklyHours": { values: [value("2023-02-29", 38)] } }
  }),
  override("invalid-without-provenance", {
    parameters: { "contract.maxWeeklyHours": { values: [{ from: "2024-01-01", value: 38 }] } }
  }),
  override("invalid-unknown-field-in-value", {
    parameters: { "contract.maxWeeklyHours": { values: [value("2024-01-01", 38, { colour: "blue" })] } }
  }),
  override("invalid-inherit-yes", { start: "2020-06-30", inheritFromStart: "yes" }),
  override("invalid-policy-schema", { $schema: "https://example.org/policy.schema.json" }),
  override("invalid-money-without-cents", {
    parameters: { "pay.gp.grid": { values: [value("2024-01-01", [{ fromYears: 0, amount: "4700" }])] } }
  }),
  override("invalid-bad-parameter-id", { parameters: { "Bad Id": { values: [value("2024-01-01", 1)] } } }),
  override("invalid-not-a-unit", { parameters: { "tariff.pdsa.crn": { unit: "parsecs" } } }),
  override("invalid-known-unit-changed", {
    parameters: { "contract.maxWeeklyHours": { unit: "hoursPerDay" } }
  }),
  override("invalid-unknown-rule", {
    rules: { "programme.recruitment.keepRecruitng": { sources: [assumption] } }
  }),
  override("invalid-empty-rule-sources", { rules: { "obligations.pdsa": { sources: [] } } }),
  override("invalid-grid-from-one-year", {
    parameters: { "pay.gp.grid": { values: [value("2024-01-01", [{ fromYears: 1, amount: "4700.00" }])] } }
  }),
  override(
    "semantic-unknown-parameter",
    { parameters: { "contract.noSuchThing": { values: [value("2024-01-01", 1)] } } },
    "an override may only replace parameters its base has: the schema does not know the base"
  ),
  override(
    "semantic-overlapping-values",
    {
      parameters: {
        "contract.maxWeeklyHours": {
          values: [value("2022-06-17", 39, { to: "2024-01-01" }), value("2023-06-01", 38)]
        }
      }
    },
    "an override's values must not overlap: a JSON Schema cannot compare dates"
  ),
  override(
    "semantic-gap-in-values",
    {
      parameters: {
        "contract.maxWeeklyHours": {
          values: [value("2022-06-17", 39, { to: "2023-01-01" }), value("2023-06-01", 38)]
        }
      }
    },
    "an override's values must be one continuous range: a JSON Schema cannot compare dates"
  ),
  override(
    "semantic-values-out-of-order",
    {
      parameters: {
        "contract.maxWeeklyHours": {
          values: [value("2024-01-01", 38, { to: "2025-01-01" }), value("2023-01-01", 37)]
        }
      }
    },
    "values must be in date order: a JSON Schema cannot compare dates"
  ),
  override(
    "semantic-undeclared-citation",
    {
      parameters: {
        "contract.maxWeeklyHours": {
          values: [
            {
              from: "2024-01-01",
              value: 39,
              provenance: { kind: "citation", document: "CVL1", locator: "39 h" }
            }
          ]
        }
      }
    },
    "a citation must name a document of the base or of the override: the schema does not know the base"
  ),
  override(
    "semantic-unit-change-of-unread-parameter",
    { parameters: { "tariff.pdsa.crn": { unit: "eurosPerShift" } } },
    "an override may not change a unit but a grid's basis: the schema does not know the base's units"
  ),
  override(
    "semantic-grid-basis-switched-with-values",
    {
      parameters: {
        "pay.gp.grid": {
          unit: "eurosPerMonthGross",
          values: [value("2024-01-01", [{ fromYears: 0, amount: "5767.91" }])]
        }
      }
    },
    'switching a grid\'s basis needs its whole "history": a JSON Schema could say so, the decoder says why'
  ),
  override(
    "semantic-redefined-document",
    { bibliography: { S1: { title: "Our report", publisher: "Us", date: "2024-01-01", kind: "official" } } },
    "an override may not redefine a document of its base: the schema does not know the base"
  ),
  override(
    "semantic-start-inheriting-only-listed",
    { start: "2022-01-01", inheritFromStart: ["pay.gp.grid", "contract.maxWeeklyHours"] },
    "the parameters not listed have no value from the start: a JSON Schema cannot compare dates"
  ),
  override(
    "semantic-start-without-values",
    { start: "2020-06-30" },
    "every parameter the modules read must have a value from the start: a JSON Schema cannot compare dates"
  ),
  override(
    "semantic-grid-below-starting-pay",
    {
      parameters: { "pay.gp.grid": { values: [value("2024-01-01", [{ fromYears: 0, amount: "4600.00" }])] } }
    },
    "the grid's first step must equal the starting pay: a JSON Schema cannot relate two parameters"
  ),
  override(
    "semantic-end-before-start",
    {
      parameters: { "contract.maxWeeklyHours": { values: [value("2024-01-01", 38, { to: "2023-01-01" })] } }
    },
    "a value must end after it starts: a JSON Schema cannot compare dates"
  ),
  override("valid-withdraw-goal", {
    parameters: { "programme.goal.consultations": { withdraw: "No consultation goal was published" } }
  }),
  override("invalid-withdraw-with-values", {
    parameters: {
      "programme.goal.consultations": { withdraw: "No goal", values: [value("2024-01-01", 1)] }
    }
  }),
  override(
    "semantic-withdraw-what-a-module-needs",
    { parameters: { "contract.maxWeeklyHours": { withdraw: "No maximum" } } },
    "a module needs the parameter withdrawn: the override's JSON Schema does not know what the base policy keeps"
  ),

  // ---------------------------------------------------------------------------
  // programme data
  // ---------------------------------------------------------------------------
  programme("valid-occitanie-compact", () => {}),
  programme("valid-without-simulation", (j) => {
    delete j.simulation
  }),
  programme("valid-without-scenarios", (j) => {
    delete j.typicalCentre
    delete j.projection
    j.payExamples = []
  }),
  programme("valid-assumed-rate", (j) => {
    j.projection.consultations.rate = { value: 200, provenance: assumption }
  }),
  programme("valid-recruitment-only", (j) => {
    delete j.projection.consultations
  }),
  programme("invalid-missing-start", (j) => {
    delete j.start
  }),
  programme("invalid-impossible-date", (j) => {
    j.window.from = "2022-02-30"
  }),
  programme("invalid-unknown-field", (j) => {
    j.colour = "blue"
  }),
  programme("invalid-share-above-one", (j) => {
    j.simulation.mainSiteShare.value = 1.5
  }),
  programme("invalid-unknown-kpi", (j) => {
    j.comparisons[0].kpi = "visits"
  }),
  programme("invalid-assumption-without-rationale", (j) => {
    delete j.typicalCentre.ramp.provenance.rationale
  }),
  programme("invalid-zero-hours", (j) => {
    j.payExamples[0].weeklyHours = 0
  }),
  programme("invalid-bad-figure-id", (j) => {
    j.comparisons[0].figure = "Bad Id"
  }),
  programme("invalid-opening-mid-month", (j) => {
    j.typicalCentre.opening.value = "2025-01-15"
  }),
  programme("invalid-support-role-for-hires", (j) => {
    j.simulation.hires[0].role = "helper"
  }),
  programme(
    "semantic-unknown-figure",
    (j) => {
      j.comparisons[0].figure = "consultations.total.apr2026"
    },
    "a comparison must name a figure of the file: a JSON Schema cannot relate two parts of a file"
  ),
  programme(
    "semantic-duplicate-figure-id",
    (j) => {
      j.figures[1].id = j.figures[0].id
    },
    "figure ids must be unique: a JSON Schema cannot compare a field across the items of a list"
  ),
  programme(
    "semantic-shares-not-adding-up",
    (j) => {
      j.simulation.weeklyHours.value[0][1] = 0.5
    },
    "the shares of a table must add up to 1: a JSON Schema cannot add numbers"
  ),
  programme(
    "semantic-hires-decreasing",
    (j) => {
      j.simulation.hires[1].anchors[2][1] = 0
    },
    "cumulative hires must not decrease: a JSON Schema cannot compare the items of a list"
  ),
  programme(
    "semantic-window-ends-before-it-starts",
    (j) => {
      j.window.to = "2021-01-01"
    },
    "the window must end on or after its start: a JSON Schema cannot compare dates"
  ),
  programme(
    "semantic-undeclared-citation",
    (j) => {
      j.start.provenance.document = "cvl-press"
    },
    "a citation must name a document of the policy's bibliography: the programme data's JSON Schema does not know the policy"
  ),
  programme(
    "semantic-figure-in-the-wrong-unit",
    (j) => {
      j.comparisons[1].kpi = "homeVisits"
    },
    "a comparison's figure must be in a unit that fits its KPI: a JSON Schema cannot relate two parts of a file"
  )
]

/**
 * Why the decoder rejects each `semantic-` file the JSON Schema accepts, by `<kind>/<name>`:
 * those of the generated cases, and of any hand-written file added to the folders.
 */
export const semanticReasons: Readonly<Record<string, string>> = Object.fromEntries(
  cases.flatMap((c) => (c.reason === undefined ? [] : [[`${c.kind}/${c.name}`, c.reason]]))
)

// The handbook's part on the programme data: its published figures, and every value of the
// programme data or of the model that the report's explanations rest on (pay examples, typical
// centre, projection inputs and the projection's own assumptions, the simulation's calibration),
// each with its provenance and the anchor the report links to. The values are collected from
// the report computed on this policy and programme, so the handbook lists what the report cites
// and cannot drift from it. Internal.
import { Explanation, Policy, type Provenance } from "@gip-sante/core"
import * as Format from "../Format.js"
import type * as ProgrammeData from "../ProgrammeData.js"
import * as Report from "../Report.js"
import * as Simulation from "../Simulation.js"
import type { Block, Inline, Text } from "./document.js"
import { published } from "./report-document.js"

interface DataEntry {
  readonly id: string
  readonly label: string
  readonly value: string
  readonly from: string
  readonly provenance: Provenance.Provenance
}

const natureWords: Record<string, string> = {
  stock: "on the date",
  cumulative: "total since",
  goal: "goal",
  rate: "rate",
  example: "example"
}

// Every explanation step of a value, depth first.
const eachStep = (value: unknown, visit: (step: Explanation.Step) => void): void => {
  if (Array.isArray(value)) {
    for (const v of value) eachStep(v, visit)
    return
  }
  if (value === null || typeof value !== "object") return
  const record = value as Record<string, unknown>
  if (record.version === 1 && typeof record.root === "object" && record.root !== null) {
    const walk = (s: Explanation.Step): void => {
      visit(s)
      for (const c of s.children) walk(c)
    }
    walk(record.root as Explanation.Step)
    return
  }
  for (const v of Object.values(record)) eachStep(v, visit)
}

/** The values outside the policy that the report's explanations rest on, by id. */
export const dataEntries = (policy: Policy.Policy, programme: ProgrammeData.Programme): Array<DataEntry> => {
  const model = Report.withoutEvents({ policy, programme })
  const entries = new Map<string, DataEntry>()
  eachStep(model, (s) => {
    const source = s.source
    if (source === undefined || entries.has(source.parameterId)) return
    if (Policy.parameter(policy, source.parameterId) !== undefined) return
    entries.set(source.parameterId, {
      id: source.parameterId,
      label: s.label,
      value: s.value === undefined ? "" : Explanation.formatValue(s.value),
      from: source.from,
      provenance: source.provenance
    })
  })
  for (const a of model.assumptions.programme) {
    const id = `programmeData.${a.where}`
    if (!entries.has(id))
      entries.set(id, {
        id,
        label: "Assumption of the programme data",
        value: "",
        from: "",
        provenance: { kind: "assumption", rationale: a.rationale, replaceWith: a.replaceWith }
      })
  }
  for (const k of programme.simulation === undefined ? [] : Simulation.constants(programme.simulation)) {
    const id = `simulation.${k.name}`
    entries.set(id, {
      id,
      label: "Calibration constant of the simulation (simulated data only)",
      value: typeof k.value === "number" ? Format.decimal(k.value, 4) : "",
      from: "",
      provenance: k.provenance
    })
  }
  return [...entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The handbook's blocks for the programme data. */
export const programmeBlocks = (
  policy: Policy.Policy,
  programme: ProgrammeData.Programme,
  render: { readonly citation: (p: Provenance.Provenance) => Array<Inline> }
): Array<Block> => [
  { kind: "heading", level: 2, text: "Published figures", id: "published-figures" },
  {
    kind: "paragraph",
    text: `What ${programme.name} (${programme.region}) has published about itself, as published, from its programme data (version ${programme.version}): the report sets its computed figures beside them. Each figure's id is the one the report cites.`
  },
  {
    kind: "table",
    head: ["Figure", "What", "On", "Published", "Source"],
    rows: programme.figures.map(
      (f): ReadonlyArray<Text> => [
        [{ anchor: `figure-${f.id}` }, { code: f.id }],
        `${f.label}${f.note === undefined ? "" : ` (${f.note})`}`,
        f.since === undefined ? `${f.asOf} (${natureWords[f.nature]})` : `${f.since} to ${f.asOf}`,
        published(f),
        render.citation(f.provenance)
      ]
    ),
    numeric: [3],
    nowrap: [2]
  },
  { kind: "heading", level: 2, text: "Programme data and model assumptions", id: "programme-data" },
  {
    kind: "paragraph",
    text: [
      "The values outside the policy that the report's explanations rest on: the programme data's pay examples, typical centre and projection inputs (ids starting with ",
      { code: "programmeData." },
      "), the projection's own assumptions (",
      { code: "projection." },
      ") and the simulation's calibration (",
      { code: "simulation." },
      "), each with where it comes from."
    ]
  },
  {
    kind: "table",
    head: ["Id", "What", "Value", "From", "Source"],
    rows: dataEntries(policy, programme).map(
      (e): ReadonlyArray<Text> => [
        [{ anchor: `data-${e.id}` }, { code: e.id }],
        e.label,
        e.value,
        e.from,
        render.citation(e.provenance)
      ]
    ),
    nowrap: [3]
  }
]

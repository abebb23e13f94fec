/**
 * Decoding a policy as every command does at start: the Occitanie policy file (65 kB of JSON)
 * read alone, checked as usable by every module, and with a region's override stacked on it,
 * against `JSON.parse` of the same text (the floor: what any reader of the file pays).
 */
import { Policy, Requirements } from "@gip-sante/core"
import { policyJson } from "@gip-sante/occitanie"
import { consume, type Suite } from "./harness.js"

const assumption = { kind: "assumption", rationale: "Our own figure", replaceWith: "the GIP's figure" }

// An override as a region writes one: a start, inherited values moved to it, a few values.
const override = {
  name: "GIP Pro Santé",
  region: "Centre-Val de Loire",
  start: "2020-06-30",
  inheritFromStart: true,
  parameters: {
    "contract.maxWeeklyHours": { values: [{ from: "2020-06-30", value: 39, provenance: assumption }] },
    "programme.recruitment.maxEmptySlotShare": {
      values: [{ from: "2024-01-01", value: 0.05, provenance: assumption }]
    }
  }
}

export const policySuite = (): Suite => {
  const text = JSON.stringify(policyJson)
  const overrideText = JSON.stringify(override)
  const count = (ok: boolean) => {
    if (!ok) throw new Error("the policy no longer decodes")
    consume(1)
    return 1
  }
  return {
    title: `Decoding the Occitanie policy (${Math.round(text.length / 1000)} kB of JSON)`,
    unit: "policy",
    baseline: "JSON.parse alone",
    cases: [
      { name: "JSON.parse alone", run: () => count(JSON.parse(text) !== null) },
      { name: "Policy.decode", run: () => count(Policy.decode(JSON.parse(text))._tag === "Success") },
      {
        name: "Policy.decode, usable by every module",
        run: () =>
          count(Policy.decode(JSON.parse(text), { requirements: Requirements.all })._tag === "Success")
      },
      {
        name: "Policy.decodeLayers, with an override, usable",
        run: () =>
          count(
            Policy.decodeLayers([JSON.parse(text), JSON.parse(overrideText)], {
              requirements: Requirements.all
            })._tag === "Success"
          )
      }
    ]
  }
}

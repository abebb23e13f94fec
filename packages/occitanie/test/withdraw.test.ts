import { Calendar, Policy, Programme, Requirements } from "@gip-sante/core"
import { policyJson } from "@gip-sante/occitanie"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const stack = (patch: unknown) => Policy.decodeLayers([policyJson, patch], { requirements: Requirements.all })

describe("an override that withdraws a parameter its programme does not have", () => {
  it("leaves it out of the policy, and the lineage says why", () => {
    const r = stack({
      parameters: {
        "programme.goal.consultations": {
          withdraw: "No consultation goal was ever published for this programme"
        }
      }
    })
    const policy = Result.getOrThrow(r)
    expect(Policy.parameter(policy, "programme.goal.consultations")).toBeUndefined()
    expect(policy.lineage?.layers[0]?.withdrawn).toStrictEqual([
      {
        parameterId: "programme.goal.consultations",
        reason: "No consultation goal was ever published for this programme"
      }
    ])
    // The goals that remain still work.
    const asOf = Calendar.date("2025-12-17")
    expect(Result.isSuccess(Programme.goalProgress(policy, { recruitedSoFar: 110, asOf }, asOf))).toBe(true)
  })

  it("cannot withdraw what a module needs: the issue points at the withdrawal", () => {
    const r = stack({ parameters: { "contract.maxWeeklyHours": { withdraw: "no maximum" } } })
    expect(Result.isFailure(r) && r.failure.issues).toStrictEqual([
      {
        path: 'parameters["contract.maxWeeklyHours"].withdraw',
        message:
          "The policy has no parameter contract.maxWeeklyHours (Maximum weekly hours of a contract), which Contract needs",
        layer: 1
      }
    ])
  })

  it("a withdrawal says nothing else", () => {
    const r = stack({ parameters: { "programme.goal.consultations": { withdraw: "none", label: "x" } } })
    expect(Result.isFailure(r) && r.failure.issues).toStrictEqual([
      {
        path: 'parameters["programme.goal.consultations"]',
        message:
          'A parameter withdrawn ("withdraw") takes nothing else: no value, label or unit, got {"withdraw":"none","label":"x"}',
        layer: 1
      }
    ])
  })
})

describe("an override that adds several documents", () => {
  it("may cite each of them", () => {
    const document = (title: string) => ({ title, publisher: "Press", date: "2025-01-01", kind: "press" })
    const r = stack({
      bibliography: { "doc-a": document("A"), "doc-b": document("B") },
      parameters: {
        "contract.maxWeeklyHours": {
          values: [
            {
              from: "2024-01-01",
              value: 39,
              provenance: { kind: "citation", document: "doc-a", locator: "39 h" }
            }
          ]
        },
        "contract.minWeeklyHours": {
          values: [
            {
              from: "2024-01-01",
              value: 4,
              provenance: { kind: "citation", document: "doc-b", locator: "4 h" }
            }
          ]
        }
      }
    })
    expect(Result.isSuccess(r) && r.success.lineage?.documentsAdded).toStrictEqual(["doc-a", "doc-b"])
  })
})

/**
 * The Occitanie preset with its contribution lines replaced by the two flat rates of earlier
 * versions (net 81.5 % of gross, employer 34.5 %): the policy of the benchmarks that compare Pay
 * with a hand-written loop and with Publicodes, which model those two rates, not the lines. The
 * pay suite also times the preset itself, lines and all, against the same baseline.
 */
import { Contributions, Policy } from "@gip-sante/core"
import { policyJson } from "@gip-sante/occitanie"

const lineIds = new Set<string>(Contributions.lineParameters().map((p) => p.id))

const flat = (value: number) => ({
  type: "number" as const,
  unit: "ratio" as const,
  label: "flat rate",
  description: "Flat rate of earlier versions, for the benchmarks.",
  history: [
    {
      from: "2020-01-01",
      value,
      provenance: {
        kind: "assumption" as const,
        rationale: "The preset's flat rate before contribution lines (openfisca-france rates, 2025).",
        replaceWith: "the contribution lines"
      }
    }
  ]
})

export const flatPolicy: Policy.Policy = Policy.decodeUnsafe({
  ...policyJson,
  parameters: {
    ...Object.fromEntries(Object.entries(policyJson.parameters).filter(([id]) => !lineIds.has(id))),
    [Contributions.flatParameters.netShareOfGross.id]: flat(0.815),
    [Contributions.flatParameters.employerContributionRate.id]: flat(0.345)
  }
})

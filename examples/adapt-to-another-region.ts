/**
 * Adapting the model to another region: a Centre-Val de Loire-like programme (GIP Pro Santé,
 * which has salaried doctors since 2020) expressed as an override of the Occitanie policy.
 * The override only replaces values — units, value types and parameter ids stay those of the
 * base, and every value says where it comes from. The script prints what changed (a computed
 * diff, not a hand-kept note), which values are assumptions, and what it does to pay.
 *
 * Facts used (public sources, medium to high confidence, see the bibliography entries below):
 * pay 5,000 to 8,950 € a month (net or gross not stated), at most 39 h a week, a goal of 300
 * doctors by 2028.
 *
 * Run: pnpm examples (or: node --conditions=@gip-sante/source --import tsx examples/adapt-to-another-region.ts)
 */
import { Calendar, type Contract, Money, Pay, Policy, Provenance } from "@gip-sante/core"
import { policy as occitanie } from "@gip-sante/occitanie"
import { Result } from "effect"

const cvlDocument = "cvl-gip-pro-sante"
const cite = (locator: string, note?: string) => ({
  kind: "citation" as const,
  document: cvlDocument,
  locator,
  ...(note === undefined ? {} : { note }),
  confidence: "medium" as const
})
const assume = (rationale: string, replaceWith: string) => ({
  kind: "assumption" as const,
  rationale,
  replaceWith,
  references: [cvlDocument]
})
const from = "2020-12-01" // first contracts signed in December 2020

const patch: Policy.Patch = {
  name: "GIP Pro Santé (illustration)",
  region: "Centre-Val de Loire",
  version: "2025.09.0-example",
  description:
    "An illustration of a second programme built as an override of the Occitanie policy. Values not given by its sources are kept from Occitanie or flagged as assumptions.",
  bibliography: {
    [cvlDocument]: {
      title: "GIP Pro Santé Centre-Val de Loire: regional audit court report and regional press",
      publisher: "Chambre régionale des comptes / regional press",
      date: "2025-09-01",
      kind: "secondary",
      confidence: "medium",
      note: "Secondary summary of public sources; the month is approximate."
    }
  },
  parameters: {
    "pay.gp.startingMonthlyNet": {
      values: [
        {
          from,
          value: "5000.00",
          provenance: cite("pay from 5,000 € a month", "net or gross is not stated; read as net here")
        }
      ]
    },
    "pay.gp.maximumMonthlyNet": {
      values: [
        {
          from,
          value: "8950.00",
          provenance: cite("pay up to 8,950 € a month", "net or gross is not stated; read as net here")
        }
      ]
    },
    "pay.gp.grid": {
      values: [
        {
          from,
          value: [
            { fromYears: 0, amount: "5000.00" },
            { fromYears: 4, amount: "5800.00" },
            { fromYears: 8, amount: "6700.00" },
            { fromYears: 13, amount: "7700.00" },
            { fromYears: 20, amount: "8950.00" }
          ],
          provenance: assume(
            "Only the range 5,000 to 8,950 € is published, indexed on the hospital grid; the steps are placeholders. The source does not say net or gross: the grid keeps the base's unit (net), since an override cannot change a unit.",
            "the GIP's actual grid, with its basis"
          )
        }
      ]
    },
    "contract.maxWeeklyHours": {
      values: [{ from, value: 39, provenance: cite("at most 39 h a week") }]
    },
    "programme.goal.clinicians": {
      values: [
        { from, value: 300, provenance: cite("300 doctors by 2028 (after a first goal of 150 by 2025)") }
      ]
    }
  }
}

const adapted = Policy.override(occitanie, patch)
if (Result.isFailure(adapted)) {
  console.error(adapted.failure.message)
  process.exit(1)
}
const cvl = adapted.success

console.log(
  `# ${cvl.name} (${cvl.region}), adapted from ${cvl.lineage?.base.name} (${cvl.lineage?.base.region})`
)
console.log(`\nOverridden parameters: ${cvl.lineage?.overridden.join(", ")}`)
console.log(`Documents added: ${cvl.lineage?.documentsAdded.join(", ")}`)

const show = (id: string, value: unknown) =>
  Policy.parameter(cvl, id)?.type === "money"
    ? Money.format(value as Money.Cents)
    : Policy.parameter(cvl, id)?.type === "grid"
      ? (value as ReadonlyArray<{ fromYears: number; amount: Money.Cents }>)
          .map((e) => `${e.fromYears} y: ${Money.format(e.amount)}`)
          .join(", ")
      : JSON.stringify(value)

console.log("\n## What changes against Occitanie (computed with Policy.diff)\n")
const date = Calendar.date("2025-06-01")
for (const difference of Policy.diff(occitanie, cvl)) {
  const inForce = (history: typeof difference.before) =>
    history?.find((e) => e.from <= date && (e.to === undefined || date < e.to))
  const before = inForce(difference.before)
  const after = inForce(difference.after)
  const sameValue = JSON.stringify(before?.value) === JSON.stringify(after?.value)
  const why = sameValue ? " (same value on this date; the history's dates or sources differ)" : ""
  console.log(`- ${difference.parameterId} (${difference.label}), in force on ${date}${why}:`)
  console.log(
    `    Occitanie: ${before === undefined ? "none" : show(difference.parameterId, before.value)} — ${before === undefined ? "" : Provenance.describe(before.provenance)}`
  )
  console.log(
    `    ${cvl.region}: ${after === undefined ? "none" : show(difference.parameterId, after.value)} — ${after === undefined ? "" : Provenance.describe(after.provenance)}`
  )
}

const overriddenAssumptions = Policy.assumptions(cvl).filter((a) =>
  cvl.lineage?.overridden.includes(a.parameterId)
)
console.log(`\n## Assumptions this override introduces (${overriddenAssumptions.length})\n`)
for (const a of overriddenAssumptions) {
  if (a.entry.provenance.kind === "assumption") {
    console.log(
      `- ${a.parameterId} from ${a.entry.from}: ${a.entry.provenance.rationale} Replace with: ${a.entry.provenance.replaceWith}.`
    )
  }
}
console.log(
  `All other values are Occitanie's (${Policy.assumptions(cvl).length} assumptions in total to review).`
)

const youngGp: Contract.Contract = {
  id: "new-gp",
  profession: "gp",
  weeklyHours: 35,
  daysPerWeek: 5,
  start: Calendar.date("2025-01-01"),
  seniorityAtHireYears: 0,
  retiree: false,
  kind: "permanent"
}
console.log(`\n## Effect on pay: a GP starting on 35 h, on ${date}\n`)
for (const p of [occitanie, cvl]) {
  const pay = Result.getOrThrow(Pay.monthly(p, youngGp, date))
  console.log(
    `- ${p.region}: net ${Money.format(pay.net)}, gross ${Money.format(pay.gross)}, employer cost ${Money.format(pay.employerCost)} a month`
  )
}

const refused = Policy.override(occitanie, { parameters: { "pay.gp.grid": { unit: "eurosPerMonthGross" } } })
if (Result.isFailure(refused)) {
  console.log("\n## What an override may not do\n")
  console.log(`Switching the GP grid to gross pay is refused:\n${refused.failure.message}`)
}

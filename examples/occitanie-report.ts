/**
 * The Occitanie programme report (first version): the programme's published figures, each with
 * its date and source, and the policy values behind the model on a given date, each with its
 * provenance. Later versions add computed KPIs, pay, obligations and accounts.
 *
 * Run: pnpm report
 */
import { Calendar, Explanation, Money, Policy, Provenance, type Reference, Unit } from "@gip-sante/core"
import { figures, policy } from "@gip-sante/occitanie"

const asOf = Calendar.date("2025-12-17")
const number = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 3 })

const formatFigure = (f: Reference.Figure): string => {
  const show = (v: number) =>
    Unit.isMoney(f.unit)
      ? Money.format(Money.cents(Math.round(v)))
      : `${number.format(v)} ${Unit.label(f.unit)}`.trim()
  const value = f.precision === "range" ? `${show(f.value)} to ${show(f.high ?? f.value)}` : show(f.value)
  const qualifier = { exact: "", about: "about ", atLeast: "at least ", atMost: "at most ", range: "" }[
    f.precision
  ]
  const when = f.since === undefined ? `as of ${f.asOf}` : `from ${f.since} to ${f.asOf}`
  return `- ${f.label}: ${qualifier}${value} (${f.nature}, ${when}) — ${f.provenance.document}: ${f.provenance.locator}`
}

const sections: ReadonlyArray<[string, (f: Reference.Figure) => boolean]> = [
  ["Centres and sites", (f) => f.id.startsWith("centres.") || f.id.startsWith("sites.")],
  ["Staff", (f) => f.id.startsWith("staff.") || f.id.startsWith("clinicians.")],
  ["Activity and patients", (f) => /^(consultations|homeVisits|patients)\./.test(f.id)],
  ["Money", (f) => f.id.startsWith("money.") || f.id.startsWith("gip.budget")],
  ["Published examples", (f) => f.id.startsWith("examples.")]
]

console.log(`# ${policy.name} — ${policy.region} (policy version ${policy.version})`)
console.log("")
console.log(policy.description ?? "")
console.log("")
console.log("## Published figures")
for (const [title, belongs] of sections) {
  console.log(`\n### ${title}\n`)
  for (const f of figures.filter(belongs)) console.log(formatFigure(f))
}

console.log(`\n## Policy values in force on ${asOf}\n`)
let cited = 0
let assumed = 0
for (const id of Policy.parameterIds(policy)) {
  const parameter = Policy.parameter(policy, id)!
  const history = parameter.history as ReadonlyArray<{
    from: string
    to?: string
    value: unknown
    provenance: Provenance.Provenance
  }>
  const entry = history.find((e) => e.from <= asOf && (e.to === undefined || asOf < e.to))
  if (entry === undefined) {
    console.log(`- ${id} (${parameter.label}): no value in force`)
    continue
  }
  if (Provenance.isAssumption(entry.provenance)) assumed++
  else cited++
  const value =
    parameter.type === "money" && Unit.isMoney(parameter.unit)
      ? Explanation.formatValue(Explanation.money(entry.value as Money.Cents, parameter.unit))
      : parameter.type === "grid"
        ? (entry.value as ReadonlyArray<{ fromYears: number; amount: Money.Cents }>)
            .map((e) => `${e.fromYears} y: ${Money.format(e.amount)}`)
            .join(", ")
        : typeof entry.value === "number"
          ? number.format(entry.value)
          : JSON.stringify(entry.value)
  const badge = Provenance.isAssumption(entry.provenance) ? " [ASSUMPTION]" : ""
  const unit = parameter.type === "money" ? "" : ` ${Unit.label(parameter.unit).replace(/^€ /, "")}`
  console.log(`- ${id} = ${value}${unit.trimEnd()}${badge} — ${Provenance.describe(entry.provenance)}`)
}
console.log(
  `\n${cited} values cited from a source, ${assumed} flagged assumptions (see the rationale of each).`
)

console.log("\n## Changes of value in 2023–2026\n")
for (const change of Policy.changesBetween(
  policy,
  Calendar.date("2023-01-01"),
  Calendar.date("2027-01-01")
)) {
  const show = (e: { value: unknown } | undefined) =>
    e === undefined
      ? "none"
      : typeof e.value === "number" && Policy.parameter(policy, change.parameterId)?.type === "money"
        ? Money.format(e.value as Money.Cents)
        : JSON.stringify(e.value)
  const what = change.valueChanged
    ? `${show(change.before)} → ${show(change.after)}`
    : `${show(change.after)} (new source)`
  console.log(`- ${change.date}: ${change.parameterId} ${what}`)
}

/**
 * The policy handbook: every rule, every parameter with its whole history and provenance, and
 * the bibliography, generated from the policy data and the rule metadata, in Markdown or in
 * self-contained HTML. Nothing in it is written by hand, so it cannot drift from the code.
 *
 * @since 0.1.0
 * @module
 */
import {
  Consultation,
  Contract,
  Money,
  Obligations,
  type Parameter,
  Policy,
  Programme,
  type Provenance,
  Rule,
  Unit
} from "@gip-sante/core"
import { htmlText as h, markdownText as md } from "./escape.js"

// -----------------------------------------------------------------------------
// the facts the handbook shows (shared by both renderers)
// -----------------------------------------------------------------------------

interface ExampleFact {
  readonly title: string
  readonly at: string
  readonly expected: string
  /** What the example gave when it does not hold; undefined when it holds. */
  readonly failing: string | undefined
}

interface RuleFact {
  readonly id: string
  readonly title: string
  readonly description: string
  readonly kind: Rule.Kind
  readonly severity: Rule.Severity
  readonly reads: ReadonlyArray<{ readonly id: string; readonly label: string }>
  // What the policy says the rule rests on (its `rules` section).
  readonly sources: ReadonlyArray<Provenance.Provenance>
  readonly examples: ReadonlyArray<ExampleFact>
}

const ruleFact = <I>(rule: Rule.Rule<I>, policy: Policy.Policy): RuleFact => {
  const failing = Rule.failingExamples(rule, policy)
  return {
    id: rule.id,
    title: rule.title,
    description: rule.description,
    kind: rule.kind,
    severity: rule.severity,
    reads: rule.reads.map((d) => ({ id: d.id, label: Policy.parameter(policy, d.id)?.label ?? d.label })),
    sources: Rule.sources(rule, policy),
    examples: (rule.examples ?? []).map((example) => {
      const failure = failing.find((f) => f.example === example)
      return {
        title: example.title,
        at: typeof example.at === "string" ? example.at : `${example.at.start} to ${example.at.end}`,
        expected: example.expected,
        failing: failure?.obtained
      }
    })
  }
}

// Every rule book of the core, in the order the handbook shows them.
const ruleFacts = (policy: Policy.Policy): Array<RuleFact> => [
  ...Contract.rules.map((r) => ruleFact(r, policy)),
  ruleFact(Consultation.targetRule, policy),
  ...Obligations.rules.map((r) => ruleFact(r, policy)),
  ruleFact(Programme.recruitmentRule, policy),
  ruleFact(Programme.openingRule, policy)
]

const typeLabels: Record<Parameter.ValueType, string> = {
  number: "number",
  money: "amount of money",
  grid: "salary grid (amount by years of seniority)",
  boolean: "yes / no",
  list: "list of names",
  text: "text"
}

const unitText = (unit: Unit.Unit): string => (unit === "none" ? "none" : `${Unit.label(unit)} (${unit})`)

const scalarText = (type: Parameter.ValueType, unit: Unit.Unit, value: unknown): string => {
  switch (type) {
    case "money":
      return Money.format(value as Money.Cents)
    case "number":
      return `${String(value)} ${Unit.label(unit)}`
    case "boolean":
      return value === true ? "yes" : "no"
    case "list":
      return (value as ReadonlyArray<string>).join(", ")
    default:
      return String(value)
  }
}

const gridRows = (value: unknown): Array<[string, string]> =>
  (value as Parameter.Grid).map((e) => [`${e.fromYears} years`, Money.format(e.amount)])

const rangeText = (entry: Parameter.HistoryEntry): [string, string] => [entry.from, entry.to ?? "(open)"]

const docTitle = (policy: Policy.Policy, id: string): string =>
  Object.hasOwn(policy.bibliography, id) ? policy.bibliography[id]!.title : "(not in the bibliography)"

const ruleCount = (facts: ReadonlyArray<RuleFact>) => ({
  rules: facts.length,
  examples: facts.reduce((n, f) => n + f.examples.length, 0),
  failing: facts.reduce((n, f) => n + f.examples.filter((e) => e.failing !== undefined).length, 0)
})

// Ends a sentence with a full stop unless it already ends with punctuation.
const stop = (text: string): string =>
  /[.!?…]$/u.test(text.trimEnd()) ? text.trimEnd() : `${text.trimEnd()}.`

const anchor = (prefix: "parameter" | "document" | "rule", id: string) => `${prefix}-${id}`

// -----------------------------------------------------------------------------
// Markdown
// -----------------------------------------------------------------------------

const mdProvenance = (policy: Policy.Policy, provenance: Provenance.Provenance): string => {
  const confidence = provenance.confidence === undefined ? "" : ` Confidence: ${provenance.confidence}.`
  if (provenance.kind === "citation") {
    const note = provenance.note === undefined ? "" : ` Note: ${md(stop(provenance.note))}`
    return `[${md(provenance.document)}](#${anchor("document", provenance.document)}) ${md(docTitle(policy, provenance.document))}, “${md(provenance.locator)}”.${note}${confidence}`
  }
  const references =
    provenance.references === undefined || provenance.references.length === 0
      ? ""
      : ` Informed by: ${provenance.references.map((id) => `[${md(id)}](#${anchor("document", id)})`).join(", ")}.`
  return `**ASSUMPTION** ${md(stop(provenance.rationale))} Replace with: ${md(stop(provenance.replaceWith))}${references}${confidence}`
}

const mdRule = (policy: Policy.Policy, fact: RuleFact): Array<string> => {
  const lines = [
    `### ${md(fact.title)} <a id="${anchor("rule", fact.id)}"></a>`,
    "",
    `Rule \`${fact.id}\`: ${fact.kind}, ${fact.severity}.`,
    "",
    md(fact.description),
    "",
    `- **Parameters read:** ${
      fact.reads.length === 0
        ? "none"
        : fact.reads.map((p) => `[${md(p.label)}](#${anchor("parameter", p.id)}) (\`${p.id}\`)`).join(", ")
    }`,
    `- **Sources:** ${
      fact.sources.length === 0
        ? "none given by the policy"
        : fact.sources
            .map((source) =>
              source.kind === "citation"
                ? `[${md(source.document)}](#${anchor("document", source.document)}): ${md(source.locator)} (${md(docTitle(policy, source.document))})`
                : `assumption (no document): ${md(source.rationale)}`
            )
            .join("; ")
    }`
  ]
  if (fact.examples.length === 0) {
    lines.push("- **Worked examples:** none")
  } else {
    lines.push("- **Worked examples:**", "", "  | Example | On | Expected | Check |", "  |---|---|---|---|")
    for (const e of fact.examples) {
      const check = e.failing === undefined ? "holds" : `**FAILING**: gives ${md(e.failing)}`
      lines.push(`  | ${md(e.title)} | ${md(e.at)} | ${e.expected} | ${check} |`)
    }
  }
  lines.push("")
  return lines
}

const mdParameter = (policy: Policy.Policy, id: string): Array<string> => {
  const p = Policy.parameter(policy, id)!
  const history = p.history as ReadonlyArray<Parameter.HistoryEntry>
  const lines = [
    `### ${md(p.label)} <a id="${anchor("parameter", id)}"></a>`,
    "",
    `Parameter \`${id}\`: ${typeLabels[p.type]}, unit ${md(unitText(p.unit))}.`,
    "",
    md(p.description),
    ""
  ]
  if (p.type === "grid") {
    for (const entry of history) {
      const [from, to] = rangeText(entry)
      lines.push(`- From ${from} to ${to}. Source: ${mdProvenance(policy, entry.provenance)}`, "")
      lines.push("  | From seniority | Full-time amount |", "  |---|---|")
      for (const [years, amount] of gridRows(entry.value)) lines.push(`  | ${years} | ${amount} |`)
      lines.push("")
    }
  } else {
    lines.push("| From | To | Value | Source |", "|---|---|---|---|")
    for (const entry of history) {
      const [from, to] = rangeText(entry)
      lines.push(
        `| ${from} | ${to} | ${md(scalarText(p.type, p.unit, entry.value))} | ${mdProvenance(policy, entry.provenance)} |`
      )
    }
    lines.push("")
  }
  for (const gap of p.gaps ?? [])
    lines.push(`- No value from ${gap.from} to ${gap.to}: ${md(stop(gap.reason))}`)
  if ((p.gaps ?? []).length > 0) lines.push("")
  return lines
}

/**
 * The policy handbook in Markdown: a summary; what an override changed from its base (for a
 * policy with a `lineage`); every rule with its parameters, sources and worked examples (run,
 * and flagged **FAILING** when one does not hold); every parameter with its whole history and
 * each value's provenance, values no source gives badged **ASSUMPTION**; the bibliography.
 *
 * @example
 * ```ts
 * import { handbookMarkdown } from "@gip-sante/cli"
 * import { policy } from "@gip-sante/occitanie"
 *
 * const text = handbookMarkdown(policy)
 * console.log(text.split("\n")[0]) // "# Policy handbook: Ma santé, ma région (Occitanie, version 2025.12.0)"
 * ```
 *
 * @since 0.1.0
 * @category handbook
 */
export const handbookMarkdown = (policy: Policy.Policy): string => {
  const facts = ruleFacts(policy)
  const counts = ruleCount(facts)
  const ids = Policy.parameterIds(policy)
  const documents = Object.keys(policy.bibliography).sort()
  const assumed = Policy.assumptions(policy).length
  const lines: Array<string> = [
    `# Policy handbook: ${md(policy.name)} (${md(policy.region)}, version ${md(policy.version)})`,
    "",
    ...(policy.description === undefined ? [] : [md(policy.description), ""]),
    "Generated from the policy data and the rules' metadata by `gip-sante handbook`: do not edit it by hand.",
    "",
    "## Summary",
    "",
    `- ${counts.rules} rules, with ${counts.examples} worked examples (${counts.failing === 0 ? "all hold" : `${counts.failing} failing`}).`,
    `- ${ids.length} parameters; ${assumed} dated values are assumptions that no source gives, to review.`,
    `- ${documents.length} documents in the bibliography.`,
    ""
  ]
  if (policy.lineage !== undefined) {
    const { base, overridden, documentsAdded } = policy.lineage
    lines.push(
      "## Changes from the base policy",
      "",
      `This policy overrides ${md(base.name)} (${md(base.region)}, version ${md(base.version)}).`,
      "",
      `- **Parameters overridden:** ${
        overridden.length === 0
          ? "none"
          : overridden
              .map(
                (id) =>
                  `[${md(Policy.parameter(policy, id)?.label ?? id)}](#${anchor("parameter", id)}) (\`${id}\`)`
              )
              .join(", ")
      }`,
      `- **Documents added:** ${
        documentsAdded.length === 0
          ? "none"
          : documentsAdded
              .map((id) => `[${md(id)}](#${anchor("document", id)}) ${md(docTitle(policy, id))}`)
              .join("; ")
      }`,
      ""
    )
  }
  lines.push("## Rules", "")
  for (const fact of facts) lines.push(...mdRule(policy, fact))
  lines.push("## Parameters", "")
  for (const id of ids) lines.push(...mdParameter(policy, id))
  lines.push("## Bibliography", "")
  for (const id of documents) {
    const d = policy.bibliography[id]!
    const extra = [
      d.author === undefined ? undefined : `by ${md(d.author)}`,
      d.confidence === undefined ? undefined : `confidence ${d.confidence}`,
      d.url === undefined ? undefined : `<${md(d.url)}>`
    ].filter((x) => x !== undefined)
    lines.push(
      `- <a id="${anchor("document", id)}"></a>**${md(id)}**: ${md(d.title)}. ${md(d.publisher)}, ${d.date} (${d.kind})${extra.length === 0 ? "" : `, ${extra.join(", ")}`}.${d.note === undefined || d.note === "" ? "" : ` ${md(d.note)}`}`
    )
  }
  lines.push("")
  return lines.join("\n")
}

// -----------------------------------------------------------------------------
// HTML
// -----------------------------------------------------------------------------

const link = (prefix: "parameter" | "document" | "rule", id: string, text: string) =>
  `<a href="#${h(anchor(prefix, id))}">${h(text)}</a>`

const htmlProvenance = (policy: Policy.Policy, provenance: Provenance.Provenance): string => {
  const confidence = provenance.confidence === undefined ? "" : ` Confidence: ${h(provenance.confidence)}.`
  if (provenance.kind === "citation") {
    const note = provenance.note === undefined ? "" : ` Note: ${h(stop(provenance.note))}`
    return `${link("document", provenance.document, provenance.document)} ${h(docTitle(policy, provenance.document))}, “${h(provenance.locator)}”.${note}${confidence}`
  }
  const references =
    provenance.references === undefined || provenance.references.length === 0
      ? ""
      : ` Informed by: ${provenance.references.map((id) => link("document", id, id)).join(", ")}.`
  return `<span class="assumption">ASSUMPTION</span> ${h(stop(provenance.rationale))} Replace with: ${h(stop(provenance.replaceWith))}${references}${confidence}`
}

const style = `body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}
code{background:#f2f2f2;padding:0 .2rem}.assumption{background:#ffe08a;color:#5a3d00;font-weight:bold;padding:0 .3rem;border-radius:.2rem}
.failing{background:#ffb3b3;font-weight:bold;padding:0 .3rem}section{margin-bottom:1.5rem}`

/**
 * The policy handbook as one self-contained HTML page (inline style, no script, every text
 * escaped), with the same content as {@link handbookMarkdown}.
 *
 * @example
 * ```ts
 * import { handbookHtml } from "@gip-sante/cli"
 * import { policy } from "@gip-sante/occitanie"
 *
 * const page = handbookHtml(policy)
 * console.log(page.startsWith("<!doctype html>")) // true
 * ```
 *
 * @since 0.1.0
 * @category handbook
 */
export const handbookHtml = (policy: Policy.Policy): string => {
  const facts = ruleFacts(policy)
  const counts = ruleCount(facts)
  const ids = Policy.parameterIds(policy)
  const documents = Object.keys(policy.bibliography).sort()
  const assumed = Policy.assumptions(policy).length
  const title = `Policy handbook: ${policy.name} (${policy.region}, version ${policy.version})`
  const out: Array<string> = [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<title>${h(title)}</title>`,
    `<style>${style}</style>`,
    "</head>",
    "<body>",
    `<h1>${h(title)}</h1>`,
    ...(policy.description === undefined ? [] : [`<p>${h(policy.description)}</p>`]),
    "<p>Generated from the policy data and the rules' metadata by <code>gip-sante handbook</code>: do not edit it by hand.</p>",
    "<h2>Summary</h2>",
    "<ul>",
    `<li>${counts.rules} rules, with ${counts.examples} worked examples (${counts.failing === 0 ? "all hold" : `${counts.failing} failing`}).</li>`,
    `<li>${ids.length} parameters; ${assumed} dated values are assumptions that no source gives, to review.</li>`,
    `<li>${documents.length} documents in the bibliography.</li>`,
    "</ul>"
  ]
  if (policy.lineage !== undefined) {
    const { base, overridden, documentsAdded } = policy.lineage
    out.push(
      "<h2>Changes from the base policy</h2>",
      `<p>This policy overrides ${h(base.name)} (${h(base.region)}, version ${h(base.version)}).</p>`,
      "<ul>",
      `<li><strong>Parameters overridden:</strong> ${
        overridden.length === 0
          ? "none"
          : overridden
              .map(
                (id) =>
                  `${link("parameter", id, Policy.parameter(policy, id)?.label ?? id)} (<code>${h(id)}</code>)`
              )
              .join(", ")
      }</li>`,
      `<li><strong>Documents added:</strong> ${
        documentsAdded.length === 0
          ? "none"
          : documentsAdded.map((id) => `${link("document", id, id)} ${h(docTitle(policy, id))}`).join("; ")
      }</li>`,
      "</ul>"
    )
  }
  out.push("<h2>Rules</h2>")
  for (const fact of facts) {
    out.push(
      `<section id="${h(anchor("rule", fact.id))}">`,
      `<h3>${h(fact.title)}</h3>`,
      `<p>Rule <code>${h(fact.id)}</code>: ${h(fact.kind)}, ${h(fact.severity)}.</p>`,
      `<p>${h(fact.description)}</p>`,
      "<ul>",
      `<li><strong>Parameters read:</strong> ${
        fact.reads.length === 0
          ? "none"
          : fact.reads.map((p) => `${link("parameter", p.id, p.label)} (<code>${h(p.id)}</code>)`).join(", ")
      }</li>`,
      `<li><strong>Sources:</strong> ${
        fact.sources.length === 0
          ? "none given by the policy"
          : fact.sources
              .map((source) =>
                source.kind === "citation"
                  ? `${link("document", source.document, source.document)}: ${h(source.locator)} (${h(docTitle(policy, source.document))})`
                  : `assumption (no document): ${h(source.rationale)}`
              )
              .join("; ")
      }</li>`,
      "</ul>"
    )
    if (fact.examples.length === 0) out.push("<p>Worked examples: none.</p>")
    else {
      out.push(
        "<table><thead><tr><th>Example</th><th>On</th><th>Expected</th><th>Check</th></tr></thead><tbody>"
      )
      for (const e of fact.examples) {
        const check =
          e.failing === undefined ? "holds" : `<span class="failing">FAILING</span>: gives ${h(e.failing)}`
        out.push(
          `<tr><td>${h(e.title)}</td><td>${h(e.at)}</td><td>${h(e.expected)}</td><td>${check}</td></tr>`
        )
      }
      out.push("</tbody></table>")
    }
    out.push("</section>")
  }
  out.push("<h2>Parameters</h2>")
  for (const id of ids) {
    const p = Policy.parameter(policy, id)!
    const history = p.history as ReadonlyArray<Parameter.HistoryEntry>
    out.push(
      `<section id="${h(anchor("parameter", id))}">`,
      `<h3>${h(p.label)}</h3>`,
      `<p>Parameter <code>${h(id)}</code>: ${h(typeLabels[p.type])}, unit ${h(unitText(p.unit))}.</p>`,
      `<p>${h(p.description)}</p>`,
      "<table><thead><tr><th>From</th><th>To</th><th>Value</th><th>Source</th></tr></thead><tbody>"
    )
    for (const entry of history) {
      const [from, to] = rangeText(entry)
      const value =
        p.type === "grid"
          ? `<table><thead><tr><th>From seniority</th><th>Full-time amount</th></tr></thead><tbody>${gridRows(
              entry.value
            )
              .map(([years, amount]) => `<tr><td>${h(years)}</td><td>${h(amount)}</td></tr>`)
              .join("")}</tbody></table>`
          : h(scalarText(p.type, p.unit, entry.value))
      out.push(
        `<tr><td>${h(from)}</td><td>${h(to)}</td><td>${value}</td><td>${htmlProvenance(policy, entry.provenance)}</td></tr>`
      )
    }
    out.push("</tbody></table>")
    for (const gap of p.gaps ?? [])
      out.push(`<p>No value from ${h(gap.from)} to ${h(gap.to)}: ${h(stop(gap.reason))}</p>`)
    out.push("</section>")
  }
  out.push("<h2>Bibliography</h2>", "<ul>")
  for (const id of documents) {
    const d = policy.bibliography[id]!
    const extra = [
      d.author === undefined ? undefined : `by ${h(d.author)}`,
      d.confidence === undefined ? undefined : `confidence ${h(d.confidence)}`,
      d.url === undefined
        ? undefined
        : /^https?:\/\//.test(d.url)
          ? `<a href="${h(d.url)}">${h(d.url)}</a>`
          : h(d.url)
    ].filter((x) => x !== undefined)
    out.push(
      `<li id="${h(anchor("document", id))}"><strong>${h(id)}</strong>: ${h(d.title)}. ${h(d.publisher)}, ${h(d.date)} (${h(d.kind)})${extra.length === 0 ? "" : `, ${extra.join(", ")}`}.${d.note === undefined || d.note === "" ? "" : ` ${h(d.note)}`}</li>`
    )
  }
  out.push("</ul>", "</body>", "</html>", "")
  return out.join("\n")
}

/**
 * A value of a parameter on one line (grids as `0 years: 4 700,00 €; …`), for terminal output.
 *
 * @internal
 */
export const valueLine = (
  parameter: { readonly type: Parameter.ValueType; readonly unit: Unit.Unit },
  value: unknown
): string =>
  parameter.type === "grid"
    ? gridRows(value)
        .map(([years, amount]) => `${years}: ${amount}`)
        .join("; ")
    : scalarText(parameter.type, parameter.unit, value)

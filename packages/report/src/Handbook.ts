/**
 * The policy handbook: every rule (its parameters, its sources and its worked examples computed
 * from the policy it is rendered with), every parameter with its whole history and the
 * provenance of each value, what an override changed from its base and what it inherits, and
 * the documents the policy cites. Generated from the policy and the rules' metadata, in Markdown
 * or in self-contained HTML: it cannot drift from the code, and it says nothing that is not in
 * the policy it documents.
 *
 * @example
 * ```ts
 * import { Handbook } from "@gip-sante/report"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Handbook.markdown(policy).split("\n")[0] // "# Policy handbook: Ma santé, ma région (Occitanie, version 2025.12.0)"
 * ```
 *
 * @since 0.1.0
 * @module
 */
import {
  Consultation,
  Contract,
  Locale,
  Money,
  Obligations,
  type Parameter,
  Policy,
  Programme,
  Provenance,
  Rule,
  Unit
} from "@gip-sante/core"
import * as Result from "effect/Result"
import * as Format from "./Format.js"
import {
  type Block,
  html as htmlPage,
  type Inline,
  markdown as markdownPage,
  type Text
} from "./internal/document.js"
import { programmeBlocks } from "./internal/handbook-programme.js"
import type * as ProgrammeData from "./ProgrammeData.js"

// -----------------------------------------------------------------------------
// options and anchors
// -----------------------------------------------------------------------------

/**
 * What the handbook documents beyond the policy: with `programme`, the programme data's
 * published figures, the values of its scenarios and plans (pay examples, typical centre,
 * projection inputs) and the model's own assumptions that the report cites, each with its
 * provenance and an anchor the report links to.
 *
 * @example
 * ```ts
 * import { Handbook } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * const options: Handbook.Options = { programme }
 * Handbook.markdown(policy, options).includes("## Published figures") // true
 * ```
 *
 * @since 0.1.0
 * @category options
 */
export interface Options {
  readonly programme?: ProgrammeData.Programme
}

/**
 * The kinds of handbook entries an id can have: a policy parameter, a rule, a document of the
 * bibliography, a published figure, or a value of the programme data or of the model.
 *
 * @example
 * ```ts
 * import type { Handbook } from "@gip-sante/report"
 *
 * const kind: Handbook.AnchorKind = "figure"
 * ```
 *
 * @since 0.1.0
 * @category anchors
 */
export type AnchorKind = "parameter" | "document" | "rule" | "figure" | "data"

/**
 * The anchor of an id's entry in the handbook (the `id` of its HTML element, the Markdown `<a
 * id>`): `parameter-pay.gp.grid`, `figure-consultations.total.apr2025`,
 * `data-programmeData.payExamples[s2-gp-27h]`. The report links to `handbook#anchor`.
 *
 * @example
 * ```ts
 * import { Handbook } from "@gip-sante/report"
 *
 * Handbook.anchor("parameter", "pay.gp.grid") // "parameter-pay.gp.grid"
 * ```
 *
 * @since 0.1.0
 * @category anchors
 */
export const anchor = (kind: AnchorKind, id: string): string => `${kind}-${id}`

/** The documents the programme data cites. */
const programmeDocuments = (programme: ProgrammeData.Programme): Array<string> => {
  const ids = new Set<string>()
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const v of value) visit(v)
    else if (value !== null && typeof value === "object") {
      const record = value as Record<string, unknown>
      if (record.kind === "citation" || record.kind === "assumption")
        for (const d of Provenance.documentIds(record as unknown as Provenance.Provenance)) ids.add(d)
      else for (const v of Object.values(record)) visit(v)
    }
  }
  visit(programme)
  return [...ids]
}

// -----------------------------------------------------------------------------
// the facts the handbook shows
// -----------------------------------------------------------------------------

interface ExampleFact {
  readonly title: string
  readonly at: string
  readonly expected: string
  /** The outcome on the policy rendered, in words. */
  readonly obtained: string
  readonly agrees: boolean
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

const outcomeWords = (outcome: Rule.Outcome, unit: Unit.Unit): string =>
  outcome.status === "notMet"
    ? `not met, short by ${Format.quantity(outcome.shortfall, unit)}`
    : outcome.status === "notApplicable"
      ? `not applicable (${outcome.reason})`
      : "met"

const ruleFact = <I>(rule: Rule.Rule<I>, policy: Policy.Policy): RuleFact => ({
  id: rule.id,
  title: rule.title,
  description: rule.description,
  kind: rule.kind,
  severity: rule.severity,
  reads: rule.reads.map((d) => ({ id: d.id, label: Policy.parameter(policy, d.id)?.label ?? d.label })),
  sources: Rule.sources(rule, policy),
  examples: (rule.examples ?? []).map((example) => {
    const r = rule.evaluate(policy, example.input, example.at)
    const obtained = Result.isSuccess(r)
      ? outcomeWords(r.success, rule.shortfallUnit)
      : `cannot be evaluated: ${r.failure.issues.map((i) => i.message).join("; ")}`
    return {
      title: example.title,
      at: typeof example.at === "string" ? example.at : `${example.at.start} to ${example.at.end}`,
      expected: Format.status(example.expected),
      obtained,
      agrees: Result.isSuccess(r) && r.success.status === example.expected
    }
  })
})

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

// The unit in words, with its code (what a region writes in its files) as code.
const unitText = (unit: Unit.Unit): Array<Inline> =>
  unit === "none" ? ["none"] : [`${Unit.label(unit) || "count"} (`, { code: unit }, ")"]

const scalarText = (type: Parameter.ValueType, unit: Unit.Unit, value: unknown): string => {
  switch (type) {
    case "money":
      return Format.euros(value as number)
    case "number":
      return Format.quantity(value as number, unit)
    case "boolean":
      return Format.yesNo(value === true)
    case "text":
      // A rounding mode is a code: managers read it in words (analysts find the code in the policy file).
      return Money.roundingModes.includes(value as Money.RoundingMode)
        ? Locale.rounding(value as string)
        : String(value)
    case "list":
      return (value as ReadonlyArray<string>).join(", ")
    default:
      return String(value)
  }
}

const gridRows = (value: unknown): Array<[string, string]> =>
  (value as Parameter.Grid).map((e) => [`${Format.decimal(e.fromYears)} years`, Format.euros(e.amount)])

/**
 * A value of a parameter on one line, for terminal output: grids as `0 years: 4 700,00 €; …`,
 * numbers with their unit, in French number formatting.
 *
 * @example
 * ```ts
 * import { Handbook } from "@gip-sante/report"
 *
 * Handbook.valueLine({ type: "number", unit: "hoursPerWeek" }, 35) // "35 h / week"
 * ```
 *
 * @since 0.1.0
 * @category rendering
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

// Ends a sentence with a full stop unless it already ends with punctuation.
const stop = (text: string): string =>
  /[.!?…]$/u.test(text.trimEnd()) ? text.trimEnd() : `${text.trimEnd()}.`

const link = (prefix: AnchorKind, id: string, text: string): Inline => ({
  link: text,
  href: `#${anchor(prefix, id)}`
})

/** The documents a policy cites: in its values' provenance and in its rules' sources. */
const citedDocuments = (policy: Policy.Policy, facts: ReadonlyArray<RuleFact>): Array<string> => {
  const ids = new Set<string>(facts.flatMap((f) => f.sources.flatMap((p) => Provenance.documentIds(p))))
  for (const id of Policy.parameterIds(policy))
    for (const entry of Policy.parameter(policy, id)!.history as ReadonlyArray<Parameter.HistoryEntry>)
      for (const d of Provenance.documentIds(entry.provenance)) ids.add(d)
  return [...ids].sort()
}

const kindWords: Record<Provenance.Document["kind"], string> = {
  press: "press article",
  official: "official document",
  law: "law",
  dataset: "data set",
  computed: "computed for this policy",
  secondary: "secondary source"
}

const docTitle = (policy: Policy.Policy, id: string): string =>
  Object.hasOwn(policy.bibliography, id) ? policy.bibliography[id]!.title : "(not in the bibliography)"

/** A citation's place in its document, then the source's own words when the citation quotes them. */
const citedWords = (policy: Policy.Policy, citation: Provenance.Citation): Array<Inline> => [
  citation.locator,
  ...(citation.quote === undefined
    ? []
    : [
        ": ",
        {
          quote: citation.quote,
          lang: Object.hasOwn(policy.bibliography, citation.document)
            ? policy.bibliography[citation.document]!.language
            : undefined
        } satisfies Inline
      ])
]

const provenanceText = (policy: Policy.Policy, provenance: Provenance.Provenance): Array<Inline> => {
  const confidence = provenance.confidence === undefined ? "" : ` Confidence: ${provenance.confidence}.`
  if (provenance.kind === "citation")
    return [
      link("document", provenance.document, provenance.document),
      ` ${docTitle(policy, provenance.document)}: `,
      ...citedWords(policy, provenance),
      `.${provenance.note === undefined ? "" : ` Note: ${stop(provenance.note)}`}${confidence}`
    ]
  const references = provenance.references ?? []
  return [
    { badge: "ASSUMPTION", tone: "assumption" },
    ` ${stop(provenance.rationale)} Replace with: ${stop(provenance.replaceWith)}`,
    ...(references.length === 0
      ? []
      : [
          " Informed by: ",
          ...references.flatMap(
            (id, i): Array<Inline> => [...(i === 0 ? [] : [", "]), link("document", id, id)]
          ),
          "."
        ]),
    confidence
  ]
}

// -----------------------------------------------------------------------------
// the document
// -----------------------------------------------------------------------------

const ruleBlocks = (policy: Policy.Policy, fact: RuleFact, writtenFor: string | undefined): Array<Block> => {
  const reads: Text =
    fact.reads.length === 0
      ? "none"
      : fact.reads.flatMap(
          (p, i): Array<Inline> => [
            ...(i === 0 ? [] : [", "]),
            link("parameter", p.id, p.label),
            " (",
            { code: p.id },
            ")"
          ]
        )
  const sources: Text =
    fact.sources.length === 0
      ? "none given by the policy"
      : fact.sources.flatMap(
          (source, i): Array<Inline> => [
            ...(i === 0 ? [] : ["; "]),
            ...(source.kind === "citation"
              ? [
                  link("document", source.document, source.document),
                  ": ",
                  ...citedWords(policy, source),
                  ` (${docTitle(policy, source.document)})`
                ]
              : [`assumption (no document): ${source.rationale}`])
          ]
        )
  return [
    { kind: "heading", level: 3, text: fact.title, id: anchor("rule", fact.id) },
    { kind: "paragraph", text: ["Rule ", { code: fact.id }, `: ${fact.kind}, ${fact.severity}.`] },
    { kind: "paragraph", text: fact.description },
    {
      kind: "list",
      items: [
        [{ strong: "Parameters read:" }, " ", ...(typeof reads === "string" ? [reads] : reads)],
        [{ strong: "Sources:" }, " ", ...(typeof sources === "string" ? [sources] : sources)],
        [
          { strong: "Worked examples:" },
          fact.examples.length === 0 ? " none" : " computed from this policy, below"
        ]
      ]
    },
    ...(fact.examples.length === 0
      ? []
      : [
          {
            kind: "table",
            head: ["Example", "On", "On this policy", "Written to give", "Check"],
            rows: fact.examples.map(
              (e): ReadonlyArray<Text> => [
                e.title,
                e.at,
                e.obtained,
                e.expected,
                e.agrees
                  ? "as written"
                  : writtenFor === undefined
                    ? [{ badge: "FAILING", tone: "warning" }, " the example does not hold on this policy"]
                    : `differs: the example was written for the values of ${writtenFor}`
              ]
            )
          } satisfies Block
        ])
  ]
}

const parameterBlocks = (
  policy: Policy.Policy,
  id: string,
  inheritedFrom: string | undefined
): Array<Block> => {
  const p = Policy.parameter(policy, id)!
  const history = p.history as ReadonlyArray<Parameter.HistoryEntry>
  return [
    { kind: "heading", level: 3, text: p.label, id: anchor("parameter", id) },
    {
      kind: "paragraph",
      text: [
        "Parameter ",
        { code: id },
        `: ${typeLabels[p.type]}, unit `,
        ...unitText(p.unit),
        ".",
        ...(inheritedFrom === undefined
          ? []
          : [
              " ",
              { badge: "INHERITED", tone: "assumption" } as Inline,
              ` from ${inheritedFrom}, not overridden.`
            ])
      ]
    },
    { kind: "paragraph", text: p.description },
    ...(p.type === "grid"
      ? history.flatMap(
          (entry): Array<Block> => [
            {
              kind: "paragraph",
              text: [
                `From ${entry.from} to ${entry.to ?? "(open)"}. Source: `,
                ...provenanceText(policy, entry.provenance)
              ]
            },
            {
              kind: "table",
              head: ["From seniority", "Full-time amount"],
              rows: gridRows(entry.value),
              numeric: [0, 1]
            }
          ]
        )
      : [
          {
            kind: "table",
            head: ["From", "To", "Value", "Source"],
            rows: history.map((entry) => [
              entry.from,
              entry.to ?? "(open)",
              scalarText(p.type, p.unit, entry.value),
              provenanceText(policy, entry.provenance)
            ]),
            numeric: p.type === "number" || p.type === "money" ? [2] : []
          } satisfies Block
        ]),
    ...(p.gaps ?? []).map(
      (gap): Block => ({
        kind: "paragraph",
        text: `No value from ${gap.from} to ${gap.to}: ${stop(gap.reason)}`
      })
    )
  ]
}

const handbookDocument = (
  policy: Policy.Policy,
  options: Options
): { readonly title: string; readonly blocks: Array<Block> } => {
  const facts = ruleFacts(policy)
  const ids = Policy.parameterIds(policy)
  const documents = [
    ...new Set([
      ...citedDocuments(policy, facts),
      ...(options.programme === undefined ? [] : programmeDocuments(options.programme))
    ])
  ].sort()
  const uncited = Object.keys(policy.bibliography).filter((id) => !documents.includes(id)).length
  const assumed = Policy.assumptions(policy).length
  const examples = facts.reduce((n, f) => n + f.examples.length, 0)
  const differing = facts.reduce((n, f) => n + f.examples.filter((e) => !e.agrees).length, 0)
  const lineage = policy.lineage
  const base =
    lineage === undefined
      ? undefined
      : `${lineage.base.name} (${lineage.base.region}, version ${lineage.base.version})`
  const overridden = new Set(lineage?.overridden ?? [])
  const title = `Policy handbook: ${policy.name} (${policy.region}, version ${policy.version})`
  const blocks: Array<Block> = [
    { kind: "heading", level: 1, text: title },
    ...(policy.description === undefined
      ? []
      : [{ kind: "paragraph", text: policy.description } satisfies Block]),
    {
      kind: "paragraph",
      text: [
        "Generated from the policy data and the rules' metadata by ",
        { code: "gip-sante handbook" },
        ": do not edit it by hand."
      ]
    },
    { kind: "heading", level: 2, text: "Summary" },
    {
      kind: "list",
      items: [
        `${Format.integer(facts.length)} rules, with ${Format.integer(examples)} worked examples computed from this policy (${
          differing === 0
            ? "each gives what it was written to give"
            : `${Format.integer(differing)} give${differing === 1 ? "s" : ""} something else than written${base === undefined ? "" : `, having been written for ${base}`}`
        }).`,
        `${Format.integer(ids.length)} parameters; ${Format.integer(assumed)} dated values are assumptions that no source gives, to review.`,
        `${Format.integer(documents.length)} documents cited${uncited === 0 ? "" : `; ${Format.integer(uncited)} other document${uncited === 1 ? "" : "s"} of the bibliography ${uncited === 1 ? "is" : "are"} cited by nothing in this policy and not listed`}.`
      ]
    }
  ]
  if (lineage !== undefined) {
    const added = lineage.documentsAdded
    const fromStart = lineage.layers.flatMap((l) => l.inheritedFromStart)
    const withdrawn = lineage.layers.flatMap((l) => l.withdrawn ?? [])
    const restated = [...new Set(lineage.layers.flatMap((l) => l.rules))].sort()
    const parameterList = (list: ReadonlyArray<string>, note?: (id: string) => string): Array<Inline> =>
      list.length === 0
        ? [" none"]
        : list.flatMap(
            (id, i): Array<Inline> => [
              i === 0 ? " " : ", ",
              link("parameter", id, Policy.parameter(policy, id)?.label ?? id),
              " (",
              { code: id },
              `${note === undefined ? "" : `, ${note(id)}`})`
            ]
          )
    const implicit = ids.filter((id) => !overridden.has(id) && !fromStart.some((f) => f.parameterId === id))
    blocks.push(
      { kind: "heading", level: 2, text: "Changes from the base policy" },
      {
        kind: "paragraph",
        text: `This policy overrides ${base}: it replaces the parameters it overrides, moves to its own start the values it inherits explicitly, withdraws what its programme does not have, and inherits every other parameter as it is, each marked INHERITED.`
      },
      {
        kind: "list",
        items: [
          [{ strong: "Parameters overridden:" }, ...parameterList(lineage.overridden)],
          [
            { strong: "Parameters inherited explicitly, from this programme's start:" },
            ...parameterList(
              fromStart.map((f) => f.parameterId),
              (id) => `first value moved from ${fromStart.find((f) => f.parameterId === id)!.from}`
            )
          ],
          [
            { strong: "Parameters withdrawn:" },
            ...(withdrawn.length === 0
              ? [" none"]
              : withdrawn.flatMap(
                  (w, i): Array<Inline> => [i === 0 ? " " : "; ", { code: w.parameterId }, `: ${w.reason}`]
                ))
          ],
          [{ strong: "Parameters inherited as they are:" }, ...parameterList(implicit)],
          [
            { strong: "Rules whose sources it restates:" },
            ...(restated.length === 0
              ? [" none"]
              : restated.flatMap((id, i): Array<Inline> => [i === 0 ? " " : ", ", link("rule", id, id)]))
          ],
          [
            { strong: "Documents added:" },
            ...(added.length === 0
              ? [" none"]
              : added.flatMap(
                  (id, i): Array<Inline> => [
                    i === 0 ? " " : "; ",
                    link("document", id, id),
                    ` ${docTitle(policy, id)}`
                  ]
                ))
          ]
        ]
      }
    )
  }
  blocks.push({ kind: "heading", level: 2, text: "Rules" })
  for (const fact of facts) blocks.push(...ruleBlocks(policy, fact, base))
  blocks.push({ kind: "heading", level: 2, text: "Parameters" })
  for (const id of ids)
    blocks.push(
      ...parameterBlocks(
        policy,
        id,
        lineage === undefined || overridden.has(id)
          ? undefined
          : lineage.layers.some((l) => l.inheritedFromStart.some((f) => f.parameterId === id))
            ? `${lineage.base.name}, explicitly, from this programme's start`
            : lineage.base.name
      )
    )
  if (options.programme !== undefined)
    blocks.push(...programmeBlocks(policy, options.programme, { citation: (c) => provenanceText(policy, c) }))
  blocks.push({ kind: "heading", level: 2, text: "Documents cited" })
  blocks.push({
    kind: "list",
    items: documents.map((id): Text => {
      const d = Object.hasOwn(policy.bibliography, id) ? policy.bibliography[id] : undefined
      if (d === undefined)
        return [{ anchor: anchor("document", id) }, { strong: id }, ": (not in the bibliography)"]
      const extra = [
        d.author === undefined ? undefined : `by ${d.author}`,
        d.confidence === undefined ? undefined : `confidence ${d.confidence}`
      ].filter((x) => x !== undefined)
      return [
        { anchor: anchor("document", id) },
        { strong: id },
        `: ${d.title}. ${d.publisher}, ${d.date} (${kindWords[d.kind]})${extra.length === 0 ? "" : `, ${extra.join(", ")}`}. `,
        ...(d.url === undefined
          ? ["No public address recorded."]
          : ["Online: ", { link: d.url, href: d.url } satisfies Inline, "."]),
        d.note === undefined || d.note === "" ? "" : ` ${d.note}`
      ]
    })
  })
  return { title, blocks }
}

/**
 * The policy handbook in Markdown: a summary; what an override changed from its base and how
 * many parameters it inherits (each marked INHERITED); every rule with its parameters, sources
 * and worked examples computed from this policy (beside what each was written to give); every
 * parameter with its whole history and each value's provenance, values no source gives badged
 * ASSUMPTION; the documents the policy cites.
 *
 * @example
 * ```ts
 * import { Handbook } from "@gip-sante/report"
 * import { policy } from "@gip-sante/occitanie"
 *
 * const text = Handbook.markdown(policy)
 * text.includes("## Documents cited") // true
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const markdown = (policy: Policy.Policy, options: Options = {}): string =>
  markdownPage(handbookDocument(policy, options).blocks)

/**
 * The policy handbook as one self-contained HTML page (inline style, no script, every text
 * escaped), with the same content as {@link markdown}.
 *
 * @example
 * ```ts
 * import { Handbook } from "@gip-sante/report"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Handbook.html(policy).startsWith("<!doctype html>") // true
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const html = (policy: Policy.Policy, options: Options = {}): string => {
  const document = handbookDocument(policy, options)
  return htmlPage(document.title, document.blocks)
}

/**
 * Explanations: how a figure was computed, as a tree of steps down to the parameters used, the
 * value in force on the date and where it comes from, the published figures used and the events
 * counted.
 *
 * Computations return explanations only on demand (their `explain` variants); the fast paths
 * compute values alone. An explanation renders to readable text with French number formatting
 * ({@link toText}) and to a stable, versioned JSON shape ({@link toJson}, {@link ExplanationSchema}).
 *
 * @example
 * ```ts
 * import { Explanation, Money } from "@gip-sante/core"
 *
 * const e = Explanation.make(
 *   Explanation.step("Monthly net pay", {
 *     value: Explanation.money(Money.euros(4700), "eurosPerMonthNet"),
 *     children: [Explanation.step("Full-time equivalent", { value: Explanation.quantity(1, "ratio") })]
 *   })
 * )
 * Explanation.toText(e)
 * // Monthly net pay: 4 700,00 € net / month
 * // └─ Full-time equivalent: 1
 * ```
 *
 * @since 0.1.0
 * @module
 */
import * as Schema from "effect/Schema"
import { type LocalDate, LocalDateSchema } from "./Calendar.js"
import * as Locale from "./Locale.js"
import { type Cents, format as formatMoney } from "./Money.js"
import type { InForce } from "./Parameter.js"
import {
  type Citation,
  CitationSchema,
  describe as describeProvenance,
  documentIds,
  type Provenance,
  ProvenanceSchema
} from "./Provenance.js"
import {
  type MoneyUnit,
  MoneyUnitSchema,
  type QuantityUnit,
  QuantityUnitSchema,
  label as unitLabel
} from "./Unit.js"

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * The value shown at a step: money (cents) or a quantity with its unit, a text, or a flag.
 *
 * @example
 * ```ts
 * import { Explanation } from "@gip-sante/core"
 *
 * const v: Explanation.Value = Explanation.quantity(35, "hoursPerWeek")
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Value =
  | { readonly kind: "money"; readonly cents: number; readonly unit: MoneyUnit }
  | { readonly kind: "quantity"; readonly value: number; readonly unit: QuantityUnit }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "boolean"; readonly value: boolean }

/**
 * The parameter a step read: its id, the value's effective range and its provenance.
 *
 * @example
 * ```ts
 * import type { Explanation } from "@gip-sante/core"
 *
 * const cites = (s: Explanation.Source) => s.provenance.kind === "citation"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Source {
  readonly parameterId: string
  readonly from: LocalDate
  readonly to?: LocalDate
  readonly provenance: Provenance
}

/**
 * The rule a step applies, and the sources the policy gives for it: an auditor sees that a
 * finding rests on "the recruitment rule: S2" even where the region restated the threshold
 * without a reference.
 *
 * @example
 * ```ts
 * import type { Explanation } from "@gip-sante/core"
 *
 * const documents = (r: Explanation.RuleSource) => r.sources.flatMap((s) => (s.kind === "citation" ? [s.document] : []))
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface RuleSource {
  readonly ruleId: string
  readonly sources: ReadonlyArray<Provenance>
}

/**
 * A published figure a step used: its id, the date it refers to and its citation.
 *
 * @example
 * ```ts
 * import type { Explanation } from "@gip-sante/core"
 *
 * const document = (f: Explanation.FigureSource) => f.provenance.document
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface FigureSource {
  readonly figureId: string
  readonly asOf: LocalDate
  readonly provenance: Citation
}

/**
 * Events a step counted: how many, and which (their type, their dates, the log they come from).
 *
 * @example
 * ```ts
 * import type { Explanation } from "@gip-sante/core"
 *
 * const line = (c: Explanation.EventsCounted) => `${c.events} events: ${c.description}`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface EventsCounted {
  readonly events: number
  readonly description: string
}

/**
 * One step of an explanation: what it is, its value, what it rests on (the parameter it read,
 * the published figure it used, the events it counted, the rule it applies; each if any), a note
 * (a rounding, a proration) and the steps it was computed from.
 *
 * @example
 * ```ts
 * import { Explanation } from "@gip-sante/core"
 *
 * const s: Explanation.Step = Explanation.step("Weekly hours", { value: Explanation.quantity(27, "hoursPerWeek") })
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Step {
  readonly label: string
  readonly value?: Value
  readonly source?: Source
  readonly figure?: FigureSource
  readonly counted?: EventsCounted
  readonly rule?: RuleSource
  readonly note?: string
  readonly children: ReadonlyArray<Step>
}

/**
 * A whole explanation: a root step and the version of the JSON shape.
 *
 * @example
 * ```ts
 * import { Explanation } from "@gip-sante/core"
 *
 * const e: Explanation.Explanation = Explanation.make(Explanation.step("Nothing to explain"))
 * e.version // 1
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Explanation {
  readonly version: 1
  readonly root: Step
}

// -----------------------------------------------------------------------------
// constructors
// -----------------------------------------------------------------------------

/**
 * A money value for a step.
 *
 * @example
 * ```ts
 * import { Explanation, Money } from "@gip-sante/core"
 *
 * Explanation.money(Money.euros(30), "eurosPerAct")
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const money = (cents: Cents, unit: MoneyUnit): Value => ({ kind: "money", cents, unit })

/**
 * A quantity value for a step.
 *
 * @example
 * ```ts
 * import { Explanation } from "@gip-sante/core"
 *
 * Explanation.quantity(3, "consultationsPerHour")
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const quantity = (value: number, unit: QuantityUnit): Value => ({ kind: "quantity", value, unit })

/**
 * A text value for a step.
 *
 * @example
 * ```ts
 * import { Explanation } from "@gip-sante/core"
 *
 * Explanation.text("echelon 3")
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const text = (value: string): Value => ({ kind: "text", text: value })

/**
 * A yes/no value for a step.
 *
 * @example
 * ```ts
 * import { Explanation } from "@gip-sante/core"
 *
 * Explanation.flag(true)
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const flag = (value: boolean): Value => ({ kind: "boolean", value })

/**
 * A step, with optional value, source (a parameter read), published figure, events counted,
 * rule (with its sources), note and children.
 *
 * @example
 * ```ts
 * import { Explanation } from "@gip-sante/core"
 *
 * Explanation.step("Full-time equivalent", { value: Explanation.quantity(27 / 35, "ratio"), note: "27 h / 35 h" })
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const step = (
  label: string,
  options: {
    readonly value?: Value
    readonly source?: Source
    readonly figure?: FigureSource
    readonly counted?: EventsCounted
    readonly rule?: RuleSource
    readonly note?: string
    readonly children?: ReadonlyArray<Step>
  } = {}
): Step => {
  // Built field by field rather than with spreads: explanations are built once per figure.
  const out: { -readonly [K in keyof Step]: Step[K] } = { label, children: options.children ?? [] }
  if (options.value !== undefined) out.value = options.value
  if (options.source !== undefined) out.source = options.source
  if (options.figure !== undefined) out.figure = options.figure
  if (options.counted !== undefined) out.counted = options.counted
  if (options.rule !== undefined) out.rule = options.rule
  if (options.note !== undefined) out.note = options.note
  return out
}

/**
 * A step for a parameter read: labelled with the parameter, valued with the value in force,
 * sourced with its effective range and provenance.
 *
 * @example
 * ```ts
 * import { Explanation, type Parameter } from "@gip-sante/core"
 *
 * declare const target: Parameter.InForce<number>
 * Explanation.fromParameter("Consultations per hour (target)", target, Explanation.quantity(3, "consultationsPerHour"))
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromParameter = (
  label: string,
  inForce: InForce<unknown>,
  value?: Value,
  note?: string
): Step => {
  const source: { -readonly [K in keyof Source]: Source[K] } = {
    parameterId: inForce.parameterId,
    from: inForce.from,
    provenance: inForce.provenance
  }
  if (inForce.to !== undefined) source.to = inForce.to
  const out: { -readonly [K in keyof Step]: Step[K] } = { label, source, children: [] }
  if (value !== undefined) out.value = value
  if (note !== undefined) out.note = note
  return out
}

/**
 * A step that uses a published figure: its label, the figure's value (or the given one), a note,
 * and the figure's id, date and citation as the step's source.
 *
 * @example
 * ```ts
 * import { Calendar, Explanation, Provenance } from "@gip-sante/core"
 *
 * Explanation.fromFigure(
 *   "Consultations since July 2022",
 *   { figureId: "consultations.total.apr2025", asOf: Calendar.date("2025-04-09"), provenance: Provenance.citation("S1", "300,000 consultations") },
 *   Explanation.quantity(300000, "consultations")
 * )
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const fromFigure = (label: string, figure: FigureSource, value?: Value, note?: string): Step => {
  const out: { -readonly [K in keyof Step]: Step[K] } = {
    label,
    figure: { figureId: figure.figureId, asOf: figure.asOf, provenance: figure.provenance },
    children: []
  }
  if (value !== undefined) out.value = value
  if (note !== undefined) out.note = note
  return out
}

/**
 * A step that counts events: its label, the count as its value (in `unit`, `count` by default)
 * and which events were counted.
 *
 * @example
 * ```ts
 * import { Explanation } from "@gip-sante/core"
 *
 * Explanation.counted("Consultations", 1250, "consultation events dated 2025-01-01 to 2025-01-31", "consultations")
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const counted = (
  label: string,
  events: number,
  description: string,
  unit: QuantityUnit = "count",
  note?: string
): Step => {
  const out: { -readonly [K in keyof Step]: Step[K] } = {
    label,
    value: { kind: "quantity", value: events, unit },
    counted: { events, description },
    children: []
  }
  if (note !== undefined) out.note = note
  return out
}

/**
 * Wraps a root step into an explanation.
 *
 * @example
 * ```ts
 * import { Explanation } from "@gip-sante/core"
 *
 * Explanation.make(Explanation.step("Total"))
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const make = (root: Step): Explanation => ({ version: 1, root })

// -----------------------------------------------------------------------------
// queries
// -----------------------------------------------------------------------------

/**
 * Every parameter read anywhere in the explanation, depth first, without duplicates.
 *
 * @example
 * ```ts
 * import { Explanation } from "@gip-sante/core"
 *
 * declare const e: Explanation.Explanation
 * Explanation.sources(e).map((s) => s.parameterId)
 * ```
 *
 * @since 0.1.0
 * @category queries
 */
export const sources = (self: Explanation): Array<Source> => {
  const seen = new Map<string, Source>()
  const visit = (s: Step) => {
    if (s.source !== undefined) seen.set(`${s.source.parameterId}@${s.source.from}`, s.source)
    for (const child of s.children) visit(child)
  }
  visit(self.root)
  return [...seen.values()]
}

/**
 * The rules an explanation applies, with the sources the policy gives for each, once each.
 *
 * @example
 * ```ts
 * import { Explanation } from "@gip-sante/core"
 *
 * declare const e: Explanation.Explanation // a finding's explanation
 * Explanation.rules(e).map((r) => r.ruleId) // ["programme.recruitment.keepRecruiting"]
 * ```
 *
 * @since 0.1.0
 * @category queries
 */
export const rules = (self: Explanation): Array<RuleSource> => {
  const seen = new Map<string, RuleSource>()
  const visit = (s: Step) => {
    if (s.rule !== undefined && !seen.has(s.rule.ruleId)) seen.set(s.rule.ruleId, s.rule)
    for (const child of s.children) visit(child)
  }
  visit(self.root)
  return [...seen.values()]
}

/**
 * Every published figure used anywhere in the explanation, depth first, without duplicates.
 *
 * @example
 * ```ts
 * import { Explanation } from "@gip-sante/core"
 *
 * declare const e: Explanation.Explanation
 * Explanation.figures(e).map((f) => f.figureId)
 * ```
 *
 * @since 0.1.0
 * @category queries
 */
export const figures = (self: Explanation): Array<FigureSource> => {
  const seen = new Map<string, FigureSource>()
  const visit = (s: Step) => {
    if (s.figure !== undefined) seen.set(s.figure.figureId, s.figure)
    for (const child of s.children) visit(child)
  }
  visit(self.root)
  return [...seen.values()]
}

/**
 * Every document an explanation cites, once each, in the order met: the documents of the
 * parameters read (a citation, or an assumption's references), of the rules applied (the sources
 * the policy gives for each rule, so a rule's sources reach its findings even where a parameter
 * it reads is restated without a reference) and of the published figures used.
 *
 * @example
 * ```ts
 * import { Explanation } from "@gip-sante/core"
 *
 * declare const e: Explanation.Explanation // a recruitment decision's explanation
 * Explanation.documents(e) // ["S2"]
 * ```
 *
 * @since 0.1.0
 * @category queries
 */
export const documents = (self: Explanation): Array<string> => {
  const seen = new Set<string>()
  const visit = (s: Step) => {
    if (s.source !== undefined) for (const id of documentIds(s.source.provenance)) seen.add(id)
    if (s.rule !== undefined) for (const p of s.rule.sources) for (const id of documentIds(p)) seen.add(id)
    if (s.figure !== undefined) seen.add(s.figure.provenance.document)
    for (const child of s.children) visit(child)
  }
  visit(self.root)
  return [...seen]
}

/**
 * Whether any parameter used is an assumption: a figure built on an assumption says so.
 *
 * @example
 * ```ts
 * import { Explanation } from "@gip-sante/core"
 *
 * declare const e: Explanation.Explanation
 * Explanation.usesAssumptions(e)
 * ```
 *
 * @since 0.1.0
 * @category queries
 */
export const usesAssumptions = (self: Explanation): boolean =>
  sources(self).some((s) => s.provenance.kind === "assumption")

// -----------------------------------------------------------------------------
// renderers
// -----------------------------------------------------------------------------

/**
 * A value as a reader sees it, French style: `"4 700,00 € net / month"`, `"0,815"`, `"35 h / week"`.
 *
 * @example
 * ```ts
 * import { Explanation } from "@gip-sante/core"
 *
 * Explanation.formatValue(Explanation.quantity(0.815, "ratio")) // "0,815"
 * ```
 *
 * @since 0.1.0
 * @category renderers
 */
export const formatValue = (value: Value): string => {
  switch (value.kind) {
    case "money": {
      const amount = formatMoney(value.cents as Cents)
      const suffix = unitLabel(value.unit).replace(/^€ ?/, "")
      return suffix === "" ? amount : `${amount} ${suffix}`
    }
    case "quantity": {
      const unit = unitLabel(value.unit)
      const n = Locale.decimal(value.value)
      return unit === "" ? n : `${n} ${unit}`
    }
    case "text":
      return value.text
    case "boolean":
      return value.value ? "yes" : "no"
  }
}

const describeSource = (source: Source): string =>
  `[${source.parameterId}, in force ${source.from}${source.to === undefined ? " onwards" : ` to ${source.to}`}; ${describeProvenance(source.provenance)}]`

const describeRule = (rule: RuleSource): string =>
  `[rule ${rule.ruleId}; ${
    rule.sources.length === 0
      ? "no source given by the policy"
      : rule.sources.map(describeProvenance).join("; ")
  }]`

const describeFigure = (figure: FigureSource): string =>
  `[published figure ${figure.figureId}, as of ${figure.asOf}; ${describeProvenance(figure.provenance)}]`

const describeCounted = (c: EventsCounted): string =>
  `[${Locale.integer(c.events)} event${c.events === 1 ? "" : "s"} counted: ${c.description}]`

/**
 * The explanation as indented text, one step a line: label, value, note, and what the step rests
 * on: for a parameter read, the parameter id, the value's effective range and its provenance; for
 * a published figure, its id, date and citation; for events counted, how many and which; for a
 * rule, its id and sources.
 *
 * @example
 * ```ts
 * import { Explanation, Money } from "@gip-sante/core"
 *
 * Explanation.toText(Explanation.make(Explanation.step("Tariff", { value: Explanation.money(Money.euros(30), "eurosPerAct") })))
 * // "Tariff: 30,00 € / act"
 * ```
 *
 * @since 0.1.0
 * @category renderers
 */
export const toText = (self: Explanation): string => {
  const lines: Array<string> = []
  const line = (s: Step) =>
    `${s.label}${s.value === undefined ? "" : `: ${formatValue(s.value)}`}${s.note === undefined ? "" : ` (${s.note})`}${
      s.source === undefined ? "" : ` ${describeSource(s.source)}`
    }${s.figure === undefined ? "" : ` ${describeFigure(s.figure)}`}${
      s.counted === undefined ? "" : ` ${describeCounted(s.counted)}`
    }${s.rule === undefined ? "" : ` ${describeRule(s.rule)}`}`
  const visit = (s: Step, prefix: string, childPrefix: string) => {
    lines.push(`${prefix}${line(s)}`)
    s.children.forEach((child, i) => {
      const last = i === s.children.length - 1
      visit(child, `${childPrefix}${last ? "└─ " : "├─ "}`, `${childPrefix}${last ? "   " : "│  "}`)
    })
  }
  visit(self.root, "", "")
  return lines.join("\n")
}

const ValueSchema = Schema.Union([
  Schema.Struct({ kind: Schema.Literal("money"), cents: Schema.Int, unit: MoneyUnitSchema }),
  Schema.Struct({ kind: Schema.Literal("quantity"), value: Schema.Finite, unit: QuantityUnitSchema }),
  Schema.Struct({ kind: Schema.Literal("text"), text: Schema.String }),
  Schema.Struct({ kind: Schema.Literal("boolean"), value: Schema.Boolean })
])

const SourceSchema = Schema.Struct({
  parameterId: Schema.String,
  from: LocalDateSchema,
  to: Schema.optionalKey(LocalDateSchema),
  provenance: ProvenanceSchema
})

const FigureSourceSchema = Schema.Struct({
  figureId: Schema.String,
  asOf: LocalDateSchema,
  provenance: CitationSchema
})

const EventsCountedSchema = Schema.Struct({ events: Schema.Finite, description: Schema.String })

const RuleSourceSchema = Schema.Struct({
  ruleId: Schema.String,
  sources: Schema.Array(ProvenanceSchema)
})

interface StepEncoded {
  readonly label: string
  readonly value?: typeof ValueSchema.Encoded
  readonly source?: typeof SourceSchema.Encoded
  readonly figure?: typeof FigureSourceSchema.Encoded
  readonly counted?: typeof EventsCountedSchema.Encoded
  readonly rule?: typeof RuleSourceSchema.Encoded
  readonly note?: string
  readonly children: ReadonlyArray<StepEncoded>
}

const StepSchema: Schema.Codec<Step, StepEncoded> = Schema.Struct({
  label: Schema.String,
  value: Schema.optionalKey(ValueSchema),
  source: Schema.optionalKey(SourceSchema),
  figure: Schema.optionalKey(FigureSourceSchema),
  counted: Schema.optionalKey(EventsCountedSchema),
  rule: Schema.optionalKey(RuleSourceSchema),
  note: Schema.optionalKey(Schema.String),
  children: Schema.Array(Schema.suspend((): Schema.Codec<Step, StepEncoded> => StepSchema))
}) as unknown as Schema.Codec<Step, StepEncoded>

/**
 * Schema of the JSON shape of explanations (version 1), for consumers that store or exchange
 * them. The shape only grows by optional fields within a version.
 *
 * @example
 * ```ts
 * import { Explanation } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Explanation.ExplanationSchema)({ version: 1, root: { label: "x", children: [] } }) // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const ExplanationSchema = Schema.Struct({
  version: Schema.Literal(1),
  root: StepSchema
})

/**
 * The explanation as plain JSON (version 1 shape).
 *
 * @example
 * ```ts
 * import { Explanation } from "@gip-sante/core"
 *
 * JSON.stringify(Explanation.toJson(Explanation.make(Explanation.step("x"))))
 * // '{"version":1,"root":{"label":"x","children":[]}}'
 * ```
 *
 * @since 0.1.0
 * @category renderers
 */
export const toJson = (self: Explanation): typeof ExplanationSchema.Encoded =>
  Schema.encodeSync(ExplanationSchema)(self)

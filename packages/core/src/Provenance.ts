/**
 * Where a value comes from: a citation of a document, or a flagged assumption.
 *
 * Every parameter value carries a provenance, so an auditor can see at a glance which numbers
 * a source gives and which are placeholders a region should replace. Documents are declared
 * once in a {@link Bibliography} and cited by id; a citation of an undeclared document is an
 * error ({@link danglingReferences}).
 *
 * @example
 * ```ts
 * import { Provenance } from "@gip-sante/core"
 *
 * const cited: Provenance.Provenance = Provenance.citation("S2", "3 consultations per hour per doctor")
 * Provenance.isAssumption(cited) // false
 * ```
 *
 * @since 0.1.0
 * @module
 */
import * as Schema from "effect/Schema"
import { LocalDateSchema } from "./Calendar.js"

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * Schema of a document id: the key of a document in the bibliography, and what citations
 * name (`"S2"`, `"code-travail-l3121-18"`).
 *
 * @example
 * ```ts
 * import { Provenance } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Provenance.DocumentIdSchema)("S2") // true
 * Schema.is(Provenance.DocumentIdSchema)("2 S") // false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const DocumentIdSchema = Schema.String.check(
  Schema.isPattern(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/u, {
    expected: "a document id made of letters, digits, '.', '_' or '-' (such as \"S2\")"
  })
)

const DocumentId = DocumentIdSchema

/**
 * How much a source can be trusted for the figure it gives.
 *
 * @example
 * ```ts
 * import type { Provenance } from "@gip-sante/core"
 *
 * const confidence: Provenance.Confidence = "medium"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Confidence = "high" | "medium" | "low"

const ConfidenceSchema = Schema.Literals(["high", "medium", "low"])

/**
 * Schema of a document's address: a public `https://` (or `http://`) URL an auditor can open,
 * without spaces.
 *
 * @example
 * ```ts
 * import { Provenance } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Provenance.UrlSchema)("https://www.legifrance.gouv.fr/") // true
 * Schema.is(Provenance.UrlSchema)("see DOMAIN.md") // false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const UrlSchema = Schema.String.check(
  Schema.isPattern(/^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/u, {
    expected: "a public web address starting with https:// (or http://), without spaces"
  })
)

/**
 * Schema of the language a document is written in, as a BCP 47 tag (`"fr"`, `"en"`, `"fr-FR"`):
 * the language of the quotes taken from it.
 *
 * @example
 * ```ts
 * import { Provenance } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Provenance.LanguageSchema)("fr") // true
 * Schema.is(Provenance.LanguageSchema)("French") // false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const LanguageSchema = Schema.String.check(
  Schema.isPattern(/^[a-z]{2,3}(?:-[A-Z]{2})?$/u, {
    expected: 'a language tag such as "fr" or "en"'
  })
)

/**
 * The longest quote a citation may carry, in characters: a few words that show the figure in
 * the source's own words, never a whole passage.
 *
 * @example
 * ```ts
 * import { Provenance } from "@gip-sante/core"
 *
 * Provenance.maxQuoteLength // 120
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const maxQuoteLength = 120

/**
 * Schema of a document of the bibliography, as written in a policy file: its title, publisher
 * and date, what kind of document it is, and where known its author, its public address
 * (`url`, checked to be a web address), the language it is written in (`language`, the
 * language of the quotes citations take from it), how far it can be trusted, and a note.
 *
 * @example
 * ```ts
 * import { Provenance } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * const s1 = Schema.decodeUnknownSync(Provenance.DocumentSchema)({
 *   title: "En Occitanie, les 100 médecins généralistes salariés par la région suivent 31 000 patients",
 *   publisher: "Egora",
 *   date: "2025-04-09",
 *   kind: "press",
 *   url: "https://egora.fr/actus-pro/acces-aux-soins/en-occitanie-les-100-medecins-generalistes-salaries-par-la-region-suivent",
 *   language: "fr"
 * })
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const DocumentSchema = Schema.Struct({
  title: Schema.NonEmptyString,
  publisher: Schema.NonEmptyString,
  date: LocalDateSchema,
  kind: Schema.Literals(["press", "official", "law", "dataset", "computed", "secondary"]),
  author: Schema.optionalKey(Schema.NonEmptyString),
  url: Schema.optionalKey(UrlSchema),
  language: Schema.optionalKey(LanguageSchema),
  confidence: Schema.optionalKey(ConfidenceSchema),
  note: Schema.optionalKey(Schema.String)
}).annotate({ identifier: "Document" })

/**
 * A document that values can cite: an article, a law, a data set, a computation.
 *
 * @example
 * ```ts
 * import type { Provenance } from "@gip-sante/core"
 * import { Calendar } from "@gip-sante/core"
 *
 * const doc: Provenance.Document = {
 *   title: "Tarifs des médecins",
 *   publisher: "Assurance maladie",
 *   date: Calendar.date("2024-12-22"),
 *   kind: "official"
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Document = typeof DocumentSchema.Type

/**
 * Schema of a bibliography: documents keyed by their id.
 *
 * @example
 * ```ts
 * import { Provenance } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Provenance.BibliographySchema)({}) // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const BibliographySchema = Schema.Record(DocumentId, DocumentSchema)

/**
 * The documents a policy cites, keyed by id (`"S1"`, `"S2"`, …).
 *
 * @example
 * ```ts
 * import type { Provenance } from "@gip-sante/core"
 *
 * const empty: Provenance.Bibliography = {}
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Bibliography = typeof BibliographySchema.Type

/**
 * Schema of a citation: a document id; where in it the figure is and what it says, in the
 * policy's words (`locator`: "a GP on 27 h a week earns 4 500 € net a month", an article, a
 * table); optionally the source's own words in its language (`quote`: « 4500 euros nets par mois
 * », a few words, at most {@link maxQuoteLength} characters), so that an auditor can find the
 * passage; and an optional note (for instance how a value was derived from it).
 *
 * @example
 * ```ts
 * import { Provenance } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Provenance.CitationSchema)({ kind: "citation", document: "S1", locator: "4,700 to 6,400 € net" }) // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const CitationSchema = Schema.Struct({
  kind: Schema.Literal("citation"),
  document: DocumentId,
  locator: Schema.NonEmptyString,
  quote: Schema.optionalKey(
    Schema.NonEmptyString.check(
      Schema.isMaxLength(maxQuoteLength, {
        expected: `a short quote of at most ${maxQuoteLength} characters (a few words, not a passage)`
      })
    )
  ),
  note: Schema.optionalKey(Schema.String),
  confidence: Schema.optionalKey(ConfidenceSchema)
})

/**
 * A value given by a document.
 *
 * @example
 * ```ts
 * import { Provenance } from "@gip-sante/core"
 *
 * const c: Provenance.Citation = Provenance.citation("S2", "3 consultations per hour per doctor")
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Citation = typeof CitationSchema.Type

/**
 * Schema of an assumption: why this value was chosen, what a region should replace it with,
 * and optionally the documents that informed it.
 *
 * @example
 * ```ts
 * import { Provenance } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Provenance.AssumptionSchema)({
 *   kind: "assumption",
 *   rationale: "No source gives the PDSA quota",
 *   replaceWith: "the quota in your doctors' contracts"
 * }) // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const AssumptionSchema = Schema.Struct({
  kind: Schema.Literal("assumption"),
  rationale: Schema.NonEmptyString,
  replaceWith: Schema.NonEmptyString,
  references: Schema.optionalKey(Schema.Array(DocumentId)),
  confidence: Schema.optionalKey(ConfidenceSchema)
})

/**
 * A value no source gives: a placeholder with its rationale, flagged for replacement.
 *
 * @example
 * ```ts
 * import { Provenance } from "@gip-sante/core"
 *
 * const a: Provenance.Assumption = Provenance.assumption("Typical rural rent", "your centres' leases")
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Assumption = typeof AssumptionSchema.Type

/**
 * Schema of a provenance: a citation or an assumption, told apart by `kind`.
 *
 * @example
 * ```ts
 * import { Provenance } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Provenance.ProvenanceSchema)({ kind: "citation", document: "S2", locator: "p. 2" }) // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const ProvenanceSchema = Schema.Union([CitationSchema, AssumptionSchema]).annotate({
  identifier: "Provenance"
})

/**
 * Where a value comes from.
 *
 * @example
 * ```ts
 * import { Provenance } from "@gip-sante/core"
 *
 * const p: Provenance.Provenance = Provenance.citation("S1", "22 centres")
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Provenance = Citation | Assumption

// -----------------------------------------------------------------------------
// constructors
// -----------------------------------------------------------------------------

/**
 * A citation of `document` at `locator`.
 *
 * @example
 * ```ts
 * import { Provenance } from "@gip-sante/core"
 *
 * Provenance.citation("S2", "3 consultations per hour", {
 *   quote: "trois consultations par heure et par médecin",
 *   confidence: "high"
 * })
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const citation = (
  document: string,
  locator: string,
  options: { readonly quote?: string; readonly note?: string; readonly confidence?: Confidence } = {}
): Citation => ({ kind: "citation", document, locator, ...options })

/**
 * An assumption with its rationale and what should replace it.
 *
 * @example
 * ```ts
 * import { Provenance } from "@gip-sante/core"
 *
 * Provenance.assumption("No source gives it", "your own figure", { references: ["S1"] })
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const assumption = (
  rationale: string,
  replaceWith: string,
  options: { readonly references?: ReadonlyArray<string>; readonly confidence?: Confidence } = {}
): Assumption => ({ kind: "assumption", rationale, replaceWith, ...options })

// -----------------------------------------------------------------------------
// guards and queries
// -----------------------------------------------------------------------------

/**
 * Whether a value is an assumption (shown with an "assumption" badge in reports).
 *
 * @example
 * ```ts
 * import { Provenance } from "@gip-sante/core"
 *
 * Provenance.isAssumption(Provenance.assumption("why", "what")) // true
 * ```
 *
 * @since 0.1.0
 * @category guards
 */
export const isAssumption = (self: Provenance): self is Assumption => self.kind === "assumption"

/**
 * The document ids a provenance refers to (the cited one, or the assumption's references).
 *
 * @example
 * ```ts
 * import { Provenance } from "@gip-sante/core"
 *
 * Provenance.documentIds(Provenance.citation("S2", "p. 1")) // ["S2"]
 * ```
 *
 * @since 0.1.0
 * @category queries
 */
export const documentIds = (self: Provenance): ReadonlyArray<string> =>
  self.kind === "citation" ? [self.document] : (self.references ?? [])

/**
 * The document ids a provenance refers to that the bibliography does not declare.
 *
 * @example
 * ```ts
 * import { Provenance } from "@gip-sante/core"
 *
 * Provenance.danglingReferences(Provenance.citation("S9", "p. 1"), {}) // ["S9"]
 * ```
 *
 * @since 0.1.0
 * @category queries
 */
export const danglingReferences = (self: Provenance, bibliography: Bibliography): ReadonlyArray<string> =>
  documentIds(self).filter((id) => !Object.hasOwn(bibliography, id))

// -----------------------------------------------------------------------------
// renderers
// -----------------------------------------------------------------------------

/**
 * A one-line description of a provenance for text explanations: `"S2: 3 consultations per
 * hour"` (followed by the quote in « », when the citation has one) or `"assumption: No source
 * gives it"`.
 *
 * @example
 * ```ts
 * import { Provenance } from "@gip-sante/core"
 *
 * Provenance.describe(Provenance.citation("S2", "3 consultations per hour")) // "S2: 3 consultations per hour"
 * ```
 *
 * @since 0.1.0
 * @category renderers
 */
export const describe = (self: Provenance): string =>
  self.kind === "citation"
    ? `${self.document}: ${self.locator}${self.quote === undefined ? "" : `, « ${self.quote} »`}${self.note === undefined ? "" : ` (${self.note})`}`
    : `assumption: ${self.rationale}`

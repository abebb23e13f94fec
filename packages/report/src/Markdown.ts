/**
 * The report model in Markdown: every section with its figures (French number formatting), the
 * published figures and goals they are set against, and under each section the explanations of
 * its figures in folded blocks. Renders only: every figure comes from the model.
 *
 * @example
 * ```ts
 * import { Markdown, Report } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * const text = Markdown.report(Report.withoutEvents({ policy, programme }))
 * text.startsWith("# Programme report") // true
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { markdown } from "./internal/document.js"
import { reportDocument, headings as sectionHeadings } from "./internal/report-document.js"
import type * as Report from "./Report.js"

/**
 * The section headings of the report, in order (the same in Markdown and HTML; the projection's
 * heading is followed by its horizon).
 *
 * @example
 * ```ts
 * import { Markdown } from "@gip-sante/report"
 *
 * Markdown.headings.headline // "Headline KPIs against the published figures"
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const headings: typeof sectionHeadings = sectionHeadings

/**
 * Where the report's links lead: `handbook`, the address of the handbook written beside it
 * (`gip-sante handbook --programme …`, default `"handbook.md"`). Each id the report cites links to
 * its entry there; each document to the report's own list of documents cited.
 *
 * @example
 * ```ts
 * import type { Markdown } from "@gip-sante/report"
 *
 * const options: Markdown.Options = { handbook: "docs/handbook.md" }
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export interface Options {
  readonly handbook?: string
}

/**
 * The report in Markdown, its ids linked to their handbook entries.
 *
 * @example
 * ```ts
 * import { Markdown, Report } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * Markdown.report(Report.simulated({ policy, programme, window: { from: "2022-07-01", to: "2022-12-31" } }))
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const report = (model: Report.ReportModel, options: Options = {}): string =>
  markdown(reportDocument(model, options.handbook ?? "handbook.md").blocks)

/**
 * The report model as one self-contained HTML page: inline style (numbers right-aligned, wide
 * tables scroll instead of being clipped, a print stylesheet) and inline SVG charts (activity by
 * month, the typical centre's result by year, the projection), no script and no request. Renders
 * only: every figure comes from the model.
 *
 * @example
 * ```ts
 * import { Html, Report } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * const page = Html.report(Report.withoutEvents({ policy, programme }))
 * page.startsWith("<!doctype html>") // true
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { html } from "./internal/document.js"
import { reportDocument } from "./internal/report-document.js"
import type * as Report from "./Report.js"

/**
 * Where the page's links lead: `handbook`, the address of the handbook page written beside it
 * (`gip-sante handbook --programme … --format html`, default `"handbook.html"`). Each id the
 * report cites links to its entry there; each document to the page's own list of documents
 * cited, which links to the document's public address.
 *
 * @example
 * ```ts
 * import type { Html } from "@gip-sante/report"
 *
 * const options: Html.Options = { handbook: "handbook.html" }
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export interface Options {
  readonly handbook?: string
}

/**
 * The report as one self-contained HTML page.
 *
 * @example
 * ```ts
 * import { Html, Report } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * Html.report(Report.simulated({ policy, programme, window: { from: "2022-07-01", to: "2022-12-31" } }))
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const report = (model: Report.ReportModel, options: Options = {}): string => {
  const document = reportDocument(model, options.handbook ?? "handbook.html")
  return html(document.title, document.blocks)
}

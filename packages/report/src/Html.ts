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
export const report = (model: Report.ReportModel): string => {
  const document = reportDocument(model)
  return html(document.title, document.blocks)
}

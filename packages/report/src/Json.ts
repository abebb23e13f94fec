/**
 * The report model as JSON: plain numbers (cents for money, shares from 0 to 1) and ids, every
 * figure with its explanation tree, for machines (a dashboard, an auditor's tool). The model is
 * JSON-serialisable as it is; this writes it indented, with a final newline.
 *
 * @example
 * ```ts
 * import { Json, Report } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * const parsed = JSON.parse(Json.report(Report.withoutEvents({ policy, programme })))
 * parsed.version // 1
 * ```
 *
 * @since 0.1.0
 * @module
 */
import type * as Report from "./Report.js"

/**
 * The report model as indented JSON.
 *
 * @example
 * ```ts
 * import { Json, Report } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 *
 * Json.report(Report.withoutEvents({ policy, programme })).endsWith("\n") // true
 * ```
 *
 * @since 0.1.0
 * @category rendering
 */
export const report = (model: Report.ReportModel): string => `${JSON.stringify(model, null, 2)}\n`

/**
 * The typical centre's ledger as an output: every entry of its opening scenario (the opening
 * cost and installation subsidy, activity valued at the tariffs, regular-doctor fees, flat
 * payments, rent, running costs, staff costs, its share of central costs) with its date,
 * category, amount in cents and in euros, and its source (a parameter id, or the programme data
 * path for the scenario's staff costs), as CSV (for a spreadsheet) or JSON. Summing the CSV's
 * amounts by scenario year and category gives the report's P&L to the cent.
 *
 * A region's own centre is a programme file whose `typicalCentre` describes it.
 *
 * @example
 * ```ts
 * import { Ledger } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const entries = Result.getOrThrow(Ledger.typicalCentre({ policy, programme }))
 * Ledger.toCsv(entries).split("\n")[0] // "date,centreId,kind,category,amountCents,amountEuros,source"
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { type Accounting, Money } from "@gip-sante/core"
import * as Result from "effect/Result"
import { eventFolder } from "./internal/fold.js"
import { computeOpening } from "./internal/opening.js"
import type { Input } from "./Report.js"

// The scenario's staff costs come from the programme data's staff lines, costed on the grids.
const staffSources: Readonly<Record<string, string>> = {
  "scenario: clinicians' employer cost":
    "programmeData.typicalCentre.staff (clinicians, costed on the policy's pay grids)",
  "scenario: support staff's employer cost":
    "programmeData.typicalCentre.staff (support staff, costed on the policy's pay grids)"
}

/**
 * The typical centre's ledger, in date order (entries of a date in the order they were booked),
 * or why it cannot be computed (a missing parameter, no typical centre), in plain words.
 *
 * @example
 * ```ts
 * import { Ledger } from "@gip-sante/report"
 * import { policy, programme } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * Result.getOrThrow(Ledger.typicalCentre({ policy, programme })).length > 0 // true
 * ```
 *
 * @since 0.1.0
 * @category computing
 */
export const typicalCentre = (input: Input): Result.Result<Accounting.Ledger, string> => {
  const window = input.window ?? input.programme.window
  const computed = computeOpening({
    policy: input.policy,
    programme: input.programme,
    window,
    fold: eventFolder(35, window, [], true).result(),
    log: { kind: "none" },
    fullTime: 35
  })
  if (Result.isSuccess(computed))
    return Result.succeed(
      computed.success.scenario.ledger
        .map((entry, i) => ({ entry: { ...entry, source: staffSources[entry.source] ?? entry.source }, i }))
        .sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.i - b.i))
        .map((x) => x.entry)
    )
  const e = computed.failure
  return Result.fail(
    typeof e === "object" && e !== null && "message" in e ? String((e as Error).message) : String(e)
  )
}

const columns = ["date", "centreId", "kind", "category", "amountCents", "amountEuros", "source"] as const

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
const csvField = (text: string): string => (/[",\r\n]/u.test(text) ? `"${text.replace(/"/g, '""')}"` : text)

/**
 * A ledger as CSV (RFC 4180, a header line, one line an entry, `\n` line ends): date, centre,
 * kind (revenue or cost), category, amount in integer cents and in euros (`1500.00`, a point
 * for decimals: machine output), and source.
 *
 * @example
 * ```ts
 * import { Calendar, Money } from "@gip-sante/core"
 * import { Ledger } from "@gip-sante/report"
 *
 * Ledger.toCsv([
 *   { date: Calendar.date("2025-01-01"), centreId: "c", kind: "cost", category: "rent", amount: Money.cents(50000), source: "accounting.centre.rentPerMonth" }
 * ]) // "date,centreId,kind,category,amountCents,amountEuros,source\n2025-01-01,c,cost,rent,50000,500.00,accounting.centre.rentPerMonth\n"
 * ```
 *
 * @since 0.1.0
 * @category renderers
 */
export const toCsv = (ledger: Accounting.Ledger): string => {
  const lines = [columns.join(",")]
  for (const e of ledger)
    lines.push(
      [e.date, e.centreId, e.kind, e.category, String(e.amount), Money.toEuroString(e.amount), e.source]
        .map(csvField)
        .join(",")
    )
  return `${lines.join("\n")}\n`
}

/**
 * A ledger as JSON: an array of entries with the same fields as {@link toCsv} (amounts as
 * integer cents and as a euro string). `Accounting.decodeLedger` reads it back.
 *
 * @example
 * ```ts
 * import { Accounting } from "@gip-sante/core"
 * import { Ledger } from "@gip-sante/report"
 *
 * declare const ledger: Accounting.Ledger
 * Accounting.decodeLedger(JSON.parse(Ledger.toJson(ledger)).map((e: { amountCents: number }) => ({ ...e, amount: e.amountCents })))
 * ```
 *
 * @since 0.1.0
 * @category renderers
 */
export const toJson = (ledger: Accounting.Ledger): string =>
  `${JSON.stringify(
    ledger.map((e) => ({
      date: e.date,
      centreId: e.centreId,
      kind: e.kind,
      category: e.category,
      amountCents: e.amount,
      amountEuros: Money.toEuroString(e.amount),
      source: e.source
    })),
    null,
    2
  )}\n`

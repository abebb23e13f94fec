/**
 * Accounting: the GIP's ledger of revenues and costs, each centre's profit and loss over a
 * period, the consolidation of the centres with the central services allocated by the policy's
 * key, and the ratios readers ask about — the share of resources from acts, from subsidies and
 * from the Region, and the **subsidy per consultation** (S2 comments).
 *
 * Every amount is integer cents ({@link Money.Cents}), recorded as a positive amount with its
 * kind (revenue or cost). Revenue from activity is valued at the tariff in force on the day of
 * the acts; fixed costs and subsidies come from the policy. Splits use {@link Money.allocate},
 * so that no cent is lost: the centres' P&Ls after allocation add up to the GIP's, to the cent.
 * The Region covers the GIP's deficit, so its contribution is the deficit (0 when there is none).
 *
 * @example
 * ```ts
 * import { Accounting, Calendar, Money } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const acts = Result.getOrThrow(
 *   Accounting.activityRevenue(policy, {
 *     centreId: "muret",
 *     date: Calendar.date("2025-03-03"),
 *     consultations: 100,
 *     homeVisits: 0
 *   })
 * )
 * const march = Accounting.pnl(acts, "muret", Calendar.period("2025-03-01", "2025-04-01"))
 * Money.format(march.totalRevenue) // "3 000,00 €"
 * ```
 *
 * @since 0.1.0
 * @module
 */
import * as Data from "effect/Data"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as Calendar from "./Calendar.js"
import { decodeAll, formatPath, type Issue, renderIssues } from "./internal/issues.js"
import * as Money from "./Money.js"
import * as Parameter from "./Parameter.js"
import * as Policy from "./Policy.js"
import { type Amount, type Quantity, quantity } from "./Unit.js"

// -----------------------------------------------------------------------------
// parameters read
// -----------------------------------------------------------------------------

/**
 * The policy parameters this module reads.
 *
 * @example
 * ```ts
 * import { Accounting } from "@gip-sante/core"
 *
 * Accounting.parameters.consultationTariff.id // "tariff.consultation.g"
 * ```
 *
 * @since 0.1.0
 * @category parameters
 */
export const parameters = {
  consultationTariff: Parameter.define({
    id: "tariff.consultation.g",
    type: "money",
    unit: "eurosPerAct",
    label: "GP consultation tariff (G)"
  }),
  homeVisitTravelSupplement: Parameter.define({
    id: "tariff.homeVisit.travelSupplement",
    type: "money",
    unit: "eurosPerAct",
    label: "Home-visit travel supplement (MD)"
  }),
  rentPerMonth: Parameter.define({
    id: "accounting.centre.rentPerMonth",
    type: "money",
    unit: "eurosPerMonth",
    label: "Rent of a centre per month"
  }),
  runningCostsPerMonth: Parameter.define({
    id: "accounting.centre.runningCostsPerMonth",
    type: "money",
    unit: "eurosPerMonth",
    label: "Running costs of a centre per month"
  }),
  regularDoctorFee: Parameter.define({
    id: "tariff.regularDoctorFee",
    type: "money",
    unit: "eurosPerYear",
    label: "Average regular-doctor flat fee (forfait médecin traitant) per patient per year"
  }),
  flatPaymentsPerYear: Parameter.define({
    id: "accounting.centre.flatPaymentsPerYear",
    type: "money",
    unit: "eurosPerYear",
    label: "Health-insurance flat payments to a centre per year"
  }),
  installationSubsidy: Parameter.define({
    id: "accounting.centre.installationSubsidy",
    type: "money",
    unit: "euros",
    label: "Installation subsidy of a new centre"
  }),
  openingCost: Parameter.define({
    id: "accounting.centre.openingCost",
    type: "money",
    unit: "euros",
    label: "Cost of opening a centre"
  }),
  centralCostPerYear: Parameter.define({
    id: "accounting.central.costPerYear",
    type: "money",
    unit: "eurosPerYear",
    label: "Cost of the GIP's central services per year"
  }),
  allocationKey: Parameter.define({
    id: "accounting.allocationKey",
    type: "text",
    unit: "none",
    label: "Key allocating central costs across centres"
  })
} as const

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * The revenue categories, in the order P&Ls list them.
 *
 * @example
 * ```ts
 * import { Accounting } from "@gip-sante/core"
 *
 * Accounting.revenueCategories.includes("homeVisits") // true
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export const revenueCategories = [
  "consultations",
  "homeVisits",
  "regularDoctorFees",
  "flatPayments",
  "installationSubsidy",
  "operatingSubsidy"
] as const

/**
 * The cost categories, in the order P&Ls list them.
 *
 * @example
 * ```ts
 * import { Accounting } from "@gip-sante/core"
 *
 * Accounting.costCategories[0] // "salaries"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export const costCategories = [
  "salaries",
  "supportStaff",
  "rent",
  "runningCosts",
  "openingCosts",
  "centralServices"
] as const

/**
 * What a revenue is for: health insurance's payments (consultations, home visits, the
 * regular-doctor flat fees per patient, the centre's flat payments) or subsidies.
 *
 * @example
 * ```ts
 * import type { Accounting } from "@gip-sante/core"
 *
 * const category: Accounting.RevenueCategory = "installationSubsidy"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type RevenueCategory = (typeof revenueCategories)[number]

/**
 * What a cost is for.
 *
 * @example
 * ```ts
 * import type { Accounting } from "@gip-sante/core"
 *
 * const category: Accounting.CostCategory = "rent"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type CostCategory = (typeof costCategories)[number]

/**
 * The allocation keys a policy may name for central costs: by the centres' consultations, by
 * their full-time equivalents, or in equal parts.
 *
 * @example
 * ```ts
 * import { Accounting } from "@gip-sante/core"
 *
 * Accounting.allocationKeys // ["consultations", "fte", "equal"]
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export const allocationKeys = ["consultations", "fte", "equal"] as const

/**
 * A key allocating central costs across centres.
 *
 * @example
 * ```ts
 * import type { Accounting } from "@gip-sante/core"
 *
 * const key: Accounting.AllocationKey = "fte"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type AllocationKey = (typeof allocationKeys)[number]

/**
 * The centre id of the GIP's central services (management, administration): their entries are
 * allocated to the centres by {@link consolidate}.
 *
 * @example
 * ```ts
 * import { Accounting } from "@gip-sante/core"
 *
 * Accounting.central // "central"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export const central = "central"

const revenueSet: ReadonlySet<string> = new Set(revenueCategories)
const costSet: ReadonlySet<string> = new Set(costCategories)

const NonNegativeAmount = Money.FromJson.check(
  Schema.makeFilter((cents: number) => (cents >= 0 ? undefined : "Expected an amount of 0 or more"), {
    expected: "an amount of 0 or more: costs and revenues are both recorded as positive amounts"
  })
)

/**
 * Schema of a ledger entry in JSON: its date, centre (or `"central"`), kind, category (one of
 * the kind's categories), amount (integer cents or a euro string such as `"26.50"`, 0 or more)
 * and source (the event or parameter that produced it).
 *
 * @example
 * ```ts
 * import { Accounting } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * const rent = Schema.decodeUnknownSync(Accounting.EntrySchema)({
 *   date: "2025-01-01",
 *   centreId: "muret",
 *   kind: "cost",
 *   category: "rent",
 *   amount: "1500.00",
 *   source: "accounting.centre.rentPerMonth"
 * })
 * rent.amount // 150000
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const EntrySchema = Schema.Struct({
  date: Calendar.LocalDateSchema,
  centreId: Schema.NonEmptyString,
  kind: Schema.Literals(["revenue", "cost"]),
  category: Schema.Literals([...revenueCategories, ...costCategories]),
  amount: NonNegativeAmount,
  source: Schema.String
}).check(
  Schema.makeFilter(
    (e: { readonly kind: "revenue" | "cost"; readonly category: string }) =>
      (e.kind === "revenue" ? revenueSet : costSet).has(e.category)
        ? undefined
        : {
            path: ["category"],
            issue: `Expected a ${e.kind} category (${(e.kind === "revenue" ? revenueCategories : costCategories).join(", ")}), got "${e.category}"`
          },
    { expected: "a category of the entry's kind" }
  )
)

/**
 * One line of the ledger: an amount of revenue or cost of a centre (or of the central
 * services) on a date, with its category and the source that produced it.
 *
 * @example
 * ```ts
 * import { Calendar, Money, type Accounting } from "@gip-sante/core"
 *
 * const subsidy: Accounting.Entry = {
 *   date: Calendar.date("2025-01-01"),
 *   centreId: "muret",
 *   kind: "revenue",
 *   category: "operatingSubsidy",
 *   amount: Money.euros(20000),
 *   source: "Region operating subsidy 2025"
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Entry = typeof EntrySchema.Type

/**
 * A ledger: entries in any order.
 *
 * @example
 * ```ts
 * import type { Accounting } from "@gip-sante/core"
 *
 * const empty: Accounting.Ledger = []
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Ledger = ReadonlyArray<Entry>

/**
 * A profit and loss account over a period: revenue and cost by category, their totals and the
 * result (revenue − cost, negative for a loss), all in cents. `scope` is the centre id, or
 * `"GIP"` for the consolidated account.
 *
 * @example
 * ```ts
 * import { Money, type Accounting } from "@gip-sante/core"
 *
 * const loss = (p: Accounting.PnL) => Money.isNegative(p.result)
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface PnL {
  readonly scope: string
  readonly period: Calendar.Period
  readonly revenue: Readonly<Record<RevenueCategory, Money.Cents>>
  readonly cost: Readonly<Record<CostCategory, Money.Cents>>
  readonly totalRevenue: Money.Cents
  readonly totalCost: Money.Cents
  readonly result: Money.Cents
}

/**
 * Why accounting could not be done: a ledger or an input that is not valid, with every issue
 * and its path.
 *
 * @example
 * ```ts
 * import { Accounting } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const r = Accounting.decodeLedger([{ date: "2025-13-01" }])
 * if (Result.isFailure(r)) r.failure.issues.map((i) => i.path) // ["[0].date", "[0].centreId", …]
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class AccountingError extends Data.TaggedError("AccountingError")<{
  readonly issues: ReadonlyArray<Issue>
}> {
  override get message(): string {
    return renderIssues(this.issues)
  }
}

const failWith = (path: ReadonlyArray<PropertyKey>, message: string) =>
  Result.fail(new AccountingError({ issues: [{ path: formatPath(path), message }] }))

// -----------------------------------------------------------------------------
// decoding
// -----------------------------------------------------------------------------

const LedgerSchema = Schema.Array(EntrySchema)

/**
 * Decodes a ledger from JSON (an array of entries), reporting every issue with its index path
 * (`[3].amount`). Never throws, whatever the input.
 *
 * @example
 * ```ts
 * import { Accounting } from "@gip-sante/core"
 *
 * Accounting.decodeLedger([
 *   { date: "2025-01-01", centreId: "muret", kind: "cost", category: "rent", amount: "1500.00", source: "lease" }
 * ]) // Result.succeed([{ …, amount: 150000 }])
 * Accounting.decodeLedger([{ date: "2025-01-01", centreId: "muret", kind: "cost", category: "rent", amount: -1, source: "x" }])
 * // Failure: at [0].amount: Expected an amount of 0 or more, got -1
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const decodeLedger = (input: unknown): Result.Result<Ledger, AccountingError> => {
  const decoded = decodeAll(LedgerSchema, input)
  if (Result.isFailure(decoded)) return Result.fail(new AccountingError({ issues: decoded.failure }))
  const past = entryPastExactTotals(decoded.success, () => true)
  return past === undefined
    ? Result.succeed(decoded.success)
    : failWith(
        [past, "amount"],
        `The ledger's amounts add up to more than ${maxExactTotal} from this entry on: beyond that, totals in cents would not be exact`
      )
}

// The largest total in cents a number holds exactly, written for messages.
const maxExactTotal = Money.format(Number.MAX_SAFE_INTEGER as Money.Cents)

/**
 * The index of the first entry (among those `includes` keeps) with which the amounts add up to
 * more than the largest integer a number holds exactly, or `undefined`. Under that bound every
 * total of the entries (by category, centre, period, revenue minus cost) is exact.
 */
const entryPastExactTotals = (ledger: Ledger, includes: (entry: Entry) => boolean): number | undefined => {
  let total = 0
  for (let i = 0; i < ledger.length; i++) {
    const entry = ledger[i]!
    if (!includes(entry)) continue
    total += entry.amount
    if (!Number.isSafeInteger(entry.amount) || total > Number.MAX_SAFE_INTEGER) return i
  }
  return undefined
}

// -----------------------------------------------------------------------------
// entries from activity and from the policy
// -----------------------------------------------------------------------------

/**
 * The health-insurance tariffs that value activity on a date: the G consultation, the travel
 * supplement of a home visit, and a home visit (G + supplement). The last two are `undefined`
 * on a date the policy gives no travel supplement (before 17 June 2022 in the Occitanie preset):
 * consultations are still valued, home visits are not.
 *
 * @example
 * ```ts
 * import type { Accounting } from "@gip-sante/core"
 *
 * const visitPremium = (t: Accounting.Tariff) =>
 *   t.homeVisit === undefined ? undefined : t.homeVisit - t.consultation
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Tariff {
  readonly date: Calendar.LocalDate
  readonly consultation: Amount<"eurosPerAct">
  readonly travelSupplement: Amount<"eurosPerAct"> | undefined
  readonly homeVisit: Amount<"eurosPerAct"> | undefined
}

/**
 * Activity of a centre on one date: counts of consultations and home visits (whole numbers, 0
 * or more).
 *
 * @example
 * ```ts
 * import { Calendar, type Accounting } from "@gip-sante/core"
 *
 * const day: Accounting.Activity = { centreId: "muret", date: Calendar.date("2025-03-03"), consultations: 60, homeVisits: 2 }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Activity {
  readonly centreId: string
  readonly date: Calendar.LocalDate
  readonly consultations: number
  readonly homeVisits: number
}

type Reads = <A>(r: Result.Result<A, Policy.PolicyError>) => A | undefined

// Reads several parameters and reports every missing one at once, not only the first.
const readAll = <A>(body: (take: Reads) => A | undefined): Result.Result<A, Policy.PolicyError> => {
  const issues: Array<Issue> = []
  const take: Reads = (r) => {
    if (Result.isSuccess(r)) return r.success
    issues.push(...r.failure.issues)
    return undefined
  }
  const value = body(take)
  return issues.length > 0 || value === undefined
    ? Result.fail(new Policy.PolicyError({ issues }))
    : Result.succeed(value)
}

/**
 * The tariffs in force on `date`, read from the policy: fails only when the consultation tariff
 * has no value that day; the home-visit supplement is read when it has one (see {@link Tariff}).
 *
 * @example
 * ```ts
 * import { Accounting, Calendar } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * Result.getOrThrow(Accounting.tariffOn(policy, Calendar.date("2024-12-21"))).consultation // 2650
 * Result.getOrThrow(Accounting.tariffOn(policy, Calendar.date("2024-12-22"))).homeVisit // 4000
 * Result.getOrThrow(Accounting.tariffOn(policy, Calendar.date("2020-01-01"))).homeVisit // undefined
 * ```
 *
 * @since 0.1.0
 * @category entries
 */
export const tariffOn = (
  policy: Policy.Policy,
  date: Calendar.LocalDate
): Result.Result<Tariff, Policy.PolicyError> =>
  readAll((take) => {
    const g = take(Policy.read(policy, parameters.consultationTariff, date))
    if (g === undefined) return undefined
    // The supplement values home visits only: a date before it is known still values consultations.
    const md = Policy.read(policy, parameters.homeVisitTravelSupplement, date)
    const supplement = Result.isSuccess(md) ? md.success.value : undefined
    return {
      date,
      consultation: g.value,
      travelSupplement: supplement,
      homeVisit:
        supplement === undefined ? undefined : (Money.add(g.value, supplement) as Amount<"eurosPerAct">)
    }
  })

const checkCount = (value: number, field: string): Issue | undefined =>
  Number.isSafeInteger(value) && value >= 0
    ? undefined
    : { path: formatPath([field]), message: `Expected a whole number of acts, 0 or more, got ${value}` }

/**
 * Revenue entries for a centre's activity on a date, valued at the tariffs in force that day:
 * consultations × G, home visits × (G + travel supplement). A count of 0 gives no entry.
 *
 * @example
 * ```ts
 * import { Accounting, Calendar } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Accounting.activityRevenue(policy, { centreId: "muret", date: Calendar.date("2024-12-22"), consultations: 100, homeVisits: 0 })
 * // Result.succeed([{ category: "consultations", amount: 300000, … }])
 * ```
 *
 * @since 0.1.0
 * @category entries
 */
export const activityRevenue = (
  policy: Policy.Policy,
  activity: Activity
): Result.Result<Array<Entry>, Policy.PolicyError | AccountingError> => {
  const issues: Array<Issue> = []
  for (const issue of [
    checkCount(activity.consultations, "consultations"),
    checkCount(activity.homeVisits, "homeVisits")
  ])
    if (issue !== undefined) issues.push(issue)
  if (issues.length > 0) return Result.fail(new AccountingError({ issues }))
  return Result.flatMap(
    tariffOn(policy, activity.date),
    (tariff): Result.Result<Array<Entry>, Policy.PolicyError | AccountingError> => {
      if (activity.homeVisits > 0 && tariff.homeVisit === undefined) {
        // Home visits need the supplement: the read says which parameter lacks a value, and where.
        const md = Policy.read(policy, parameters.homeVisitTravelSupplement, activity.date)
        return Result.fail(Result.isFailure(md) ? md.failure : new Policy.PolicyError({ issues: [] }))
      }
      const consultations = Money.times(tariff.consultation, activity.consultations)
      const homeVisits =
        tariff.homeVisit === undefined ? Money.zero : Money.times(tariff.homeVisit, activity.homeVisits)
      for (const [field, amount] of [
        ["consultations", consultations],
        ["homeVisits", homeVisits]
      ] as const)
        if (!Number.isSafeInteger(amount))
          issues.push({
            path: formatPath([field]),
            message: `${activity[field]} acts at the tariff in force come to more than ${maxExactTotal}, beyond what cents count exactly`
          })
      if (issues.length > 0) return Result.fail(new AccountingError({ issues }))
      const entries: Array<Entry> = []
      const revenue = (category: RevenueCategory, amount: Money.Cents, source: string) =>
        entries.push({
          date: activity.date,
          centreId: activity.centreId,
          kind: "revenue",
          category,
          amount,
          source
        })
      if (activity.consultations > 0)
        revenue(
          "consultations",
          consultations,
          `${activity.consultations} consultations × ${parameters.consultationTariff.id}`
        )
      if (activity.homeVisits > 0)
        revenue(
          "homeVisits",
          homeVisits,
          `${activity.homeVisits} home visits × (${parameters.consultationTariff.id} + ${parameters.homeVisitTravelSupplement.id})`
        )
      return Result.succeed(entries)
    }
  )
}

/**
 * A centre's fixed costs for a month, read on the month's first day and dated that day: rent
 * and running costs.
 *
 * @example
 * ```ts
 * import { Accounting, Calendar } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Accounting.monthlyFixedCosts(policy, "muret", Calendar.yearMonth("2025-03"))
 * // Result.succeed([{ category: "rent", … }, { category: "runningCosts", … }])
 * ```
 *
 * @since 0.1.0
 * @category entries
 */
export const monthlyFixedCosts = (
  policy: Policy.Policy,
  centreId: string,
  month: Calendar.YearMonth
): Result.Result<Array<Entry>, Policy.PolicyError> => {
  const date = Calendar.firstDayOfMonth(month)
  return readAll((take) => {
    const rent = take(Policy.read(policy, parameters.rentPerMonth, date))
    const running = take(Policy.read(policy, parameters.runningCostsPerMonth, date))
    if (rent === undefined || running === undefined) return undefined
    return [
      { date, centreId, kind: "cost", category: "rent", amount: rent.value, source: rent.parameterId },
      {
        date,
        centreId,
        kind: "cost",
        category: "runningCosts",
        amount: running.value,
        source: running.parameterId
      }
    ]
  })
}

/**
 * The entries of a centre's opening on `date`: the opening cost and the installation subsidy.
 *
 * @example
 * ```ts
 * import { Accounting, Calendar } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Accounting.openingEntries(policy, "muret", Calendar.date("2023-01-02"))
 * // Result.succeed([{ kind: "cost", category: "openingCosts", … }, { kind: "revenue", category: "installationSubsidy", … }])
 * ```
 *
 * @since 0.1.0
 * @category entries
 */
export const openingEntries = (
  policy: Policy.Policy,
  centreId: string,
  date: Calendar.LocalDate
): Result.Result<Array<Entry>, Policy.PolicyError> =>
  readAll((take) => {
    const cost = take(Policy.read(policy, parameters.openingCost, date))
    const subsidy = take(Policy.read(policy, parameters.installationSubsidy, date))
    if (cost === undefined || subsidy === undefined) return undefined
    return [
      {
        date,
        centreId,
        kind: "cost",
        category: "openingCosts",
        amount: cost.value,
        source: cost.parameterId
      },
      {
        date,
        centreId,
        kind: "revenue",
        category: "installationSubsidy",
        amount: subsidy.value,
        source: subsidy.parameterId
      }
    ]
  })

// A yearly amount spread over the twelve months of the year, each read on the month's first
// day: with `Money.allocate` the months of a year add up to the yearly amount exactly.
const monthlyShares = (
  policy: Policy.Policy,
  definition: Parameter.Definition<"money", "eurosPerYear">,
  year: number,
  from: Calendar.LocalDate | undefined,
  make: (date: Calendar.LocalDate, amount: Money.Cents, source: string) => Entry
): Result.Result<Array<Entry>, Policy.PolicyError> =>
  readAll((take) => {
    const entries: Array<Entry> = []
    const months = Calendar.eachMonth(Calendar.yearPeriod(year))
    const twelfths = months.map(() => 1)
    for (let i = 0; i < months.length; i++) {
      const date = Calendar.firstDayOfMonth(months[i]!)
      // A month that starts before `from` is not booked (nor read: the policy may not reach it).
      if (from !== undefined && date < Calendar.firstDayOfMonth(Calendar.monthOf(from))) continue
      const yearly = take(Policy.read(policy, definition, date))
      if (yearly === undefined) continue
      const parts = Money.allocate(yearly.value, twelfths)
      // Twelve positive weights: allocate cannot fail.
      if (Result.isSuccess(parts)) entries.push(make(date, parts.success[i]!, `${yearly.parameterId} / 12`))
    }
    return entries
  })

/**
 * A centre's health-insurance flat payments for a year, as twelve monthly revenue entries
 * that add up to the yearly amount; with `from`, only the months from the one that holds it
 * (each still a twelfth of the yearly amount).
 *
 * @example
 * ```ts
 * import { Accounting } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Accounting.flatPayments(policy, "muret", 2025) // Result.succeed([12 entries])
 * ```
 *
 * @since 0.1.0
 * @category entries
 */
export const flatPayments = (
  policy: Policy.Policy,
  centreId: string,
  year: number,
  from?: Calendar.LocalDate
): Result.Result<Array<Entry>, Policy.PolicyError> =>
  monthlyShares(policy, parameters.flatPaymentsPerYear, year, from, (date, amount, source) => ({
    date,
    centreId,
    kind: "revenue",
    category: "flatPayments",
    amount,
    source
  }))

/**
 * The GIP's central-services cost for a year, as twelve monthly cost entries of the
 * {@link central} centre that add up to the yearly amount; with `from`, only the months from the
 * one that holds it (a programme's first year).
 *
 * @example
 * ```ts
 * import { Accounting } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Accounting.centralCosts(policy, 2025) // Result.succeed([12 entries])
 * ```
 *
 * @since 0.1.0
 * @category entries
 */
export const centralCosts = (
  policy: Policy.Policy,
  year: number,
  from?: Calendar.LocalDate
): Result.Result<Array<Entry>, Policy.PolicyError> =>
  monthlyShares(policy, parameters.centralCostPerYear, year, from, (date, amount, source) => ({
    date,
    centreId: central,
    kind: "cost",
    category: "centralServices",
    amount,
    source
  }))

// -----------------------------------------------------------------------------
// profit and loss
// -----------------------------------------------------------------------------

const zeroRevenue = (): Record<RevenueCategory, Money.Cents> => ({
  consultations: Money.zero,
  homeVisits: Money.zero,
  regularDoctorFees: Money.zero,
  flatPayments: Money.zero,
  installationSubsidy: Money.zero,
  operatingSubsidy: Money.zero
})

const zeroCost = (): Record<CostCategory, Money.Cents> => ({
  salaries: Money.zero,
  supportStaff: Money.zero,
  rent: Money.zero,
  runningCosts: Money.zero,
  openingCosts: Money.zero,
  centralServices: Money.zero
})

const fromCategories = (
  scope: string,
  period: Calendar.Period,
  revenue: Record<RevenueCategory, Money.Cents>,
  cost: Record<CostCategory, Money.Cents>
): PnL => {
  const totalRevenue = Money.sum(revenueCategories.map((c) => revenue[c]))
  const totalCost = Money.sum(costCategories.map((c) => cost[c]))
  return {
    scope,
    period,
    revenue,
    cost,
    totalRevenue,
    totalCost,
    result: Money.subtract(totalRevenue, totalCost)
  }
}

const pnlWhere = (
  ledger: Ledger,
  scope: string,
  period: Calendar.Period,
  includes: (centreId: string) => boolean
): PnL => {
  const revenue = zeroRevenue()
  const cost = zeroCost()
  for (let i = 0; i < ledger.length; i++) {
    const e = ledger[i]!
    if (e.date < period.start || e.date >= period.end || !includes(e.centreId)) continue
    if (e.kind === "revenue") {
      const c = e.category as RevenueCategory
      revenue[c] = Money.add(revenue[c], e.amount)
    } else {
      const c = e.category as CostCategory
      cost[c] = Money.add(cost[c], e.amount)
    }
  }
  return fromCategories(scope, period, revenue, cost)
}

/**
 * The profit and loss of a centre (or of {@link central}) over a period: its entries dated in
 * `[start, end)`, summed by category. The P&L of a period is the sum of those of its parts.
 *
 * @example
 * ```ts
 * import { Accounting, Calendar, Money } from "@gip-sante/core"
 *
 * declare const ledger: Accounting.Ledger
 * const year = Accounting.pnl(ledger, "muret", Calendar.yearPeriod(2025))
 * Money.format(year.result)
 * ```
 *
 * @since 0.1.0
 * @category profit and loss
 */
export const pnl = (ledger: Ledger, centreId: string, period: Calendar.Period): PnL =>
  pnlWhere(ledger, centreId, period, (id) => id === centreId)

// -----------------------------------------------------------------------------
// consolidation
// -----------------------------------------------------------------------------

/**
 * A centre's accounts after allocation: its own P&L, its share of the central services' P&L,
 * and their sum.
 *
 * @example
 * ```ts
 * import type { Accounting } from "@gip-sante/core"
 *
 * const centralShare = (c: Accounting.CentreAccounts) => c.centralShare.totalCost
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface CentreAccounts {
  readonly centreId: string
  readonly weight: number
  readonly own: PnL
  readonly centralShare: PnL
  readonly afterAllocation: PnL
}

/**
 * The GIP's consolidated accounts over a period: each centre after allocation of the central
 * services, the central services' own P&L, the GIP's P&L (centres + central), and the Region's
 * contribution, which covers the GIP's deficit.
 *
 * @example
 * ```ts
 * import { Money, type Accounting } from "@gip-sante/core"
 *
 * const contribution = (c: Accounting.Consolidation) => Money.format(c.regionContribution)
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Consolidation {
  readonly period: Calendar.Period
  readonly allocationKey: AllocationKey
  readonly centres: ReadonlyArray<CentreAccounts>
  readonly central: PnL
  readonly gip: PnL
  readonly regionContribution: Money.Cents
}

const readAllocationKey = (
  policy: Policy.Policy,
  date: Calendar.LocalDate
): Result.Result<AllocationKey, Policy.PolicyError> =>
  Result.flatMap(Policy.read(policy, parameters.allocationKey, date), (inForce) => {
    const key = inForce.value
    return (allocationKeys as ReadonlyArray<string>).includes(key)
      ? Result.succeed(key as AllocationKey)
      : Result.fail(
          new Policy.PolicyError({
            issues: [
              {
                path: formatPath(["parameters", parameters.allocationKey.id]),
                message: `Expected an allocation key among ${allocationKeys.join(", ")}, got "${key}"`
              }
            ]
          })
        )
  })

const allocationWeights = (
  key: AllocationKey,
  centreIds: ReadonlyArray<string>,
  weights: Readonly<Record<string, number>> | undefined
): Result.Result<Array<number>, AccountingError> => {
  if (key === "equal") return Result.succeed(centreIds.map(() => 1))
  if (weights === undefined)
    return failWith(
      ["weights"],
      `The allocation key "${key}" needs a weight for each centre (its ${key === "fte" ? "full-time equivalents" : "consultations"}); none were given`
    )
  const issues: Array<Issue> = []
  const out: Array<number> = []
  for (const id of centreIds) {
    const w = Object.hasOwn(weights, id) ? weights[id] : undefined
    if (w === undefined)
      issues.push({ path: formatPath(["weights", id]), message: `Missing weight for centre ${id}` })
    else if (!Number.isFinite(w) || w < 0)
      issues.push({
        path: formatPath(["weights", id]),
        message: `Expected a finite weight of 0 or more, got ${w}`
      })
    else out.push(w)
  }
  if (issues.length === 0 && out.every((w) => w === 0))
    issues.push({ path: "weights", message: "Expected at least one positive weight, got only zeros" })
  return issues.length > 0 ? Result.fail(new AccountingError({ issues })) : Result.succeed(out)
}

const checkCentreIds = (centreIds: ReadonlyArray<string>): Result.Result<void, AccountingError> => {
  if (centreIds.length === 0) return failWith(["centreIds"], "Expected at least one centre")
  const seen = new Set<string>()
  const issues: Array<Issue> = []
  centreIds.forEach((id, i) => {
    if (id === central)
      issues.push({
        path: formatPath(["centreIds", i]),
        message: `"${central}" is the central services, not a centre`
      })
    else if (seen.has(id))
      issues.push({ path: formatPath(["centreIds", i]), message: `Centre ${id} is listed twice` })
    seen.add(id)
  })
  return issues.length > 0 ? Result.fail(new AccountingError({ issues })) : Result.void
}

/**
 * Consolidates the centres' accounts over a period. The central services' revenue and cost are
 * allocated to the centres category by category, with the policy's allocation key in force on
 * the period's first day: `"equal"` in equal parts, `"consultations"` or `"fte"` in proportion
 * to the caller's `weights` (by centre id; required for those keys). Parts are computed with
 * {@link Money.allocate}, so the centres after allocation add up to the GIP's P&L to the cent.
 * Entries of centres not listed are left out. The Region's contribution is the GIP's deficit
 * (0 when the GIP breaks even or better).
 *
 * @example
 * ```ts
 * import { Accounting, Calendar } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * declare const ledger: Accounting.Ledger
 * Accounting.consolidate(policy, ledger, ["muret", "cazeres"], Calendar.yearPeriod(2025), { muret: 2, cazeres: 1 })
 * ```
 *
 * @since 0.1.0
 * @category consolidation
 */
export const consolidate = (
  policy: Policy.Policy,
  ledger: Ledger,
  centreIds: ReadonlyArray<string>,
  period: Calendar.Period,
  weights?: Readonly<Record<string, number>>
): Result.Result<Consolidation, Policy.PolicyError | AccountingError> => {
  const checked = checkCentreIds(centreIds)
  if (Result.isFailure(checked)) return Result.fail(checked.failure)
  const included = new Set<string>([...centreIds, central])
  const inScope = (e: Entry) => e.date >= period.start && e.date < period.end && included.has(e.centreId)
  // A decoded ledger always adds up exactly; one built by hand may not.
  if (entryPastExactTotals(ledger, inScope) !== undefined)
    return failWith(
      ["ledger"],
      `The amounts of the ledger over ${period.start} to ${period.end} add up to more than ${maxExactTotal}: beyond that, totals in cents would not be exact`
    )
  const key = readAllocationKey(policy, period.start)
  if (Result.isFailure(key)) return Result.fail(key.failure)
  const w = allocationWeights(key.success, centreIds, weights)
  if (Result.isFailure(w)) return Result.fail(w.failure)
  const centralPnl = pnl(ledger, central, period)
  const shares = centreIds.map(() => ({ revenue: zeroRevenue(), cost: zeroCost() }))
  for (const c of revenueCategories) {
    const parts = Money.allocate(centralPnl.revenue[c], w.success)
    if (Result.isFailure(parts)) return failWith(["weights"], parts.failure.message)
    for (let i = 0; i < shares.length; i++) shares[i]!.revenue[c] = parts.success[i]!
  }
  for (const c of costCategories) {
    const parts = Money.allocate(centralPnl.cost[c], w.success)
    if (Result.isFailure(parts)) return failWith(["weights"], parts.failure.message)
    for (let i = 0; i < shares.length; i++) shares[i]!.cost[c] = parts.success[i]!
  }
  const centres = centreIds.map((centreId, i): CentreAccounts => {
    const own = pnl(ledger, centreId, period)
    const share = shares[i]!
    const centralShare = fromCategories(centreId, period, share.revenue, share.cost)
    const revenue = zeroRevenue()
    const cost = zeroCost()
    for (const c of revenueCategories) revenue[c] = Money.add(own.revenue[c], share.revenue[c])
    for (const c of costCategories) cost[c] = Money.add(own.cost[c], share.cost[c])
    return {
      centreId,
      weight: w.success[i]!,
      own,
      centralShare,
      afterAllocation: fromCategories(centreId, period, revenue, cost)
    }
  })
  const gip = pnlWhere(ledger, "GIP", period, (id) => included.has(id))
  return Result.succeed({
    period,
    allocationKey: key.success,
    centres,
    central: centralPnl,
    gip,
    regionContribution: regionContribution(gip)
  })
}

/**
 * What the Region pays to cover a P&L's deficit: `max(0, −result)`.
 *
 * @example
 * ```ts
 * import { Accounting, Money } from "@gip-sante/core"
 *
 * declare const gip: Accounting.PnL
 * Money.format(Accounting.regionContribution(gip))
 * ```
 *
 * @since 0.1.0
 * @category consolidation
 */
export const regionContribution = (account: PnL): Money.Cents =>
  Money.max(Money.zero, Money.negate(account.result))

// -----------------------------------------------------------------------------
// ratios
// -----------------------------------------------------------------------------

/**
 * Ratios of a P&L, for readers and KPIs. The Region's contribution covers the deficit, so
 * resources are revenue + contribution and the three shares add up to 1 (undefined when there
 * are no resources). Per-consultation amounts are undefined when there are no consultations.
 *
 * @example
 * ```ts
 * import { Money, type Accounting } from "@gip-sante/core"
 *
 * const perAct = (r: Accounting.Ratios) =>
 *   r.subsidyPerConsultation === undefined ? "no consultations" : Money.format(r.subsidyPerConsultation)
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Ratios {
  readonly regionContribution: Money.Cents
  readonly resources: Money.Cents
  readonly shareFromActs: Quantity<"ratio"> | undefined
  readonly shareFromSubsidies: Quantity<"ratio"> | undefined
  readonly shareFromRegion: Quantity<"ratio"> | undefined
  readonly costPerConsultation: Money.Cents | undefined
  readonly subsidyPerConsultation: Money.Cents | undefined
}

const share = (part: Money.Cents, whole: Money.Cents): Quantity<"ratio"> | undefined =>
  whole === 0 ? undefined : quantity(part / whole, "ratio")

/**
 * The ratios of a P&L given its number of consultations: shares of resources from acts
 * (consultations, home visits, regular-doctor fees, flat payments), from subsidies (installation, operating) and
 * from the Region; cost per consultation; and **subsidy per consultation** — the public money
 * other than health-insurance fees (subsidies + the Region's contribution) per consultation, a
 * reader's question (S2 comments). Amounts per consultation are rounded half-even to the cent.
 *
 * @example
 * ```ts
 * import { Accounting, Money } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * declare const year: Accounting.PnL
 * const r = Result.getOrThrow(Accounting.ratios(year, 12000))
 * if (r.subsidyPerConsultation !== undefined) Money.format(r.subsidyPerConsultation)
 * ```
 *
 * @since 0.1.0
 * @category ratios
 */
export const ratios = (account: PnL, consultations: number): Result.Result<Ratios, AccountingError> => {
  const invalid = checkCount(consultations, "consultations")
  if (invalid !== undefined) return Result.fail(new AccountingError({ issues: [invalid] }))
  const contribution = regionContribution(account)
  const resources = Money.add(account.totalRevenue, contribution)
  const acts = Money.sum([
    account.revenue.consultations,
    account.revenue.homeVisits,
    account.revenue.regularDoctorFees,
    account.revenue.flatPayments
  ])
  const subsidies = Money.add(account.revenue.installationSubsidy, account.revenue.operatingSubsidy)
  return Result.succeed({
    regionContribution: contribution,
    resources,
    shareFromActs: share(acts, resources),
    shareFromSubsidies: share(subsidies, resources),
    shareFromRegion: share(contribution, resources),
    costPerConsultation:
      consultations === 0 ? undefined : Money.divide(account.totalCost, consultations, "halfEven"),
    subsidyPerConsultation:
      consultations === 0
        ? undefined
        : Money.divide(Money.add(subsidies, contribution), consultations, "halfEven")
  })
}

/**
 * The consultations a year needs for a centre to break even: `ceil((costs − other revenue) / G)`
 * with the G tariff in force on `date`, or 0 when the other revenue already covers the costs.
 *
 * @example
 * ```ts
 * import { Accounting, Calendar, Money } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Accounting.breakEvenConsultations(
 *   policy,
 *   { annualCosts: Money.euros(300000), otherAnnualRevenue: Money.euros(60000) },
 *   Calendar.date("2025-01-01")
 * ) // Result.succeed(8000)
 * ```
 *
 * @since 0.1.0
 * @category ratios
 */
export const breakEvenConsultations = (
  policy: Policy.Policy,
  budget: { readonly annualCosts: Money.Cents; readonly otherAnnualRevenue: Money.Cents },
  date: Calendar.LocalDate
): Result.Result<number, Policy.PolicyError> =>
  Result.flatMap(Policy.read(policy, parameters.consultationTariff, date), (g) => {
    if (g.value <= 0)
      return Result.fail(
        new Policy.PolicyError({
          issues: [
            {
              path: formatPath(["parameters", parameters.consultationTariff.id]),
              message: `Expected a positive consultation tariff to count break-even consultations, got ${g.value} cents`
            }
          ]
        })
      )
    const uncovered = Money.subtract(budget.annualCosts, budget.otherAnnualRevenue)
    return Result.succeed(uncovered <= 0 ? 0 : Money.divide(uncovered, g.value, "ceil"))
  })

// -----------------------------------------------------------------------------
// opening scenario
// -----------------------------------------------------------------------------

/**
 * What a new centre's first years look like, for {@link openingScenario}: when it opens (the
 * first day of a month), over how many years, its activity once at full speed and the share of
 * it reached each year (the ramp-up; the last share carries on), and its yearly staff costs
 * (for instance from `Pay.annualCost` of its contracts).
 *
 * @example
 * ```ts
 * import { Accounting, Calendar, Money } from "@gip-sante/core"
 *
 * const plan: Accounting.OpeningPlan = {
 *   centreId: "new-centre",
 *   opening: Calendar.date("2025-01-01"),
 *   years: 4,
 *   consultationsPerYearAtFullActivity: 7560,
 *   homeVisitsPerYearAtFullActivity: 240,
 *   ramp: [0.5, 0.8, 1],
 *   clinicianCostPerYear: Money.euros(186000),
 *   supportStaffCostPerYear: Money.euros(64000)
 * }
 * ```
 *
 * @since 0.1.0
 * @category scenarios
 */
export interface OpeningPlan {
  readonly centreId: string
  readonly opening: Calendar.LocalDate
  readonly years: number
  readonly consultationsPerYearAtFullActivity: number
  readonly homeVisitsPerYearAtFullActivity: number
  readonly ramp: ReadonlyArray<number>
  readonly clinicianCostPerYear: Money.Cents
  readonly supportStaffCostPerYear: Money.Cents
  /**
   * Patients who have the centre's doctors as their regular doctor once at full activity: the
   * regular-doctor fees ({@link parameters}`.regularDoctorFee` each a year) follow the ramp-up
   * like the activity. None when absent.
   */
  readonly regularDoctorPatientsAtFullActivity?: number
  /**
   * The share of the GIP's central costs ({@link parameters}`.centralCostPerYear`) booked to
   * this centre every month, from 0 to 1: the caller's allocation rule. None booked when absent.
   */
  readonly centralShare?: number
}

/**
 * One year of an opening scenario: its period (twelve months from the opening anniversary), the
 * activity assumed, its P&L and the result accumulated since the opening.
 *
 * @example
 * ```ts
 * import type { Accounting } from "@gip-sante/core"
 *
 * const deficit = (y: Accounting.ScenarioYear) => y.pnl.result < 0
 * ```
 *
 * @since 0.1.0
 * @category scenarios
 */
export interface ScenarioYear {
  readonly year: number
  readonly period: Calendar.Period
  readonly activityShare: number
  readonly consultations: number
  readonly homeVisits: number
  readonly pnl: PnL
  readonly cumulativeResult: Money.Cents
}

/**
 * The result of an opening scenario: each year, the first year whose result is not a deficit
 * (if any) and the first year by which the accumulated result is no longer negative (if any),
 * and the ledger the figures were computed from, so each can be traced to its entries.
 *
 * @example
 * ```ts
 * import type { Accounting } from "@gip-sante/core"
 *
 * const summary = (s: Accounting.OpeningScenario) => s.breakEvenYear ?? "never within the horizon"
 * ```
 *
 * @since 0.1.0
 * @category scenarios
 */
export interface OpeningScenario {
  readonly years: ReadonlyArray<ScenarioYear>
  readonly breakEvenYear: number | undefined
  readonly paybackYear: number | undefined
  readonly ledger: Ledger
}

const planIssues = (plan: OpeningPlan): Array<Issue> => {
  const issues: Array<Issue> = []
  if (Calendar.parts(plan.opening).day !== 1) {
    issues.push({ path: "opening", message: `Expected the first day of a month, got ${plan.opening}` })
  }
  if (!Number.isInteger(plan.years) || plan.years < 1 || plan.years > 30) {
    issues.push({
      path: "years",
      message: `Expected a whole number of years from 1 to 30, got ${plan.years}`
    })
  }
  for (const field of ["consultationsPerYearAtFullActivity", "homeVisitsPerYearAtFullActivity"] as const) {
    const value = plan[field]
    if (!Number.isFinite(value) || value < 0) {
      issues.push({ path: field, message: `Expected a number greater than or equal to 0, got ${value}` })
    } else if (!Number.isSafeInteger(Math.round(value))) {
      issues.push({
        path: field,
        message: `Expected at most ${Number.MAX_SAFE_INTEGER} acts a year, got ${value}`
      })
    }
  }
  if (plan.ramp.length === 0) issues.push({ path: "ramp", message: "Expected at least one activity share" })
  plan.ramp.forEach((share, i) => {
    if (!Number.isFinite(share) || share < 0 || share > 1) {
      issues.push({ path: `ramp[${i}]`, message: `Expected a share from 0 to 1, got ${share}` })
    }
  })
  for (const field of ["clinicianCostPerYear", "supportStaffCostPerYear"] as const) {
    if (!Number.isSafeInteger(plan[field]) || plan[field] < 0) {
      issues.push({ path: field, message: `Expected a non-negative amount in cents, got ${plan[field]}` })
    }
  }
  const patients = plan.regularDoctorPatientsAtFullActivity
  if (patients !== undefined && (!Number.isFinite(patients) || patients < 0)) {
    issues.push({
      path: "regularDoctorPatientsAtFullActivity",
      message: `Expected a number greater than or equal to 0, got ${patients}`
    })
  }
  const centralShare = plan.centralShare
  if (
    centralShare !== undefined &&
    (!Number.isFinite(centralShare) || centralShare < 0 || centralShare > 1)
  ) {
    issues.push({ path: "centralShare", message: `Expected a share from 0 to 1, got ${centralShare}` })
  }
  return issues
}

// A centre's share of the central services' monthly entries, booked as its own cost: each
// entry split into [share, rest] with Money.allocate, so the shares never exceed the whole.
const centralShareOf = (entries: ReadonlyArray<Entry>, centreId: string, share: number): Array<Entry> =>
  entries.flatMap((e) => {
    const parts = Money.allocate(e.amount, [share, 1 - share])
    const part = Result.isSuccess(parts) ? parts.success[0]! : Money.zero
    return part > 0
      ? [{ ...e, centreId, amount: part, source: `${e.source} × ${share} (central share)` }]
      : []
  })

/**
 * A centre's regular-doctor flat fees for the month that starts on `date`: `patients` × the
 * yearly fee per patient in force that day, one twelfth of it (the twelve months of a calendar
 * year add up to the yearly amount, to the cent).
 *
 * @example
 * ```ts
 * import { Accounting, Calendar } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Accounting.regularDoctorFees(policy, "muret", Calendar.date("2025-03-01"), 800)
 * // Result.succeed([{ category: "regularDoctorFees", … }])
 * ```
 *
 * @since 0.1.0
 * @category entries
 */
export const regularDoctorFees = (
  policy: Policy.Policy,
  centreId: string,
  date: Calendar.LocalDate,
  patients: number
): Result.Result<Array<Entry>, Policy.PolicyError | AccountingError> => {
  if (!Number.isSafeInteger(patients) || patients < 0)
    return failWith(["patients"], `Expected a whole number of patients, 0 or more, got ${patients}`)
  return Result.map(Policy.read(policy, parameters.regularDoctorFee, date), (fee) => {
    const yearly = Money.times(fee.value, patients)
    const parts = Money.allocate(
      yearly,
      Array.from({ length: 12 }, () => 1)
    )
    const month = Calendar.parts(date).month - 1
    const amount = Result.isSuccess(parts) ? parts.success[month]! : Money.zero
    return amount > 0
      ? [
          {
            date,
            centreId,
            kind: "revenue" as const,
            category: "regularDoctorFees" as const,
            amount,
            source: `${patients} patients × ${fee.parameterId} / 12`
          }
        ]
      : []
  })
}

// Spreads a yearly whole number over months in proportion to their days; the parts add up.
const spreadByDays = (total: number, months: ReadonlyArray<Calendar.Period>): Array<number> =>
  Result.getOrThrow(
    Money.allocate(
      Money.cents(total),
      months.map((m) => Calendar.lengthInDays(m))
    )
  )

/**
 * A new centre's first years: the opening cost and installation subsidy, rent and running costs
 * every month, flat payments, staff costs, and revenue from the activity of each year (valued at
 * the tariffs in force month by month), giving the deficit path, the first year without a deficit
 * and the year the accumulated result turns non-negative, if they come within the horizon. Every
 * policy value comes from the policy; the plan (activity, ramp-up, staff costs) is the caller's
 * scenario.
 *
 * @example
 * ```ts
 * import { Accounting, Calendar, Money } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * const scenario = Accounting.openingScenario(policy, {
 *   centreId: "new-centre",
 *   opening: Calendar.date("2025-01-01"),
 *   years: 4,
 *   consultationsPerYearAtFullActivity: 7560,
 *   homeVisitsPerYearAtFullActivity: 240,
 *   ramp: [0.5, 0.8, 1],
 *   clinicianCostPerYear: Money.euros(186000),
 *   supportStaffCostPerYear: Money.euros(64000)
 * })
 * ```
 *
 * @since 0.1.0
 * @category scenarios
 */
export const openingScenario = (
  policy: Policy.Policy,
  plan: OpeningPlan
): Result.Result<OpeningScenario, Policy.PolicyError | AccountingError> => {
  const issues = planIssues(plan)
  if (issues.length > 0) return Result.fail(new AccountingError({ issues }))
  const ledger: Array<Entry> = []
  const add = <E>(r: Result.Result<Array<Entry>, E>): E | undefined => {
    if (Result.isFailure(r)) return r.failure
    ledger.push(...r.success)
    return undefined
  }
  const firstError = add(openingEntries(policy, plan.centreId, plan.opening))
  if (firstError !== undefined) return Result.fail(firstError)
  const start = Calendar.monthOf(plan.opening)
  const end = Calendar.firstDayOfMonth(Calendar.addMonths(start, plan.years * 12))
  const horizon = Calendar.period(plan.opening, end)
  for (let y = Calendar.yearOf(plan.opening); y <= Calendar.yearOf(end); y++) {
    const error = add(flatPayments(policy, plan.centreId, y, plan.opening))
    if (error !== undefined) return Result.fail(error)
    const share = plan.centralShare ?? 0
    if (share > 0) {
      const booked = add(
        Result.map(centralCosts(policy, y, plan.opening), (entries) =>
          centralShareOf(entries, plan.centreId, share)
        )
      )
      if (booked !== undefined) return Result.fail(booked)
    }
  }
  const years: Array<ScenarioYear> = []
  let cumulative = Money.zero
  for (let i = 0; i < plan.years; i++) {
    const period = Calendar.period(
      Calendar.firstDayOfMonth(Calendar.addMonths(start, i * 12)),
      Calendar.firstDayOfMonth(Calendar.addMonths(start, (i + 1) * 12))
    )
    const months = Calendar.splitByMonth(period)
    const share = plan.ramp[Math.min(i, plan.ramp.length - 1)]!
    const consultations = Math.round(plan.consultationsPerYearAtFullActivity * share)
    const homeVisits = Math.round(plan.homeVisitsPerYearAtFullActivity * share)
    const patients = Math.round((plan.regularDoctorPatientsAtFullActivity ?? 0) * share)
    const consultationsByMonth = spreadByDays(consultations, months)
    const visitsByMonth = spreadByDays(homeVisits, months)
    const clinicianCosts = spreadByDays(plan.clinicianCostPerYear, months)
    const supportCosts = spreadByDays(plan.supportStaffCostPerYear, months)
    for (let m = 0; m < months.length; m++) {
      const date = months[m]!.start
      const fixed = add(monthlyFixedCosts(policy, plan.centreId, Calendar.monthOf(date)))
      if (fixed !== undefined) return Result.fail(fixed)
      const revenue = add(
        activityRevenue(policy, {
          centreId: plan.centreId,
          date,
          consultations: consultationsByMonth[m]!,
          homeVisits: visitsByMonth[m]!
        })
      )
      if (revenue !== undefined) return Result.fail(revenue)
      if (patients > 0) {
        const fees = add(regularDoctorFees(policy, plan.centreId, date, patients))
        if (fees !== undefined) return Result.fail(fees)
      }
      const staff = (category: CostCategory, amount: number, source: string) => {
        if (amount > 0) {
          ledger.push({
            date,
            centreId: plan.centreId,
            kind: "cost",
            category,
            amount: Money.cents(amount),
            source
          })
        }
      }
      staff("salaries", clinicianCosts[m]!, "scenario: clinicians' employer cost")
      staff("supportStaff", supportCosts[m]!, "scenario: support staff's employer cost")
    }
    const account = pnl(ledger, plan.centreId, period)
    cumulative = Money.add(cumulative, account.result)
    years.push({
      year: i + 1,
      period,
      activityShare: share,
      consultations,
      homeVisits,
      pnl: account,
      cumulativeResult: cumulative
    })
  }
  // Each year's result is exact when the whole ledger of the scenario adds up exactly.
  if (entryPastExactTotals(ledger, () => true) !== undefined)
    return failWith(
      ["ledger"],
      `The scenario's amounts add up to more than ${maxExactTotal}: beyond that, totals in cents would not be exact`
    )
  const inHorizon = ledger.filter((e) => Calendar.contains(horizon, e.date))
  const breakEven = years.find((y) => y.pnl.result >= 0)
  const payback = years.find((y) => y.cumulativeResult >= 0)
  return Result.succeed({
    years,
    breakEvenYear: breakEven?.year,
    paybackYear: payback?.year,
    ledger: inHorizon
  })
}

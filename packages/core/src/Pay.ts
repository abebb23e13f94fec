/**
 * Pay: the salary grid of each profession, and a contract's monthly net pay, gross pay and
 * employer cost on a date or over a period, with explanations on demand.
 *
 * A grid gives full-time monthly amounts by seniority, either **net** or **gross** — the sources
 * give GP pay as net (4,700–6,400 € net, S1) and the midwife's as gross (S2) — and the basis is
 * explicit in the types ({@link FullTimeAmount}). Monthly pay on a date is computed in named,
 * rounded steps: full-time amount × pay share (FTE), then net ↔ gross through the employee
 * contribution lines, then the employer contribution lines (see {@link Contributions}: one dated,
 * sourced parameter per line). All numbers come from the policy; rounding uses the policy's
 * `pay.roundingMode`.
 *
 * @example
 * ```ts
 * import { Calendar, Money, Pay, type Contract } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * declare const gp: Contract.Contract // 35 h, no prior practice, started 2025-01-01
 * const pay = Result.getOrThrow(Pay.monthly(policy, gp, Calendar.date("2025-06-01")))
 * Money.format(pay.net) // "4 700,00 €"
 * ```
 *
 * @since 0.1.0
 * @module
 */
import * as Data from "effect/Data"
import * as Result from "effect/Result"
import * as Calendar from "./Calendar.js"
import { type Contract, parameters as contractParameters, isActive } from "./Contract.js"
import * as Contributions from "./Contributions.js"
import * as Explanation from "./Explanation.js"
import { collector } from "./internal/collect.js"
import { hoursRatio, notWholeMinutes, wholeMinutes } from "./internal/hours.js"
import { formatPath } from "./internal/issues.js"
import * as PolicyCache from "./internal/policy-cache.js"
import { mulDivRounded } from "./internal/rounding.js"
import { anniversaryAfter, yearsBetween } from "./internal/seniority.js"
import * as Locale from "./Locale.js"
import * as Money from "./Money.js"
import { add, type Cents, type Ratio, type RoundingMode, ratio, roundingModes, scale, sum } from "./Money.js"
import * as Parameter from "./Parameter.js"
import * as Policy from "./Policy.js"
import type { Amount } from "./Unit.js"

// -----------------------------------------------------------------------------
// parameters read
// -----------------------------------------------------------------------------

/**
 * The policy parameters this module reads besides the grids ({@link gridParameterId}) and the
 * contribution lines ({@link Contributions.lineParameters}).
 *
 * @example
 * ```ts
 * import { Pay } from "@gip-sante/core"
 *
 * Pay.parameters.roundingMode.id // "pay.roundingMode"
 * ```
 *
 * @since 0.1.0
 * @category parameters
 */
export const parameters = {
  roundingMode: Parameter.define({
    id: "pay.roundingMode",
    type: "text",
    unit: "none",
    label: "Rounding of each pay step to the cent"
  }),
  proration: Parameter.define({
    id: "pay.proration",
    type: "text",
    unit: "none",
    label: "How a part of a month is paid: calendarDays or thirtieths"
  })
} as const

/**
 * How a part of a month is paid (`pay.proration`): `calendarDays`, the monthly amount × days in
 * the part ÷ days in the month; or `thirtieths`, the public-service rule, where every month
 * counts 30 days, the 31st is not paid and a part that runs to the end of February counts up to
 * the 30th. A start on 17 March pays 15/31 of the month in calendar days, 14/30 in thirtieths.
 *
 * @example
 * ```ts
 * import { Pay } from "@gip-sante/core"
 *
 * Pay.prorations // ["calendarDays", "thirtieths"]
 * ```
 *
 * @since 0.1.0
 * @category parameters
 */
export const prorations = ["calendarDays", "thirtieths"] as const

/**
 * A proration convention (see {@link prorations}).
 *
 * @example
 * ```ts
 * import type { Pay } from "@gip-sante/core"
 *
 * const rule: Pay.Proration = "thirtieths"
 * ```
 *
 * @since 0.1.0
 * @category parameters
 */
export type Proration = (typeof prorations)[number]

/**
 * The id of a profession's grid parameter: `pay.<profession>.grid`.
 *
 * @example
 * ```ts
 * import { Pay } from "@gip-sante/core"
 *
 * Pay.gridParameterId("midwife") // "pay.midwife.grid"
 * ```
 *
 * @since 0.1.0
 * @category parameters
 */
export const gridParameterId = (profession: string): string => `pay.${profession}.grid`

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * Whether a grid's amounts are net (take-home) or gross (before employee contributions).
 *
 * @example
 * ```ts
 * import type { Pay } from "@gip-sante/core"
 *
 * const basis: Pay.Basis = "net"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Basis = "net" | "gross"

/**
 * A full-time monthly amount with its basis, kept explicit in the type: a net amount cannot be
 * used where a gross one is expected.
 *
 * @example
 * ```ts
 * import { Money, Unit, type Pay } from "@gip-sante/core"
 *
 * const start: Pay.FullTimeAmount = { basis: "net", amount: Unit.amount(Money.euros(4700), "eurosPerMonthNet") }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type FullTimeAmount =
  | { readonly basis: "net"; readonly amount: Amount<"eurosPerMonthNet"> }
  | { readonly basis: "gross"; readonly amount: Amount<"eurosPerMonthGross"> }

/**
 * A contract's pay for a month, as on one date: the grid step used, the pay share, and the net,
 * gross, employee and employer contributions and employer cost (net = gross − employee
 * contributions; employer cost = gross + employer contributions).
 *
 * @example
 * ```ts
 * import type { Pay } from "@gip-sante/core"
 *
 * const costPerYear = (p: Pay.MonthlyPay) => p.employerCost * 12
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface MonthlyPay {
  readonly contractId: string
  readonly date: Calendar.LocalDate
  readonly profession: string
  readonly seniorityYears: number
  readonly echelon: number
  readonly echelonFromYears: number
  readonly fullTime: FullTimeAmount
  readonly payShare: Ratio
  readonly net: Amount<"eurosPerMonthNet">
  readonly gross: Amount<"eurosPerMonthGross">
  readonly employeeContributions: Amount<"eurosPerMonth">
  readonly employerContributions: Amount<"eurosPerMonth">
  readonly employerCost: Amount<"eurosPerMonth">
}

/**
 * Why pay could not be computed: the contract is not in force on the date, or the policy lacks
 * what pay needs (with every issue and its path).
 *
 * @example
 * ```ts
 * import { Pay } from "@gip-sante/core"
 *
 * declare const e: Pay.PayError
 * e.message
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class PayError extends Data.TaggedError("PayError")<{
  readonly contractId: string | undefined
  readonly message: string
}> {}

// -----------------------------------------------------------------------------
// prepared policy
// -----------------------------------------------------------------------------

interface Grid {
  readonly basis: Basis
  readonly inForce: Parameter.InForce<Parameter.Grid>
  readonly thresholds: Float64Array
  readonly amounts: Float64Array
}

/**
 * The policy values pay needs on one date, read and checked once: the fast paths reuse them
 * for every contract. Build it with {@link prepare}.
 *
 * @example
 * ```ts
 * import { Calendar, Pay } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const prepared = Result.getOrThrow(Pay.prepare(policy, Calendar.date("2025-06-01"), ["gp", "midwife"]))
 * prepared.roundingMode // "halfUp"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Prepared {
  readonly date: Calendar.LocalDate
  readonly roundingMode: RoundingMode
  readonly proration: Proration
  readonly contributions: Contributions.Prepared
  readonly fullTimeWeeklyHours: number
  readonly extraHoursCompensatedByRtt: boolean
  readonly grids: ReadonlyMap<string, Grid>
  readonly sources: {
    readonly roundingMode: Parameter.InForce<unknown>
    readonly proration: Parameter.InForce<unknown>
    readonly fullTimeWeeklyHours: Parameter.InForce<number>
    readonly extraHoursCompensatedByRtt: Parameter.InForce<boolean>
  }
}

const issue = (id: string, message: string) =>
  new Policy.PolicyError({ issues: [{ path: formatPath(["parameters", id]), message }] })

const column = (steps: Parameter.Grid, field: "fromYears" | "amount"): Float64Array => {
  const out = new Float64Array(steps.length)
  for (let i = 0; i < steps.length; i++) out[i] = steps[i]![field]
  return out
}

const readGrid = (
  policy: Policy.Policy,
  profession: string,
  date: Calendar.LocalDate
): Result.Result<Grid, Policy.PolicyError> => {
  const id = gridParameterId(profession)
  const parameter = Policy.parameter(policy, id)
  if (parameter === undefined) {
    return Result.fail(issue(id, `The policy has no salary grid for profession "${profession}" (${id})`))
  }
  if (
    parameter.type !== "grid" ||
    (parameter.unit !== "eurosPerMonthNet" && parameter.unit !== "eurosPerMonthGross")
  ) {
    return Result.fail(
      issue(
        id,
        `${id} must be a grid in eurosPerMonthNet or eurosPerMonthGross, but the policy gives a ${parameter.type} in ${parameter.unit}`
      )
    )
  }
  const inForce = Parameter.valueAt(parameter, id, date)
  if (Result.isFailure(inForce))
    return Result.fail(new Policy.PolicyError({ issues: inForce.failure.issues }))
  const steps = inForce.success.value as Parameter.Grid
  return Result.succeed({
    basis: parameter.unit === "eurosPerMonthNet" ? "net" : "gross",
    inForce: inForce.success as Parameter.InForce<Parameter.Grid>,
    thresholds: column(steps, "fromYears"),
    amounts: column(steps, "amount")
  })
}

/**
 * A profession's salary grid in force on `date`, typed: its basis (net or gross) and its steps
 * (seniority in years from which each full-time monthly amount applies), with the value's dates
 * and provenance. Use it rather than defining the grid parameter by hand: it checks that the
 * policy has the grid and that it is a grid in euros a month, net or gross.
 *
 * @example
 * ```ts
 * import { Calendar, Pay } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const gp = Result.getOrThrow(Pay.gridOf(policy, "gp", Calendar.date("2025-06-01")))
 * gp.basis // "net"
 * gp.grid.value[0]?.amount // 470000
 * ```
 *
 * @since 0.1.0
 * @category parameters
 */
export const gridOf = (
  policy: Policy.Policy,
  profession: string,
  date: Calendar.LocalDate
): Result.Result<
  { readonly profession: string; readonly basis: Basis; readonly grid: Parameter.InForce<Parameter.Grid> },
  Policy.PolicyError
> => Result.map(readGrid(policy, profession, date), (g) => ({ profession, basis: g.basis, grid: g.inForce }))

/**
 * Reads and checks, once, every policy value pay needs on `date`, including the grids of the
 * given professions: the full-time weekly hours (positive), the contribution lines (see
 * {@link Contributions.prepare}), the rounding mode (one of {@link Money.roundingModes}).
 *
 * @example
 * ```ts
 * import { Calendar, Pay } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Pay.prepare(policy, Calendar.date("2025-06-01"), ["gp"]) // Result.succeed(…)
 * Pay.prepare(policy, Calendar.date("2025-06-01"), ["surgeon"]) // Failure: no salary grid for "surgeon"
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const prepare = (
  policy: Policy.Policy,
  date: Calendar.LocalDate,
  professions: Iterable<string>
): Result.Result<Prepared, Policy.PolicyError> => {
  const { issues, collect } = collector()
  const mode = collect(Policy.read(policy, parameters.roundingMode, date))
  const proration = collect(Policy.read(policy, parameters.proration, date))
  const contributions = collect(Contributions.prepare(policy, date))
  const fullTime = collect(Policy.read(policy, contractParameters.fullTimeWeeklyHours, date))
  const byRtt = collect(Policy.read(policy, contractParameters.extraHoursCompensatedByRtt, date))
  const grids = new Map<string, Grid>()
  for (const profession of professions) {
    if (grids.has(profession)) continue
    const grid = collect(readGrid(policy, profession, date))
    if (grid !== undefined) grids.set(profession, grid)
  }
  // Messages are built only for a failed check: prepare runs once per monthly pay.
  const check = (ok: boolean, id: string, message: () => string) => {
    if (!ok) issues.push({ path: formatPath(["parameters", id]), message: message() })
  }
  if (mode !== undefined) {
    check(
      (roundingModes as ReadonlyArray<string>).includes(mode.value),
      mode.parameterId,
      () =>
        `${mode.parameterId} must be one of ${roundingModes.join(", ")}, got ${JSON.stringify(mode.value)}`
    )
  }
  if (proration !== undefined) {
    check(
      (prorations as ReadonlyArray<string>).includes(proration.value),
      proration.parameterId,
      () =>
        `${proration.parameterId} must be one of ${prorations.join(", ")}, got ${JSON.stringify(proration.value)}`
    )
  }
  if (fullTime !== undefined) {
    check(
      fullTime.value > 0 && wholeMinutes(fullTime.value) !== undefined,
      fullTime.parameterId,
      () => `${fullTime.parameterId} must be above 0 and a whole number of minutes, got ${fullTime.value}`
    )
  }
  if (
    issues.length > 0 ||
    mode === undefined ||
    proration === undefined ||
    contributions === undefined ||
    fullTime === undefined ||
    byRtt === undefined
  ) {
    return Result.fail(new Policy.PolicyError({ issues }))
  }
  return Result.succeed({
    date,
    roundingMode: mode.value as RoundingMode,
    proration: proration.value as Proration,
    contributions,
    fullTimeWeeklyHours: fullTime.value,
    extraHoursCompensatedByRtt: byRtt.value,
    grids,
    sources: {
      roundingMode: mode,
      proration,
      fullTimeWeeklyHours: fullTime,
      extraHoursCompensatedByRtt: byRtt
    }
  })
}

// The convenience forms (monthly, batch, overPeriod, explain) prepare through these caches: per
// policy, at most 32 professions (or sets of professions, for batch) × 16 stretches of dates
// between parameter changes, each prepared once (see internal/policy-cache.ts).
const rebase = (prepared: Prepared, date: string): Prepared => ({
  ...prepared,
  date: date as Calendar.LocalDate
})
const dateOf = (prepared: Prepared): string => prepared.date
const bounds = { maxKeys: 32, maxStretches: 16 }
const byProfession = /* @__PURE__ */ PolicyCache.make(
  bounds,
  (policy, date, profession: string) => prepare(policy, date as Calendar.LocalDate, [profession]),
  dateOf,
  rebase
)
const byProfessions = /* @__PURE__ */ PolicyCache.make(
  bounds,
  (policy, date, professions: ReadonlyArray<string>) =>
    prepare(policy, date as Calendar.LocalDate, professions),
  dateOf,
  rebase
)
const preparedFor = (policy: Policy.Policy, date: Calendar.LocalDate, profession: string) =>
  byProfession.get(policy, date, profession, profession)

// -----------------------------------------------------------------------------
// computation
// -----------------------------------------------------------------------------

/**
 * Seniority on `date` counted by the grid: the years of prior practice counted at hire plus the
 * years in post since the start (whole anniversaries plus the elapsed share of the current
 * year), so an echelon changes on the exact anniversary.
 *
 * @example
 * ```ts
 * import { Calendar, Pay, type Contract } from "@gip-sante/core"
 *
 * declare const c: Contract.Contract // started 2022-03-15 with 2 years counted at hire
 * Pay.seniorityYears(c, Calendar.date("2024-03-15")) // 4
 * ```
 *
 * @since 0.1.0
 * @category computation
 */
export const seniorityYears = (contract: Contract, date: Calendar.LocalDate): number =>
  contract.seniorityAtHireYears + yearsBetween(contract.start, date)

const echelonIndex = (thresholds: Float64Array, seniority: number): number => {
  let i = thresholds.length - 1
  while (i > 0 && thresholds[i]! > seniority) i--
  return i
}

/**
 * The share of the full-time amount a contract is paid: weekly hours / full-time hours, as a
 * fraction of whole minutes, capped at 1 when the policy compensates hours above full time with
 * RTT days rather than pay. Every decoded contract has weekly hours in whole minutes; for one
 * built by hand without, this throws a `RangeError` ({@link monthlyPrepared} and the other
 * functions return a `PayError` instead).
 *
 * @example
 * ```ts
 * import { Calendar, Pay, type Contract } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * declare const c: Contract.Contract // 39 h a week
 * const prepared = Result.getOrThrow(Pay.prepare(policy, Calendar.date("2025-06-01"), []))
 * Pay.payShare(prepared, c) // { numerator: 1, denominator: 1 } in the Occitanie preset (RTT)
 * ```
 *
 * @since 0.1.0
 * @category computation
 */
export const payShare = (prepared: Prepared, contract: Contract): Ratio => {
  const share = hoursRatio(
    prepared.extraHoursCompensatedByRtt
      ? Math.min(contract.weeklyHours, prepared.fullTimeWeeklyHours)
      : contract.weeklyHours,
    prepared.fullTimeWeeklyHours
  )
  if (share === undefined) throw new RangeError(hoursProblem(contract))
  return share
}

// Why a contract built by hand cannot be paid: its hours are not whole minutes.
const hoursProblem = (contract: Contract): string =>
  `Contract ${contract.id}: ${notWholeMinutes(contract.weeklyHours, "weekly hours")}`

// Why amounts cannot be paid: beyond the integers a number holds exactly.
const tooLarge = (contract: Contract, date: Calendar.LocalDate, gross: number): string =>
  `Contract ${contract.id} on ${date}: the pay (about ${Money.format(Math.round(gross) as Cents)} gross a month) is beyond what can be counted exactly in cents (${Money.format(Number.MAX_SAFE_INTEGER as Cents)})`

// Whether every amount of `out`, and their sum, are integers a number holds exactly.
const exact = (out: Amounts): boolean =>
  Number.isSafeInteger(out.net) &&
  Number.isSafeInteger(out.gross) &&
  Number.isSafeInteger(out.contributions) &&
  Number.isSafeInteger(out.gross + out.contributions)

interface Amounts {
  net: number
  gross: number
  employee: number
  contributions: number
}

// The arithmetic shared by every path, on numbers: no allocation besides `out`.
const computeInto = (
  prepared: Prepared,
  basis: Basis,
  fullTimeAmount: number,
  share: Ratio,
  out: Amounts
): void => {
  const mode = prepared.roundingMode
  const c = prepared.contributions
  if (basis === "net") {
    const net = mulDivRounded(fullTimeAmount, share.numerator, share.denominator, mode) as Cents
    out.gross = Contributions.grossFromNet(c, net, mode)
    // With lines, gross − employee contributions is exactly the grid's net pay; with a flat net
    // share (earlier policies), net stays as the grid says and gross is net ÷ share.
    out.employee =
      c.kind === "flat" ? out.gross - net : Contributions.employeeTotal(c, out.gross as Cents, mode)
    out.net = c.kind === "flat" ? net : out.gross - out.employee
  } else {
    out.gross = mulDivRounded(fullTimeAmount, share.numerator, share.denominator, mode)
    out.employee = Contributions.employeeTotal(c, out.gross as Cents, mode)
    out.net = out.gross - out.employee
  }
  out.contributions = Contributions.employerTotal(c, out.gross as Cents, mode)
}

const notActive = (contract: Contract, date: Calendar.LocalDate) =>
  new PayError({
    contractId: contract.id,
    message: `Contract ${contract.id} is not in force on ${date} (it runs from ${contract.start}${
      contract.end === undefined ? "" : ` to ${contract.end}, end excluded`
    })`
  })

/**
 * A contract's monthly pay as on `date`, computed with values already prepared for that date
 * (see {@link prepare}): the building block of the other functions.
 *
 * @example
 * ```ts
 * import { Calendar, Pay, type Contract } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * declare const contracts: ReadonlyArray<Contract.Contract>
 * const prepared = Result.getOrThrow(Pay.prepare(policy, Calendar.date("2025-06-01"), ["gp", "midwife"]))
 * const pays = contracts.map((c) => Pay.monthlyPrepared(prepared, c))
 * ```
 *
 * @since 0.1.0
 * @category computation
 */
export const monthlyPrepared = (
  prepared: Prepared,
  contract: Contract
): Result.Result<MonthlyPay, PayError> => {
  const date = prepared.date
  if (!isActive(contract, date)) return Result.fail(notActive(contract, date))
  const grid = prepared.grids.get(contract.profession)
  if (grid === undefined) {
    return Result.fail(
      new PayError({
        contractId: contract.id,
        message: `No salary grid was prepared for profession "${contract.profession}"`
      })
    )
  }
  if (wholeMinutes(contract.weeklyHours) === undefined)
    return Result.fail(new PayError({ contractId: contract.id, message: hoursProblem(contract) }))
  const seniority = seniorityYears(contract, date)
  const echelon = echelonIndex(grid.thresholds, seniority)
  const fullTimeAmount = grid.amounts[echelon]!
  const share = payShare(prepared, contract)
  const out: Amounts = { net: 0, gross: 0, employee: 0, contributions: 0 }
  computeInto(prepared, grid.basis, fullTimeAmount, share, out)
  if (!exact(out))
    return Result.fail(
      new PayError({ contractId: contract.id, message: tooLarge(contract, date, out.gross) })
    )
  return Result.succeed({
    contractId: contract.id,
    date,
    profession: contract.profession,
    seniorityYears: seniority,
    echelon,
    echelonFromYears: grid.thresholds[echelon]!,
    fullTime:
      grid.basis === "net"
        ? { basis: "net", amount: fullTimeAmount as Amount<"eurosPerMonthNet"> }
        : { basis: "gross", amount: fullTimeAmount as Amount<"eurosPerMonthGross"> },
    payShare: share,
    net: out.net as Amount<"eurosPerMonthNet">,
    gross: out.gross as Amount<"eurosPerMonthGross">,
    employeeContributions: out.employee as Amount<"eurosPerMonth">,
    employerContributions: out.contributions as Amount<"eurosPerMonth">,
    employerCost: (out.gross + out.contributions) as Amount<"eurosPerMonth">
  })
}

/**
 * A contract's monthly pay as on `date`: net, gross, employer contributions and employer cost,
 * with the grid step and pay share used. Fails if the contract is not in force on that date or
 * the policy lacks a value pay needs.
 *
 * @example
 * ```ts
 * import { Calendar, Money, Pay, type Contract } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * declare const gp: Contract.Contract
 * const pay = Pay.monthly(policy, gp, Calendar.date("2025-06-01"))
 * if (Result.isSuccess(pay)) Money.format(pay.success.employerCost)
 * ```
 *
 * @since 0.1.0
 * @category computation
 */
export const monthly = (
  policy: Policy.Policy,
  contract: Contract,
  date: Calendar.LocalDate
): Result.Result<MonthlyPay, Policy.PolicyError | PayError> =>
  Result.flatMap(preparedFor(policy, date, contract.profession), (prepared) =>
    monthlyPrepared(prepared, contract)
  )

// -----------------------------------------------------------------------------
// batch
// -----------------------------------------------------------------------------

/**
 * Monthly pay of many contracts on one date, as columns of cents (index `i` is contract `i`); a
 * contract not in force on the date is paid 0 and flagged in `active`.
 *
 * @example
 * ```ts
 * import type { Pay } from "@gip-sante/core"
 *
 * const total = (b: Pay.BatchPay) => b.employerCost.reduce((a, x) => a + x, 0)
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface BatchPay {
  readonly active: Uint8Array
  readonly net: Float64Array
  readonly gross: Float64Array
  readonly employerCost: Float64Array
}

/**
 * Monthly pay of an array of contracts on one date, as fast as a hand-written loop allows: the
 * policy is read once, grids are hoisted, pay shares are cached by weekly hours, results go to
 * typed arrays, and no explanation is built. Gives the same cents as {@link monthly} for each
 * contract (a tested law).
 *
 * @example
 * ```ts
 * import { Calendar, Pay, type Contract } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * declare const contracts: ReadonlyArray<Contract.Contract>
 * Pay.batch(policy, contracts, Calendar.date("2025-06-01")) // Result.succeed({ net, gross, employerCost, active })
 * ```
 *
 * @since 0.1.0
 * @category batch
 */
export const batch = (
  policy: Policy.Policy,
  contracts: ReadonlyArray<Contract>,
  date: Calendar.LocalDate
): Result.Result<BatchPay, Policy.PolicyError | PayError> => {
  const professions = new Set<string>()
  for (let i = 0; i < contracts.length; i++) professions.add(contracts[i]!.profession)
  const sorted = [...professions].sort()
  return Result.flatMap(byProfessions.get(policy, date, sorted.join(" "), sorted), (prepared) => {
    // Every profession is prepared: batchPrepared throws only for a contract built by hand with
    // hours that are not whole minutes, or pay beyond the integers a number holds exactly.
    try {
      return Result.succeed(batchPrepared(prepared, contracts))
    } catch (error) {
      if (!(error instanceof RangeError)) throw error
      return Result.fail(new PayError({ contractId: undefined, message: error.message }))
    }
  })
}

/**
 * {@link batch} with values already prepared (every contract's profession must have been
 * prepared), for callers that pay several batches on the same date. Throws a `RangeError` for a
 * contract whose profession was not prepared, whose weekly hours are not a whole number of
 * minutes (only a contract built by hand), or whose pay is beyond the integers a number holds
 * exactly ({@link batch} returns a `PayError` instead).
 *
 * @example
 * ```ts
 * import { Calendar, Pay, type Contract } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * declare const contracts: ReadonlyArray<Contract.Contract>
 * const prepared = Result.getOrThrow(Pay.prepare(policy, Calendar.date("2025-06-01"), ["gp", "midwife", "ipa", "secretary"]))
 * Pay.batchPrepared(prepared, contracts)
 * ```
 *
 * @since 0.1.0
 * @category batch
 */
export const batchPrepared = (prepared: Prepared, contracts: ReadonlyArray<Contract>): BatchPay => {
  const n = contracts.length
  const result: BatchPay = {
    active: new Uint8Array(n),
    net: new Float64Array(n),
    gross: new Float64Array(n),
    employerCost: new Float64Array(n)
  }
  const shares = new Map<number, Ratio>()
  const out: Amounts = { net: 0, gross: 0, employee: 0, contributions: 0 }
  const date = prepared.date
  for (let i = 0; i < n; i++) {
    const contract = contracts[i]!
    if (contract.start > date || (contract.end !== undefined && date >= contract.end)) continue
    const grid = prepared.grids.get(contract.profession)
    if (grid === undefined)
      throw new RangeError(`No salary grid was prepared for profession "${contract.profession}"`)
    let share = shares.get(contract.weeklyHours)
    if (share === undefined) {
      share = payShare(prepared, contract)
      shares.set(contract.weeklyHours, share)
    }
    const seniority = contract.seniorityAtHireYears + yearsBetween(contract.start, date)
    computeInto(prepared, grid.basis, grid.amounts[echelonIndex(grid.thresholds, seniority)]!, share, out)
    if (!exact(out)) throw new RangeError(tooLarge(contract, date, out.gross))
    result.active[i] = 1
    result.net[i] = out.net
    result.gross[i] = out.gross
    result.employerCost[i] = out.gross + out.contributions
  }
  return result
}

// -----------------------------------------------------------------------------
// periods
// -----------------------------------------------------------------------------

/**
 * A part of a period during which a contract's monthly pay is constant: the days it counts and
 * the days its month counts under the policy's proration (calendar days and the month's days,
 * or thirtieths and 30, see {@link prorations}), the monthly pay, and the prorated amounts
 * (monthly × days / days of the month).
 *
 * @example
 * ```ts
 * import type { Pay } from "@gip-sante/core"
 *
 * const share = (s: Pay.Segment) => `${s.days}/${s.daysInMonth} of the month`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Segment {
  readonly period: Calendar.Period
  readonly days: number
  readonly daysInMonth: number
  readonly monthly: MonthlyPay
  readonly net: Amount<"eurosPerMonthNet">
  readonly gross: Amount<"eurosPerMonthGross">
  readonly employerContributions: Amount<"eurosPerMonth">
  readonly employerCost: Amount<"eurosPerMonth">
}

/**
 * Pay over a period: the sum of its segments (the contract's pay is constant within each).
 *
 * @example
 * ```ts
 * import type { Pay } from "@gip-sante/core"
 *
 * const segments = (p: Pay.PeriodPay) => p.segments.length
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface PeriodPay {
  readonly contractId: string
  readonly period: Calendar.Period
  readonly net: Cents
  readonly gross: Cents
  readonly employerContributions: Cents
  readonly employerCost: Cents
  readonly segments: ReadonlyArray<Segment>
}

// The thirtieths a part of a month counts, from `start` to `end` (excluded), in a month of
// `daysInMonth` days: days 1 to 30 count one each, the 31st none, and a part that runs to the
// month's end counts up to the 30th (so a whole February is 30 thirtieths).
const thirtieths = (start: Calendar.LocalDate, end: Calendar.LocalDate, daysInMonth: number): number => {
  const first = Number(start.slice(8, 10))
  const last = Number(Calendar.addDays(end, -1).slice(8, 10))
  const upTo = last === daysInMonth ? 30 : Math.min(last, 30)
  return Math.max(0, upTo - first + 1)
}

// Every date on which some parameter of the policy starts or stops having a value.
const historyBoundaries = (policy: Policy.Policy): Set<string> => {
  const dates = new Set<string>()
  for (const id in policy.parameters) {
    for (const entry of policy.parameters[id]!.history as ReadonlyArray<Parameter.HistoryEntry>) {
      dates.add(entry.from)
      if (entry.to !== undefined) dates.add(entry.to)
    }
  }
  return dates
}

const sameMonthlyPay = (a: MonthlyPay, b: MonthlyPay) =>
  a.net === b.net && a.gross === b.gross && a.employerContributions === b.employerContributions

/**
 * A contract's pay over a period: each month of the period, cut where the contract starts or
 * ends, where an echelon changes and where a policy value changes, is paid the monthly amount
 * × the part's share of the month under the policy's proration (`pay.proration`: calendar days,
 * or the public-service thirtieths), each part rounded once. Days outside the contract are not
 * paid.
 *
 * @example
 * ```ts
 * import { Calendar, Pay, type Contract } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * declare const gp: Contract.Contract
 * Pay.overPeriod(policy, gp, Calendar.period("2025-01-01", "2026-01-01"))
 * ```
 *
 * @since 0.1.0
 * @category periods
 */
export const overPeriod = (
  policy: Policy.Policy,
  contract: Contract,
  period: Calendar.Period
): Result.Result<PeriodPay, Policy.PolicyError | PayError> => {
  const segments: Array<Segment> = []
  const preparedByDate = new Map<string, Prepared>()
  const boundaries = historyBoundaries(policy)
  let inForce: Prepared | undefined
  for (const month of Calendar.splitByMonth(period)) {
    const daysInMonth = Calendar.daysInMonth(Calendar.monthOf(month.start))
    let current: { start: Calendar.LocalDate; end: Calendar.LocalDate; pay: MonthlyPay } | undefined
    const flush = () => {
      if (current === undefined) return
      const convention = preparedByDate.get(current.start)!.proration
      const [days, ofMonth] =
        convention === "thirtieths"
          ? [thirtieths(current.start, current.end, daysInMonth), 30]
          : [Calendar.daysBetween(current.start, current.end), daysInMonth]
      segments.push(
        prorate(current.pay, Calendar.period(current.start, current.end), days, ofMonth, preparedByDate)
      )
      current = undefined
    }
    for (const day of Calendar.eachDay(month)) {
      if (!isActive(contract, day)) {
        flush()
        continue
      }
      // Policy values change only on their history's boundaries: read them again only there.
      if (inForce === undefined || boundaries.has(day)) {
        const prepared = prepare(policy, day, [contract.profession])
        if (Result.isFailure(prepared)) return Result.fail(prepared.failure)
        inForce = prepared.success
      }
      const onDay: Prepared = { ...inForce, date: day }
      preparedByDate.set(day, onDay)
      const pay = monthlyPrepared(onDay, contract)
      if (Result.isFailure(pay)) return Result.fail(pay.failure)
      if (current !== undefined && sameMonthlyPay(current.pay, pay.success)) {
        current.end = Calendar.addDays(day, 1)
      } else {
        flush()
        current = { start: day, end: Calendar.addDays(day, 1), pay: pay.success }
      }
    }
    flush()
  }
  const totals = {
    net: sum(segments.map((s) => s.net)),
    gross: sum(segments.map((s) => s.gross)),
    employerContributions: sum(segments.map((s) => s.employerContributions)),
    employerCost: sum(segments.map((s) => s.employerCost))
  }
  // Each month is exact (see monthlyPrepared); months of extreme pay may add up beyond that.
  if (!Object.values(totals).every(Number.isSafeInteger))
    return Result.fail(
      new PayError({
        contractId: contract.id,
        message: `Contract ${contract.id} from ${period.start} to ${period.end}: the pay (about ${Money.format(Math.round(totals.employerCost) as Cents)} of employer cost) is beyond what can be counted exactly in cents (${Money.format(Number.MAX_SAFE_INTEGER as Cents)})`
      })
    )
  return Result.succeed({ contractId: contract.id, period, ...totals, segments })
}

const prorate = (
  pay: MonthlyPay,
  period: Calendar.Period,
  days: number,
  daysInMonth: number,
  preparedByDate: ReadonlyMap<string, Prepared>
): Segment => {
  const mode = preparedByDate.get(pay.date)!.roundingMode
  const share = ratio(days, daysInMonth)
  const gross = scale(pay.gross, share, mode)
  const contributions = scale(pay.employerContributions, share, mode)
  return {
    period,
    days,
    daysInMonth,
    monthly: pay,
    net: scale(pay.net, share, mode) as Amount<"eurosPerMonthNet">,
    gross: gross as Amount<"eurosPerMonthGross">,
    employerContributions: contributions as Amount<"eurosPerMonth">,
    employerCost: add(gross, contributions) as Amount<"eurosPerMonth">
  }
}

/**
 * The employer cost of a contract over a calendar year (for accounting): {@link overPeriod} on
 * the year.
 *
 * @example
 * ```ts
 * import { Pay, type Contract } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * declare const gp: Contract.Contract
 * Pay.annualCost(policy, gp, 2025)
 * ```
 *
 * @since 0.1.0
 * @category periods
 */
export const annualCost = (
  policy: Policy.Policy,
  contract: Contract,
  year: number
): Result.Result<Cents, Policy.PolicyError | PayError> =>
  Result.map(overPeriod(policy, contract, Calendar.yearPeriod(year)), (p) => p.employerCost)

// -----------------------------------------------------------------------------
// explanations
// -----------------------------------------------------------------------------

const ratioText = (r: Ratio) =>
  r.denominator === 1 ? String(r.numerator) : `${r.numerator}/${r.denominator}`

/**
 * A contract's monthly pay on `date` with its explanation: the grid step (with the seniority
 * that selects it), the pay share (with the full-time hours and the RTT rule), each conversion
 * with its rate, the rounding mode, and every parameter's value, dates and provenance.
 *
 * @example
 * ```ts
 * import { Calendar, Explanation, Pay, type Contract } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * declare const gp: Contract.Contract
 * const explained = Pay.explain(policy, gp, Calendar.date("2025-06-01"))
 * if (Result.isSuccess(explained)) console.log(Explanation.toText(explained.success.explanation))
 * ```
 *
 * @since 0.1.0
 * @category explanations
 */
export const explain = (
  policy: Policy.Policy,
  contract: Contract,
  date: Calendar.LocalDate
): Result.Result<
  { readonly pay: MonthlyPay; readonly explanation: Explanation.Explanation },
  Policy.PolicyError | PayError
> =>
  Result.flatMap(preparedFor(policy, date, contract.profession), (prepared) =>
    Result.map(monthlyPrepared(prepared, contract), (pay) => ({
      pay,
      explanation: explainPrepared(prepared, contract, pay)
    }))
  )

const explainPrepared = (
  prepared: Prepared,
  contract: Contract,
  pay: MonthlyPay
): Explanation.Explanation => {
  const grid = prepared.grids.get(contract.profession)!
  const s = prepared.sources
  const mode = prepared.roundingMode
  const gridUnit = grid.basis === "net" ? "eurosPerMonthNet" : "eurosPerMonthGross"
  const nextThreshold = grid.thresholds[pay.echelon + 1]
  const seniority = Explanation.step("Seniority counted by the grid", {
    value: Explanation.quantity(Math.round(pay.seniorityYears * 1000) / 1000, "years"),
    note: `${contract.seniorityAtHireYears} year${contract.seniorityAtHireYears === 1 ? "" : "s"} counted at hire + time in post since ${contract.start}${
      nextThreshold === undefined || !Number.isInteger(nextThreshold - contract.seniorityAtHireYears)
        ? ""
        : `; next echelon on ${anniversaryAfter(contract.start, nextThreshold - contract.seniorityAtHireYears)}`
    }`
  })
  const fullTime = Explanation.fromParameter(
    `Full-time ${grid.basis} amount, echelon ${pay.echelon + 1} (from ${pay.echelonFromYears} years)`,
    grid.inForce,
    Explanation.money(pay.fullTime.amount, gridUnit),
    undefined
  )
  const fullTimeWithSeniority = { ...fullTime, children: [seniority] }
  const share = Explanation.step("Pay share (full-time equivalent)", {
    value: Explanation.quantity(pay.payShare.numerator / pay.payShare.denominator, "ratio"),
    note: `${ratioText(pay.payShare)}: ${contract.weeklyHours} h${
      prepared.extraHoursCompensatedByRtt && contract.weeklyHours > prepared.fullTimeWeeklyHours
        ? ` capped at ${prepared.fullTimeWeeklyHours} h (hours above are given back as RTT days)`
        : ""
    } / ${prepared.fullTimeWeeklyHours} h`,
    children: [
      Explanation.fromParameter(
        "Full-time weekly hours",
        s.fullTimeWeeklyHours,
        Explanation.quantity(prepared.fullTimeWeeklyHours, "hoursPerWeek")
      ),
      Explanation.fromParameter(
        "Hours above full time compensated by RTT",
        s.extraHoursCompensatedByRtt,
        Explanation.flag(prepared.extraHoursCompensatedByRtt)
      )
    ]
  })
  const rounding = Explanation.fromParameter(
    "Rounding of each step",
    s.roundingMode,
    Explanation.text(Locale.rounding(mode))
  )
  const breakdown = Contributions.breakdown(prepared.contributions, pay.gross, mode)
  const employee = Contributions.explainSide(prepared.contributions, breakdown, "employee", mode)
  const employer = Contributions.explainSide(prepared.contributions, breakdown, "employer", mode)
  const contractual = Explanation.step(`Monthly ${grid.basis} pay for the contract`, {
    value: Explanation.money(grid.basis === "net" ? pay.net : pay.gross, gridUnit),
    note: `full-time amount × ${ratioText(pay.payShare)}, rounded ${Locale.rounding(mode)}`,
    children: [fullTimeWithSeniority, share, rounding]
  })
  const gross =
    grid.basis === "net"
      ? Explanation.step("Monthly gross pay", {
          value: Explanation.money(pay.gross, "eurosPerMonthGross"),
          note:
            prepared.contributions.kind === "flat"
              ? `net ÷ net share of gross, rounded ${Locale.rounding(mode)}`
              : "the smallest gross pay whose net pay (gross − employee contributions) is the contract's net pay",
          children: [contractual]
        })
      : Explanation.step("Monthly gross pay", {
          value: Explanation.money(pay.gross, "eurosPerMonthGross"),
          children: [contractual]
        })
  const net = Explanation.step("Monthly net pay", {
    value: Explanation.money(pay.net, "eurosPerMonthNet"),
    note: `gross pay ${Money.format(pay.gross)} − employee contributions ${Money.format(pay.employeeContributions)}`,
    children: [employee]
  })
  return Explanation.make(
    Explanation.step(
      `Monthly employer cost of contract ${contract.id} (${contract.profession}) on ${prepared.date}`,
      {
        value: Explanation.money(pay.employerCost, "eurosPerMonth"),
        note: `gross pay ${Money.format(pay.gross)} + employer contributions ${Money.format(pay.employerContributions)}`,
        children: [net, gross, employer]
      }
    )
  )
}

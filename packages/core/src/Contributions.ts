/**
 * Contributions: what lies between gross pay and net pay (employee contributions) and between
 * gross pay and the employer's cost (employer contributions and payroll taxes), one line per
 * contribution, each rate a dated parameter with its provenance.
 *
 * The lines are fixed here (what each one is levied on); their rates, the social-security
 * ceiling, the CSG base and the switches (unemployment insurance paid, taxe sur les salaires
 * liable) are policy data, so a region changes one line by overriding one parameter. Each
 * line's exact amount is rate × base; the total of a side is rounded once with the policy's
 * rounding mode and split back over its lines by the largest remainder, so the lines always add
 * up to the total to the cent and each is within a cent of its exact amount.
 *
 * A policy without contribution lines but with the two flat rates of earlier versions
 * (`pay.netShareOfGross`, `pay.employerContributionRate`) still works: its pay is computed with
 * the flat rates, each shown as one line (see {@link flatParameters}).
 *
 * @example
 * ```ts
 * import { Calendar, Contributions, Money } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const prepared = Result.getOrThrow(Contributions.prepare(policy, Calendar.date("2025-06-01")))
 * const b = Contributions.breakdown(prepared, Money.euros(5800), "halfUp")
 * b.employee.lines.map((l) => l.line.id) // ["oldAgeCapped", "oldAgeUncapped", "ircantecA", …]
 * ```
 *
 * @since 0.1.0
 * @module
 */
import * as Result from "effect/Result"
import type * as Calendar from "./Calendar.js"
import * as Explanation from "./Explanation.js"
import { collector } from "./internal/collect.js"
import { decimalOfNumber } from "./internal/decimal.js"
import { formatPath } from "./internal/issues.js"
import { divideRounded, divideRoundedBig } from "./internal/rounding.js"
import * as Locale from "./Locale.js"
import { type Cents, format as formatMoney, type RoundingMode, roundParts } from "./Money.js"
import * as Parameter from "./Parameter.js"
import * as Policy from "./Policy.js"

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * Who pays a line: the employee (deducted from gross pay) or the employer (added to it).
 *
 * @example
 * ```ts
 * import type { Contributions } from "@gip-sante/core"
 *
 * const side: Contributions.Side = "employer"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Side = "employee" | "employer"

/**
 * What a line is levied on, per month:
 * - `gross`: the whole gross pay;
 * - `trancheA`: gross pay up to the social-security ceiling;
 * - `trancheB`: gross pay between one and eight ceilings (IRCANTEC's tranche B);
 * - `upToFourCeilings`: gross pay up to four ceilings (unemployment insurance);
 * - `csg`: the CSG and CRDS base, the policy's share of gross pay up to four ceilings (the
 *   allowance for professional costs) plus gross pay above;
 * - `payrollTaxBand1` … `payrollTaxBand3`: the part of gross pay, counted over a year, below the
 *   first threshold of the taxe sur les salaires, between the two, and above the second.
 *
 * The multiples of the ceiling (one, four, eight) are fixed by the social-security code and the
 * IRCANTEC rules for every employer, not by a programme: they are part of a base's definition.
 *
 * @example
 * ```ts
 * import type { Contributions } from "@gip-sante/core"
 *
 * const base: Contributions.Base = "trancheA"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Base =
  | "gross"
  | "trancheA"
  | "trancheB"
  | "upToFourCeilings"
  | "csg"
  | "payrollTaxBand1"
  | "payrollTaxBand2"
  | "payrollTaxBand3"

type Rate = Parameter.Definition<"number", "ratio">

/**
 * A contribution line: its id, label, base, the rate parameter of each side that pays it, and
 * the switch that turns it on where it is not always due.
 *
 * @example
 * ```ts
 * import { Contributions } from "@gip-sante/core"
 *
 * const ircantecA = Contributions.lines.find((l) => l.id === "ircantecA")
 * ircantecA?.employeeRate?.id // "contributions.ircantecA.employeeRate"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Line {
  readonly id: string
  readonly label: string
  readonly base: Base
  readonly employeeRate?: Rate
  readonly employerRate?: Rate
  readonly appliesWhen?: Parameter.Definition<"boolean", "none">
}

// -----------------------------------------------------------------------------
// parameters read
// -----------------------------------------------------------------------------

/**
 * The parameters the lines' bases and switches read: the monthly social-security ceiling, the
 * share of gross pay the CSG and CRDS are levied on, whether unemployment insurance is paid,
 * whether the employer is liable to the taxe sur les salaires and the yearly thresholds of its
 * brackets.
 *
 * @example
 * ```ts
 * import { Contributions } from "@gip-sante/core"
 *
 * Contributions.parameters.socialSecurityCeiling.id // "contributions.socialSecurityCeiling"
 * ```
 *
 * @since 0.1.0
 * @category parameters
 */
export const parameters = {
  socialSecurityCeiling: Parameter.define({
    id: "contributions.socialSecurityCeiling",
    type: "money",
    unit: "eurosPerMonth",
    label: "Monthly social-security ceiling (PMSS)"
  }),
  csgBaseShare: Parameter.define({
    id: "contributions.csgBaseShare",
    type: "number",
    unit: "ratio",
    label: "Share of gross pay the CSG and CRDS are levied on (up to four ceilings)"
  }),
  unemploymentInsurancePaid: Parameter.define({
    id: "contributions.unemployment.paid",
    type: "boolean",
    unit: "none",
    label: "The employer pays unemployment insurance contributions"
  }),
  payrollTaxLiable: Parameter.define({
    id: "contributions.payrollTax.liable",
    type: "boolean",
    unit: "none",
    label: "The employer is liable to the taxe sur les salaires"
  }),
  payrollTaxThreshold1: Parameter.define({
    id: "contributions.payrollTax.threshold1",
    type: "money",
    unit: "eurosPerYear",
    label: "Taxe sur les salaires: yearly pay up to which the first rate applies"
  }),
  payrollTaxThreshold2: Parameter.define({
    id: "contributions.payrollTax.threshold2",
    type: "money",
    unit: "eurosPerYear",
    label: "Taxe sur les salaires: yearly pay above which the third rate applies"
  })
} as const

const rate = (line: string, side: Side, label: string): Rate =>
  Parameter.define({
    id: `contributions.${line}.${side}Rate`,
    type: "number",
    unit: "ratio",
    label: `${label}: ${side} rate`
  })

const line = (
  id: string,
  label: string,
  base: Base,
  sides: ReadonlyArray<Side>,
  appliesWhen?: Parameter.Definition<"boolean", "none">
): Line => {
  const out: { -readonly [K in keyof Line]: Line[K] } = { id, label, base }
  if (sides.includes("employee")) out.employeeRate = rate(id, "employee", label)
  if (sides.includes("employer")) out.employerRate = rate(id, "employer", label)
  if (appliesWhen !== undefined) out.appliesWhen = appliesWhen
  return out
}

/**
 * Every contribution line, in the order a payslip lists them: social security (health, old age,
 * family, work accidents), supplementary pension (IRCANTEC), CSG and CRDS, the other employer
 * contributions, unemployment insurance, versement mobilité and the taxe sur les salaires.
 *
 * @example
 * ```ts
 * import { Contributions } from "@gip-sante/core"
 *
 * Contributions.lines.length // 17
 * ```
 *
 * @since 0.1.0
 * @category parameters
 */
export const lines: ReadonlyArray<Line> = [
  line("health", "Health insurance (maladie)", "gross", ["employer"]),
  line("oldAgeCapped", "Basic pension, capped (vieillesse plafonnée)", "trancheA", ["employee", "employer"]),
  line("oldAgeUncapped", "Basic pension, uncapped (vieillesse déplafonnée)", "gross", [
    "employee",
    "employer"
  ]),
  line("familyAllowances", "Family allowances (allocations familiales)", "gross", ["employer"]),
  line("workAccidents", "Work accidents and occupational diseases (AT/MP)", "gross", ["employer"]),
  line("ircantecA", "IRCANTEC supplementary pension, tranche A", "trancheA", ["employee", "employer"]),
  line("ircantecB", "IRCANTEC supplementary pension, tranche B", "trancheB", ["employee", "employer"]),
  line("csgDeductible", "CSG, deductible from taxable income", "csg", ["employee"]),
  line("csgNonDeductible", "CSG, not deductible", "csg", ["employee"]),
  line("crds", "CRDS", "csg", ["employee"]),
  line("housingFund", "Housing fund (FNAL)", "gross", ["employer"]),
  line("autonomy", "Solidarity contribution for autonomy (CSA)", "gross", ["employer"]),
  line(
    "unemployment",
    "Unemployment insurance",
    "upToFourCeilings",
    ["employer"],
    parameters.unemploymentInsurancePaid
  ),
  line("mobility", "Versement mobilité (transport levy)", "gross", ["employer"]),
  line(
    "payrollTax1",
    "Taxe sur les salaires, first bracket",
    "payrollTaxBand1",
    ["employer"],
    parameters.payrollTaxLiable
  ),
  line(
    "payrollTax2",
    "Taxe sur les salaires, second bracket",
    "payrollTaxBand2",
    ["employer"],
    parameters.payrollTaxLiable
  ),
  line(
    "payrollTax3",
    "Taxe sur les salaires, third bracket",
    "payrollTaxBand3",
    ["employer"],
    parameters.payrollTaxLiable
  )
]

/**
 * The two flat rates of earlier versions, still read from a policy that has no contribution
 * lines: net pay as a share of gross pay, and employer contributions as a share of gross pay.
 * A policy with both keeps working (its pay shows one line per side); a policy should give
 * either these two or every contribution line, not both.
 *
 * @example
 * ```ts
 * import { Contributions } from "@gip-sante/core"
 *
 * Contributions.flatParameters.netShareOfGross.id // "pay.netShareOfGross"
 * ```
 *
 * @since 0.1.0
 * @category parameters
 */
export const flatParameters = {
  netShareOfGross: Parameter.define({
    id: "pay.netShareOfGross",
    type: "number",
    unit: "ratio",
    label: "Net pay as a share of gross pay (flat, instead of contribution lines)"
  }),
  employerContributionRate: Parameter.define({
    id: "pay.employerContributionRate",
    type: "number",
    unit: "ratio",
    label: "Employer contributions as a share of gross pay (flat, instead of contribution lines)"
  })
} as const

/**
 * The definition of every parameter the contribution lines read: each line's rates, the
 * bases' parameters and the switches.
 *
 * @example
 * ```ts
 * import { Contributions } from "@gip-sante/core"
 *
 * Contributions.lineParameters().some((p) => p.id === "contributions.crds.employeeRate") // true
 * ```
 *
 * @since 0.1.0
 * @category parameters
 */
export const lineParameters = (): Array<Parameter.Definition> => [
  ...Object.values(parameters),
  ...lines.flatMap((l) => [l.employeeRate, l.employerRate].filter((r): r is Rate => r !== undefined))
]

// -----------------------------------------------------------------------------
// prepared policy
// -----------------------------------------------------------------------------

/**
 * One side of one line, as prepared for a date: the rate in force, whether the line applies,
 * and the rate as an integer over the common power of ten.
 *
 * @example
 * ```ts
 * import type { Contributions } from "@gip-sante/core"
 *
 * const percent = (t: Contributions.Term) => t.rate.value * 100
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Term {
  readonly line: Line
  readonly side: Side
  readonly rate: Parameter.InForce<number>
  readonly applies: boolean
  readonly switch?: Parameter.InForce<boolean>
  /** The rate × 10^rateScale, a whole number. */
  readonly rateUnits: number
}

/**
 * The contribution values in force on a date, read and checked once: either every line
 * (`kind: "lines"`) or, for a policy of earlier versions, the two flat rates (`kind: "flat"`).
 *
 * @example
 * ```ts
 * import { Calendar, Contributions } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * Result.getOrThrow(Contributions.prepare(policy, Calendar.date("2025-06-01"))).kind // "lines"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Prepared = PreparedLines | PreparedFlat

/**
 * Contribution lines prepared for a date (see {@link Prepared}).
 *
 * @example
 * ```ts
 * import type { Contributions } from "@gip-sante/core"
 *
 * const ceiling = (p: Contributions.PreparedLines) => p.ceiling.value
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface PreparedLines {
  readonly kind: "lines"
  readonly date: Calendar.LocalDate
  readonly ceiling: Parameter.InForce<number>
  readonly csgBaseShare: Parameter.InForce<number>
  readonly payrollTaxThreshold1: Parameter.InForce<number>
  readonly payrollTaxThreshold2: Parameter.InForce<number>
  readonly employee: ReadonlyArray<Term>
  readonly employer: ReadonlyArray<Term>
  /** Rates are whole numbers over 10^rateScale. */
  readonly rateScale: number
  /** The CSG base share is `csgShareUnits` over 10^csgShareScale. */
  readonly csgShareUnits: number
  readonly csgShareScale: number
  /** Each side's applying terms as columns (base kind, rate units), for the fast path. */
  readonly employeeColumns: Columns
  readonly employerColumns: Columns
  /** Every base is a whole number over this: 12 × 10^csgShareScale. */
  readonly baseDenominator: number
  /** Each side's exact total is a whole number over this: baseDenominator × 10^rateScale. */
  readonly totalDenominator: number
}

/**
 * The applying terms of one side as columns: each term's base (its index in the list of bases)
 * and rate (a whole number over 10^rateScale). Built once by {@link prepare}.
 *
 * @example
 * ```ts
 * import type { Contributions } from "@gip-sante/core"
 *
 * const terms = (c: Contributions.Columns) => c.rates.length
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Columns {
  readonly bases: Uint8Array
  readonly rates: Float64Array
}

/**
 * The flat rates of a policy of earlier versions, prepared for a date (see {@link Prepared}).
 *
 * @example
 * ```ts
 * import type { Contributions } from "@gip-sante/core"
 *
 * const share = (p: Contributions.PreparedFlat) => p.netShareOfGross.value
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface PreparedFlat {
  readonly kind: "flat"
  readonly date: Calendar.LocalDate
  readonly netShareOfGross: Parameter.InForce<number>
  readonly employerContributionRate: Parameter.InForce<number>
  readonly netShareUnits: number
  readonly employerRateUnits: number
  readonly rateScale: number
}

type PolicyIssue = Policy.PolicyError["issues"][number]

const fail = (issues: ReadonlyArray<PolicyIssue>) => Result.fail(new Policy.PolicyError({ issues }))

// The number of decimals of the shortest decimal that reads back as `x` (what a person wrote):
// tried on numbers first, which is exact when x × 10^k rounds back to x.
const scaleOf = (x: number): number => {
  for (let k = 0, p = 1; k <= 12; k++, p *= 10) if (Math.round(x * p) / p === x) return k
  return decimalOfNumber(x)?.scale ?? 0
}

const unitsOf = (x: number, scale: number): number => {
  const p = 10 ** scale
  const units = Math.round(x * p)
  if (units / p === x && Number.isSafeInteger(units)) return units
  const d = decimalOfNumber(x)!
  return Number(d.coefficient * 10n ** BigInt(scale - d.scale))
}

/**
 * Whether a policy gives its contributions line by line: true when it has the social-security
 * ceiling (`contributions.socialSecurityCeiling`) or no flat rate.
 *
 * @example
 * ```ts
 * import { Contributions } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Contributions.hasLines(policy) // true
 * ```
 *
 * @since 0.1.0
 * @category predicates
 */
export const hasLines = (policy: Policy.Policy): boolean =>
  Policy.parameter(policy, parameters.socialSecurityCeiling.id) !== undefined ||
  (Policy.parameter(policy, flatParameters.netShareOfGross.id) === undefined &&
    Policy.parameter(policy, flatParameters.employerContributionRate.id) === undefined)

/**
 * Reads and checks, once, every contribution value in force on `date`: each line's rates, the
 * ceiling, the CSG base share, the switches and the payroll-tax thresholds (or the two flat
 * rates of a policy of earlier versions). Fails with every issue and its path: a missing line,
 * employee rates adding up to 100 % or more, thresholds out of order.
 *
 * @example
 * ```ts
 * import { Calendar, Contributions } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Contributions.prepare(policy, Calendar.date("2025-06-01")) // Result.succeed({ kind: "lines", … })
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const prepare = (
  policy: Policy.Policy,
  date: Calendar.LocalDate
): Result.Result<Prepared, Policy.PolicyError> =>
  hasLines(policy) ? prepareLines(policy, date) : prepareFlat(policy, date)

const prepareFlat = (
  policy: Policy.Policy,
  date: Calendar.LocalDate
): Result.Result<PreparedFlat, Policy.PolicyError> => {
  const share = Policy.read(policy, flatParameters.netShareOfGross, date)
  const rate = Policy.read(policy, flatParameters.employerContributionRate, date)
  const issues: Array<PolicyIssue> = []
  if (Result.isFailure(share)) issues.push(...share.failure.issues)
  if (Result.isFailure(rate)) issues.push(...rate.failure.issues)
  if (Result.isFailure(share) || Result.isFailure(rate)) return fail(issues)
  if (!(share.success.value > 0)) {
    return fail([
      {
        path: formatPath(["parameters", share.success.parameterId]),
        message: `${share.success.parameterId} must be above 0 and at most 1 (net pay cannot exceed gross), got ${share.success.value}`
      }
    ])
  }
  const rateScale = Math.max(scaleOf(share.success.value), scaleOf(rate.success.value))
  return Result.succeed({
    kind: "flat",
    date,
    netShareOfGross: share.success,
    employerContributionRate: rate.success,
    netShareUnits: unitsOf(share.success.value, rateScale),
    employerRateUnits: unitsOf(rate.success.value, rateScale),
    rateScale
  })
}

const prepareLines = (
  policy: Policy.Policy,
  date: Calendar.LocalDate
): Result.Result<PreparedLines, Policy.PolicyError> => {
  const { issues, collect } = collector()
  const ceiling = collect(Policy.read(policy, parameters.socialSecurityCeiling, date))
  const csgBaseShare = collect(Policy.read(policy, parameters.csgBaseShare, date))
  const threshold1 = collect(Policy.read(policy, parameters.payrollTaxThreshold1, date))
  const threshold2 = collect(Policy.read(policy, parameters.payrollTaxThreshold2, date))
  const switches = new Map<string, Parameter.InForce<boolean>>()
  for (const definition of [parameters.unemploymentInsurancePaid, parameters.payrollTaxLiable]) {
    const value = collect(Policy.read(policy, definition, date))
    if (value !== undefined) switches.set(definition.id, value)
  }
  const read: Array<{ line: Line; side: Side; rate: Parameter.InForce<number> }> = []
  for (const l of lines) {
    for (const side of ["employee", "employer"] as const) {
      const definition = side === "employee" ? l.employeeRate : l.employerRate
      if (definition === undefined) continue
      const value = collect(Policy.read(policy, definition, date))
      if (value !== undefined) read.push({ line: l, side, rate: value })
    }
  }
  if (
    ceiling === undefined ||
    csgBaseShare === undefined ||
    threshold1 === undefined ||
    threshold2 === undefined ||
    issues.length > 0
  ) {
    return fail(issues)
  }
  if (!(ceiling.value > 0)) {
    issues.push({
      path: formatPath(["parameters", ceiling.parameterId]),
      message: `${ceiling.parameterId} must be above 0: pension tranches are counted in ceilings`
    })
  }
  if (threshold2.value < threshold1.value) {
    issues.push({
      path: formatPath(["parameters", threshold2.parameterId]),
      message: `${threshold2.parameterId} (${threshold2.value / 100} € a year) must be at least ${threshold1.parameterId} (${threshold1.value / 100} € a year): the brackets of the taxe sur les salaires follow each other`
    })
  }
  const rateScale = read.reduce((s, r) => Math.max(s, scaleOf(r.rate.value)), 0)
  const terms = read.map(({ line: l, side, rate }): Term => {
    const switched = l.appliesWhen === undefined ? undefined : switches.get(l.appliesWhen.id)!
    const term: { -readonly [K in keyof Term]: Term[K] } = {
      line: l,
      side,
      rate,
      applies: switched === undefined || switched.value,
      rateUnits: unitsOf(rate.value, rateScale)
    }
    if (switched !== undefined) term.switch = switched
    return term
  })
  const employee = terms.filter((t) => t.side === "employee")
  const employeeTotal = employee.reduce((s, t) => s + (t.applies ? t.rateUnits : 0), 0)
  // Net pay rises with gross pay only if the employee side takes less than all of each euro.
  if (employeeTotal >= 10 ** rateScale) {
    issues.push({
      path: formatPath(["parameters"]),
      message: `The employee contribution rates add up to ${Locale.percent(employeeTotal / 10 ** rateScale, 4)}: they must stay below 100 % for net pay to be computed from gross pay`
    })
  }
  if (issues.length > 0) return fail(issues)
  const csgShareScale = scaleOf(csgBaseShare.value)
  const employer = terms.filter((t) => t.side === "employer")
  return Result.succeed({
    kind: "lines",
    date,
    ceiling,
    csgBaseShare,
    payrollTaxThreshold1: threshold1,
    payrollTaxThreshold2: threshold2,
    employee,
    employer,
    rateScale,
    csgShareUnits: unitsOf(csgBaseShare.value, csgShareScale),
    csgShareScale,
    employeeColumns: columns(employee),
    employerColumns: columns(employer),
    baseDenominator: 12 * 10 ** csgShareScale,
    totalDenominator: 12 * 10 ** csgShareScale * 10 ** rateScale
  })
}

const baseKinds: ReadonlyArray<Base> = [
  "gross",
  "trancheA",
  "trancheB",
  "upToFourCeilings",
  "csg",
  "payrollTaxBand1",
  "payrollTaxBand2",
  "payrollTaxBand3"
]

const columns = (terms: ReadonlyArray<Term>): Columns => {
  const applying = terms.filter((t) => t.applies && t.rateUnits > 0)
  return {
    bases: Uint8Array.from(applying, (t) => baseKinds.indexOf(t.line.base)),
    rates: Float64Array.from(applying, (t) => t.rateUnits)
  }
}

// -----------------------------------------------------------------------------
// computation
// -----------------------------------------------------------------------------

// Every base is computed as a whole number over one denominator: twelve (yearly payroll-tax
// thresholds over a month) times the power of ten of the CSG base share.
const baseDenominator = (p: PreparedLines) => p.baseDenominator

const clamp = (x: number, low: number, high: number) => Math.min(Math.max(x, low), high)

// A line's base for `gross` cents, as a whole number over `baseDenominator(p)`.
const baseUnits = (p: PreparedLines, base: Base, gross: number): number => {
  const d = baseDenominator(p)
  const c = p.ceiling.value
  switch (base) {
    case "gross":
      return gross * d
    case "trancheA":
      return Math.min(gross, c) * d
    case "trancheB":
      return clamp(gross - c, 0, 7 * c) * d
    case "upToFourCeilings":
      return Math.min(gross, 4 * c) * d
    case "csg":
      return p.csgShareUnits * 12 * Math.min(gross, 4 * c) + Math.max(0, gross - 4 * c) * d
    case "payrollTaxBand1":
    case "payrollTaxBand2":
    case "payrollTaxBand3": {
      const t1 = p.payrollTaxThreshold1.value
      const t2 = p.payrollTaxThreshold2.value
      const yearly = gross * 12
      const scale = d / 12
      if (base === "payrollTaxBand1") return Math.min(yearly, t1) * scale
      if (base === "payrollTaxBand2") return clamp(yearly - t1, 0, t2 - t1) * scale
      return Math.max(0, yearly - t2) * scale
    }
  }
}

// The exact total of one side's applying terms for `gross`, rounded once with `mode`. Stays on
// numbers while the sum is a safe integer, else redoes it on bigints.
const roundedTotal = (p: PreparedLines, side: Columns, gross: number, mode: RoundingMode): number => {
  const denominator = p.totalDenominator
  const { bases, rates } = side
  let total = 0
  let safe = Number.isSafeInteger(denominator)
  for (let i = 0; i < rates.length && safe; i++) {
    total += rates[i]! * baseUnits(p, baseKinds[bases[i]!]!, gross)
    safe = Number.isSafeInteger(total)
  }
  if (safe) return divideRounded(total, denominator, mode)
  let big = 0n
  for (let i = 0; i < rates.length; i++)
    big += BigInt(rates[i]!) * BigInt(baseUnits(p, baseKinds[bases[i]!]!, gross))
  return Number(divideRoundedBig(big, BigInt(denominator), mode))
}

/**
 * The employee contributions on a monthly gross pay, in cents: the exact sum of every line
 * (rate × base), rounded once with `mode`. The fast path: no line is built.
 *
 * @example
 * ```ts
 * import { Calendar, Contributions, Money } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const prepared = Result.getOrThrow(Contributions.prepare(policy, Calendar.date("2025-06-01")))
 * Contributions.employeeTotal(prepared, Money.euros(5800), "halfUp") // about 18.6 % of 5,800 €
 * ```
 *
 * @since 0.1.0
 * @category computation
 */
export const employeeTotal = (prepared: Prepared, gross: Cents, mode: RoundingMode): Cents =>
  (prepared.kind === "flat"
    ? gross - divideRounded(gross * prepared.netShareUnits, 10 ** prepared.rateScale, mode)
    : roundedTotal(prepared, prepared.employeeColumns, gross, mode)) as Cents

/**
 * The employer contributions on a monthly gross pay, in cents: the exact sum of every line
 * (rate × base), rounded once with `mode`.
 *
 * @example
 * ```ts
 * import { Calendar, Contributions, Money } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const prepared = Result.getOrThrow(Contributions.prepare(policy, Calendar.date("2025-06-01")))
 * Contributions.employerTotal(prepared, Money.euros(5800), "halfUp") // about 35 % of 5,800 €
 * ```
 *
 * @since 0.1.0
 * @category computation
 */
export const employerTotal = (prepared: Prepared, gross: Cents, mode: RoundingMode): Cents =>
  (prepared.kind === "flat"
    ? divideRounded(gross * prepared.employerRateUnits, 10 ** prepared.rateScale, mode)
    : roundedTotal(prepared, prepared.employerColumns, gross, mode)) as Cents

/**
 * The monthly gross pay whose net pay (gross − employee contributions) is `net`: the smallest
 * such gross pay, found exactly. With lines, net pay rises by 0 or 1 cent per cent of gross pay
 * (the employee rates add up to less than 100 %), so every net amount has a gross pay; with
 * flat rates, net ÷ share, rounded with `mode` (as earlier versions did).
 *
 * @example
 * ```ts
 * import { Calendar, Contributions, Money } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const prepared = Result.getOrThrow(Contributions.prepare(policy, Calendar.date("2025-06-01")))
 * const gross = Contributions.grossFromNet(prepared, Money.euros(4700), "halfUp")
 * gross - Contributions.employeeTotal(prepared, gross, "halfUp") // 470000
 * ```
 *
 * @since 0.1.0
 * @category computation
 */
export const grossFromNet = (prepared: Prepared, net: Cents, mode: RoundingMode): Cents => {
  if (prepared.kind === "flat")
    return divideRounded(net * 10 ** prepared.rateScale, prepared.netShareUnits, mode) as Cents
  // g ↦ net + employee(g) is non-decreasing and rises by less than g does: from g = net, its
  // iterates climb to its smallest fixed point, the smallest gross pay that nets `net`.
  let gross = net as number
  for (;;) {
    const next = net + roundedTotal(prepared, prepared.employeeColumns, gross, mode)
    if (next === gross) return gross as Cents
    gross = next
  }
}

// -----------------------------------------------------------------------------
// breakdown
// -----------------------------------------------------------------------------

/**
 * One line of a breakdown: the line, the side, the rate, the base (exact, in cents, possibly
 * with a fraction of a cent) and the amount in cents.
 *
 * @example
 * ```ts
 * import type { Contributions } from "@gip-sante/core"
 *
 * const text = (l: Contributions.LineAmount) => `${l.rate.value} × ${l.baseCents} = ${l.amount}`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface LineAmount extends Omit<Term, "rateUnits"> {
  readonly baseCents: number
  readonly amount: Cents
}

/**
 * The contributions of one side: the total and every line; the lines sum to the total.
 *
 * @example
 * ```ts
 * import type { Contributions } from "@gip-sante/core"
 *
 * const count = (s: Contributions.SideAmounts) => s.lines.length
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface SideAmounts {
  readonly total: Cents
  readonly lines: ReadonlyArray<LineAmount>
}

/**
 * The contributions on a monthly gross pay, line by line, for both sides.
 *
 * @example
 * ```ts
 * import type { Contributions } from "@gip-sante/core"
 *
 * const net = (b: Contributions.Breakdown) => b.gross - b.employee.total
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Breakdown {
  readonly gross: Cents
  readonly employee: SideAmounts
  readonly employer: SideAmounts
}

const sideAmounts = (
  p: PreparedLines,
  terms: ReadonlyArray<Term>,
  gross: number,
  mode: RoundingMode
): SideAmounts => {
  const d = baseDenominator(p)
  const numerators = terms.map((t) =>
    t.applies ? BigInt(t.rateUnits) * BigInt(baseUnits(p, t.line.base, gross)) : 0n
  )
  const { total, parts } = roundParts(numerators, BigInt(p.totalDenominator), mode)
  return {
    total,
    lines: terms.map((t, i) => {
      const out: { -readonly [K in keyof LineAmount]: LineAmount[K] } = {
        line: t.line,
        side: t.side,
        rate: t.rate,
        applies: t.applies,
        baseCents: baseUnits(p, t.line.base, gross) / d,
        amount: parts[i]!
      }
      if (t.switch !== undefined) out.switch = t.switch
      return out
    })
  }
}

const flatLine = (id: string, label: string, rate: Parameter.InForce<number>, side: Side) => ({
  line: { id, label, base: "gross" as const },
  side,
  rate,
  applies: true
})

/**
 * The contributions on a monthly gross pay, line by line: for each side, the total (the same as
 * {@link employeeTotal} and {@link employerTotal}) and each line's rate, base and amount. For a
 * policy with flat rates, one line a side.
 *
 * @example
 * ```ts
 * import { Calendar, Contributions, Money } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const prepared = Result.getOrThrow(Contributions.prepare(policy, Calendar.date("2025-06-01")))
 * const b = Contributions.breakdown(prepared, Money.euros(5800), "halfUp")
 * b.employer.lines.reduce((s, l) => s + l.amount, 0) === b.employer.total // true
 * ```
 *
 * @since 0.1.0
 * @category computation
 */
export const breakdown = (prepared: Prepared, gross: Cents, mode: RoundingMode): Breakdown => {
  if (prepared.kind === "flat") {
    const employee = employeeTotal(prepared, gross, mode)
    const employer = employerTotal(prepared, gross, mode)
    const employeeRate = {
      ...prepared.netShareOfGross,
      value: Number((1 - prepared.netShareOfGross.value).toFixed(prepared.rateScale))
    }
    return {
      gross,
      employee: {
        total: employee,
        lines: [
          {
            ...flatLine(
              "flat",
              "Employee contributions (flat: 1 − net share of gross)",
              employeeRate,
              "employee"
            ),
            baseCents: gross,
            amount: employee
          }
        ]
      },
      employer: {
        total: employer,
        lines: [
          {
            ...flatLine(
              "flat",
              "Employer contributions (flat rate)",
              prepared.employerContributionRate,
              "employer"
            ),
            baseCents: gross,
            amount: employer
          }
        ]
      }
    }
  }
  return {
    gross,
    employee: sideAmounts(prepared, prepared.employee, gross, mode),
    employer: sideAmounts(prepared, prepared.employer, gross, mode)
  }
}

// -----------------------------------------------------------------------------
// explanations
// -----------------------------------------------------------------------------

// An amount in cents, whole or exact (a line's amount before the side's total is rounded), the
// way every human-facing number is written (Locale).
const euroText = (cents: number): string =>
  Number.isInteger(cents)
    ? formatMoney(cents as Cents)
    : `${Locale.decimal(cents / 100, 4)}${Locale.unitSpace}€`

const baseLabels: Record<Base, string> = {
  gross: "gross pay",
  trancheA: "gross pay up to the social-security ceiling (tranche A)",
  trancheB: "gross pay between one and eight social-security ceilings (tranche B)",
  upToFourCeilings: "gross pay up to four social-security ceilings",
  csg: "CSG base: the CSG share of gross pay up to four ceilings, plus gross pay above",
  payrollTaxBand1: "gross pay over a year up to the first threshold, per month",
  payrollTaxBand2: "gross pay over a year between the two thresholds, per month",
  payrollTaxBand3: "gross pay over a year above the second threshold, per month"
}

const baseParameters = (p: Prepared, base: Base): Array<Explanation.Step> => {
  if (p.kind === "flat") return []
  const ceiling = () =>
    Explanation.fromParameter(
      "Monthly social-security ceiling",
      p.ceiling,
      Explanation.money(p.ceiling.value as Cents, "eurosPerMonth")
    )
  switch (base) {
    case "gross":
      return []
    case "trancheA":
    case "trancheB":
    case "upToFourCeilings":
      return [ceiling()]
    case "csg":
      return [
        Explanation.fromParameter(
          "Share of gross pay subject to CSG and CRDS",
          p.csgBaseShare,
          Explanation.quantity(p.csgBaseShare.value, "ratio")
        ),
        ceiling()
      ]
    default:
      return [p.payrollTaxThreshold1, p.payrollTaxThreshold2].map((t, i) =>
        Explanation.fromParameter(
          `Taxe sur les salaires, threshold ${i + 1}`,
          t,
          Explanation.money(t.value as Cents, "eurosPerYear")
        )
      )
  }
}

const lineStep = (p: Prepared, l: LineAmount): Explanation.Step => {
  const rateStep = Explanation.fromParameter(
    `${l.line.label}: ${l.side} rate`,
    l.rate,
    Explanation.quantity(l.rate.value, "ratio")
  )
  const switchStep =
    l.switch === undefined
      ? []
      : [
          Explanation.fromParameter(
            l.line.appliesWhen?.label ?? "Applies",
            l.switch,
            Explanation.flag(l.switch.value)
          )
        ]
  return Explanation.step(`${l.line.label} (${l.side})`, {
    value: Explanation.money(l.amount, "eurosPerMonth"),
    note: l.applies
      ? `${Locale.percent(l.rate.value, 4)} × ${euroText(l.baseCents)} (${baseLabels[l.line.base]}) = ${euroText(l.amount)}`
      : "not due: the switch below is off",
    children: [rateStep, ...switchStep, ...baseParameters(p, l.line.base)]
  })
}

/**
 * The explanation of one side's contributions on a gross pay: the total, with one step per line
 * (rate × base = amount, the rate's parameter and provenance, the base's parameters), and the
 * rounding applied once to the total.
 *
 * @example
 * ```ts
 * import { Calendar, Contributions, Explanation, Money } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * const prepared = Result.getOrThrow(Contributions.prepare(policy, Calendar.date("2025-06-01")))
 * const b = Contributions.breakdown(prepared, Money.euros(5800), "halfUp")
 * Explanation.toText(Explanation.make(Contributions.explainSide(prepared, b, "employer", "halfUp")))
 * ```
 *
 * @since 0.1.0
 * @category explanations
 */
export const explainSide = (
  prepared: Prepared,
  b: Breakdown,
  side: Side,
  mode: RoundingMode
): Explanation.Step => {
  const amounts = side === "employee" ? b.employee : b.employer
  return Explanation.step(side === "employee" ? "Employee contributions" : "Employer contributions", {
    value: Explanation.money(amounts.total, "eurosPerMonth"),
    note:
      prepared.kind === "flat"
        ? `flat rate on gross pay, rounded ${Locale.rounding(mode)}`
        : `sum of the ${amounts.lines.length} lines below (rate × base each), rounded once ${Locale.rounding(mode)}; each line gets its exact amount, the cents left over going to the largest remainders`,
    children: amounts.lines.map((l) => lineStep(prepared, l))
  })
}

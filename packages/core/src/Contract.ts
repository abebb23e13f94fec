/**
 * Employment contracts of the programme's staff: profession, weekly hours over a number of days,
 * dates, seniority counted at hire, retiree status and kind; their validation against the
 * policy; and what follows from them (full-time-equivalent share, annual hours, RTT days).
 *
 * Contracts are "à la carte" in the programme (S2): from a few hours a week to 39 h. The bounds
 * are policy parameters, and each check is a typed {@link Rule.Rule}, so the auditor handbook
 * lists them and a failed check names the field and the parameter it was checked against.
 *
 * @example
 * ```ts
 * import { Contract } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 * import { Result } from "effect"
 *
 * // The S2 example: a GP working 27 h a week over 3 days.
 * const gp = Contract.decode(policy, {
 *   id: "lodeve-gp-1",
 *   profession: "gp",
 *   weeklyHours: 27,
 *   daysPerWeek: 3,
 *   start: "2022-09-01",
 *   seniorityAtHireYears: 12,
 *   retiree: false,
 *   kind: "permanent"
 * })
 * Result.isSuccess(gp) // true
 * ```
 *
 * @since 0.1.0
 * @module
 */
import * as Data from "effect/Data"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { type LocalDate, LocalDateSchema } from "./Calendar.js"
import * as Explanation from "./Explanation.js"
import { hoursRatio } from "./internal/hours.js"
import { decodeAll, formatPath, type Issue, renderIssues } from "./internal/issues.js"
import type { Ratio } from "./Money.js"
import * as Parameter from "./Parameter.js"
import * as Policy from "./Policy.js"
import * as Rule from "./Rule.js"
import type { Quantity } from "./Unit.js"

// -----------------------------------------------------------------------------
// parameters read
// -----------------------------------------------------------------------------

/**
 * The policy parameters this module reads.
 *
 * @example
 * ```ts
 * import { Contract } from "@gip-sante/core"
 *
 * Contract.parameters.fullTimeWeeklyHours.id // "contract.fullTimeWeeklyHours"
 * ```
 *
 * @since 0.1.0
 * @category parameters
 */
export const parameters = {
  fullTimeWeeklyHours: Parameter.define({
    id: "contract.fullTimeWeeklyHours",
    type: "number",
    unit: "hoursPerWeek",
    label: "Full-time weekly hours (reference for FTE)"
  }),
  minWeeklyHours: Parameter.define({
    id: "contract.minWeeklyHours",
    type: "number",
    unit: "hoursPerWeek",
    label: "Minimum weekly hours of a contract"
  }),
  maxWeeklyHours: Parameter.define({
    id: "contract.maxWeeklyHours",
    type: "number",
    unit: "hoursPerWeek",
    label: "Maximum weekly hours of a contract"
  }),
  minDaysPerWeek: Parameter.define({
    id: "contract.minDaysPerWeek",
    type: "number",
    unit: "daysPerWeek",
    label: "Minimum working days per week"
  }),
  maxDaysPerWeek: Parameter.define({
    id: "contract.maxDaysPerWeek",
    type: "number",
    unit: "daysPerWeek",
    label: "Maximum working days per week"
  }),
  maxHoursPerDay: Parameter.define({
    id: "contract.maxHoursPerDay",
    type: "number",
    unit: "hoursPerDay",
    label: "Maximum working hours per day"
  }),
  annualHoursFullTime: Parameter.define({
    id: "contract.annualHoursFullTime",
    type: "number",
    unit: "hoursPerYear",
    label: "Annual working hours of a full-time contract"
  }),
  rttDaysPerExtraWeeklyHour: Parameter.define({
    id: "contract.rttDaysPerExtraWeeklyHour",
    type: "number",
    unit: "daysPerYear",
    label: "RTT days a year per weekly hour above full time"
  }),
  extraHoursCompensatedByRtt: Parameter.define({
    id: "contract.extraHoursCompensatedByRtt",
    type: "boolean",
    unit: "none",
    label: "Hours above full time are compensated by RTT days (not paid)"
  })
} as const

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

const ProfessionSchema = Schema.String.check(
  Schema.isPattern(/^[a-z][a-zA-Z0-9]*$/u, {
    expected: 'a profession id in camelCase such as "gp", "midwife", "ipa" or "secretary"'
  })
)

/**
 * Schema of a contract in JSON. `end` is exclusive (the first day no longer worked), like every
 * period in the library; `seniorityAtHireYears` is the prior practice the grid counts.
 *
 * @example
 * ```ts
 * import { Contract } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Contract.ContractSchema)({ id: "x" }) // false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const ContractSchema = Schema.Struct({
  id: Schema.NonEmptyString,
  profession: ProfessionSchema,
  weeklyHours: Schema.Finite.check(Schema.isGreaterThan(0, { expected: "a number of hours above 0" })),
  daysPerWeek: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 7 })),
  start: LocalDateSchema,
  end: Schema.optionalKey(LocalDateSchema),
  seniorityAtHireYears: Schema.Finite.check(
    Schema.isGreaterThanOrEqualTo(0, { expected: "a number of years greater than or equal to 0" })
  ),
  retiree: Schema.Boolean,
  kind: Schema.Literals(["permanent", "fixedTerm"])
})

/**
 * A contract: who (profession, retiree in cumulative employment-retirement or not), how much
 * (weekly hours over days per week), when (`[start, end)`), and the seniority counted at hire.
 *
 * @example
 * ```ts
 * import { Calendar, type Contract } from "@gip-sante/core"
 *
 * const midwife: Contract.Contract = {
 *   id: "saint-gilles-sf-1",
 *   profession: "midwife",
 *   weeklyHours: 39,
 *   daysPerWeek: 4,
 *   start: Calendar.date("2023-04-01"),
 *   seniorityAtHireYears: 20,
 *   retiree: false,
 *   kind: "permanent"
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Contract = typeof ContractSchema.Type

/**
 * A contract as written in JSON.
 *
 * @example
 * ```ts
 * import type { Contract } from "@gip-sante/core"
 *
 * const json: Contract.Encoded = {
 *   id: "c1",
 *   profession: "gp",
 *   weeklyHours: 35,
 *   daysPerWeek: 5,
 *   start: "2024-01-01",
 *   seniorityAtHireYears: 0,
 *   retiree: false,
 *   kind: "permanent"
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Encoded = typeof ContractSchema.Encoded

/**
 * Why a contract is not valid: every broken check, each naming the field at fault and the
 * parameter it was checked against.
 *
 * @example
 * ```ts
 * import { Contract } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * declare const r: Result.Result<Contract.Contract, Contract.ContractError>
 * if (Result.isFailure(r)) r.failure.issues.map((i) => i.path)
 * ```
 *
 * @since 0.1.0
 * @category errors
 */
export class ContractError extends Data.TaggedError("ContractError")<{
  readonly contractId: string | undefined
  readonly issues: ReadonlyArray<Issue>
}> {
  override get message(): string {
    return renderIssues(this.issues)
  }
}

// -----------------------------------------------------------------------------
// validation rules
// -----------------------------------------------------------------------------

const read = <T extends Parameter.ValueType, U extends Parameter.UnitFor<T>>(
  policy: Policy.Policy,
  definition: Parameter.Definition<T, U>,
  at: Rule.When
) => Policy.read(policy, definition, Rule.dateOf(at))

// Every contract check is a blocking eligibility rule on the contract.
const contractCheck = (rule: Omit<Rule.Rule<Contract>, "kind" | "severity">): Rule.Rule<Contract> =>
  Rule.make<Contract>({ ...rule, kind: "eligibility", severity: "blocking" })

const quantityStep = (label: string, value: number, unit: "hoursPerWeek" | "daysPerWeek" | "hoursPerDay") =>
  Explanation.step(label, { value: Explanation.quantity(value, unit) })

const boundsRule = (options: {
  readonly id: string
  readonly title: string
  readonly description: string
  readonly field: string
  readonly unit: "hoursPerWeek" | "daysPerWeek"
  readonly measure: (c: Contract) => number
  readonly min: Parameter.Definition<"number", "hoursPerWeek" | "daysPerWeek">
  readonly max: Parameter.Definition<"number", "hoursPerWeek" | "daysPerWeek">
}): Rule.Rule<Contract> =>
  contractCheck({
    id: options.id,
    title: options.title,
    description: options.description,
    reads: [options.min, options.max],
    shortfallUnit: options.unit,
    evaluate: (policy, contract, at) =>
      Result.flatMap(read(policy, options.min, at), (min) =>
        Result.map(read(policy, options.max, at), (max) => {
          const value = options.measure(contract)
          const explanation = Explanation.make(
            Explanation.step(`${options.field} within bounds`, {
              children: [
                quantityStep(`Contract ${options.field}`, value, options.unit),
                Explanation.fromParameter(
                  options.min.label,
                  min,
                  Explanation.quantity(min.value, options.unit)
                ),
                Explanation.fromParameter(
                  options.max.label,
                  max,
                  Explanation.quantity(max.value, options.unit)
                )
              ]
            })
          )
          if (value < min.value) return Rule.notMet(min.value - value, explanation)
          if (value > max.value) return Rule.notMet(value - max.value, explanation)
          return Rule.met(explanation)
        })
      )
  })

/**
 * Weekly hours within the policy's bounds (from a few hours to 39 h in the Occitanie preset).
 *
 * @example
 * ```ts
 * import { Contract } from "@gip-sante/core"
 *
 * Contract.weeklyHoursWithinBounds.reads.map((d) => d.id) // ["contract.minWeeklyHours", "contract.maxWeeklyHours"]
 * ```
 *
 * @since 0.1.0
 * @category rules
 */
export const weeklyHoursWithinBounds: Rule.Rule<Contract> = boundsRule({
  id: "contract.weeklyHoursWithinBounds",
  title: "Weekly hours within the programme's bounds",
  description:
    "A contract's weekly hours must lie between the policy's minimum and maximum. The shortfall is the number of hours below the minimum or above the maximum.",
  field: "weeklyHours",
  unit: "hoursPerWeek",
  measure: (c) => c.weeklyHours,
  min: parameters.minWeeklyHours,
  max: parameters.maxWeeklyHours
})

/**
 * Working days per week within the policy's bounds.
 *
 * @example
 * ```ts
 * import { Contract } from "@gip-sante/core"
 *
 * Contract.daysPerWeekWithinBounds.kind // "eligibility"
 * ```
 *
 * @since 0.1.0
 * @category rules
 */
export const daysPerWeekWithinBounds: Rule.Rule<Contract> = boundsRule({
  id: "contract.daysPerWeekWithinBounds",
  title: "Working days per week within the programme's bounds",
  description: "A contract's working days per week must lie between the policy's minimum and maximum.",
  field: "daysPerWeek",
  unit: "daysPerWeek",
  measure: (c) => c.daysPerWeek,
  min: parameters.minDaysPerWeek,
  max: parameters.maxDaysPerWeek
})

/**
 * Average hours per working day (weekly hours / days per week) at most the policy's daily
 * maximum.
 *
 * @example
 * ```ts
 * import { Contract } from "@gip-sante/core"
 *
 * Contract.hoursPerDayWithinMaximum.severity // "blocking"
 * ```
 *
 * @since 0.1.0
 * @category rules
 */
export const hoursPerDayWithinMaximum: Rule.Rule<Contract> = contractCheck({
  id: "contract.hoursPerDayWithinMaximum",
  title: "Hours per working day within the maximum",
  description:
    "A contract's weekly hours divided by its working days may not exceed the policy's maximum hours per day. The shortfall is the excess per day.",
  reads: [parameters.maxHoursPerDay],
  shortfallUnit: "hoursPerDay",
  evaluate: (policy, contract, at) =>
    Result.map(read(policy, parameters.maxHoursPerDay, at), (max) => {
      const perDay = contract.weeklyHours / contract.daysPerWeek
      const explanation = Explanation.make(
        Explanation.step("Hours per working day", {
          value: Explanation.quantity(perDay, "hoursPerDay"),
          note: `${contract.weeklyHours} h over ${contract.daysPerWeek} days`,
          children: [
            Explanation.fromParameter(
              parameters.maxHoursPerDay.label,
              max,
              Explanation.quantity(max.value, "hoursPerDay")
            )
          ]
        })
      )
      return perDay <= max.value ? Rule.met(explanation) : Rule.notMet(perDay - max.value, explanation)
    })
})

const datesRule = (options: {
  readonly id: string
  readonly title: string
  readonly description: string
  readonly holds: (c: Contract) => boolean
  readonly explain: (c: Contract) => string
}): Rule.Rule<Contract> =>
  contractCheck({
    id: options.id,
    title: options.title,
    description: options.description,
    reads: [],
    shortfallUnit: "none",
    evaluate: (_policy, contract) => {
      const explanation = Explanation.make(Explanation.step(options.explain(contract)))
      return Result.succeed(options.holds(contract) ? Rule.met(explanation) : Rule.notMet(1, explanation))
    }
  })

/**
 * A contract's end (exclusive) comes after its start.
 *
 * @example
 * ```ts
 * import { Contract } from "@gip-sante/core"
 *
 * Contract.endAfterStart.id // "contract.endAfterStart"
 * ```
 *
 * @since 0.1.0
 * @category rules
 */
export const endAfterStart: Rule.Rule<Contract> = datesRule({
  id: "contract.endAfterStart",
  title: "A contract ends after it starts",
  description: "The end date (the first day no longer worked) must come after the start date.",
  holds: (c) => c.end === undefined || c.end > c.start,
  explain: (c) =>
    c.end === undefined ? `Open-ended from ${c.start}` : `From ${c.start} to ${c.end} (end excluded)`
})

/**
 * A fixed-term contract states its end.
 *
 * @example
 * ```ts
 * import { Contract } from "@gip-sante/core"
 *
 * Contract.fixedTermHasEnd.kind // "eligibility"
 * ```
 *
 * @since 0.1.0
 * @category rules
 */
export const fixedTermHasEnd: Rule.Rule<Contract> = datesRule({
  id: "contract.fixedTermHasEnd",
  title: "A fixed-term contract has an end date",
  description:
    "A fixed-term contract (CDD) must say when it ends; a permanent one may end later, by a departure.",
  holds: (c) => c.kind === "permanent" || c.end !== undefined,
  explain: (c) =>
    `${c.kind === "permanent" ? "Permanent" : "Fixed-term"} contract${c.end === undefined ? " with no end date" : ""}`
})

/**
 * Every contract check, in the order they are reported.
 *
 * @example
 * ```ts
 * import { Contract } from "@gip-sante/core"
 *
 * Contract.rules.map((r) => r.id)
 * ```
 *
 * @since 0.1.0
 * @category rules
 */
export const rules: ReadonlyArray<Rule.Rule<Contract>> = [
  weeklyHoursWithinBounds,
  daysPerWeekWithinBounds,
  hoursPerDayWithinMaximum,
  endAfterStart,
  fixedTermHasEnd
]

const fieldOf: Record<string, string> = {
  "contract.weeklyHoursWithinBounds": "weeklyHours",
  "contract.daysPerWeekWithinBounds": "daysPerWeek",
  "contract.hoursPerDayWithinMaximum": "weeklyHours",
  "contract.endAfterStart": "end",
  "contract.fixedTermHasEnd": "end"
}

// -----------------------------------------------------------------------------
// constructors
// -----------------------------------------------------------------------------

/**
 * Checks a decoded contract against the policy's rules, on its start date. Reports every broken
 * rule, each with the contract field, the rule, the measured excess or shortfall and the
 * parameters it was checked against.
 *
 * @example
 * ```ts
 * import { Calendar, Contract } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * const r = Contract.validate(policy, {
 *   id: "c1",
 *   profession: "gp",
 *   weeklyHours: 45,
 *   daysPerWeek: 4,
 *   start: Calendar.date("2025-01-01"),
 *   seniorityAtHireYears: 0,
 *   retiree: false,
 *   kind: "permanent"
 * })
 * // Failure: weeklyHours is 6 h above contract.maxWeeklyHours; 11.25 h a day is above contract.maxHoursPerDay
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const validate = (
  policy: Policy.Policy,
  contract: Contract
): Result.Result<Contract, ContractError> => {
  const findings = Rule.evaluateAll(rules, policy, contract, contract.start)
  if (Result.isFailure(findings)) {
    return Result.fail(new ContractError({ contractId: contract.id, issues: findings.failure.issues }))
  }
  const issues: Array<Issue> = []
  for (const rule of rules) {
    const finding = findings.success[rule.id]!
    if (finding.status !== "notMet") continue
    const checkedAgainst = rule.reads.map((d) => d.id).join(", ")
    const excess =
      finding.unit === "none"
        ? ""
        : ` (off by ${Explanation.formatValue(Explanation.quantity(finding.shortfall, finding.unit as "hoursPerWeek"))})`
    issues.push({
      path: formatPath([fieldOf[rule.id] ?? rule.id]),
      message: `${rule.title}: broken${excess}${checkedAgainst === "" ? "" : `; checked against ${checkedAgainst}`} [rule ${rule.id}]`
    })
  }
  return issues.length === 0
    ? Result.succeed(contract)
    : Result.fail(new ContractError({ contractId: contract.id, issues }))
}

/**
 * Decodes a contract from JSON, then validates it against the policy: every issue at once,
 * shape issues first.
 *
 * @example
 * ```ts
 * import { Contract } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * Contract.decode(policy, { id: "x", profession: "gp" }) // Failure listing each missing field
 * ```
 *
 * @since 0.1.0
 * @category constructors
 */
export const decode = (policy: Policy.Policy, input: unknown): Result.Result<Contract, ContractError> => {
  const decoded = decodeAll(ContractSchema, input)
  if (Result.isFailure(decoded)) {
    const id =
      input !== null && typeof input === "object" && typeof (input as { id?: unknown }).id === "string"
        ? (input as { id: string }).id
        : undefined
    return Result.fail(new ContractError({ contractId: id, issues: decoded.failure }))
  }
  return validate(policy, decoded.success)
}

// -----------------------------------------------------------------------------
// derived quantities
// -----------------------------------------------------------------------------

/**
 * Whether the contract is in force on `date` (`start <= date < end`).
 *
 * @example
 * ```ts
 * import { Calendar, Contract } from "@gip-sante/core"
 *
 * declare const c: Contract.Contract
 * Contract.isActive(c, Calendar.date("2025-01-01"))
 * ```
 *
 * @since 0.1.0
 * @category derived
 */
export const isActive = (contract: Contract, date: LocalDate): boolean =>
  contract.start <= date && (contract.end === undefined || date < contract.end)

/**
 * The full-time-equivalent share of a contract: weekly hours / the policy's full-time weekly
 * hours, as an exact fraction (27 h of 35 h is 27/35; 39 h is 39/35).
 *
 * @example
 * ```ts
 * import { Calendar, Contract } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * declare const c: Contract.Contract // 27 h a week
 * Contract.fte(policy, c, Calendar.date("2025-01-01")) // Result.succeed({ numerator: 27, denominator: 35 })
 * ```
 *
 * @since 0.1.0
 * @category derived
 */
export const fte = (
  policy: Policy.Policy,
  contract: Contract,
  date: LocalDate
): Result.Result<Ratio, Policy.PolicyError> =>
  Result.map(Policy.read(policy, parameters.fullTimeWeeklyHours, date), (fullTime) =>
    hoursRatio(contract.weeklyHours, fullTime.value)
  )

/**
 * Working time a contract gives over a year, on `date`'s policy: hours before RTT
 * (the full-time annual hours × FTE), RTT days (hours above full time × the policy's days per
 * extra hour, when the policy compensates them by RTT), and hours actually worked (before RTT
 * minus RTT days at the contract's average day length).
 *
 * @example
 * ```ts
 * import { Calendar, Contract } from "@gip-sante/core"
 * import { policy } from "@gip-sante/occitanie"
 *
 * declare const c: Contract.Contract // 39 h over 4 days
 * Contract.annualTime(policy, c, Calendar.date("2025-01-01"))
 * // Result.succeed({ hoursBeforeRtt: 1790.7…, rttDays: 20, hoursWorked: 1595.7… })
 * ```
 *
 * @since 0.1.0
 * @category derived
 */
export const annualTime = (
  policy: Policy.Policy,
  contract: Contract,
  date: LocalDate
): Result.Result<
  {
    readonly hoursBeforeRtt: Quantity<"hoursPerYear">
    readonly rttDays: Quantity<"daysPerYear">
    readonly hoursWorked: Quantity<"hoursPerYear">
  },
  Policy.PolicyError
> =>
  Result.flatMap(Policy.read(policy, parameters.fullTimeWeeklyHours, date), (fullTime) =>
    Result.flatMap(Policy.read(policy, parameters.annualHoursFullTime, date), (annual) =>
      Result.flatMap(Policy.read(policy, parameters.extraHoursCompensatedByRtt, date), (byRtt) =>
        Result.map(Policy.read(policy, parameters.rttDaysPerExtraWeeklyHour, date), (perHour) => {
          const hoursBeforeRtt = (annual.value * contract.weeklyHours) / fullTime.value
          const extra = Math.max(0, contract.weeklyHours - fullTime.value)
          const rttDays = byRtt.value ? extra * perHour.value : 0
          const hoursWorked = hoursBeforeRtt - rttDays * (contract.weeklyHours / contract.daysPerWeek)
          return {
            hoursBeforeRtt: hoursBeforeRtt as Quantity<"hoursPerYear">,
            rttDays: rttDays as Quantity<"daysPerYear">,
            hoursWorked: hoursWorked as Quantity<"hoursPerYear">
          }
        })
      )
    )
  )

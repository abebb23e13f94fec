/**
 * Requirements: what each module of the library needs from a policy to work, in one registry.
 * Every module declares the parameters it reads (id, value type, unit); this module gathers
 * them, with the rules each module defines and the constraints between parameters the modules
 * assume, so that a policy can be checked as *usable* in one pass, before anything is computed
 * with it: `Policy.decode(json, { requirements: Requirements.all })` reports a missing,
 * mistyped or misspelt parameter with the module that needs it, and a grid that does not start
 * at the published starting pay.
 *
 * | module | reads |
 * |---|---|
 * | Contract | the contract bounds, full-time week, annual hours, RTT |
 * | Pay | the salary grid of each profession used (net or gross), the contribution lines (rates, social-security ceiling, CSG base, switches; or the two flat rates of earlier versions), the rounding mode, the full-time week and whether extra hours are paid |
 * | Consultation | the consultation targets, the split of working time, consulting weeks, the self-employed comparison |
 * | Obligations | PDSA, home-visit and unscheduled-care quotas, the full-time week |
 * | Accounting | tariffs, centre costs and subsidies, central costs, the allocation key |
 * | Programme | the recruitment threshold and the opening conditions (and the goals, when stated) |
 * | Kpi | the full-time week (FTEs) |
 *
 * `Projection` reads no parameter: it works on the figures it is given.
 *
 * @example
 * ```ts
 * import { Policy, Requirements } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * declare const json: unknown // a policy file, parsed
 * const usable = Policy.decode(json, { requirements: Requirements.all })
 * if (Result.isFailure(usable)) usable.failure.issues.map((i) => i.message)
 * // ["The policy has no parameter pay.gp.grid (GP pay grid), which Pay needs", …]
 * ```
 *
 * @since 0.1.0
 * @module
 */
import * as Result from "effect/Result"
import * as Accounting from "./Accounting.js"
import type { LocalDate } from "./Calendar.js"
import * as Consultation from "./Consultation.js"
import * as Contract from "./Contract.js"
import * as Contributions from "./Contributions.js"
import { formatPath } from "./internal/issues.js"
import * as Locale from "./Locale.js"
import { type Cents, format as formatMoney, type RoundingMode, roundingModes } from "./Money.js"
import * as Obligations from "./Obligations.js"
import type * as Parameter from "./Parameter.js"
import * as Pay from "./Pay.js"
import type * as Policy from "./Policy.js"
import * as Programme from "./Programme.js"
import type { Unit } from "./Unit.js"

// -----------------------------------------------------------------------------
// reading a policy on every date its values change
// -----------------------------------------------------------------------------

interface Read<V> {
  readonly value: V
  readonly path: ReadonlyArray<PropertyKey>
}

// The days on which any of these parameters changes value, in order.
const changeDates = (parameters: ReadonlyArray<Parameter.Parameter>): Array<LocalDate> => {
  const dates = new Set<LocalDate>()
  for (const parameter of parameters) {
    for (const entry of parameter.history as ReadonlyArray<Parameter.HistoryEntry>) {
      dates.add(entry.from)
      if (entry.to !== undefined) dates.add(entry.to)
    }
  }
  return [...dates].sort()
}

// The value of a parameter in force on a date, with the path of that value in the policy.
const readAt = (policy: Policy.Policy, id: string, date: LocalDate): Read<unknown> | undefined => {
  const parameter = Object.hasOwn(policy.parameters, id) ? policy.parameters[id] : undefined
  if (parameter === undefined) return undefined
  const history = parameter.history as ReadonlyArray<Parameter.HistoryEntry>
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i]!
    if (entry.from <= date)
      return entry.to === undefined || date < entry.to
        ? { value: entry.value, path: ["parameters", id, "history", i, "value"] }
        : undefined
  }
  return undefined
}

/**
 * Checks a rule over every period in which the given parameters all have a value: `check`
 * receives their values in force on the first day of each period (and that day), and returns
 * the issues found, reported once per place.
 */
const overTime = (
  policy: Policy.Policy,
  ids: ReadonlyArray<string>,
  check: (values: ReadonlyArray<Read<unknown>>, date: LocalDate) => ReadonlyArray<Policy.Issue>
): Array<Policy.Issue> => {
  const parameters = ids.flatMap((id) =>
    Object.hasOwn(policy.parameters, id) ? [policy.parameters[id]!] : []
  )
  if (parameters.length < ids.length) return []
  const issues = new Map<string, Policy.Issue>()
  for (const date of changeDates(parameters)) {
    const values = ids.map((id) => readAt(policy, id, date))
    if (values.some((v) => v === undefined)) continue
    for (const issue of check(values as ReadonlyArray<Read<unknown>>, date))
      if (!issues.has(issue.path)) issues.set(issue.path, issue)
  }
  return [...issues.values()]
}

// -----------------------------------------------------------------------------
// constraints
// -----------------------------------------------------------------------------

const gridUnits: ReadonlyArray<Unit> = ["eurosPerMonthNet", "eurosPerMonthGross"]

const gridPattern = /^pay\.([a-z][a-zA-Z0-9]*)\.grid$/u

// The net amount of a grid step: as written for a net grid, derived through the employee
// contributions for a gross grid, rounded as the payroll rounds (Pay does the same).
const netOf = (
  amount: Cents,
  basis: Unit,
  contributions: Contributions.Prepared,
  mode: string
): { readonly net: Cents; readonly note: string } | undefined => {
  if (basis === "eurosPerMonthNet") return { net: amount, note: `${formatMoney(amount)} net` }
  if (!(roundingModes as ReadonlyArray<string>).includes(mode)) return undefined
  const net = (amount - Contributions.employeeTotal(contributions, amount, mode as RoundingMode)) as Cents
  return {
    net,
    note:
      contributions.kind === "flat"
        ? `${formatMoney(amount)} gross, which is ${formatMoney(net)} net at the net share of gross pay of ${Locale.decimal(contributions.netShareOfGross.value, 6)}`
        : `${formatMoney(amount)} gross, which is ${formatMoney(net)} net after the employee contribution lines`
  }
}

// A profession's grid starts at its published starting pay and tops out within its published
// maximum (`pay.<profession>.startingMonthlyNet`, `.maximumMonthlyNet`, where the policy has
// them), compared on net pay.
const gridWithinPublishedPay = (policy: Policy.Policy): Array<Policy.Issue> =>
  Object.keys(policy.parameters).flatMap((gridId) => {
    const profession = gridPattern.exec(gridId)?.[1]
    const grid = policy.parameters[gridId]!
    if (profession === undefined || grid.type !== "grid") return []
    const bounds = [
      { id: `pay.${profession}.startingMonthlyNet`, step: "first" as const },
      { id: `pay.${profession}.maximumMonthlyNet`, step: "top" as const }
    ]
    return bounds.flatMap(({ id, step }) =>
      overTime(policy, [gridId, id, Pay.parameters.roundingMode.id], ([steps, bound, mode], date) => {
        const echelons = steps!.value as Parameter.Grid
        const index = step === "first" ? 0 : echelons.length - 1
        const echelon = echelons[index]
        if (echelon === undefined || typeof bound!.value !== "number") return []
        const contributions = Contributions.prepare(policy, date)
        if (Result.isFailure(contributions)) return []
        const net = netOf(echelon.amount, grid.unit, contributions.success, String(mode!.value))
        if (net === undefined) return []
        const limit = bound!.value as Cents
        const path = formatPath([...steps!.path, index, "amount"])
        if (step === "first" && net.net !== limit)
          return [
            {
              path,
              message: `The first step of ${gridId}, ${net.note}, must equal the starting pay ${id}, ${formatMoney(limit)} net (values in force on ${date})`
            }
          ]
        if (step === "top" && net.net > limit)
          return [
            {
              path,
              message: `The top step of ${gridId}, ${net.note}, is above the published maximum ${id}, ${formatMoney(limit)} net (values in force on ${date})`
            }
          ]
        return []
      })
    )
  })

const positiveNetShare = (policy: Policy.Policy): Array<Policy.Issue> =>
  overTime(policy, [Contributions.flatParameters.netShareOfGross.id], ([share]) =>
    share!.value === 0
      ? [
          {
            path: formatPath(share!.path),
            message: `${Contributions.flatParameters.netShareOfGross.id} must be above 0: net pay is a share of gross pay`
          }
        ]
      : []
  )

// Pay needs either every contribution line or, for a policy of earlier versions, both flat rates.
const contributionsGiven = (policy: Policy.Policy): Array<Policy.Issue> => {
  const present = (d: Parameter.Definition) => Object.hasOwn(policy.parameters, d.id)
  const missing = (
    Contributions.hasLines(policy)
      ? Contributions.lineParameters()
      : Object.values(Contributions.flatParameters)
  ).filter((d) => !present(d))
  const hint = Contributions.hasLines(policy)
    ? ""
    : ", the flat rate that stands in for the contribution lines in a policy without them"
  const issues = missing.map((d) => ({
    path: formatPath(["parameters", d.id]),
    message: `The policy has no parameter ${d.id} (${d.label}), which Pay needs${hint}`
  }))
  if (Contributions.hasLines(policy)) {
    for (const d of Object.values(Contributions.flatParameters))
      if (present(d))
        issues.push({
          path: formatPath(["parameters", d.id]),
          message: `${d.id} is a flat rate of earlier versions and the policy gives its contributions line by line (contributions.*): remove it, the lines are used`
        })
  }
  return issues
}

const knownRoundingMode = (policy: Policy.Policy): Array<Policy.Issue> =>
  overTime(policy, [Pay.parameters.roundingMode.id], ([mode]) =>
    (roundingModes as ReadonlyArray<unknown>).includes(mode!.value)
      ? []
      : [
          {
            path: formatPath(mode!.path),
            message: `Expected a rounding mode among ${roundingModes.join(", ")}, got ${JSON.stringify(mode!.value)}`
          }
        ]
  )

const knownAllocationKey = (policy: Policy.Policy): Array<Policy.Issue> =>
  overTime(policy, [Accounting.parameters.allocationKey.id], ([key]) =>
    (Accounting.allocationKeys as ReadonlyArray<unknown>).includes(key!.value)
      ? []
      : [
          {
            path: formatPath(key!.path),
            message: `Expected an allocation key among ${Accounting.allocationKeys.join(", ")}, got ${JSON.stringify(key!.value)}`
          }
        ]
  )

// A minimum is at most its maximum, on every date.
const ordered =
  (min: Parameter.Definition, max: Parameter.Definition) =>
  (policy: Policy.Policy): Array<Policy.Issue> =>
    overTime(policy, [min.id, max.id], ([low, high], date) =>
      (low!.value as number) > (high!.value as number)
        ? [
            {
              path: formatPath(low!.path),
              message: `${min.id} (${Locale.decimal(low!.value as number, 6)}) is above ${max.id} (${Locale.decimal(high!.value as number, 6)}) on ${date}: no contract could satisfy both`
            }
          ]
        : []
    )

const positiveFullTime = (policy: Policy.Policy): Array<Policy.Issue> =>
  overTime(policy, [Contract.parameters.fullTimeWeeklyHours.id], ([hours]) =>
    hours!.value === 0
      ? [
          {
            path: formatPath(hours!.path),
            message: `${Contract.parameters.fullTimeWeeklyHours.id} must be above 0: a full-time week has hours`
          }
        ]
      : []
  )

const timeShares = [
  Consultation.parameters.timeShareScheduled,
  Consultation.parameters.timeShareUnscheduled,
  Consultation.parameters.timeShareHomeVisits,
  Consultation.parameters.timeShareAdmin,
  Consultation.parameters.timeShareTraining
]

// The split of a clinician's hours covers all of them: capacity counts the consulting shares and
// takes the others as hours not consulting.
const timeSharesAddUp = (policy: Policy.Policy): Array<Policy.Issue> =>
  overTime(
    policy,
    timeShares.map((d) => d.id),
    (shares, date) => {
      // Summed in millionths, so that 0.7 + 0.1 + 0.08 + 0.07 + 0.05 is exactly 1.
      const total = shares.reduce((sum, share) => sum + Math.round((share.value as number) * 1e6), 0) / 1e6
      return total === 1
        ? []
        : [
            {
              path: formatPath(shares[0]!.path),
              message: `The shares of working time (${timeShares.map((d) => d.id).join(", ")}) must add up to 1, the whole of a clinician's hours; on ${date} they add up to ${Locale.decimal(total, 6)}`
            }
          ]
    }
  )

// -----------------------------------------------------------------------------
// the registry
// -----------------------------------------------------------------------------

// The goal parameters of Programme, which a policy may or may not state.
const goals: ReadonlyArray<Parameter.Definition> = [
  Programme.parameters.cliniciansGoal,
  Programme.parameters.additionalCliniciansGoal,
  Programme.parameters.consultationsGoal,
  Programme.parameters.goalDeadline
]

const needed = (definition: Parameter.Definition): Policy.NeededParameter => ({
  id: definition.id,
  type: definition.type,
  units: [definition.unit],
  label: definition.label
})

const professionLabels: Readonly<Record<string, string>> = {
  gp: "GP",
  midwife: "midwife",
  ipa: "advanced-practice nurse (IPA)",
  secretary: "secretary and medical assistant"
}

/**
 * The requirements of every module, with the salary grids of the given professions (their
 * `pay.<profession>.grid`, net or gross). Other grids the policy has are checked as grids.
 *
 * @example
 * ```ts
 * import { Requirements } from "@gip-sante/core"
 *
 * const withMidwives = Requirements.modules({ professions: ["gp", "midwife"] })
 * withMidwives.find((r) => r.module === "Pay")?.parameters.map((p) => p.id).includes("pay.midwife.grid") // true
 * ```
 *
 * @since 0.1.0
 * @category registry
 */
export const modules = (
  options: { readonly professions?: ReadonlyArray<string> } = {}
): ReadonlyArray<Policy.Requirement> => {
  const contractReads = Object.values(Contract.parameters).map(needed)
  const fullTime = needed(Contract.parameters.fullTimeWeeklyHours)
  return [
    {
      module: "Contract",
      parameters: contractReads,
      rules: Contract.rules.map((r) => r.id),
      constraints: [
        positiveFullTime,
        ordered(Contract.parameters.minWeeklyHours, Contract.parameters.maxWeeklyHours),
        ordered(Contract.parameters.minDaysPerWeek, Contract.parameters.maxDaysPerWeek)
      ]
    },
    {
      module: "Pay",
      parameters: [
        ...(options.professions ?? ["gp"]).map((profession) => ({
          id: Pay.gridParameterId(profession),
          type: "grid" as const,
          units: gridUnits,
          label: `${professionLabels[profession] ?? profession} pay grid`
        })),
        ...Object.values(Pay.parameters).map(needed),
        fullTime,
        needed(Contract.parameters.extraHoursCompensatedByRtt)
      ],
      patterns: [
        { pattern: gridPattern, type: "grid", units: gridUnits, label: "salary grid of a profession" },
        ...[...Contributions.lineParameters(), ...Object.values(Contributions.flatParameters)].map((d) => ({
          pattern: new RegExp(`^${d.id.replaceAll(".", "\\.")}$`, "u"),
          type: d.type,
          units: [d.unit],
          label: d.label
        })),
        {
          pattern: /^pay\.[a-z][a-zA-Z0-9]*\.(startingMonthlyNet|maximumMonthlyNet)$/u,
          type: "money",
          units: ["eurosPerMonthNet"],
          label: "published full-time net pay of a profession, that its grid must match"
        }
      ],
      constraints: [contributionsGiven, positiveNetShare, knownRoundingMode, gridWithinPublishedPay]
    },
    {
      module: "Consultation",
      parameters: Object.values(Consultation.parameters).map(needed),
      rules: [Consultation.targetRule.id],
      constraints: [timeSharesAddUp]
    },
    {
      module: "Obligations",
      parameters: [...Object.values(Obligations.parameters).map(needed), fullTime],
      rules: Obligations.rules.map((r) => r.id)
    },
    {
      module: "Accounting",
      parameters: Object.values(Accounting.parameters).map(needed),
      constraints: [knownAllocationKey]
    },
    {
      module: "Programme",
      // Goals are the programme's own: a policy states those its programme set, and the goal
      // progress and projections that need a goal say so when it is missing.
      parameters: Object.values(Programme.parameters)
        .filter((p) => !goals.includes(p))
        .map(needed),
      patterns: goals.map((p) => ({
        pattern: new RegExp(`^${p.id.replaceAll(".", "\\.")}$`, "u"),
        type: p.type,
        units: [p.unit],
        label: p.label
      })),
      rules: [Programme.recruitmentRule.id, Programme.openingRule.id]
    },
    { module: "Kpi", parameters: [fullTime] }
  ]
}

/**
 * The requirements of every module, for a programme whose clinicians are GPs: a policy that
 * passes them can be used by every module and command of the library.
 *
 * @example
 * ```ts
 * import { Requirements } from "@gip-sante/core"
 *
 * Requirements.all.map((r) => r.module) // ["Contract", "Pay", "Consultation", "Obligations", "Accounting", "Programme", "Kpi"]
 * ```
 *
 * @since 0.1.0
 * @category registry
 */
export const all: ReadonlyArray<Policy.Requirement> = /* @__PURE__ */ modules()

/**
 * The ids of every rule the modules define, in the order of the registry.
 *
 * @example
 * ```ts
 * import { Requirements } from "@gip-sante/core"
 *
 * Requirements.ruleIds().includes("obligations.pdsa") // true
 * ```
 *
 * @since 0.1.0
 * @category registry
 */
export const ruleIds = (requirements: ReadonlyArray<Policy.Requirement> = all): Array<string> =>
  requirements.flatMap((r) => r.rules ?? [])

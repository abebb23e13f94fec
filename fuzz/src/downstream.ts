/**
 * The rule that what the decoders accept, the computations accept: for any policy
 * `Policy.decode` accepts (one defining every parameter Contract, Pay, Obligations and Accounting
 * read, with values spanning what a policy may hold, extremes included) and any contract
 * `Contract.decode` accepts against it, `Contract`, `Pay`, `Obligations` and `Accounting` return
 * a value or a typed error: never an exception, never a number that is not finite or an integer
 * beyond what a number holds exactly. Used by `pnpm fuzz` (10,000 runs) and by the test suite
 * (fewer).
 */
import {
  Accounting,
  Calendar,
  Contract,
  Money,
  Obligations,
  type Parameter,
  Pay,
  Policy
} from "@gip-sante/core"
import { contractJson, localDate, obligationLogsJson, policyReading } from "@gip-sante/core/testing"
import { policy as occitanie } from "@gip-sante/occitanie"
import { Result } from "effect"
import * as fc from "fast-check"
import type { Target } from "./harness.js"

const professions = ["gp", "midwife", "ipa", "secretary"]

const shapes = [
  ...Object.values(Contract.parameters),
  ...Object.values(Pay.parameters),
  ...Object.values(Obligations.parameters),
  ...Object.values(Accounting.parameters),
  ...professions.map((p) => ({ id: Pay.gridParameterId(p), type: "grid" as const, unit: "eurosPerMonthNet" }))
]

/**
 * How to make a contract within a policy's bounds, read when the policy is known: shares of the
 * range of weekly hours and of days, dates relative to the run's date.
 */
export interface ContractSpec {
  readonly id: string
  readonly profession: string
  readonly hoursShare: number
  readonly wholeHours: boolean
  readonly days: number
  readonly startDaysBefore: number
  readonly lengthInDays: number | undefined
  readonly seniorityAtHireYears: number
  readonly retiree: boolean
}

const contractSpec: fc.Arbitrary<ContractSpec> = fc.record({
  id: fc.integer({ min: 1, max: 999 }).map((n) => `c-${n}`),
  profession: fc.constantFrom(...professions),
  hoursShare: fc.double({ min: 0, max: 1, noNaN: true }),
  wholeHours: fc.boolean(),
  days: fc.integer({ min: 1, max: 7 }),
  startDaysBefore: fc.integer({ min: -400, max: 4000 }),
  lengthInDays: fc.option(fc.integer({ min: 1, max: 3000 }), { nil: undefined }),
  seniorityAtHireYears: fc.oneof(
    fc.integer({ min: 0, max: 45 }),
    fc.double({ min: 0, max: 1e6, noNaN: true })
  ),
  retiree: fc.boolean()
})

/** One run's input: a policy (as JSON, or a patch of the Occitanie policy), contracts, a date… */
export interface DownstreamInput {
  readonly policy:
    | { readonly kind: "json"; readonly json: Policy.Encoded }
    | { readonly kind: "patch"; readonly patch: unknown }
  readonly contracts: ReadonlyArray<unknown>
  readonly specs: ReadonlyArray<ContractSpec>
  readonly date: Calendar.LocalDate
  readonly logs: unknown
  readonly acts: { readonly consultations: number; readonly homeVisits: number }
  readonly grossGrid: boolean
}

const texts = [...Money.roundingModes, ...Accounting.allocationKeys]

// A patch of the Occitanie policy giving a few of the parameters read values from anywhere in
// what a policy accepts (extremes included), the others keeping the preset's.
const occitaniePatch: fc.Arbitrary<unknown> = fc
  .uniqueArray(fc.constantFrom(...shapes), { minLength: 1, maxLength: 6, selector: (shape) => shape.id })
  .chain((picked) => policyReading(picked, { texts }))
  .map((json) => ({
    // The generated values cite its documents: the patch adds those the preset lacks.
    bibliography: Object.fromEntries(
      Object.entries(json.bibliography).filter(([id]) => !Object.hasOwn(occitanie.bibliography, id))
    ),
    parameters: Object.fromEntries(
      Object.entries(json.parameters).map(([id, p]) => [id, { history: p.history }])
    )
  }))

// The contract bounds of a generated policy made consistent (the smaller of two values the
// minimum), so that contracts within them exist: other values stay anywhere a policy accepts.
const consistentBounds = (json: Policy.Encoded): Policy.Encoded => {
  const parameters = { ...json.parameters }
  const first = (id: string) => Number(parameters[id]?.history[0]?.value ?? 0)
  const pair = (minId: string, maxId: string) => {
    const [low, high] = [first(minId), first(maxId)].sort((a, b) => a - b)
    for (const [id, value] of [
      [minId, low],
      [maxId, high]
    ] as const) {
      const p = parameters[id]
      if (p !== undefined)
        parameters[id] = {
          ...p,
          history: [{ ...p.history[0]!, value, to: undefined }].map(({ to: _, ...e }) => e)
        } as typeof p
    }
  }
  pair(Contract.parameters.minWeeklyHours.id, Contract.parameters.maxWeeklyHours.id)
  pair(Contract.parameters.minDaysPerWeek.id, Contract.parameters.maxDaysPerWeek.id)
  return { ...json, parameters }
}

/** The inputs of the rule. */
export const downstreamInputs: fc.Arbitrary<DownstreamInput> = fc.record({
  policy: fc.oneof(
    policyReading(shapes, { texts }).map((json) => ({ kind: "json" as const, json: consistentBounds(json) })),
    occitaniePatch.map((patch) => ({ kind: "patch" as const, patch }))
  ),
  contracts: fc.array(contractJson(), { maxLength: 2 }),
  specs: fc.array(contractSpec, { minLength: 1, maxLength: 3 }),
  date: localDate({ min: Calendar.date("2022-07-01"), max: Calendar.date("2027-12-31") }),
  logs: obligationLogsJson(),
  acts: fc.record({
    consultations: fc.oneof(fc.nat(10_000), fc.nat()),
    homeVisits: fc.oneof(fc.nat(1_000), fc.nat())
  }),
  grossGrid: fc.boolean()
})

const numberAt = (
  policy: Policy.Policy,
  definition: Parameter.Definition<"number">,
  date: Calendar.LocalDate
) => {
  const r = Policy.read(policy, definition, date)
  return Result.isSuccess(r) ? (r.success.value as number) : undefined
}

// A contract within the policy's bounds on its start date, as JSON, when the bounds allow one.
const contractWithin = (policy: Policy.Policy, spec: ContractSpec, date: Calendar.LocalDate): unknown => {
  // Not before the programme began: the Occitanie policy has no value before.
  const start = Calendar.max(Calendar.date("2022-06-17"), Calendar.addDays(date, -spec.startDaysBefore))
  const p = Contract.parameters
  const min = numberAt(policy, p.minWeeklyHours, start) ?? 1
  const max = Math.min(168, numberAt(policy, p.maxWeeklyHours, start) ?? 39)
  const minDays = numberAt(policy, p.minDaysPerWeek, start) ?? 1
  const maxDays = Math.min(7, numberAt(policy, p.maxDaysPerWeek, start) ?? 5)
  const perDay = numberAt(policy, p.maxHoursPerDay, start) ?? 10
  const minutes = Math.round((min + spec.hoursShare * Math.max(0, max - min)) * 60)
  const weeklyMinutes = spec.wholeHours ? Math.max(60, Math.round(minutes / 60) * 60) : Math.max(1, minutes)
  const hours = weeklyMinutes / 60
  const days = Math.min(maxDays, Math.max(minDays, Math.ceil(hours / Math.max(perDay, 1 / 60)), spec.days))
  const end = spec.lengthInDays === undefined ? undefined : Calendar.addDays(start, spec.lengthInDays)
  return {
    id: spec.id,
    profession: spec.profession,
    weeklyHours: hours,
    daysPerWeek: Math.min(7, Math.max(1, Math.round(days))),
    start,
    ...(end === undefined ? {} : { end }),
    seniorityAtHireYears: spec.seniorityAtHireYears,
    retiree: spec.retiree,
    kind: end === undefined ? "permanent" : "fixedTerm"
  }
}

// The first number in `value` that is not finite or is an integer beyond the safe ones: its path.
const unsafeNumber = (value: unknown, path = "", seen = new Set<object>()): string | undefined => {
  if (typeof value === "number")
    return !Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value))
      ? `${path || "(root)"} = ${value}`
      : undefined
  if (value === null || typeof value !== "object" || seen.has(value)) return undefined
  seen.add(value)
  const entries: Iterable<[unknown, unknown]> =
    value instanceof Map ? value.entries() : Array.isArray(value) ? value.entries() : Object.entries(value)
  for (const [key, inner] of entries) {
    const found = unsafeNumber(inner, `${path}.${String(key)}`, seen)
    if (found !== undefined) return found
  }
  return undefined
}

/** What one computation gave: nothing wrong, or why. */
export type Problem = string | undefined

// Runs a computation: a thrown exception or an unsafe number in its result is a problem.
const run = (
  name: string,
  compute: () => Result.Result<unknown, unknown>,
  counts: Map<string, number>
): Problem => {
  let result: Result.Result<unknown, unknown>
  try {
    result = compute()
  } catch (error) {
    return `${name} throws ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`
  }
  if (!Result.isResult(result)) return `${name} returns something else than a Result`
  if (Result.isFailure(result)) {
    const failure = result.failure as { readonly _tag?: unknown }
    return typeof failure?._tag === "string" ? undefined : `${name} fails with an untyped error`
  }
  counts.set(name, (counts.get(name) ?? 0) + 1)
  const unsafe = unsafeNumber(result.success)
  return unsafe === undefined ? undefined : `${name} gives ${unsafe}`
}

/**
 * Checks the rule on one input; `counts` tallies the computations that succeeded (so that a run
 * shows how much was actually computed, not only failed early). The problems found, if any.
 */
export const checkDownstream = (input: DownstreamInput, counts: Map<string, number>): Array<string> => {
  const problems: Array<string> = []
  const check = (name: string, compute: () => Result.Result<unknown, unknown>) => {
    const problem = run(name, compute, counts)
    if (problem !== undefined) problems.push(problem)
  }
  let decodedPolicy: Result.Result<Policy.Policy, Policy.PolicyError>
  if (input.policy.kind === "json") {
    const json = input.policy.json
    decodedPolicy = Policy.decode(
      input.grossGrid
        ? {
            ...json,
            parameters: Object.fromEntries(
              Object.entries(json.parameters).map(([id, p]) => [
                id,
                p.type === "grid" ? { ...p, unit: "eurosPerMonthGross" } : p
              ])
            )
          }
        : json
    )
  } else decodedPolicy = Policy.override(occitanie, input.policy.patch)
  if (Result.isFailure(decodedPolicy))
    return [`the generated policy does not decode: ${decodedPolicy.failure.message}`]
  const policy = decodedPolicy.success
  counts.set("policies", (counts.get("policies") ?? 0) + 1)
  const { date } = input
  const contracts: Array<Contract.Contract> = []
  for (const json of [...input.specs.map((spec) => contractWithin(policy, spec, date)), ...input.contracts]) {
    check("Contract.decode", () => Contract.decode(policy, json))
    const decoded = Contract.decode(policy, json)
    if (Result.isSuccess(decoded)) contracts.push(decoded.success)
    else {
      const why = `contracts rejected at ${decoded.failure.issues[0]?.path ?? "?"}`
      counts.set(why, (counts.get(why) ?? 0) + 1)
    }
  }
  counts.set("contracts accepted", (counts.get("contracts accepted") ?? 0) + contracts.length)
  const month = Calendar.monthOf(date)
  const year = Calendar.yearOf(date)
  const period = Calendar.period(date, Calendar.addDays(date, 45))
  for (const contract of contracts) {
    check("Contract.fte", () => Contract.fte(policy, contract, date))
    check("Contract.annualTime", () => Contract.annualTime(policy, contract, date))
    check("Contract.validate", () => Contract.validate(policy, contract))
    check("Pay.monthly", () => Pay.monthly(policy, contract, date))
    check("Pay.explain", () => Pay.explain(policy, contract, date))
    check("Pay.overPeriod", () => Pay.overPeriod(policy, contract, period))
  }
  check("Pay.batch", () => Pay.batch(policy, contracts, date))
  const logs = Obligations.decodeLogs(input.logs)
  if (Result.isSuccess(logs)) {
    const withIds = {
      ...logs.success,
      shifts: logs.success.shifts.map((s, i) => ({
        ...s,
        clinicianId: contracts[i % Math.max(1, contracts.length)]?.id ?? s.clinicianId
      }))
    }
    check("Obligations.evaluateCentre", () => Obligations.evaluateCentre(policy, contracts, withIds, period))
  }
  check("Accounting.tariffOn", () => Accounting.tariffOn(policy, date))
  check("Accounting.activityRevenue", () =>
    Accounting.activityRevenue(policy, { centreId: "muret", date, ...input.acts })
  )
  check("Accounting.monthlyFixedCosts", () => Accounting.monthlyFixedCosts(policy, "muret", month))
  check("Accounting.openingEntries", () => Accounting.openingEntries(policy, "muret", date))
  check("Accounting.flatPayments", () => Accounting.flatPayments(policy, "muret", year))
  check("Accounting.centralCosts", () => Accounting.centralCosts(policy, year))
  const entries = [
    Accounting.monthlyFixedCosts(policy, "muret", month),
    Accounting.openingEntries(policy, "cazeres", date),
    Accounting.flatPayments(policy, "muret", year),
    Accounting.centralCosts(policy, year),
    Accounting.activityRevenue(policy, { centreId: "cazeres", date, ...input.acts })
  ].flatMap((r) => (Result.isSuccess(r) ? r.success : []))
  check("Accounting.consolidate", () =>
    Accounting.consolidate(policy, entries, ["muret", "cazeres"], Calendar.yearPeriod(year), {
      muret: 2,
      cazeres: 1
    })
  )
  check("Accounting.breakEvenConsultations", () =>
    Accounting.breakEvenConsultations(
      policy,
      { annualCosts: Money.euros(300_000), otherAnnualRevenue: Money.euros(60_000) },
      date
    )
  )
  check("Accounting.openingScenario", () =>
    Accounting.openingScenario(policy, {
      centreId: "new-centre",
      opening: Calendar.firstDayOfMonth(month),
      years: 2,
      consultationsPerYearAtFullActivity: input.acts.consultations,
      homeVisitsPerYearAtFullActivity: input.acts.homeVisits,
      ramp: [0.5, 1],
      clinicianCostPerYear: Money.euros(186_000),
      supportStaffCostPerYear: Money.euros(64_000)
    })
  )
  return problems
}

/** The rule as a fuzz target: each input is a policy, its contracts and what follows from them. */
export const downstreamTarget = (counts: Map<string, number>): Target<DownstreamInput> => ({
  name: "Contract, Pay, Obligations, Accounting on decoded contracts and policies",
  inputs: downstreamInputs,
  describe: (input) => JSON.stringify(input),
  check: (input) => {
    const problems = checkDownstream(input, counts)
    return problems.length === 0 ? {} : { acceptedInvalid: problems.join("; ") }
  }
})

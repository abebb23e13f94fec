/**
 * The decoders of untrusted input as fuzz targets, each with an oracle that says, for what it
 * accepted, whether the result is valid, checked independently of the decoder (the schemas alone
 * for events; the documented rules, written out again, for the others).
 */
import { isDeepStrictEqual } from "node:util"
import {
  Accounting,
  Calendar,
  Contract,
  Events,
  Obligations,
  Parameter,
  Policy,
  Programme,
  Reference
} from "@gip-sante/core"
import {
  centreSlotsJson,
  contractJson,
  eventJson,
  figuresJson,
  type HostileInput,
  ledgerJson,
  obligationLogsJson,
  openingRequestJson,
  parameterJson,
  policyJson
} from "@gip-sante/core/testing"
import { policy as occitanie } from "@gip-sante/occitanie"
import { Result } from "effect"
import * as fc from "fast-check"
import { schemaDecode } from "../../packages/core/test/reference-decoders.js"
import { type Runnable, runnable, type Verdict } from "./harness.js"
import { bytesFor, textsFor, valuesFor } from "./inputs.js"

// -----------------------------------------------------------------------------
// events
// -----------------------------------------------------------------------------

// What the schemas alone say of a record: the reference every event decoder must agree with.
const reference = (input: unknown): Result.Result<Events.Event, unknown> => {
  try {
    return schemaDecode(input) ?? Result.fail("no event type")
  } catch (error) {
    return Result.fail(error)
  }
}

// Compares a decoder's result with the reference's.
const againstReference = (
  decoded: Result.Result<Events.Event, unknown>,
  expected: Result.Result<Events.Event, unknown>
): Verdict => {
  if (Result.isSuccess(decoded)) {
    if (Result.isFailure(expected)) return { acceptedInvalid: "the schema rejects it" }
    if (!isDeepStrictEqual(decoded.success, expected.success))
      return {
        acceptedInvalid: `gives ${JSON.stringify(decoded.success)}, the schema ${JSON.stringify(expected.success)}`
      }
    return {}
  }
  if (!Array.isArray(decoded.failure) || decoded.failure.length === 0)
    return { rejectedValid: "a failure without issues" }
  return Result.isSuccess(expected) ? { rejectedValid: "the schema accepts it" } : {}
}

const parsed = (text: string): Result.Result<Events.Event, unknown> => {
  let record: unknown
  try {
    record = JSON.parse(text)
  } catch (error) {
    return Result.fail(error)
  }
  return reference(record)
}

const utf8 = new TextDecoder("utf-8", { ignoreBOM: true })

const hostile = (input: HostileInput) => input.description

const eventTargets: ReadonlyArray<Runnable> = [
  runnable<HostileInput>({
    name: "Events.decode",
    inputs: valuesFor(eventJson()),
    describe: hostile,
    check: (input: HostileInput) => {
      const value = input.build()
      return againstReference(Events.decode(value), reference(value))
    }
  }),
  runnable<ReadonlyArray<HostileInput>>({
    name: "Events.decodeAll",
    inputs: fc.array(valuesFor(eventJson()), { minLength: 1, maxLength: 20 }),
    perItem: 10,
    describe: (inputs: ReadonlyArray<HostileInput>) => inputs.map((i) => i.description).join(" | "),
    check: (inputs: ReadonlyArray<HostileInput>) => {
      const records = inputs.map((i) => i.build())
      const { events, rejects } = Events.decodeAll(records)
      const lost = records.length - events.length - rejects.length
      let accepted = 0
      const rejected = new Set(rejects.map((r) => r.record - 1))
      for (let i = 0; i < records.length; i++) {
        if (rejected.has(i)) continue
        const expected = reference(records[i])
        if (Result.isFailure(expected) || !isDeepStrictEqual(events[accepted], expected.success))
          return { inputs: records.length, recordsLost: lost, acceptedInvalid: `record ${i + 1}` }
        accepted++
      }
      return { inputs: records.length, recordsLost: lost }
    }
  }),
  runnable<string>({
    name: "Events.decodeJson",
    inputs: textsFor(eventJson()),
    describe: (text: string) => JSON.stringify(text),
    check: (text: string) => againstReference(Events.decodeJson(text), parsed(text))
  }),
  runnable<Uint8Array>({
    name: "Events.decodeJsonBytes",
    inputs: bytesFor(eventJson()),
    describe: (bytes: Uint8Array) => Buffer.from(bytes).toString("hex"),
    check: (bytes: Uint8Array) => {
      const viaText = Events.decodeJson(utf8.decode(bytes))
      const verdict = againstReference(Events.decodeJsonBytes(bytes), viaText)
      return verdict.acceptedInvalid === undefined && verdict.rejectedValid === undefined
        ? againstReference(viaText, parsed(utf8.decode(bytes)))
        : verdict
    }
  })
]

// -----------------------------------------------------------------------------
// the other decoders: the documented rules, written out again
// -----------------------------------------------------------------------------

const isDate = (value: unknown): boolean =>
  typeof value === "string" && Result.isSuccess(Calendar.parseDate(value))

const hasOnlyKeys = (value: object, keys: ReadonlyArray<string>): boolean =>
  Reflect.ownKeys(value).every((k) => typeof k === "string" && keys.includes(k))

const wholeMinutes = (hours: number): boolean => Math.abs(hours * 60 - Math.round(hours * 60)) <= 1e-6

// At most 6 decimals: the shortest text of the number has no more.
const sixDecimals = (x: number): boolean => {
  const [mantissa = "", exponent = "0"] = String(x).split("e")
  const decimals = (mantissa.split(".")[1] ?? "").length - Number(exponent)
  return decimals <= 6
}

const hoursMax: Readonly<Record<string, number>> = { hoursPerDay: 24, hoursPerWeek: 168, hoursPerYear: 8784 }

// Why a decoded parameter breaks a documented rule, if it does.
const parameterProblem = (p: Parameter.Parameter): string | undefined => {
  for (let i = 0; i < p.history.length; i++) {
    const entry = p.history[i]!
    if (!isDate(entry.from) || (entry.to !== undefined && (!isDate(entry.to) || entry.to <= entry.from)))
      return `history[${i}] dates`
    if (i > 0 && entry.from < (p.history[i - 1]!.to ?? "9999")) return `history[${i}] overlaps`
    const value = entry.value as unknown
    if (p.type === "number") {
      const x = value as number
      if (!Number.isFinite(x) || x < 0 || x > 1e9 || !sixDecimals(x)) return `history[${i}].value ${x}`
      const max = hoursMax[p.unit]
      if (max !== undefined && (x > max || !wholeMinutes(x))) return `history[${i}].value ${x} hours`
    }
    if (p.type === "money" && !(Number.isSafeInteger(value) && (value as number) >= 0))
      return `history[${i}].value ${String(value)}`
    if (p.type === "grid") {
      const grid = value as Parameter.Grid
      if (grid.length === 0 || grid[0]!.fromYears !== 0) return `history[${i}] grid start`
      for (let e = 0; e < grid.length; e++) {
        const step = grid[e]!
        if (!Number.isSafeInteger(step.amount) || step.amount < 0) return `grid amount ${step.amount}`
        if (!Number.isFinite(step.fromYears) || !sixDecimals(step.fromYears) || step.fromYears > 1e9)
          return `grid years ${step.fromYears}`
        if (e > 0 && (step.fromYears <= grid[e - 1]!.fromYears || step.amount < grid[e - 1]!.amount))
          return `grid order at ${e}`
      }
    }
  }
  return p.history.length === 0 ? "empty history" : undefined
}

const policyProblem = (p: Policy.Policy): string | undefined => {
  for (const id of Policy.parameterIds(p)) {
    if (!Parameter.isValidId(id)) return `id ${id}`
    const problem = parameterProblem(Policy.parameter(p, id)!)
    if (problem !== undefined) return `${id}: ${problem}`
  }
  // What a policy is decoded to, encoded, decodes to the same policy.
  const again = Policy.decode(Policy.encode(p))
  if (Result.isFailure(again)) return `its encoding does not decode: ${again.failure.message}`
  if (!isDeepStrictEqual(again.success, p)) return "its encoding decodes to another policy"
  return undefined
}

const contractKeys = [
  "id",
  "profession",
  "weeklyHours",
  "daysPerWeek",
  "start",
  "end",
  "seniorityAtHireYears",
  "retiree",
  "kind"
]

const read = (id: string): number | boolean | undefined => {
  const parameter = Policy.parameter(occitanie, id)
  const value = parameter?.history.at(-1)?.value
  return typeof value === "number" || typeof value === "boolean" ? value : undefined
}

// Why a contract decoded against the Occitanie policy breaks a documented rule, if it does
// (the policy's bounds are those in force today, and have not changed since the programme began).
const contractProblem = (c: Contract.Contract): string | undefined => {
  if (!hasOnlyKeys(c, contractKeys)) return "extra keys"
  if (typeof c.id !== "string" || c.id === "") return "id"
  if (typeof c.profession !== "string" || !/^[a-z][a-zA-Z0-9]*$/u.test(c.profession)) return "profession"
  const h = c.weeklyHours
  if (typeof h !== "number" || !(h > 0 && h <= 168) || !wholeMinutes(h)) return `weeklyHours ${h}`
  if (h < (read("contract.minWeeklyHours") as number) || h > (read("contract.maxWeeklyHours") as number))
    return `weeklyHours ${h} outside the policy's bounds`
  if (!Number.isSafeInteger(c.daysPerWeek) || c.daysPerWeek < 1 || c.daysPerWeek > 7) return "daysPerWeek"
  if (h / c.daysPerWeek > (read("contract.maxHoursPerDay") as number) + 1e-9) return "hours per day"
  if (!isDate(c.start) || (c.end !== undefined && (!isDate(c.end) || c.end <= c.start))) return "dates"
  if (
    typeof c.seniorityAtHireYears !== "number" ||
    !(c.seniorityAtHireYears >= 0) ||
    !Number.isFinite(c.seniorityAtHireYears)
  )
    return "seniority"
  if (typeof c.retiree !== "boolean") return "retiree"
  if (c.kind !== "permanent" && !(c.kind === "fixedTerm" && c.end !== undefined)) return "kind"
  return undefined
}

const ledgerProblem = (ledger: Accounting.Ledger): string | undefined => {
  let total = 0
  for (const e of ledger) {
    if (!isDate(e.date) || typeof e.centreId !== "string" || e.centreId === "") return "entry fields"
    if (!Number.isSafeInteger(e.amount) || e.amount < 0) return `amount ${e.amount}`
    const categories: ReadonlyArray<string> =
      e.kind === "revenue" ? Accounting.revenueCategories : Accounting.costCategories
    if (!categories.includes(e.category)) return `category ${e.category} of ${e.kind}`
    total += e.amount
  }
  return Number.isSafeInteger(total) ? undefined : `amounts add up to ${total}`
}

const figuresProblem = (figures: ReadonlyArray<Reference.Figure>): string | undefined => {
  const ids = new Set(figures.map((f) => f.id))
  if (ids.size !== figures.length) return "duplicate ids"
  for (const f of figures) {
    if (!Number.isFinite(f.value)) return "value"
    if ((f.precision === "range") !== (f.high !== undefined)) return "range"
    if (f.high !== undefined && f.high < f.value) return "range order"
    if (!isDate(f.asOf) || (f.since !== undefined && f.since > f.asOf)) return "dates"
  }
  return undefined
}

const logsProblem = (logs: Obligations.Logs): string | undefined => {
  for (const s of logs.slots) {
    for (const n of [s.reserved, s.used, s.unused, s.total])
      if (!Number.isSafeInteger(n) || n < 0) return "count"
    if (s.used + s.unused !== s.reserved || s.reserved > s.total) return "slot record sums"
  }
  for (const r of [...logs.shifts, ...logs.visits, ...logs.slots]) if (!isDate(r.date)) return "date"
  return undefined
}

// A decoder of JavaScript values with an oracle for what it accepts.
const valueTarget = <A>(
  name: string,
  valid: fc.Arbitrary<unknown>,
  decode: (input: unknown) => Result.Result<A, { readonly issues: ReadonlyArray<unknown> }>,
  problem: (decoded: A) => string | undefined
): Runnable =>
  runnable<HostileInput>({
    name,
    inputs: valuesFor(valid),
    describe: hostile,
    check: (input) => {
      const decoded = decode(input.build())
      if (Result.isSuccess(decoded)) {
        const why = problem(decoded.success)
        return why === undefined ? {} : { acceptedInvalid: why }
      }
      return decoded.failure.issues.length === 0 ? { rejectedValid: "a failure without issues" } : {}
    }
  })

// The Occitanie policy as written in JSON: a valid base to mutate.
const occitanieJson = Policy.encode(occitanie)

export const decoderTargets: ReadonlyArray<Runnable> = [
  ...eventTargets,
  valueTarget(
    "Contract.decode",
    contractJson(),
    (input) => Contract.decode(occitanie, input),
    contractProblem
  ),
  valueTarget(
    "Policy.decode",
    fc.oneof(
      { arbitrary: policyJson({ maxParameters: 6 }), weight: 4 },
      { arbitrary: fc.constant(occitanieJson), weight: 1 }
    ),
    Policy.decode,
    policyProblem
  ),
  valueTarget(
    "Policy.override",
    policyJson({ maxParameters: 3 }).map((p) => ({
      parameters: Object.fromEntries(
        Object.values(p.parameters).map((parameter, i) => {
          const ids = [
            "pay.netShareOfGross",
            "contract.fullTimeWeeklyHours",
            "pay.gp.grid",
            "tariff.consultation.g"
          ]
          return [ids[i % ids.length]!, { values: parameter.history }]
        })
      )
    })),
    (input) => Policy.override(occitanie, input),
    policyProblem
  ),
  valueTarget(
    "Parameter.decode",
    parameterJson(),
    (input) => Parameter.decode("fuzzed", input),
    parameterProblem
  ),
  valueTarget("Reference.decodeFigures", figuresJson(), Reference.decodeFigures, figuresProblem),
  valueTarget("Accounting.decodeLedger", ledgerJson(), Accounting.decodeLedger, ledgerProblem),
  valueTarget("Obligations.decodeLogs", obligationLogsJson(), Obligations.decodeLogs, logsProblem),
  valueTarget("Programme.decodeCentreSlots", centreSlotsJson(), Programme.decodeCentreSlots, (c) =>
    c.slotsUnused <= c.slotsOffered && Number.isSafeInteger(c.slotsOffered) && c.period.start <= c.period.end
      ? undefined
      : "slots or period"
  ),
  valueTarget("Programme.decodeOpeningRequest", openingRequestJson(), Programme.decodeOpeningRequest, (r) =>
    typeof r.centreName === "string" && r.centreName !== "" && typeof r.underServedArea === "boolean"
      ? undefined
      : "fields"
  )
]

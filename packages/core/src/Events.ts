/**
 * Operational events: what happens in the centres (consultations, home visits, out-of-hours
 * shifts, appointment slots, regular-doctor declarations, staff movements, openings), as typed
 * records decoded from JSON, CSV rows or any source.
 *
 * Decoding never throws and never drops a record silently: a stream with bad records keeps
 * going and returns, beside the events, every rejected record with its number and the reason for
 * each bad field. Patients appear only under pseudonymous ids. Valid records take a checked fast
 * path, equivalent to the schemas (a property test proves it), so decoding keeps up with large
 * event files.
 *
 * @example
 * ```ts
 * import { Events } from "@gip-sante/core"
 *
 * const { events, rejects } = Events.decodeAll([
 *   {
 *     type: "consultation",
 *     date: "2025-06-02",
 *     centreId: "lodeve",
 *     siteId: "lodeve",
 *     clinicianId: "gp-1",
 *     patientId: "p-7f3a",
 *     ageBand: "65-79",
 *     complex: false,
 *     scheduling: "scheduled",
 *     mode: "inPerson",
 *     durationMinutes: 20
 *   },
 *   { type: "consultation", date: "2025-02-30" }
 * ])
 * events.length // 1
 * rejects[0]?.record // 2
 * ```
 *
 * @since 0.1.0
 * @module
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import { LocalDateSchema } from "./Calendar.js"
import { allEventTypes } from "./internal/event-types.js"
import { fastDecodeEvent } from "./internal/fast-event.js"
import { fastDecodeEventJson, fastDecodeEventJsonBytes, utf8Text } from "./internal/fast-event-json.js"
import { decodeAll as decodeWithIssues, type Issue } from "./internal/issues.js"
import { PdsaSlotKindSchema } from "./Obligations.js"

// -----------------------------------------------------------------------------
// schemas
// -----------------------------------------------------------------------------

const Id = Schema.NonEmptyString

const common = {
  date: LocalDateSchema,
  centreId: Id
}

/**
 * Age bands of patients, as the KPIs report them (the share of patients aged 65 or more is a
 * published figure).
 *
 * @example
 * ```ts
 * import { Events } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Events.AgeBandSchema)("65-79") // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const AgeBandSchema = Schema.Literals(["0-17", "18-39", "40-64", "65-79", "80+"])

/**
 * A patient's age band.
 *
 * @example
 * ```ts
 * import type { Events } from "@gip-sante/core"
 *
 * const senior = (band: Events.AgeBand) => band === "65-79" || band === "80+"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type AgeBand = typeof AgeBandSchema.Type

/**
 * Schema of a consultation: who saw whom, where, when, how (scheduled or unscheduled care, in
 * person or by video), whether the patient is complex, and for how long.
 *
 * @example
 * ```ts
 * import { Events } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Events.ConsultationSchema)({ type: "consultation" }) // false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const ConsultationSchema = Schema.Struct({
  type: Schema.Literal("consultation"),
  ...common,
  siteId: Id,
  clinicianId: Id,
  patientId: Id,
  ageBand: AgeBandSchema,
  complex: Schema.Boolean,
  scheduling: Schema.Literals(["scheduled", "unscheduled"]),
  mode: Schema.Literals(["inPerson", "tele"]),
  durationMinutes: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 240 }))
})

/**
 * Schema of a home visit.
 *
 * @example
 * ```ts
 * import { Events } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Events.HomeVisitSchema)({ type: "homeVisit", date: "2025-06-02", centreId: "c", clinicianId: "gp-1", patientId: "p-1" }) // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const HomeVisitSchema = Schema.Struct({
  type: Schema.Literal("homeVisit"),
  ...common,
  clinicianId: Id,
  patientId: Id
})

/**
 * Schema of an out-of-hours (PDSA) shift covered by a clinician.
 *
 * @example
 * ```ts
 * import { Events } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Events.PdsaShiftSchema)({ type: "pdsaShift", date: "2025-06-01", centreId: "c", clinicianId: "gp-1", kind: "sundayOrHoliday" }) // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const PdsaShiftSchema = Schema.Struct({
  type: Schema.Literal("pdsaShift"),
  ...common,
  clinicianId: Id,
  kind: PdsaSlotKindSchema
})

/**
 * Schema of an appointment slot offered: booked or left unused, and whether it was reserved for
 * unscheduled care. Unused slots feed the recruitment rule.
 *
 * @example
 * ```ts
 * import { Events } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Events.SlotSchema)({ type: "slot", date: "2025-06-02", centreId: "c", clinicianId: "gp-1", status: "unused", reservedForUnscheduled: true }) // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const SlotSchema = Schema.Struct({
  type: Schema.Literal("slot"),
  ...common,
  clinicianId: Id,
  status: Schema.Literals(["booked", "unused"]),
  reservedForUnscheduled: Schema.Boolean
})

/**
 * Schema of a patient declaring a clinician of the programme as regular doctor (médecin
 * traitant), and whether they had one before.
 *
 * @example
 * ```ts
 * import { Events } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Events.RegularDoctorDeclaredSchema)({
 *   type: "regularDoctorDeclared",
 *   date: "2025-06-02",
 *   centreId: "c",
 *   clinicianId: "gp-1",
 *   patientId: "p-1",
 *   hadRegularDoctor: false
 * }) // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const RegularDoctorDeclaredSchema = Schema.Struct({
  type: Schema.Literal("regularDoctorDeclared"),
  ...common,
  clinicianId: Id,
  patientId: Id,
  hadRegularDoctor: Schema.Boolean
})

/**
 * Schema of the end of a regular-doctor declaration (the patient moved, chose another doctor,
 * or the doctor left).
 *
 * @example
 * ```ts
 * import { Events } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Events.RegularDoctorEndedSchema)({ type: "regularDoctorEnded", date: "2025-06-02", centreId: "c", clinicianId: "gp-1", patientId: "p-1" }) // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const RegularDoctorEndedSchema = Schema.Struct({
  type: Schema.Literal("regularDoctorEnded"),
  ...common,
  clinicianId: Id,
  patientId: Id
})

/**
 * Schema of a hire: who, in which profession, for how many weekly hours.
 *
 * @example
 * ```ts
 * import { Events } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Events.StaffHiredSchema)({ type: "staffHired", date: "2025-06-02", centreId: "c", staffId: "gp-1", profession: "gp", weeklyHours: 35 }) // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const StaffHiredSchema = Schema.Struct({
  type: Schema.Literal("staffHired"),
  ...common,
  staffId: Id,
  profession: Schema.String.check(
    Schema.isPattern(/^[a-z][a-zA-Z0-9]*$/u, { expected: 'a profession id such as "gp" or "midwife"' })
  ),
  weeklyHours: Schema.Finite.check(Schema.isBetween({ minimum: 0.5, maximum: 48 }))
})

/**
 * Schema of a departure, with its reason when known (three GPs left to set up as self-employed
 * nearby, which the programme counts as a success: S2).
 *
 * @example
 * ```ts
 * import { Events } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Events.StaffLeftSchema)({ type: "staffLeft", date: "2025-06-02", centreId: "c", staffId: "gp-1", reason: "selfEmployed" }) // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const StaffLeftSchema = Schema.Struct({
  type: Schema.Literal("staffLeft"),
  ...common,
  staffId: Id,
  reason: Schema.optionalKey(
    Schema.Literals(["resignation", "retirement", "endOfContract", "selfEmployed", "other"])
  )
})

/**
 * Schema of a centre opening, with its number of consultation sites (the centre and its
 * satellite sites).
 *
 * @example
 * ```ts
 * import { Events } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Events.CentreOpenedSchema)({ type: "centreOpened", date: "2025-11-03", centreId: "verdun", name: "Verdun-sur-Garonne", sites: 1 }) // true
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const CentreOpenedSchema = Schema.Struct({
  type: Schema.Literal("centreOpened"),
  ...common,
  name: Schema.NonEmptyString,
  sites: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 50 }))
})

/**
 * Schema of any event, told apart by `type`.
 *
 * @example
 * ```ts
 * import { Events } from "@gip-sante/core"
 * import { Schema } from "effect"
 *
 * Schema.is(Events.EventSchema)({ type: "lunch" }) // false
 * ```
 *
 * @since 0.1.0
 * @category schemas
 */
export const EventSchema = Schema.Union([
  ConsultationSchema,
  HomeVisitSchema,
  PdsaShiftSchema,
  SlotSchema,
  RegularDoctorDeclaredSchema,
  RegularDoctorEndedSchema,
  StaffHiredSchema,
  StaffLeftSchema,
  CentreOpenedSchema
])

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * Any event.
 *
 * @example
 * ```ts
 * import type { Events } from "@gip-sante/core"
 *
 * const isCare = (e: Events.Event) => e.type === "consultation" || e.type === "homeVisit"
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Event = typeof EventSchema.Type

/**
 * The event of a given type.
 *
 * @example
 * ```ts
 * import type { Events } from "@gip-sante/core"
 *
 * const minutes = (c: Events.EventOf<"consultation">) => c.durationMinutes
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type EventOf<T extends Event["type"]> = Extract<Event, { readonly type: T }>

/**
 * Every event type, in a stable order.
 *
 * @example
 * ```ts
 * import { Events } from "@gip-sante/core"
 *
 * Events.eventTypes.includes("consultation") // true
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export const eventTypes: ReadonlyArray<Event["type"]> = allEventTypes

/**
 * A record that could not be decoded: its number in the stream (from 1, like a line number),
 * every issue with the path of the bad field, and the record as read.
 *
 * @example
 * ```ts
 * import type { Events } from "@gip-sante/core"
 *
 * const describe = (r: Events.Reject) => `record ${r.record}: ${r.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Reject {
  readonly record: number
  readonly issues: ReadonlyArray<Issue>
  readonly input: unknown
}

// -----------------------------------------------------------------------------
// decoding
// -----------------------------------------------------------------------------

const schemaByType = new Map<string, Schema.Top>([
  ["consultation", ConsultationSchema],
  ["homeVisit", HomeVisitSchema],
  ["pdsaShift", PdsaShiftSchema],
  ["slot", SlotSchema],
  ["regularDoctorDeclared", RegularDoctorDeclaredSchema],
  ["regularDoctorEnded", RegularDoctorEndedSchema],
  ["staffHired", StaffHiredSchema],
  ["staffLeft", StaffLeftSchema],
  ["centreOpened", CentreOpenedSchema]
])

/**
 * Decodes one record: the event, or every issue with the path of the bad field. The `type`
 * field picks the schema, so the issues are those of the event the record claims to be. A valid
 * record takes a checked fast path that gives exactly what the schema gives (a property test
 * proves it); anything else goes through the schema.
 *
 * @example
 * ```ts
 * import { Events } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const r = Events.decode({ type: "homeVisit", date: "2025-06-02", centreId: "c", clinicianId: "gp-1" })
 * if (Result.isFailure(r)) r.failure // [{ path: "patientId", message: "Missing field" }]
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const decode = (input: unknown): Result.Result<Event, ReadonlyArray<Issue>> => {
  const fast = fastDecodeEvent(input)
  if (fast !== undefined) return Result.succeed(fast)
  const type =
    input !== null && typeof input === "object" && Object.hasOwn(input, "type")
      ? (input as { readonly type: unknown }).type
      : undefined
  const schema = typeof type === "string" ? schemaByType.get(type) : undefined
  if (schema === undefined) {
    return Result.fail([
      {
        path: "type",
        message: `Expected an event type (${eventTypes.join(", ")})${type === undefined ? "" : `, got ${JSON.stringify(type)}`}`
      }
    ])
  }
  return decodeWithIssues(schema as typeof EventSchema, input)
}

/**
 * Decodes one JSON text, such as a line of a JSON Lines file: the event, or every issue. Gives
 * exactly what `JSON.parse` then {@link decode} give, with a text that is not JSON failing with
 * one issue at path `""`: `not valid JSON (…)` and `JSON.parse`'s message. A line of the common
 * shape (one flat object of event fields, strings without escapes, plain non-negative numbers)
 * takes a checked fast path that skips `JSON.parse`; anything else goes the long way. For a line
 * still in the bytes read from a file, {@link decodeJsonBytes} skips making a string of it.
 *
 * @example
 * ```ts
 * import { Events } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const r = Events.decodeJson('{"type":"homeVisit","date":"2025-06-02","centreId":"c","clinicianId":"gp-1","patientId":"p-1"}')
 * if (Result.isSuccess(r)) r.success.type // "homeVisit"
 * Events.decodeJson("{") // a failure: [{ path: "", message: "not valid JSON (…)" }]
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeJson = (text: string): Result.Result<Event, ReadonlyArray<Issue>> => {
  const fast = typeof text === "string" ? fastDecodeEventJson(text) : undefined
  if (fast !== undefined) return Result.succeed(fast)
  let record: unknown
  try {
    record = JSON.parse(text)
  } catch (error) {
    return Result.fail([{ path: "", message: `not valid JSON (${(error as Error).message})` }])
  }
  return decode(record)
}

/**
 * Decodes one line given as UTF-8 bytes, such as a line of a JSON Lines file read in blocks:
 * the event, or every issue. Use it instead of {@link decodeJson} when the line is still in the
 * bytes that were read, to skip making a string of it.
 *
 * `decodeJsonBytes(bytes, start, end)` gives exactly
 * `decodeJson(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(start, end)))`:
 * the text of the bytes from `start` up to (not including) `end`, where each invalid UTF-8
 * sequence reads as U+FFFD and a leading byte-order mark stays a character, which JSON rejects
 * (`decodeJson` would reject that text too). Strip a file's byte-order mark before the first
 * line. The range is the line alone, without its line feed (JSON whitespace, so a trailing
 * `\n` or `\r` does no harm). An ASCII line of the common shape takes a fast path that reads
 * the bytes directly; any other line is decoded to text and goes through {@link decodeJson}.
 * Decoded strings are copies: keeping an id does not keep `bytes` in memory.
 *
 * `start` (0 by default) and `end` (`bytes.length` by default) must be integers with
 * `0 <= start <= end <= bytes.length`; a range outside the array is a programming error,
 * reported by a `RangeError` rather than clamped.
 *
 * @example
 * ```ts
 * import { Events } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const file = new TextEncoder().encode(
 *   '{"type":"homeVisit","date":"2025-06-02","centreId":"c","clinicianId":"gp-1","patientId":"p-1"}\n{\n'
 * )
 * const lineFeed = file.indexOf(10)
 * const r = Events.decodeJsonBytes(file, 0, lineFeed)
 * if (Result.isSuccess(r)) r.success.type // "homeVisit"
 * Events.decodeJsonBytes(file, lineFeed + 1, file.length - 1) // a failure: [{ path: "", message: "not valid JSON (…)" }]
 * ```
 *
 * @throws RangeError when `start` or `end` is not an integer or `0 <= start <= end <= bytes.length` does not hold.
 * @throws Error when a line off the fast path must be decoded to text and the platform has no global `TextDecoder`.
 * @since 0.1.0
 * @category decoding
 */
export const decodeJsonBytes = (
  bytes: Uint8Array,
  start: number = 0,
  end: number = bytes.length
): Result.Result<Event, ReadonlyArray<Issue>> => {
  if (
    !(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= bytes.length)
  ) {
    throw new RangeError(
      `Events.decodeJsonBytes: expected integers 0 <= start <= end <= bytes.length (${bytes.length}), got start ${start} and end ${end}`
    )
  }
  const fast = fastDecodeEventJsonBytes(bytes, start, end)
  return fast !== undefined ? Result.succeed(fast) : decodeJson(utf8Text(bytes, start, end))
}

// Numeric and boolean fields of the event schemas: CSV cells are text, converted by field name.
const csvNumericFields = new Set(["durationMinutes", "weeklyHours", "sites"])
const csvBooleanFields = new Set(["complex", "reservedForUnscheduled", "hadRegularDoctor"])
const csvNumber = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/u

/**
 * Decodes one CSV row, given the header's field names and the row's cells (as many as the
 * header; `null` for a cell a reader gives as null): an empty cell is an absent field, a cell
 * under a number field that reads as a decimal number (spaces around allowed) is that number,
 * `"true"` and `"false"` under a boolean field are booleans, and any other cell stays text, so
 * that the issue names the bad value. One definition of what a CSV row means, for every reader
 * (the command line's, the DuckDB engine's).
 *
 * @example
 * ```ts
 * import { Events } from "@gip-sante/core"
 * import { Result } from "effect"
 *
 * const header = ["type", "date", "centreId", "clinicianId", "patientId"]
 * const r = Events.decodeCsvRow(header, ["homeVisit", "2025-06-02", "c", "gp-1", ""])
 * if (Result.isFailure(r)) r.failure // [{ path: "patientId", message: "Missing field" }]
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeCsvRow = (
  header: ReadonlyArray<string>,
  cells: ReadonlyArray<string | null>
): Result.Result<Event, ReadonlyArray<Issue>> => {
  const record: Record<string, unknown> = {}
  for (let i = 0; i < header.length; i++) {
    const name = header[i] as string
    const cell = cells[i]
    if (cell === undefined || cell === null || cell === "") continue
    if (csvNumericFields.has(name)) record[name] = csvNumber.test(cell.trim()) ? Number(cell) : cell
    else if (csvBooleanFields.has(name))
      record[name] = cell === "true" ? true : cell === "false" ? false : cell
    else record[name] = cell
  }
  return decode(record)
}

/**
 * Decodes a stream of records, keeping going past bad ones: the events decoded, in order, and
 * every rejected record with its number (counted from `firstRecord`, 1 by default) and reasons.
 * Nothing is dropped: `events.length + rejects.length` is the number of records read.
 *
 * @example
 * ```ts
 * import { Events } from "@gip-sante/core"
 *
 * declare const records: Iterable<unknown> // e.g. parsed JSON Lines
 * const { events, rejects } = Events.decodeAll(records)
 * ```
 *
 * @since 0.1.0
 * @category decoding
 */
export const decodeAll = (
  records: Iterable<unknown>,
  firstRecord = 1
): { readonly events: Array<Event>; readonly rejects: Array<Reject> } => {
  const events: Array<Event> = []
  const rejects: Array<Reject> = []
  let record = firstRecord
  for (const input of records) {
    const decoded = decode(input)
    if (Result.isSuccess(decoded)) events.push(decoded.success)
    else rejects.push({ record, issues: decoded.failure, input })
    record++
  }
  return { events, rejects }
}

/**
 * A validating fast path for `Events.decode`. Internal: `Events.decode` tries it first and falls
 * back to the schemas, which also give the error messages.
 *
 * `fastDecodeEvent` returns an event only when the schema of the record's `type`, decoded with
 * `errors: "all"` and `onExcessProperty: "error"` (`internal/issues.ts`), would accept the record
 * and return an equal value; in every other case it returns `undefined` and the schema decides.
 * It checks every constraint of the schemas in `Events.ts` by hand, and is conservative about
 * the shape of the record: only plain objects (prototype `Object.prototype`, what `JSON.parse`
 * and object literals give), an own `type` (what `Events.decode` reads to pick the schema), no
 * symbol keys, and every enumerable key one of the event's fields (a `__proto__` own key from
 * `JSON.parse` is unknown, so it goes to the schema). The property tests in
 * `test/EventsFast.test.ts` compare it with the schemas on valid and mutated records.
 *
 * The result is a fresh object literal with the fields in schema order, so every event of a
 * type shares one hidden class. Per call it allocates only the result and the (empty) array of
 * symbol keys, the one allocation-free check JavaScript lacks (about a third of the cost); no
 * regex runs and no closure is made.
 */
import type { LocalDate } from "../Calendar.js"
import type { AgeBand, Event, EventOf } from "../Events.js"
import type { PdsaSlotKind } from "../Obligations.js"

type Fields = Record<string, unknown>

// -----------------------------------------------------------------------------
// fields, in schema order (unknown-key check)
// -----------------------------------------------------------------------------

const consultationKeys: ReadonlyArray<string> = [
  "type",
  "date",
  "centreId",
  "siteId",
  "clinicianId",
  "patientId",
  "ageBand",
  "complex",
  "scheduling",
  "mode",
  "durationMinutes"
]
const homeVisitKeys: ReadonlyArray<string> = ["type", "date", "centreId", "clinicianId", "patientId"]
const pdsaShiftKeys: ReadonlyArray<string> = ["type", "date", "centreId", "clinicianId", "kind"]
const slotKeys: ReadonlyArray<string> = [
  "type",
  "date",
  "centreId",
  "clinicianId",
  "status",
  "reservedForUnscheduled"
]
const regularDoctorDeclaredKeys: ReadonlyArray<string> = [
  "type",
  "date",
  "centreId",
  "clinicianId",
  "patientId",
  "hadRegularDoctor"
]
const regularDoctorEndedKeys: ReadonlyArray<string> = ["type", "date", "centreId", "clinicianId", "patientId"]
const staffHiredKeys: ReadonlyArray<string> = [
  "type",
  "date",
  "centreId",
  "staffId",
  "profession",
  "weeklyHours"
]
const staffLeftKeys: ReadonlyArray<string> = ["type", "date", "centreId", "staffId", "reason"]
const centreOpenedKeys: ReadonlyArray<string> = ["type", "date", "centreId", "name", "sites"]

// True when every enumerable string key of `record` (own or inherited: `for…in` visits both) is
// one of `keys`. The schema only counts enumerable own keys as excess, and `for…in` visits every
// one of them. Keys usually come in schema order, which the first comparison catches.
const onlyKeys = (record: Fields, keys: ReadonlyArray<string>): boolean => {
  let i = 0
  for (const key in record) {
    if (key !== keys[i] && !keys.includes(key)) return false
    i++
  }
  return true
}

// -----------------------------------------------------------------------------
// field checks, mirroring the schemas
// -----------------------------------------------------------------------------

// `Schema.NonEmptyString`.
const isId = (value: unknown): value is string => typeof value === "string" && value.length > 0

const isBoolean = (value: unknown): value is boolean => value === true || value === false

const digitAt = (text: string, i: number): number => {
  const d = text.charCodeAt(i) - 48
  return d >= 0 && d <= 9 ? d : -1
}

// `Calendar.LocalDateSchema`: exactly "YYYY-MM-DD" in ASCII digits, a year from 0001 (four
// digits cap it at 9999), a month from 01 to 12 and a day that exists in that month.
const isLocalDate = (value: unknown): value is LocalDate => {
  if (typeof value !== "string" || value.length !== 10) return false
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false
  const y0 = digitAt(value, 0)
  const y1 = digitAt(value, 1)
  const y2 = digitAt(value, 2)
  const y3 = digitAt(value, 3)
  const m0 = digitAt(value, 5)
  const m1 = digitAt(value, 6)
  const d0 = digitAt(value, 8)
  const d1 = digitAt(value, 9)
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return false
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3
  const month = m0 * 10 + m1
  const day = d0 * 10 + d1
  if (year < 1 || month < 1 || month > 12 || day < 1) return false
  if (day <= 28) return true
  const length =
    month === 2
      ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
        ? 29
        : 28
      : month === 4 || month === 6 || month === 9 || month === 11
        ? 30
        : 31
  return day <= length
}

// `Events.AgeBandSchema`.
const isAgeBand = (value: unknown): value is AgeBand =>
  value === "0-17" || value === "18-39" || value === "40-64" || value === "65-79" || value === "80+"

// `Obligations.PdsaSlotKindSchema`.
const isPdsaSlotKind = (value: unknown): value is PdsaSlotKind =>
  value === "weekdayEvening" ||
  value === "night" ||
  value === "saturdayAfternoon" ||
  value === "sundayOrHoliday"

const isScheduling = (value: unknown): value is "scheduled" | "unscheduled" =>
  value === "scheduled" || value === "unscheduled"

const isMode = (value: unknown): value is "inPerson" | "tele" => value === "inPerson" || value === "tele"

const isSlotStatus = (value: unknown): value is "booked" | "unused" =>
  value === "booked" || value === "unused"

type LeaveReason = NonNullable<EventOf<"staffLeft">["reason"]>

const isLeaveReason = (value: unknown): value is LeaveReason =>
  value === "resignation" ||
  value === "retirement" ||
  value === "endOfContract" ||
  value === "selfEmployed" ||
  value === "other"

// `Schema.Int` between 1 and 240: NaN fails the comparisons, and in range `Number.isInteger`
// agrees with the schema's `Number.isSafeInteger`.
const isDurationMinutes = (value: unknown): value is number =>
  typeof value === "number" && value >= 1 && value <= 240 && Number.isInteger(value)

// `Schema.Finite` between 0.5 and 48: NaN and infinities fail the comparisons.
const isWeeklyHours = (value: unknown): value is number =>
  typeof value === "number" && value >= 0.5 && value <= 48

// `Schema.Int` between 1 and 50.
const isSites = (value: unknown): value is number =>
  typeof value === "number" && value >= 1 && value <= 50 && Number.isInteger(value)

// The profession pattern /^[a-z][a-zA-Z0-9]*$/u, by char codes: any non-ASCII code unit fails
// both, and `$` without the `m` flag only matches at the very end.
const isProfession = (value: unknown): value is string => {
  if (typeof value !== "string" || value.length === 0) return false
  let c = value.charCodeAt(0)
  if (c < 97 || c > 122) return false
  for (let i = 1; i < value.length; i++) {
    c = value.charCodeAt(i)
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false
  }
  return true
}

// -----------------------------------------------------------------------------
// decoding
// -----------------------------------------------------------------------------

// The schema treats enumerable own symbol keys as excess; `for…in` does not see them.
const hasSymbolKeys = (record: Fields): boolean => Object.getOwnPropertySymbols(record).length !== 0

// Field reads go through `record[name]`, like the schema (which tests presence with `in`): a
// required field that is missing reads `undefined`, which no check accepts.
const decodeFields = (record: Fields): Event | undefined => {
  const type = record.type
  const date = record.date
  const centreId = record.centreId
  if (!isLocalDate(date) || !isId(centreId)) return undefined
  switch (type) {
    case "consultation": {
      const siteId = record.siteId
      const clinicianId = record.clinicianId
      const patientId = record.patientId
      const ageBand = record.ageBand
      const complex = record.complex
      const scheduling = record.scheduling
      const mode = record.mode
      const durationMinutes = record.durationMinutes
      if (
        !isId(siteId) ||
        !isId(clinicianId) ||
        !isId(patientId) ||
        !isAgeBand(ageBand) ||
        !isBoolean(complex) ||
        !isScheduling(scheduling) ||
        !isMode(mode) ||
        !isDurationMinutes(durationMinutes) ||
        !onlyKeys(record, consultationKeys) ||
        hasSymbolKeys(record)
      ) {
        return undefined
      }
      return {
        type: "consultation",
        date,
        centreId,
        siteId,
        clinicianId,
        patientId,
        ageBand,
        complex,
        scheduling,
        mode,
        durationMinutes
      }
    }
    case "homeVisit": {
      const clinicianId = record.clinicianId
      const patientId = record.patientId
      if (
        !isId(clinicianId) ||
        !isId(patientId) ||
        !onlyKeys(record, homeVisitKeys) ||
        hasSymbolKeys(record)
      ) {
        return undefined
      }
      return { type: "homeVisit", date, centreId, clinicianId, patientId }
    }
    case "pdsaShift": {
      const clinicianId = record.clinicianId
      const kind = record.kind
      if (
        !isId(clinicianId) ||
        !isPdsaSlotKind(kind) ||
        !onlyKeys(record, pdsaShiftKeys) ||
        hasSymbolKeys(record)
      ) {
        return undefined
      }
      return { type: "pdsaShift", date, centreId, clinicianId, kind }
    }
    case "slot": {
      const clinicianId = record.clinicianId
      const status = record.status
      const reservedForUnscheduled = record.reservedForUnscheduled
      if (
        !isId(clinicianId) ||
        !isSlotStatus(status) ||
        !isBoolean(reservedForUnscheduled) ||
        !onlyKeys(record, slotKeys) ||
        hasSymbolKeys(record)
      ) {
        return undefined
      }
      return { type: "slot", date, centreId, clinicianId, status, reservedForUnscheduled }
    }
    case "regularDoctorDeclared": {
      const clinicianId = record.clinicianId
      const patientId = record.patientId
      const hadRegularDoctor = record.hadRegularDoctor
      if (
        !isId(clinicianId) ||
        !isId(patientId) ||
        !isBoolean(hadRegularDoctor) ||
        !onlyKeys(record, regularDoctorDeclaredKeys) ||
        hasSymbolKeys(record)
      ) {
        return undefined
      }
      return { type: "regularDoctorDeclared", date, centreId, clinicianId, patientId, hadRegularDoctor }
    }
    case "regularDoctorEnded": {
      const clinicianId = record.clinicianId
      const patientId = record.patientId
      if (
        !isId(clinicianId) ||
        !isId(patientId) ||
        !onlyKeys(record, regularDoctorEndedKeys) ||
        hasSymbolKeys(record)
      ) {
        return undefined
      }
      return { type: "regularDoctorEnded", date, centreId, clinicianId, patientId }
    }
    case "staffHired": {
      const staffId = record.staffId
      const profession = record.profession
      const weeklyHours = record.weeklyHours
      if (
        !isId(staffId) ||
        !isProfession(profession) ||
        !isWeeklyHours(weeklyHours) ||
        !onlyKeys(record, staffHiredKeys) ||
        hasSymbolKeys(record)
      ) {
        return undefined
      }
      return { type: "staffHired", date, centreId, staffId, profession, weeklyHours }
    }
    case "staffLeft": {
      const staffId = record.staffId
      const reason = record.reason
      if (!isId(staffId) || !onlyKeys(record, staffLeftKeys) || hasSymbolKeys(record)) return undefined
      if (isLeaveReason(reason)) return { type: "staffLeft", date, centreId, staffId, reason }
      // `reason` is an optional key: absent is fine, present with any other value (even
      // `undefined`) is not. The schema tests presence with `in`.
      if (reason !== undefined || "reason" in record) return undefined
      return { type: "staffLeft", date, centreId, staffId }
    }
    case "centreOpened": {
      const name = record.name
      const sites = record.sites
      if (!isId(name) || !isSites(sites) || !onlyKeys(record, centreOpenedKeys) || hasSymbolKeys(record)) {
        return undefined
      }
      return { type: "centreOpened", date, centreId, name, sites }
    }
    default:
      return undefined
  }
}

/**
 * The event `input` decodes to, when the schema would certainly accept it; `undefined` otherwise
 * (the caller then decodes with the schema). Never throws: a getter that throws sends the record
 * to the schema.
 */
export const fastDecodeEvent = (input: unknown): Event | undefined => {
  if (typeof input !== "object" || input === null) return undefined
  try {
    // Plain objects only, and `Events.decode` picks the schema from an own `type` only.
    return Object.getPrototypeOf(input) === Object.prototype && Object.hasOwn(input, "type")
      ? decodeFields(input as Fields)
      : undefined
  } catch {
    return undefined
  }
}

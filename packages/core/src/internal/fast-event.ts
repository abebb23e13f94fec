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
 *
 * The field checks and the per-type builders (`build*`: check the values, then make the event)
 * are shared with `internal/fast-event-json.ts`, the fast path of `Events.decodeJson`, so both
 * fast paths accept exactly the same values and build the same objects.
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

type LeaveReason = NonNullable<EventOf<"staffLeft">["reason"]>

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

const isLeaveReason = (value: unknown): value is LeaveReason =>
  value === "resignation" ||
  value === "retirement" ||
  value === "endOfContract" ||
  value === "selfEmployed" ||
  value === "other"

// The same literal sets as lists, in schema order, for `Events.decodeJson`'s fast path: it finds
// a string value of the JSON text among them and passes that very string to the builders below,
// which still check it with the predicates above (kept as comparison chains: a loop over these
// lists made `Events.decode` measurably slower). `test/EventsJson.test.ts` compares the lists
// with the schemas.

/** `Events.AgeBandSchema`'s literals. */
export const ageBands: ReadonlyArray<AgeBand> = ["0-17", "18-39", "40-64", "65-79", "80+"]
/** `Obligations.PdsaSlotKindSchema`'s literals. */
export const pdsaSlotKinds: ReadonlyArray<PdsaSlotKind> = [
  "weekdayEvening",
  "night",
  "saturdayAfternoon",
  "sundayOrHoliday"
]
/** The literals of a consultation's `scheduling`. */
export const schedulings: ReadonlyArray<"scheduled" | "unscheduled"> = ["scheduled", "unscheduled"]
/** The literals of a consultation's `mode`. */
export const modes: ReadonlyArray<"inPerson" | "tele"> = ["inPerson", "tele"]
/** The literals of a slot's `status`. */
export const slotStatuses: ReadonlyArray<"booked" | "unused"> = ["booked", "unused"]
/** The literals of a departure's optional `reason`. */
export const leaveReasons: ReadonlyArray<LeaveReason> = [
  "resignation",
  "retirement",
  "endOfContract",
  "selfEmployed",
  "other"
]

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
// builders: check the values of one event type, then make the event
// -----------------------------------------------------------------------------

// Each builder takes the values of its type's fields, in schema order, and returns the event
// (a fresh object literal, fields in schema order: one hidden class per type) when every value
// passes its schema's checks; `undefined` otherwise. They do not look at keys: the caller checks
// that the record has no other field.

/** A consultation, when every value passes `Events.ConsultationSchema`'s checks. */
export const buildConsultation = (
  date: unknown,
  centreId: unknown,
  siteId: unknown,
  clinicianId: unknown,
  patientId: unknown,
  ageBand: unknown,
  complex: unknown,
  scheduling: unknown,
  mode: unknown,
  durationMinutes: unknown
): EventOf<"consultation"> | undefined =>
  isLocalDate(date) &&
  isId(centreId) &&
  isId(siteId) &&
  isId(clinicianId) &&
  isId(patientId) &&
  isAgeBand(ageBand) &&
  isBoolean(complex) &&
  isScheduling(scheduling) &&
  isMode(mode) &&
  isDurationMinutes(durationMinutes)
    ? {
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
    : undefined

/** A home visit, when every value passes `Events.HomeVisitSchema`'s checks. */
export const buildHomeVisit = (
  date: unknown,
  centreId: unknown,
  clinicianId: unknown,
  patientId: unknown
): EventOf<"homeVisit"> | undefined =>
  isLocalDate(date) && isId(centreId) && isId(clinicianId) && isId(patientId)
    ? { type: "homeVisit", date, centreId, clinicianId, patientId }
    : undefined

/** An out-of-hours shift, when every value passes `Events.PdsaShiftSchema`'s checks. */
export const buildPdsaShift = (
  date: unknown,
  centreId: unknown,
  clinicianId: unknown,
  kind: unknown
): EventOf<"pdsaShift"> | undefined =>
  isLocalDate(date) && isId(centreId) && isId(clinicianId) && isPdsaSlotKind(kind)
    ? { type: "pdsaShift", date, centreId, clinicianId, kind }
    : undefined

/** A slot, when every value passes `Events.SlotSchema`'s checks. */
export const buildSlot = (
  date: unknown,
  centreId: unknown,
  clinicianId: unknown,
  status: unknown,
  reservedForUnscheduled: unknown
): EventOf<"slot"> | undefined =>
  isLocalDate(date) &&
  isId(centreId) &&
  isId(clinicianId) &&
  isSlotStatus(status) &&
  isBoolean(reservedForUnscheduled)
    ? { type: "slot", date, centreId, clinicianId, status, reservedForUnscheduled }
    : undefined

/** A regular-doctor declaration, when every value passes its schema's checks. */
export const buildRegularDoctorDeclared = (
  date: unknown,
  centreId: unknown,
  clinicianId: unknown,
  patientId: unknown,
  hadRegularDoctor: unknown
): EventOf<"regularDoctorDeclared"> | undefined =>
  isLocalDate(date) && isId(centreId) && isId(clinicianId) && isId(patientId) && isBoolean(hadRegularDoctor)
    ? { type: "regularDoctorDeclared", date, centreId, clinicianId, patientId, hadRegularDoctor }
    : undefined

/** The end of a regular-doctor declaration, when every value passes its schema's checks. */
export const buildRegularDoctorEnded = (
  date: unknown,
  centreId: unknown,
  clinicianId: unknown,
  patientId: unknown
): EventOf<"regularDoctorEnded"> | undefined =>
  isLocalDate(date) && isId(centreId) && isId(clinicianId) && isId(patientId)
    ? { type: "regularDoctorEnded", date, centreId, clinicianId, patientId }
    : undefined

/** A hire, when every value passes `Events.StaffHiredSchema`'s checks. */
export const buildStaffHired = (
  date: unknown,
  centreId: unknown,
  staffId: unknown,
  profession: unknown,
  weeklyHours: unknown
): EventOf<"staffHired"> | undefined =>
  isLocalDate(date) &&
  isId(centreId) &&
  isId(staffId) &&
  isProfession(profession) &&
  isWeeklyHours(weeklyHours)
    ? { type: "staffHired", date, centreId, staffId, profession, weeklyHours }
    : undefined

/**
 * A departure, when every value passes `Events.StaffLeftSchema`'s checks. `reason` is an optional
 * key: absent (`hasReason` false) is fine, present with any value but a leave reason (even
 * `undefined`) is not.
 */
export const buildStaffLeft = (
  date: unknown,
  centreId: unknown,
  staffId: unknown,
  hasReason: boolean,
  reason: unknown
): EventOf<"staffLeft"> | undefined => {
  if (!isLocalDate(date) || !isId(centreId) || !isId(staffId)) return undefined
  if (!hasReason) return { type: "staffLeft", date, centreId, staffId }
  return isLeaveReason(reason) ? { type: "staffLeft", date, centreId, staffId, reason } : undefined
}

/** A centre opening, when every value passes `Events.CentreOpenedSchema`'s checks. */
export const buildCentreOpened = (
  date: unknown,
  centreId: unknown,
  name: unknown,
  sites: unknown
): EventOf<"centreOpened"> | undefined =>
  isLocalDate(date) && isId(centreId) && isId(name) && isSites(sites)
    ? { type: "centreOpened", date, centreId, name, sites }
    : undefined

// -----------------------------------------------------------------------------
// decoding
// -----------------------------------------------------------------------------

// The schema treats enumerable own symbol keys as excess; `for…in` does not see them.
const hasSymbolKeys = (record: Fields): boolean => Object.getOwnPropertySymbols(record).length !== 0

// The event, when `record` has no field but those of `keys` (the builder checked the values).
const ifOnly = <E extends Event>(event: E | undefined, record: Fields, keys: ReadonlyArray<string>) =>
  event !== undefined && onlyKeys(record, keys) && !hasSymbolKeys(record) ? event : undefined

// Field reads go through `record[name]`, like the schema (which tests presence with `in`): a
// required field that is missing reads `undefined`, which no check accepts.
const decodeFields = (record: Fields): Event | undefined => {
  switch (record.type) {
    case "consultation":
      return ifOnly(
        buildConsultation(
          record.date,
          record.centreId,
          record.siteId,
          record.clinicianId,
          record.patientId,
          record.ageBand,
          record.complex,
          record.scheduling,
          record.mode,
          record.durationMinutes
        ),
        record,
        consultationKeys
      )
    case "homeVisit":
      return ifOnly(
        buildHomeVisit(record.date, record.centreId, record.clinicianId, record.patientId),
        record,
        homeVisitKeys
      )
    case "pdsaShift":
      return ifOnly(
        buildPdsaShift(record.date, record.centreId, record.clinicianId, record.kind),
        record,
        pdsaShiftKeys
      )
    case "slot":
      return ifOnly(
        buildSlot(
          record.date,
          record.centreId,
          record.clinicianId,
          record.status,
          record.reservedForUnscheduled
        ),
        record,
        slotKeys
      )
    case "regularDoctorDeclared":
      return ifOnly(
        buildRegularDoctorDeclared(
          record.date,
          record.centreId,
          record.clinicianId,
          record.patientId,
          record.hadRegularDoctor
        ),
        record,
        regularDoctorDeclaredKeys
      )
    case "regularDoctorEnded":
      return ifOnly(
        buildRegularDoctorEnded(record.date, record.centreId, record.clinicianId, record.patientId),
        record,
        regularDoctorEndedKeys
      )
    case "staffHired":
      return ifOnly(
        buildStaffHired(record.date, record.centreId, record.staffId, record.profession, record.weeklyHours),
        record,
        staffHiredKeys
      )
    case "staffLeft": {
      const reason = record.reason
      // The schema tests presence with `in`.
      const hasReason = reason !== undefined || "reason" in record
      return ifOnly(
        buildStaffLeft(record.date, record.centreId, record.staffId, hasReason, reason),
        record,
        staffLeftKeys
      )
    }
    case "centreOpened":
      return ifOnly(
        buildCentreOpened(record.date, record.centreId, record.name, record.sites),
        record,
        centreOpenedKeys
      )
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

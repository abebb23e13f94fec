import { fc, test } from "@fast-check/vitest"
import { Calendar, Events, Obligations } from "@gip-sante/core"
import { localDate } from "@gip-sante/core/testing"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { fastDecodeEvent } from "../src/internal/fast-event.js"
import { oneOfEachType, staffLeftWithoutReason } from "./event-samples.js"
import { schemaByType, schemaDecode } from "./reference-decoders.js"

// The law: the fast path either declines or gives exactly the schema's event (same fields, same
// values, same key order, a fresh object); and `Events.decode` gives exactly the schema's result.
const expectAgreement = (input: unknown): Events.Event | undefined => {
  const fast = fastDecodeEvent(input)
  const reference = schemaDecode(input)
  if (fast !== undefined) {
    expect(reference !== undefined && Result.isSuccess(reference)).toBe(true)
    const expected = (reference as Result.Success<Events.Event, unknown>).success
    expect(fast).toStrictEqual(expected)
    expect(Object.keys(fast)).toStrictEqual(Object.keys(expected))
    expect(fast).not.toBe(input)
  }
  const decoded = Events.decode(input)
  if (reference === undefined) expect(Result.isFailure(decoded)).toBe(true)
  else expect(decoded).toStrictEqual(reference)
  return fast
}

// -----------------------------------------------------------------------------
// valid events of every type, with the literal sets read from the schemas
// -----------------------------------------------------------------------------

const id = fc.oneof(fc.constantFrom("c", "gp-1", "lodeve", " ", "p-7f3a"), fc.string({ minLength: 1 }))

const date = fc.oneof(
  localDate({ min: Calendar.date("0001-01-01"), max: Calendar.date("9999-12-31") }),
  fc.constantFrom("2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31", "2025-04-30", "2025-12-31")
)

const common = { date, centreId: id }

const fields = Events.ConsultationSchema.fields

const consultation = fc.record({
  type: fc.constant("consultation"),
  ...common,
  siteId: id,
  clinicianId: id,
  patientId: id,
  ageBand: fc.constantFrom(...Events.AgeBandSchema.literals),
  complex: fc.boolean(),
  scheduling: fc.constantFrom(...fields.scheduling.literals),
  mode: fc.constantFrom(...fields.mode.literals),
  durationMinutes: fc.oneof(fc.integer({ min: 1, max: 240 }), fc.constantFrom(1, 240))
})

const homeVisit = fc.record({ type: fc.constant("homeVisit"), ...common, clinicianId: id, patientId: id })

const pdsaShift = fc.record({
  type: fc.constant("pdsaShift"),
  ...common,
  clinicianId: id,
  kind: fc.constantFrom(...Obligations.PdsaSlotKindSchema.literals)
})

const slot = fc.record({
  type: fc.constant("slot"),
  ...common,
  clinicianId: id,
  status: fc.constantFrom(...Events.SlotSchema.fields.status.literals),
  reservedForUnscheduled: fc.boolean()
})

const regularDoctorDeclared = fc.record({
  type: fc.constant("regularDoctorDeclared"),
  ...common,
  clinicianId: id,
  patientId: id,
  hadRegularDoctor: fc.boolean()
})

const regularDoctorEnded = fc.record({
  type: fc.constant("regularDoctorEnded"),
  ...common,
  clinicianId: id,
  patientId: id
})

const staffHired = fc.record({
  type: fc.constant("staffHired"),
  ...common,
  staffId: id,
  profession: fc.oneof(
    fc.constantFrom("gp", "midwife", "ipa", "secretary", "nursePractitioner", "x", "a9Z"),
    fc.stringMatching(/^[a-z][a-zA-Z0-9]*$/)
  ),
  weeklyHours: fc.oneof(fc.double({ min: 0.5, max: 48, noNaN: true }), fc.constantFrom(0.5, 48, 35, 17.5))
})

const staffLeft = fc.record(
  {
    type: fc.constant("staffLeft"),
    ...common,
    staffId: id,
    reason: fc.constantFrom(...Events.StaffLeftSchema.fields.reason.schema.literals)
  },
  { requiredKeys: ["type", "date", "centreId", "staffId"] }
)

const centreOpened = fc.record({
  type: fc.constant("centreOpened"),
  ...common,
  name: id,
  sites: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.constantFrom(1, 50))
})

const validEvent: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  consultation,
  homeVisit,
  pdsaShift,
  slot,
  regularDoctorDeclared,
  regularDoctorEnded,
  staffHired,
  staffLeft,
  centreOpened
)

// The same record with its keys in any order, as another producer might write them.
const shuffled = (record: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> => {
  const keys = Object.keys(record)
  return fc
    .shuffledSubarray(keys, { minLength: keys.length, maxLength: keys.length })
    .map((order) => Object.fromEntries(order.map((key) => [key, record[key]])))
}

const asFileRecord = (record: Record<string, unknown>): Record<string, unknown> =>
  JSON.parse(JSON.stringify(record)) as Record<string, unknown>

// -----------------------------------------------------------------------------
// mutations
// -----------------------------------------------------------------------------

// Every field of every event type, read from the schemas (not from the fast path's own list).
const fieldNames: ReadonlyArray<string> = Array.from(
  new Set(
    Array.from(schemaByType.values()).flatMap((schema) =>
      Object.keys((schema as unknown as { readonly fields: Record<string, unknown> }).fields)
    )
  )
)

const literals = [
  ...Events.eventTypes,
  ...Events.AgeBandSchema.literals,
  ...fields.scheduling.literals,
  ...fields.mode.literals,
  ...Obligations.PdsaSlotKindSchema.literals,
  ...Events.SlotSchema.fields.status.literals,
  ...Events.StaffLeftSchema.fields.reason.schema.literals
]

const edgeValues: ReadonlyArray<unknown> = [
  "",
  " ",
  0,
  -0,
  0.49,
  0.5,
  1,
  1.5,
  48,
  48.5,
  50,
  51,
  240,
  241,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_SAFE_INTEGER + 1,
  1.0000000000000002,
  "2024-02-29",
  "2023-02-29",
  "1900-02-29",
  "2000-02-29",
  "0000-01-01",
  "0001-01-01",
  "9999-12-31",
  "2025-13-01",
  "2025-00-10",
  "2025-04-31",
  "2025-01-00",
  "2025-01-32",
  "2025-1-01",
  " 2025-01-01",
  "2025-01-01 ",
  "2025/01/01",
  "2025-01-01T00:00",
  "２０２５-01-01",
  "+2025-01-01",
  "gp",
  "gP9",
  "9gp",
  "Gp",
  "g-p",
  "g\n",
  "gé",
  "g\u{1F600}",
  "true",
  "20",
  true,
  false,
  null,
  undefined,
  [],
  {},
  ...literals
]

const pad = (n: number, width: number) => String(n).padStart(width, "0")

// Strings shaped like dates: any year, month and day numbers, or a real date with one character
// changed (a separator, a digit, a non-ASCII digit).
const dateLike: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 })
    )
    .map(([year, month, day]) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`),
  fc
    .tuple(date, fc.nat(9), fc.constantFrom("-", "/", "0", "9", " ", ":", "a", "\u0660", "\uff10"))
    .map(([text, i, c]) => `${text.slice(0, i)}${c}${text.slice(i + 1)}`)
)

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...edgeValues), weight: 4 },
  { arbitrary: dateLike, weight: 2 },
  { arbitrary: fc.jsonValue(), weight: 2 },
  { arbitrary: fc.anything(), weight: 1 }
)

const withField = (record: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> => {
  const copy = { ...record }
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true })
  return copy
}

// One change to the fields of a plain record: drop one, add one (known to another type, or any
// name), or replace a value.
const fieldMutation = (record: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> => {
  const keys = Object.keys(record)
  return fc.oneof(
    fc.constantFrom(...keys).map((key) => {
      const copy = { ...record }
      delete copy[key]
      return copy
    }),
    fc
      .tuple(
        fc.oneof(fc.constantFrom(...fieldNames, "constructor", "toString", "nir"), fc.string()),
        anyValue
      )
      .map(([key, value]) => withField(record, key, value)),
    fc.tuple(fc.constantFrom(...keys), anyValue).map(([key, value]) => withField(record, key, value))
  )
}

class Instance {}

// An array carrying the record's fields (all but a `length` field, which arrays own).
const arrayWith = (record: Record<string, unknown>): unknown => {
  const array: Array<unknown> = []
  for (const key of Object.keys(record)) {
    if (key !== "length") Object.defineProperty(array, key, { value: record[key], enumerable: true })
  }
  return array
}

// A change to the record as a whole: what JSON.parse gives (including a `__proto__` own key),
// other prototypes, arrays, symbol keys, non-enumerable or accessor properties.
const shapeMutation = (record: Record<string, unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: fc.constant(record), weight: 6 },
    fc.constant(asFileRecord(record)),
    anyValue.map(
      (value) =>
        JSON.parse(
          `${JSON.stringify(record).slice(0, -1)},"__proto__":${JSON.stringify(value) ?? "1"}}`
        ) as unknown
    ),
    fc.constant(Object.assign(Object.create(null) as object, record)),
    fc.constant(Object.assign(new Instance(), record)),
    fc.constant(Object.create(record) as unknown),
    fc.constant(arrayWith(record)),
    fc.constant([record]),
    fc.constant({ ...record, [Symbol("extra")]: 1 }),
    fc.constant(
      Object.defineProperty({ ...record }, Symbol("hidden"), { value: 1, enumerable: false }) as unknown
    ),
    fc.constant(Object.defineProperty({ ...record }, "hidden", { value: 1, enumerable: false }) as unknown),
    fc.constantFrom(...Object.keys(record)).map((key) => {
      const copy = { ...record }
      return Object.defineProperty(copy, key, { value: record[key], enumerable: false })
    }),
    fc.constantFrom(...Object.keys(record)).map((key) => {
      const copy = { ...record }
      const value = record[key]
      return Object.defineProperty(copy, key, { get: () => value, enumerable: true })
    }),
    fc.constant({ ...record, reason: undefined })
  )

const mutatedEvent: fc.Arbitrary<unknown> = validEvent
  .chain(fieldMutation)
  .chain((record) => fc.oneof({ arbitrary: fc.constant(record), weight: 2 }, fieldMutation(record)))
  .chain(shapeMutation)

// -----------------------------------------------------------------------------
// tests
// -----------------------------------------------------------------------------

describe("Events fast path", () => {
  it("takes the fast path for a record of every type, with the schema's result", () => {
    const records = [...oneOfEachType, staffLeftWithoutReason]
    for (const record of records) expect(expectAgreement(record)).toBeDefined()
  })

  it("leaves the optional reason of a departure absent, as the schema does", () => {
    const left = fastDecodeEvent({ type: "staffLeft", date: "2025-06-02", centreId: "c", staffId: "gp-1" })
    expect(left !== undefined && Object.hasOwn(left, "reason")).toBe(false)
    expect(
      fastDecodeEvent({
        type: "staffLeft",
        date: "2025-06-02",
        centreId: "c",
        staffId: "gp-1",
        reason: undefined
      })
    ).toBeUndefined()
  })

  it("declines what the schema alone must judge: other prototypes, symbol keys, __proto__ keys", () => {
    const visit = {
      type: "homeVisit",
      date: "2025-06-02",
      centreId: "c",
      clinicianId: "gp-1",
      patientId: "p-1"
    }
    const cases: ReadonlyArray<unknown> = [
      Object.assign(Object.create(null) as object, visit),
      Object.create(visit),
      Object.assign([], visit),
      { ...visit, [Symbol("x")]: 1 },
      JSON.parse(`${JSON.stringify(visit).slice(0, -1)},"__proto__":{}}`),
      { ...visit, extra: 1 },
      null,
      undefined,
      "homeVisit",
      42
    ]
    for (const input of cases) {
      expect(fastDecodeEvent(input)).toBeUndefined()
      expectAgreement(input)
    }
  })

  it("declines a record whose type is only inherited, since decode picks the schema from an own type", () => {
    const visit = { date: "2025-06-02", centreId: "c", clinicianId: "gp-1", patientId: "p-1" }
    Object.defineProperty(Object.prototype, "type", { value: "homeVisit", configurable: true })
    try {
      expect(fastDecodeEvent(visit)).toBeUndefined()
      expect(Result.isFailure(Events.decode(visit))).toBe(true)
    } finally {
      delete (Object.prototype as { type?: unknown }).type
    }
    expect(Object.hasOwn(Object.prototype, "type")).toBe(false)
  })

  it("agrees with the schema on edge values of every field", () => {
    const staffHired = {
      type: "staffHired",
      date: "2025-06-02",
      centreId: "c",
      staffId: "s",
      profession: "gp"
    }
    const centre = { type: "centreOpened", date: "2025-11-03", centreId: "c", name: "n" }
    const consultation = {
      type: "consultation",
      date: "2025-06-02",
      centreId: "c",
      siteId: "s",
      clinicianId: "gp-1",
      patientId: "p",
      ageBand: "80+",
      complex: true,
      scheduling: "unscheduled",
      mode: "tele"
    }
    for (const value of edgeValues) {
      expectAgreement({ ...staffHired, weeklyHours: value })
      expectAgreement({ ...staffHired, weeklyHours: 35, profession: value })
      expectAgreement({ ...staffHired, weeklyHours: 35, date: value })
      expectAgreement({ ...centre, sites: value })
      expectAgreement({ ...consultation, durationMinutes: value })
    }
    // Every month's last days, in common, leap and century years, and every separator position.
    for (const year of ["0001", "1900", "2000", "2023", "2024", "9999"]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 27; day <= 32; day++) {
          const text = `${year}-${pad(month, 2)}-${pad(day, 2)}`
          const fast = expectAgreement({ ...staffHired, weeklyHours: 35, date: text })
          expect(fast !== undefined).toBe(Result.isSuccess(Calendar.parseDate(text)))
        }
      }
    }
    for (const text of ["2024-02-29", "2021-01-11"]) {
      for (let i = 0; i < text.length; i++) {
        for (let code = 32; code < 128; code++) {
          const changed = `${text.slice(0, i)}${String.fromCharCode(code)}${text.slice(i + 1)}`
          expectAgreement({ ...staffHired, weeklyHours: 35, date: changed })
        }
      }
    }
    // Every ASCII character, first or later, in a profession id.
    for (let code = 0; code < 128; code++) {
      const c = String.fromCharCode(code)
      for (const profession of [c, `${c}p`, `g${c}`, `gp${c}9`]) {
        expectAgreement({ ...staffHired, weeklyHours: 35, profession })
      }
    }
    // Real calendar days, leap years included, and years from 0001.
    const date = (text: string) => fastDecodeEvent({ ...staffHired, weeklyHours: 35, date: text })
    expect(date("2024-02-29")).toBeDefined()
    expect(date("2000-02-29")).toBeDefined()
    expect(date("0001-01-01")).toBeDefined()
    expect(date("9999-12-31")).toBeDefined()
    expect(date("2023-02-29")).toBeUndefined()
    expect(date("1900-02-29")).toBeUndefined()
    expect(date("0000-01-01")).toBeUndefined()
    expect(date("2025-04-31")).toBeUndefined()
  })

  describe("properties", () => {
    test.prop([validEvent.chain(shuffled)], { numRuns: 3000, seed: 20250602 })(
      "valid events of every type, keys in any order, take the fast path and equal the schema's result",
      (record) => {
        expect(expectAgreement(record)).toBeDefined()
        expect(expectAgreement(asFileRecord(record))).toBeDefined()
      }
    )

    test.prop([mutatedEvent], { numRuns: 5000, seed: 7 })(
      "on mutated records the fast path declines or equals the schema's success, and decode equals the schema",
      (input) => {
        expectAgreement(input)
      },
      // 5,000 records take about 2 s alone; a shared machine may take several times that.
      30_000
    )

    test.prop([fc.oneof(fc.anything({ withNullPrototype: true, withBoxedValues: true }), fc.jsonValue())], {
      numRuns: 2000
    })("decode never throws on any value, and agrees with the schema", (input) => {
      expect(() => Events.decode(input)).not.toThrow()
      expectAgreement(input)
    })
  })
})

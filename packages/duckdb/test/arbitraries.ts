// Random event logs for the differential tests: valid events of every type (with duplicate
// ids, dates far outside the programme's period, fractional weekly hours, odd strings) and
// records that are not events (a field missing, of the wrong type, null, out of range, excess).
import { fc } from "@fast-check/vitest"

// Strings that have bitten readers before: prototype keys, digits (object keys that sort first),
// quotes, commas and line breaks (CSV), backslashes (JSON escapes), non-ASCII and astral text,
// white space only, a line separator.
export const oddStrings = [
  "__proto__",
  "constructor",
  "toString",
  "0",
  "10",
  "2",
  "é",
  "Centre de santé n° 3",
  "😀",
  'a"b',
  "a\\b",
  "a,b",
  "a\nb",
  "a\r\nb",
  " ",
  "\u00a0",
  "\t",
  "\u2028",
  "ü\u0301",
  "x".repeat(200),
  "=1+1",
  "'quoted'"
]

const id = fc.oneof(
  {
    arbitrary: fc.constantFrom("c1", "c2", "c3", "gp-1", "gp-2", "p-1", "p-2", "p-3", "s-1", "s-2"),
    weight: 6
  },
  { arbitrary: fc.constantFrom(...oddStrings), weight: 2 },
  { arbitrary: fc.string({ minLength: 1, maxLength: 5 }), weight: 1 }
)

const validDate = fc.oneof(
  {
    arbitrary: fc.constantFrom("2022-07-01", "2024-02-29", "2025-06-02", "2025-06-30", "2025-12-31"),
    weight: 5
  },
  {
    arbitrary: fc
      .date({
        min: new Date("0001-01-01T00:00:00Z"),
        max: new Date("9999-12-31T00:00:00Z"),
        noInvalidDate: true
      })
      .map((d) => d.toISOString().slice(0, 10)),
    weight: 2
  },
  { arbitrary: fc.constantFrom("0001-01-01", "9999-12-31", "2000-02-29", "1999-12-31"), weight: 1 }
)

const badDate = fc.constantFrom(
  "2025-02-30",
  "2025-13-01",
  "0000-01-01",
  "2025-1-01",
  "2025-06-02T10:00",
  "",
  "20250602"
)

const pick = <T>(values: ReadonlyArray<T>) => fc.constantFrom(...values)

const common = { date: validDate, centreId: id }

// One valid event of each type, as a plain record.
export const validEvent: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  {
    arbitrary: fc.record({
      type: fc.constant("consultation"),
      ...common,
      siteId: id,
      clinicianId: id,
      patientId: id,
      ageBand: pick(["0-17", "18-39", "40-64", "65-79", "80+"]),
      complex: fc.boolean(),
      scheduling: pick(["scheduled", "unscheduled"]),
      mode: pick(["inPerson", "tele"]),
      durationMinutes: fc.integer({ min: 1, max: 240 })
    }),
    weight: 6
  },
  fc.record({ type: fc.constant("homeVisit"), ...common, clinicianId: id, patientId: id }),
  fc.record({
    type: fc.constant("pdsaShift"),
    ...common,
    clinicianId: id,
    kind: pick(["weekdayEvening", "night", "saturdayAfternoon", "sundayOrHoliday"])
  }),
  fc.record({
    type: fc.constant("slot"),
    ...common,
    clinicianId: id,
    status: pick(["booked", "unused"]),
    reservedForUnscheduled: fc.boolean()
  }),
  {
    arbitrary: fc.record({
      type: fc.constant("regularDoctorDeclared"),
      ...common,
      clinicianId: id,
      patientId: id,
      hadRegularDoctor: fc.boolean()
    }),
    weight: 3
  },
  {
    arbitrary: fc.record({
      type: fc.constant("regularDoctorEnded"),
      ...common,
      clinicianId: id,
      patientId: id
    }),
    weight: 2
  },
  {
    arbitrary: fc.record({
      type: fc.constant("staffHired"),
      ...common,
      staffId: id,
      profession: pick(["gp", "midwife", "ipa", "secretary", "gP2"]),
      weeklyHours: fc.oneof(pick([35, 39, 7.5, 0.5, 48]), fc.double({ min: 0.5, max: 48, noNaN: true }))
    }),
    weight: 2
  },
  fc.record(
    {
      type: fc.constant("staffLeft"),
      ...common,
      staffId: id,
      reason: pick(["resignation", "retirement", "endOfContract", "selfEmployed", "other"])
    },
    { requiredKeys: ["type", "date", "centreId", "staffId"] }
  ),
  fc.record({
    type: fc.constant("centreOpened"),
    ...common,
    name: fc.oneof(id, pick(["Verdun-sur-Garonne"])),
    sites: fc.integer({ min: 1, max: 50 })
  })
)

// A value of the wrong kind (or out of range) for some field.
const wrongValue = fc.oneof(
  pick<unknown>([null, "", "20", "true", 20.5, 0, -1, 241, 1e21, true, "TRUE", "lunch", "65+"]),
  badDate,
  fc.string({ maxLength: 3 })
)

// A record that is (most likely) not an event: a valid one with a field dropped, changed or added.
export const mutatedEvent: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(validEvent, fc.nat(), wrongValue, pick(["drop", "change", "add", "type"]))
  .map(([event, n, value, how]) => {
    const keys = Object.keys(event)
    const key = keys[n % keys.length] as string
    const out: Record<string, unknown> = { ...event }
    if (how === "drop") delete out[key]
    else if (how === "change") out[key] = value
    else if (how === "add") out[["extra", "reason", "weeklyHours", "siteId"][n % 4] as string] = value
    else out.type = ["lunch", "Consultation", "", 1][n % 4]
    return out
  })

/** A log: records, mostly valid events. */
export const log = fc.array(
  fc.oneof({ arbitrary: validEvent, weight: 5 }, { arbitrary: mutatedEvent, weight: 2 }),
  { maxLength: 60 }
)

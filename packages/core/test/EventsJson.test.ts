import { fc, test } from "@fast-check/vitest"
import { Calendar, Events, Obligations } from "@gip-sante/core"
import { localDate } from "@gip-sante/core/testing"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import {
  ageBands,
  leaveReasons,
  modes,
  pdsaSlotKinds,
  schedulings,
  slotStatuses
} from "../src/internal/fast-event.js"
import { fastDecodeEventJson } from "../src/internal/fast-event-json.js"
import type { Issue } from "../src/internal/issues.js"
import { oneOfEachType, staffLeftWithoutReason } from "./event-samples.js"
import { parseThenDecode } from "./reference-decoders.js"

// The reference `Events.decodeJson` must equal: what the CLI did before it existed.
const reference = parseThenDecode

// The law: the fast path either declines or gives exactly the reference's event (same fields,
// same values, same key order); and `Events.decodeJson` gives exactly the reference's result,
// failures included.
const expectAgreement = (text: string): Events.Event | undefined => {
  const fast = fastDecodeEventJson(text)
  const expected = reference(text)
  if (fast !== undefined) {
    expect(Result.isSuccess(expected)).toBe(true)
    const event = (expected as Result.Success<Events.Event, unknown>).success
    expect(fast).toStrictEqual(event)
    expect(Object.keys(fast)).toStrictEqual(Object.keys(event))
  }
  expect(Events.decodeJson(text)).toStrictEqual(expected)
  return fast
}

// -----------------------------------------------------------------------------
// valid events of every type
// -----------------------------------------------------------------------------

// Ids with the characters that matter to a JSON text: quotes and backslashes (escaped by
// `JSON.stringify`), control characters, non-ASCII, astral characters, lone surrogates (escaped
// too), and lengths on both sides of 13 (where `slice` stops copying).
const id = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      "c",
      "gp-1",
      "lodeve",
      " ",
      "p-7f3a",
      "p-13-0nhledb",
      "p-13-0nhledb1",
      "sainte-croix-volvestre",
      "Centre de santé n° 19",
      "é",
      "\u{1F600}",
      "a\u{1F600}b-1234567890123",
      "\uD800",
      "x\uDC00y",
      'a"b',
      "a\\b",
      "tab\there",
      "\u2028",
      "\u007f"
    ),
    weight: 3
  },
  { arbitrary: fc.string({ minLength: 1 }), weight: 2 },
  { arbitrary: fc.string({ minLength: 1, unit: "binary" }), weight: 1 },
  { arbitrary: fc.string({ minLength: 1, unit: "grapheme" }), weight: 1 }
)

const date = fc.oneof(
  localDate({ min: Calendar.date("0001-01-01"), max: Calendar.date("9999-12-31") }),
  fc.constantFrom("2024-02-29", "2000-02-29", "0001-01-01", "9999-12-31", "2025-04-30", "2025-12-31")
)

const eventOf = (ids: fc.Arbitrary<string>): fc.Arbitrary<Record<string, unknown>> => {
  const common = { date, centreId: ids }
  const fields = Events.ConsultationSchema.fields
  return fc.oneof(
    fc.record({
      type: fc.constant("consultation"),
      ...common,
      siteId: ids,
      clinicianId: ids,
      patientId: ids,
      ageBand: fc.constantFrom(...Events.AgeBandSchema.literals),
      complex: fc.boolean(),
      scheduling: fc.constantFrom(...fields.scheduling.literals),
      mode: fc.constantFrom(...fields.mode.literals),
      durationMinutes: fc.oneof(fc.integer({ min: 1, max: 240 }), fc.constantFrom(1, 240))
    }),
    fc.record({ type: fc.constant("homeVisit"), ...common, clinicianId: ids, patientId: ids }),
    fc.record({
      type: fc.constant("pdsaShift"),
      ...common,
      clinicianId: ids,
      kind: fc.constantFrom(...Obligations.PdsaSlotKindSchema.literals)
    }),
    fc.record({
      type: fc.constant("slot"),
      ...common,
      clinicianId: ids,
      status: fc.constantFrom(...Events.SlotSchema.fields.status.literals),
      reservedForUnscheduled: fc.boolean()
    }),
    fc.record({
      type: fc.constant("regularDoctorDeclared"),
      ...common,
      clinicianId: ids,
      patientId: ids,
      hadRegularDoctor: fc.boolean()
    }),
    fc.record({ type: fc.constant("regularDoctorEnded"), ...common, clinicianId: ids, patientId: ids }),
    fc.record({
      type: fc.constant("staffHired"),
      ...common,
      staffId: ids,
      profession: fc.oneof(
        fc.constantFrom("gp", "midwife", "ipa", "secretary", "nursePractitioner", "x", "a9Z"),
        fc.stringMatching(/^[a-z][a-zA-Z0-9]*$/)
      ),
      weeklyHours: fc.oneof(
        fc.double({ min: 0.5, max: 48, noNaN: true }),
        fc.constantFrom(0.5, 48, 35, 17.5, 0.1 + 0.4, 47.99999999999999)
      )
    }),
    fc.record(
      {
        type: fc.constant("staffLeft"),
        ...common,
        staffId: ids,
        reason: fc.constantFrom(...Events.StaffLeftSchema.fields.reason.schema.literals)
      },
      { requiredKeys: ["type", "date", "centreId", "staffId"] }
    ),
    fc.record({
      type: fc.constant("centreOpened"),
      ...common,
      name: ids,
      sites: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.constantFrom(1, 50))
    })
  )
}

const validEvent = eventOf(id)

// Ids that `JSON.stringify` writes without an escape.
const plainId = id.filter((text) => !JSON.stringify(text).includes("\\"))

// The keys of a record in any order.
const shuffledKeys = (record: Record<string, unknown>): fc.Arbitrary<ReadonlyArray<string>> => {
  const keys = Object.keys(record)
  return fc.shuffledSubarray(keys, { minLength: keys.length, maxLength: keys.length })
}

// JSON whitespace, usually none.
const space = fc.oneof(
  { arbitrary: fc.constant(""), weight: 4 },
  { arbitrary: fc.stringMatching(/^[ \t\n\r]{1,3}$/), weight: 1 }
)
const spaces = fc.array(space, { minLength: 1, maxLength: 50 })

// A JSON object from its entries (key then value, as JSON texts), with `spaces` between tokens.
const objectText = (
  entries: ReadonlyArray<readonly [string, string]>,
  around: ReadonlyArray<string>
): string => {
  let k = 0
  const ws = () => around[k++ % around.length] ?? ""
  const members = entries.map(([key, value]) => `${ws()}${key}${ws()}:${ws()}${value}${ws()}`)
  return `${ws()}{${members.join(",")}${entries.length === 0 ? ws() : ""}}${ws()}`
}

const entriesOf = (
  record: Record<string, unknown>,
  keys: ReadonlyArray<string>
): Array<readonly [string, string]> => keys.map((key) => [JSON.stringify(key), JSON.stringify(record[key])])

// A valid event as a JSON text: compact, keys in any order, or with whitespace too.
const validText = validEvent.chain((record) =>
  fc.tuple(shuffledKeys(record), spaces).map(([keys, around]) => ({
    record,
    compact: objectText(entriesOf(record, keys), [""]),
    spaced: objectText(entriesOf(record, keys), around)
  }))
)

// -----------------------------------------------------------------------------
// mutations
// -----------------------------------------------------------------------------

// Values to put in place of a value: numbers at and around the bounds and in every JSON (and
// non-JSON) notation, other kinds, escaped and odd strings.
const valueTexts: ReadonlyArray<string> = [
  "20",
  "20.0",
  "2e1",
  "2E1",
  "20e0",
  "020",
  "-0",
  "-1",
  "0",
  "0.0",
  "1",
  "240",
  "240.0",
  "241",
  "0.5",
  "0.49",
  ".5",
  "1.",
  "48",
  "48.0",
  "48.00001",
  "47.999999999999999999",
  "35.00000000000000001",
  "1.0000000000000002",
  "17.5",
  "50",
  "51",
  "9007199254740993",
  "123456789012345678901234567890",
  "1e400",
  "Infinity",
  "NaN",
  "true",
  "false",
  "tru",
  "truex",
  "null",
  "{}",
  "[]",
  '"20"',
  '"true"',
  '""',
  '" "',
  '"gp\\u002d1"',
  '"\\u0067p"',
  '"2025\\u002d06\\u002d02"',
  '"consultation\\u0020"',
  '"homeVisit"',
  '"2025-06-02"',
  '"2024-02-29"',
  '"2023-02-29"',
  '"night"',
  '"65-79"',
  '"80+"',
  '"scheduled"',
  '"tele"',
  '"unused"',
  '"other"',
  '"gp"',
  '"a\\"b"',
  '"a\\\\b"',
  '"\\/"',
  '"tab\there"',
  '"nul\u0000"',
  '"é"',
  '"\uD800"',
  '"\uDC00x"',
  '"\u{1F600}"'
]

const schemaOf = (type: Events.Event["type"]) =>
  ({
    consultation: Events.ConsultationSchema,
    homeVisit: Events.HomeVisitSchema,
    pdsaShift: Events.PdsaShiftSchema,
    slot: Events.SlotSchema,
    regularDoctorDeclared: Events.RegularDoctorDeclaredSchema,
    regularDoctorEnded: Events.RegularDoctorEndedSchema,
    staffHired: Events.StaffHiredSchema,
    staffLeft: Events.StaffLeftSchema,
    centreOpened: Events.CentreOpenedSchema
  })[type]

const allFields = [...new Set(Events.eventTypes.flatMap((type) => Object.keys(schemaOf(type).fields)))]

// A value a type with the field `key` would accept, as a JSON text (an id for unknown keys).
const validValue = (key: string): fc.Arbitrary<string> => {
  const literals = Events.eventTypes
    .map((type) => (schemaOf(type).fields as Record<string, { literals?: ReadonlyArray<string> }>)[key])
    .find((field) => field !== undefined)?.literals
  const values: fc.Arbitrary<unknown> =
    key === "date"
      ? date
      : key === "complex" || key === "reservedForUnscheduled" || key === "hadRegularDoctor"
        ? fc.boolean()
        : key === "durationMinutes"
          ? fc.integer({ min: 1, max: 240 })
          : key === "weeklyHours"
            ? fc.constantFrom(0.5, 17.5, 35, 48)
            : key === "sites"
              ? fc.integer({ min: 1, max: 50 })
              : key === "profession"
                ? fc.constantFrom("gp", "midwife")
                : key === "reason"
                  ? fc.constantFrom(...leaveReasons)
                  : literals !== undefined
                    ? fc.constantFrom(...literals)
                    : plainId
  return values.map((value) => JSON.stringify(value))
}

// Keys to add: unknown ones, every field of every type, escaped known ones, `__proto__`.
const extraKeys: ReadonlyArray<string> = [
  '"extra"',
  '"__proto__"',
  '"constructor"',
  '"toString"',
  ...allFields.map((key) => JSON.stringify(key)),
  '"ty\\u0070e"',
  '"type "',
  '"Type"',
  '"dat"',
  '"datee"',
  '""'
]

// Characters to insert or put in place of another.
const chars: ReadonlyArray<string> = [
  "\\",
  '"',
  "\u0000",
  "\u001f",
  "-",
  "+",
  "e",
  "E",
  "0",
  "1",
  ".",
  "}",
  "{",
  "[",
  "]",
  ",",
  ":",
  " ",
  "\t",
  "\n",
  "\r",
  "\u000b",
  "\u00a0",
  "\ufeff",
  "x",
  "é",
  "\uD800",
  "\uDC00",
  "\u{1F600}"
]

type Entries = ReadonlyArray<readonly [string, string]>

// One change to the entries: a value replaced, a key repeated, a key added, an entry dropped.
const entryMutation = (entries: Entries): fc.Arbitrary<Entries> =>
  fc.oneof(
    fc
      .tuple(fc.nat(entries.length - 1), fc.constantFrom(...valueTexts))
      .map(([k, value]) => entries.map((entry, j) => (j === k ? ([entry[0], value] as const) : entry))),
    fc
      .tuple(fc.nat(entries.length - 1), fc.nat(entries.length), fc.constantFrom(...valueTexts))
      .chain(([k, at, value]) =>
        fc
          .constantFrom(entries[k]![1], value)
          .map((v) => [...entries.slice(0, at), [entries[k]![0], v] as const, ...entries.slice(at)])
      ),
    fc
      .tuple(fc.constantFrom(...extraKeys), fc.constantFrom(...valueTexts), fc.nat(entries.length))
      .map(([key, value, at]) => [...entries.slice(0, at), [key, value] as const, ...entries.slice(at)]),
    fc.nat(entries.length - 1).map((k) => entries.filter((_, j) => j !== k))
  )

// One change to the text: a character inserted, deleted or replaced.
const charMutation = (text: string): fc.Arbitrary<string> =>
  fc
    .tuple(fc.nat(text.length), fc.constantFrom(...chars), fc.constantFrom("insert", "delete", "replace"))
    .map(([at, char, how]) =>
      how === "insert"
        ? text.slice(0, at) + char + text.slice(at)
        : how === "delete"
          ? text.slice(0, at) + text.slice(at + 1)
          : text.slice(0, at) + char + text.slice(at + 1)
    )

const repeat =
  <A>(times: number, change: (a: A) => fc.Arbitrary<A>) =>
  (a: A): fc.Arbitrary<A> =>
    times === 0 ? fc.constant(a) : change(a).chain(repeat(times - 1, change))

// Mostly few changes, so that many mutated texts are still (nearly) valid.
const changes = fc.oneof(
  { arbitrary: fc.constant(0), weight: 3 },
  { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 2 }
)

const mutatedText: fc.Arbitrary<string> = validEvent
  .chain((record) => fc.tuple(shuffledKeys(record), spaces, changes, changes).map((t) => ({ record, t })))
  .chain(({ record, t: [keys, around, entryChanges, charChanges] }) =>
    repeat(
      entryChanges,
      entryMutation
    )(entriesOf(record, keys))
      .chain((entries) => fc.constantFrom(objectText(entries, [""]), objectText(entries, around)))
      .chain(repeat(charChanges, charMutation))
  )

// -----------------------------------------------------------------------------
// tests
// -----------------------------------------------------------------------------

const examples = [...oneOfEachType, staffLeftWithoutReason]

describe("Events.decodeJson", () => {
  it.each(examples.map((record) => [record.type, record] as const))(
    "decodes a %s line through the fast path, as JSON.parse then Events.decode",
    (_, record) => {
      const text = JSON.stringify(record)
      const fast = expectAgreement(text)
      expect(fast).toBeDefined()
      expect(Events.decodeJson(text)).toStrictEqual(Result.succeed(record))
    }
  )

  it("leaves the optional reason of a departure absent", () => {
    const left = fastDecodeEventJson(
      '{"type":"staffLeft","date":"2025-06-02","centreId":"c","staffId":"gp-1"}'
    )
    expect(left).toBeDefined()
    expect(left !== undefined && Object.hasOwn(left, "reason")).toBe(false)
  })

  it('fails a line that is not JSON with JSON.parse\'s message at path ""', () => {
    for (const text of ["{", "", "   ", '{"type":"homeVisit",}', "{'type':1}", "\ufeff{}", "nul"]) {
      const decoded = Events.decodeJson(text)
      expect(Result.isFailure(decoded)).toBe(true)
      const issues = (decoded as Result.Failure<unknown, ReadonlyArray<Issue>>).failure
      expect(issues).toHaveLength(1)
      expect(issues[0]?.path).toBe("")
      expect(issues[0]?.message).toMatch(/^not valid JSON \(.+\)$/)
      expect(decoded).toStrictEqual(reference(text))
    }
    let message = ""
    try {
      JSON.parse("{")
    } catch (error) {
      message = (error as Error).message
    }
    expect(Events.decodeJson("{")).toStrictEqual(
      Result.fail([{ path: "", message: `not valid JSON (${message})` }])
    )
  })

  it("fails valid JSON that is no event as Events.decode does", () => {
    for (const text of [
      "42",
      "null",
      "[]",
      "{}",
      '"homeVisit"',
      '{"type":"lunch"}',
      '{"type":"homeVisit"}'
    ]) {
      expect(fastDecodeEventJson(text)).toBeUndefined()
      expect(Result.isFailure(Events.decodeJson(text))).toBe(true)
      expectAgreement(text)
    }
  })

  it("takes the reference path for what JSON.parse reads differently from the text", () => {
    const visit =
      '"type":"homeVisit","date":"2025-06-02","centreId":"c","clinicianId":"gp-1","patientId":"p-1"'
    const cases = [
      // An escape: JSON.parse gives "gp-1", the fast path does not unescape.
      `{${visit.replace('"gp-1"', '"gp\\u002d1"')}}`,
      // A repeated key: JSON.parse keeps the last value, at the first key's place.
      `{"date":"2025-13-45",${visit}}`,
      // A __proto__ key: JSON.parse makes it an own property, which decode rejects.
      `{${visit},"__proto__":{}}`,
      // A number JSON.parse reads, in a notation the fast path leaves to it.
      '{"type":"centreOpened","date":"2025-11-03","centreId":"v","name":"n","sites":1e0}',
      '{"type":"centreOpened","date":"2025-11-03","centreId":"v","name":"n","sites":-0}'
    ]
    for (const text of cases) {
      expect(fastDecodeEventJson(text)).toBeUndefined()
      expectAgreement(text)
    }
    expect(Result.isSuccess(Events.decodeJson(cases[0]!))).toBe(true)
    expect(Events.decodeJson(cases[1]!)).toStrictEqual(Events.decode(JSON.parse(`{${visit}}`)))
    expect(Result.isFailure(Events.decodeJson(cases[2]!))).toBe(true)
  })

  it("reads numbers bit for bit as JSON.parse does", () => {
    const hired = (hours: string) =>
      `{"type":"staffHired","date":"2025-06-02","centreId":"c","staffId":"s","profession":"gp","weeklyHours":${hours}}`
    const numbers = [
      "0.5",
      "1",
      "17.5",
      "35",
      "35.0",
      "1.1",
      "2.3",
      "4.300000000000001",
      "0.7000000000000001",
      "47.99999999999999",
      "47.999999999999999999",
      "48",
      "48.000",
      "1.0000000000000002",
      "12.345678901234",
      "12.3456789012345",
      "12.34567890123456",
      "3.141592653589793238462643383279"
    ]
    for (const n of numbers) {
      const fast = fastDecodeEventJson(hired(n))
      expect(fast).toBeDefined()
      expect(Object.is((fast as Events.EventOf<"staffHired">).weeklyHours, JSON.parse(n))).toBe(true)
      expectAgreement(hired(n))
    }
    for (const n of ["0.49", "48.00001", "0", "-1", "1e1", "01", "1.", ".5", "0x10"]) {
      expect(fastDecodeEventJson(hired(n))).toBeUndefined()
      expectAgreement(hired(n))
    }
  })

  it("keeps strings as JSON.parse does: non-ASCII, astral characters, lone surrogates", () => {
    // Raw lone surrogates are valid in a JSON text (JSON.stringify escapes them, a file may not).
    for (const name of [
      "Centre de santé n° 19",
      "\u{1F600}\u{1F600}",
      "a\uD800b",
      "\uDC00",
      "中心-12345678901234"
    ]) {
      const text = `{"type":"centreOpened","date":"2025-11-03","centreId":"${name}","name":"${name}","sites":2}`
      const fast = expectAgreement(text)
      expect(fast).toBeDefined()
      expect((fast as Events.EventOf<"centreOpened">).name).toBe(name)
    }
  })

  it("takes the reference path for lines too long for its buffer", () => {
    const long = "p".repeat(5000)
    const text = `{"type":"homeVisit","date":"2025-06-02","centreId":"c","clinicianId":"gp-1","patientId":"${long}"}`
    expect(fastDecodeEventJson(text)).toBeUndefined()
    expect(expectAgreement(text)).toBeUndefined()
    expect(Result.isSuccess(Events.decodeJson(text))).toBe(true)
  })

  it("matches literals against the schemas' literal sets", () => {
    expect(ageBands).toStrictEqual(Events.AgeBandSchema.literals)
    expect(schedulings).toStrictEqual(Events.ConsultationSchema.fields.scheduling.literals)
    expect(modes).toStrictEqual(Events.ConsultationSchema.fields.mode.literals)
    expect(pdsaSlotKinds).toStrictEqual(Obligations.PdsaSlotKindSchema.literals)
    expect(slotStatuses).toStrictEqual(Events.SlotSchema.fields.status.literals)
    expect(leaveReasons).toStrictEqual(Events.StaffLeftSchema.fields.reason.schema.literals)
  })

  describe("properties", () => {
    test.prop([validText], { numRuns: 4000, seed: 20250602 })(
      "valid events, keys in any order, any whitespace: the reference's result, by the fast path unless a string is escaped",
      ({ compact, spaced }) => {
        const escaped = compact.includes("\\")
        expect(expectAgreement(compact) !== undefined).toBe(!escaped)
        expect(expectAgreement(spaced) !== undefined).toBe(!escaped)
      }
    )

    test.prop([eventOf(plainId)], { numRuns: 2000, seed: 42 })(
      "valid events written by JSON.stringify without escapes always take the fast path",
      (record) => {
        expect(expectAgreement(JSON.stringify(record))).toBeDefined()
      }
    )

    test.prop(
      [
        validEvent.chain((record) =>
          fc
            .tuple(shuffledKeys(record), spaces, fc.nat(), fc.constantFrom(...valueTexts))
            .map(([keys, around, k, value]) => {
              const entries = entriesOf(record, keys)
              const at = k % entries.length
              const changed = entries.map((entry, j) => (j === at ? ([entry[0], value] as const) : entry))
              return [objectText(changed, [""]), objectText(changed, around)] as const
            })
        )
      ],
      { numRuns: 4000, seed: 11 }
    )(
      "one value replaced by another kind, notation or string: the reference's result",
      ([compact, spaced]) => {
        expectAgreement(compact)
        expectAgreement(spaced)
      }
    )

    test.prop(
      [
        fc
          .oneof({ arbitrary: eventOf(plainId), weight: 3 }, { arbitrary: validEvent, weight: 1 })
          .chain((record) => {
            // Mostly a field of another type, with a value that type would accept.
            const others = allFields.filter((key) => !Object.hasOwn(record, key))
            const key = fc.oneof(
              { arbitrary: fc.constantFrom(...others).map((name) => JSON.stringify(name)), weight: 3 },
              { arbitrary: fc.constantFrom(...extraKeys), weight: 1 }
            )
            const entry = key.chain((k) =>
              fc
                .oneof(
                  { arbitrary: validValue(JSON.parse(k) as string), weight: 3 },
                  { arbitrary: fc.constantFrom(...valueTexts), weight: 1 }
                )
                .map((value) => [k, value] as const)
            )
            return fc.tuple(entry, fc.nat(), shuffledKeys(record)).map(([extra, at, keys]) => {
              const entries = entriesOf(record, keys)
              const position = at % (entries.length + 1)
              return objectText([...entries.slice(0, position), extra, ...entries.slice(position)], [""])
            })
          })
      ],
      { numRuns: 4000, seed: 13 }
    )("one more key, known to some type or not, repeated or not: the reference's result", (text) => {
      expectAgreement(text)
    })

    test.prop(
      [
        validEvent.chain((record) =>
          fc
            .tuple(
              shuffledKeys(record),
              fc.array(
                fc.oneof(
                  { arbitrary: fc.constant(""), weight: 6 },
                  fc.constantFrom(
                    " ",
                    "\t",
                    "\n",
                    "\r",
                    "\v",
                    "\f",
                    "\u00a0",
                    "\ufeff",
                    "\u2028",
                    "\u3000",
                    "\u0000"
                  )
                ),
                { minLength: 1, maxLength: 50 }
              )
            )
            .map(([keys, around]) => objectText(entriesOf(record, keys), around))
        )
      ],
      { numRuns: 3000, seed: 17 }
    )("whitespace and whitespace-like characters between tokens: the reference's result", (text) => {
      expectAgreement(text)
    })

    test.prop([mutatedText], { numRuns: 6000, seed: 7 })(
      "on mutated texts the fast path declines or equals the reference's event, and decodeJson equals the reference",
      (text) => {
        expectAgreement(text)
      }
    )

    test.prop(
      [
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.string({ unit: "grapheme" }),
          fc.json(),
          fc.json({ noUnicodeString: false }),
          fc.jsonValue().map((value) => JSON.stringify(value))
        )
      ],
      { numRuns: 3000, seed: 99 }
    )("never throws on any string, and equals the reference", (text) => {
      expect(() => Events.decodeJson(text)).not.toThrow()
      expectAgreement(text)
    })
  })
})

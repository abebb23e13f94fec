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
import { fastDecodeEventJson, fastDecodeEventJsonBytes } from "../src/internal/fast-event-json.js"
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

// One value replaced by one of `valueTexts`, compact and with whitespace.
const valueReplacedText: fc.Arbitrary<readonly [string, string]> = validEvent.chain((record) =>
  fc
    .tuple(shuffledKeys(record), spaces, fc.nat(), fc.constantFrom(...valueTexts))
    .map(([keys, around, k, value]) => {
      const entries = entriesOf(record, keys)
      const at = k % entries.length
      const changed = entries.map((entry, j) => (j === at ? ([entry[0], value] as const) : entry))
      return [objectText(changed, [""]), objectText(changed, around)] as const
    })
)

// One more key: mostly a field of another type, with a value that type would accept.
const extraKeyText: fc.Arbitrary<string> = fc
  .oneof({ arbitrary: eventOf(plainId), weight: 3 }, { arbitrary: validEvent, weight: 1 })
  .chain((record) => {
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

// JSON whitespace and characters that look like it (which JSON rejects) between tokens.
const whitespaceLikeText: fc.Arbitrary<string> = validEvent.chain((record) =>
  fc
    .tuple(
      shuffledKeys(record),
      fc.array(
        fc.oneof(
          { arbitrary: fc.constant(""), weight: 6 },
          fc.constantFrom(" ", "\t", "\n", "\r", "\v", "\f", "\u00a0", "\ufeff", "\u2028", "\u3000", "\u0000")
        ),
        { minLength: 1, maxLength: 50 }
      )
    )
    .map(([keys, around]) => objectText(entriesOf(record, keys), around))
)

// Any string, JSON or not.
const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  fc.json(),
  fc.json({ noUnicodeString: false }),
  fc.jsonValue().map((value) => JSON.stringify(value))
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

    test.prop([valueReplacedText], { numRuns: 4000, seed: 11 })(
      "one value replaced by another kind, notation or string: the reference's result",
      ([compact, spaced]) => {
        expectAgreement(compact)
        expectAgreement(spaced)
      }
    )

    // Texts of each kind: [property, arbitrary, runs, seed].
    const textKinds = [
      [
        "one more key, known to some type or not, repeated or not: the reference's result",
        extraKeyText,
        4000,
        13
      ],
      [
        "whitespace and whitespace-like characters between tokens: the reference's result",
        whitespaceLikeText,
        3000,
        17
      ],
      [
        "on mutated texts the fast path declines or equals the reference's event, and decodeJson equals the reference",
        mutatedText,
        6000,
        7
      ]
    ] as const
    for (const [property, texts, numRuns, seed] of textKinds) {
      test.prop([texts], { numRuns, seed })(property, (text) => {
        expectAgreement(text)
      })
    }

    test.prop([anyText], { numRuns: 3000, seed: 99 })(
      "never throws on any string, and equals the reference",
      (text) => {
        expect(() => Events.decodeJson(text)).not.toThrow()
        expectAgreement(text)
      }
    )
  })
})

// -----------------------------------------------------------------------------
// decodeJsonBytes
// -----------------------------------------------------------------------------

const utf8Encoder = new TextEncoder()
const utf8Decoder = new TextDecoder("utf-8", { ignoreBOM: true })
const utf8 = (text: string): Uint8Array => utf8Encoder.encode(text)

// The definition `Events.decodeJsonBytes` must equal: `Events.decodeJson` of the range's text.
const bytesReference = (
  bytes: Uint8Array,
  start: number,
  end: number
): Result.Result<Events.Event, ReadonlyArray<Issue>> =>
  Events.decodeJson(utf8Decoder.decode(bytes.subarray(start, end)))

const isAscii = (text: string): boolean => {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) >= 0x80) return false
  return true
}

const concat = (...parts: ReadonlyArray<Uint8Array>): Uint8Array => {
  const bytes = new Uint8Array(parts.reduce((size, part) => size + part.length, 0))
  let at = 0
  for (const part of parts) {
    bytes.set(part, at)
    at += part.length
  }
  return bytes
}

// The law for bytes: `decodeJsonBytes` of a range gives exactly the definition's result; its fast
// path declines on any non-ASCII line, and on an ASCII line takes the same decision as the text's
// fast path (then gives the reference's event, same key order); the input is never written to.
const expectBytesAgreement = (bytes: Uint8Array, start: number, end: number): Events.Event | undefined => {
  const copy = bytes.slice()
  const text = utf8Decoder.decode(bytes.subarray(start, end))
  const expected = Events.decodeJson(text)
  const fast = fastDecodeEventJsonBytes(bytes, start, end)
  if (isAscii(text)) expect(fast === undefined).toBe(fastDecodeEventJson(text) === undefined)
  else expect(fast).toBeUndefined()
  if (fast !== undefined) {
    expect(Result.isSuccess(expected)).toBe(true)
    const event = (expected as Result.Success<Events.Event, unknown>).success
    expect(fast).toStrictEqual(event)
    expect(Object.keys(fast)).toStrictEqual(Object.keys(event))
  }
  expect(Events.decodeJsonBytes(bytes, start, end)).toStrictEqual(expected)
  expect(Events.decodeJsonBytes(bytes, start, end)).toStrictEqual(bytesReference(bytes, start, end))
  expect(bytes.every((byte, k) => byte === copy[k])).toBe(true)
  return fast
}

// `text` as UTF-8 between `before` and `after`: `decodeJsonBytes` of its range gives exactly
// `decodeJson(text)`. UTF-8 carries any text but one with lone surrogates (`TextEncoder` writes
// U+FFFD for them), for which it gives `decodeJson` of the text the bytes carry.
const expectEmbeddedAgreement = (
  text: string,
  before: Uint8Array,
  after: Uint8Array
): Events.Event | undefined => {
  const line = utf8(text)
  const start = before.length
  const end = start + line.length
  const bytes = concat(before, line, after)
  const carried = utf8Decoder.decode(line)
  if (carried === text)
    expect(Events.decodeJsonBytes(bytes, start, end)).toStrictEqual(Events.decodeJson(text))
  return expectBytesAgreement(bytes, start, end)
}

// Bytes around a line: random ones (invalid UTF-8 included), or what may follow a line in a file
// and would change its meaning if read as part of it.
const padding = fc.oneof(
  fc.uint8Array({ maxLength: 64 }),
  fc
    .constantFrom("", "\n", "\r\n", " ", "}", "0", "5}", '"', ',"extra":1}', "é", "\ufeff", "\u0000")
    .map((text) => utf8(text))
)
const embedded = <A>(arbitrary: fc.Arbitrary<A>) => fc.tuple(arbitrary, padding, padding)

// Ids of printable ASCII of every length up to 60 (around the 32 bytes of the cache and the 40
// of the unrolled string calls), without the characters `JSON.stringify` escapes.
const asciiPlainId = fc
  .string({ unit: "grapheme-ascii", minLength: 1, maxLength: 60 })
  .filter((text) => !/["\\]/.test(text))

// Byte sequences to put in a line: invalid UTF-8 (lone continuation bytes, overlong encodings,
// encoded surrogates, beyond U+10FFFF, truncated sequences, bytes never in UTF-8), a byte-order
// mark, valid non-ASCII characters, NUL and JSON's own bytes.
const oddBytes: ReadonlyArray<ReadonlyArray<number>> = [
  [0x80],
  [0xbf],
  [0x80, 0x80],
  [0xc0, 0xaf],
  [0xc1, 0xbf],
  [0xe0, 0x80, 0xaf],
  [0xf0, 0x80, 0x80, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xed, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xc3],
  [0xe2, 0x82],
  [0xf0, 0x9f, 0x98],
  [0xf8],
  [0xfe],
  [0xff],
  [0xef, 0xbb, 0xbf],
  [0xc3, 0xa9],
  [0xe2, 0x80, 0xa8],
  [0xf0, 0x9f, 0x98, 0x80],
  [0x00],
  [0x09],
  [0x0a],
  [0x0d],
  [0x20],
  [0x22],
  [0x5c],
  [0x7f],
  [0x30],
  [0x7d]
]

// A valid line as bytes, with byte sequences inserted, put in place of a byte, or bytes deleted.
const mutatedBytes: fc.Arbitrary<Uint8Array> = validText.chain(({ compact, spaced }) =>
  fc
    .tuple(
      fc.constantFrom(compact, spaced),
      fc.array(
        fc.tuple(fc.nat(), fc.constantFrom(...oddBytes), fc.constantFrom("insert", "replace", "delete")),
        { minLength: 1, maxLength: 3 }
      )
    )
    .map(([text, changes]) => {
      let bytes = Array.from(utf8(text))
      for (const [at, sequence, how] of changes) {
        const k = at % (bytes.length + 1)
        bytes =
          how === "insert"
            ? [...bytes.slice(0, k), ...sequence, ...bytes.slice(k)]
            : how === "replace"
              ? [...bytes.slice(0, k), ...sequence, ...bytes.slice(k + 1)]
              : [...bytes.slice(0, k), ...bytes.slice(k + 1)]
      }
      return Uint8Array.from(bytes)
    })
)

// Any bytes, with any valid range.
const anyRange = fc
  .oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc
      .tuple(anyText, fc.uint8Array({ maxLength: 8 }))
      .map(([text, noise]) => concat(noise, utf8(text), noise)),
    mutatedBytes
  )
  .chain((bytes) =>
    fc
      .tuple(fc.nat(bytes.length), fc.nat(bytes.length))
      .map(([a, b]) => ({ bytes, start: Math.min(a, b), end: Math.max(a, b) }))
  )

const hiredLine = (hours: string) =>
  `{"type":"staffHired","date":"2025-06-02","centreId":"c","staffId":"s","profession":"gp","weeklyHours":${hours}}`

describe("Events.decodeJsonBytes", () => {
  it("decodes each line of a file held as bytes, by the fast path, as decodeJson decodes its text", () => {
    const lines = examples.map((record) => JSON.stringify(record))
    const file = utf8(lines.map((line) => `${line}\n`).join(""))
    let start = 0
    for (let k = 0; k < lines.length; k++) {
      const end = file.indexOf(10, start)
      expect(fastDecodeEventJsonBytes(file, start, end)).toBeDefined()
      expect(Events.decodeJsonBytes(file, start, end)).toStrictEqual(Result.succeed(examples[k]))
      expect(Events.decodeJsonBytes(file, start, end)).toStrictEqual(Events.decodeJson(lines[k]!))
      expectBytesAgreement(file, start, end)
      start = end + 1
    }
    expect(start).toBe(file.length)
  })

  it("reads the whole array by default, and from start to the end when only start is given", () => {
    const line = JSON.stringify(oneOfEachType[1])
    expect(Events.decodeJsonBytes(utf8(line))).toStrictEqual(Events.decodeJson(line))
    expect(Events.decodeJsonBytes(utf8(`xyz${line}`), 3)).toStrictEqual(Events.decodeJson(line))
    expect(Events.decodeJsonBytes(new Uint8Array(0))).toStrictEqual(Events.decodeJson(""))
  })

  it("reads views at any offset of their buffer: subarrays and Node buffers", () => {
    const line = JSON.stringify(oneOfEachType[0])
    const view = concat(utf8("[garbage]"), utf8(line), utf8("\n")).subarray(5)
    expect(view.byteOffset).toBe(5)
    expect(Events.decodeJsonBytes(view, 4, 4 + line.length)).toStrictEqual(Result.succeed(oneOfEachType[0]))
    const buffer = Buffer.from(`\n${line}\r\n`)
    expect(Events.decodeJsonBytes(buffer, 1, buffer.length - 1)).toStrictEqual(
      Result.succeed(oneOfEachType[0])
    )
    expect(Events.decodeJsonBytes(buffer)).toStrictEqual(Result.succeed(oneOfEachType[0]))
  })

  it("keeps a byte-order mark as a character, which JSON rejects as decodeJson does", () => {
    const line = JSON.stringify(oneOfEachType[1])
    const bytes = concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(line))
    const decoded = Events.decodeJsonBytes(bytes)
    expect(decoded).toStrictEqual(Events.decodeJson(`\ufeff${line}`))
    expect(Result.isFailure(decoded)).toBe(true)
    expect((decoded as Result.Failure<unknown, ReadonlyArray<Issue>>).failure[0]?.path).toBe("")
    expect(Events.decodeJsonBytes(bytes, 3)).toStrictEqual(Result.succeed(oneOfEachType[1]))
  })

  it("reads invalid UTF-8 as U+FFFD, and non-ASCII text as decodeJson does", () => {
    const visit = (centre: Uint8Array) =>
      concat(
        utf8('{"type":"homeVisit","date":"2025-06-02","centreId":"'),
        centre,
        utf8('","clinicianId":"gp-1","patientId":"p-1"}')
      )
    const centreOf = (bytes: Uint8Array): unknown => {
      const decoded = Events.decodeJsonBytes(bytes)
      expect(decoded).toStrictEqual(bytesReference(bytes, 0, bytes.length))
      return Result.isSuccess(decoded) ? (decoded.success as Events.EventOf<"homeVisit">).centreId : undefined
    }
    expect(centreOf(visit(Uint8Array.of(0x63, 0xff)))).toBe("c\ufffd")
    expect(centreOf(visit(Uint8Array.of(0xc0, 0xaf)))).toBe("\ufffd\ufffd")
    expect(centreOf(visit(Uint8Array.of(0xed, 0xa0, 0x80)))).toBe("\ufffd\ufffd\ufffd")
    expect(centreOf(visit(Uint8Array.of(0x80)))).toBe("\ufffd")
    expect(centreOf(visit(utf8("Lodève \u{1F600}")))).toBe("Lodève \u{1F600}")
    // A NUL byte is a control character, which JSON rejects in a string.
    expect(centreOf(visit(Uint8Array.of(0x63, 0x00)))).toBeUndefined()
  })

  it("throws a RangeError for a range that is not in the array", () => {
    const bytes = utf8("{}")
    const message = (start: number, end: number) =>
      `Events.decodeJsonBytes: expected integers 0 <= start <= end <= bytes.length (2), got start ${start} and end ${end}`
    for (const [start, end] of [
      [-1, 2],
      [0, 3],
      [2, 1],
      [0.5, 2],
      [0, 1.5],
      [Number.NaN, 2],
      [0, Number.POSITIVE_INFINITY]
    ] as const) {
      expect(() => Events.decodeJsonBytes(bytes, start, end)).toThrow(new RangeError(message(start, end)))
    }
    expect(() => Events.decodeJsonBytes(bytes, 3)).toThrow(new RangeError(message(3, 2)))
    expect(Events.decodeJsonBytes(bytes, 2, 2)).toStrictEqual(Events.decodeJson(""))
  })

  it("reads numbers bit for bit as JSON.parse does, long ones included", () => {
    for (const n of [
      "0.5",
      "35",
      "1.1",
      "47.99999999999999",
      "12.3456789012345",
      "3.141592653589793238462643383279"
    ]) {
      const fast = fastDecodeEventJsonBytes(utf8(hiredLine(n)), 0, utf8(hiredLine(n)).length)
      expect(fast).toBeDefined()
      expect(Object.is((fast as Events.EventOf<"staffHired">).weeklyHours, JSON.parse(n))).toBe(true)
      expectEmbeddedAgreement(hiredLine(n), utf8("12"), utf8("34"))
    }
  })

  it("takes the reference path for lines too long for its buffer", () => {
    const text = `{"type":"homeVisit","date":"2025-06-02","centreId":"c","clinicianId":"gp-1","patientId":"${"p".repeat(5000)}"}`
    const bytes = utf8(text)
    expect(fastDecodeEventJsonBytes(bytes, 0, bytes.length)).toBeUndefined()
    expect(Events.decodeJsonBytes(bytes)).toStrictEqual(Events.decodeJson(text))
    expect(Result.isSuccess(Events.decodeJsonBytes(bytes))).toBe(true)
  })

  it("reads nothing past the range: a line after a longer one with trailing whitespace", () => {
    const line = JSON.stringify(oneOfEachType[1])
    const long = utf8(`${line}${" ".repeat(100)}`)
    const short = utf8(`${line} \n${" ".repeat(100)}`)
    expect(fastDecodeEventJsonBytes(long, 0, long.length)).toBeDefined()
    expect(fastDecodeEventJsonBytes(short, 0, line.length + 1)).toStrictEqual(oneOfEachType[1])
    expect(Events.decodeJsonBytes(short, 0, line.length + 1)).toStrictEqual(Result.succeed(oneOfEachType[1]))
  })

  it("gives each id its own value, through the cache of repeated ids: 20,000 ids of one length, twice", () => {
    // More ids of one length than the cache has slots: slots are shared, and a wrong match would
    // show as another id.
    for (let round = 0; round < 2; round++) {
      for (let k = 0; k < 20_000; k++) {
        const centreId = `c-${k.toString(36).padStart(6, "0")}`
        const date = Calendar.addDays(Calendar.date("2025-01-01"), k % 400)
        const bytes = utf8(
          `{"type":"homeVisit","date":"${date}","centreId":"${centreId}","clinicianId":"gp-${k % 97}","patientId":"p-${k}"}`
        )
        const event = fastDecodeEventJsonBytes(bytes, 0, bytes.length) as Events.EventOf<"homeVisit">
        expect(event.centreId).toBe(centreId)
        expect(event.date).toBe(date)
        expect(event.clinicianId).toBe(`gp-${k % 97}`)
        expect(event.patientId).toBe(`p-${k}`)
      }
    }
  })

  describe("properties", () => {
    test.prop([embedded(validText)], { numRuns: 3000, seed: 20250603 })(
      "valid events embedded anywhere in bytes: decodeJson's result, by the fast path when ASCII and unescaped",
      ([{ compact, spaced }, before, after]) => {
        const fast = !compact.includes("\\") && isAscii(compact)
        expect(expectEmbeddedAgreement(compact, before, after) !== undefined).toBe(fast)
        expect(expectEmbeddedAgreement(spaced, before, after) !== undefined).toBe(fast)
      }
    )

    test.prop([embedded(eventOf(asciiPlainId))], { numRuns: 2000, seed: 43 })(
      "valid ASCII events with ids of every length always take the fast path",
      ([record, before, after]) => {
        expect(expectEmbeddedAgreement(JSON.stringify(record), before, after)).toBeDefined()
      }
    )

    test.prop([embedded(valueReplacedText)], { numRuns: 3000, seed: 12 })(
      "one value replaced by another kind, notation or string: decodeJson's result",
      ([[compact, spaced], before, after]) => {
        expectEmbeddedAgreement(compact, before, after)
        expectEmbeddedAgreement(spaced, before, after)
      }
    )

    // Texts of each kind, embedded in random bytes: [kind, arbitrary, runs, seed].
    const textKinds = [
      ["one more key, known to some type or not, repeated or not, __proto__", extraKeyText, 3000, 14],
      ["whitespace and whitespace-like characters between tokens", whitespaceLikeText, 2000, 18],
      ["on mutated texts", mutatedText, 4000, 8],
      ["on any text", anyText, 2000, 100]
    ] as const
    for (const [kind, texts, numRuns, seed] of textKinds) {
      test.prop([embedded(texts)], { numRuns, seed })(
        `${kind}: decodeJson's result`,
        ([text, before, after]) => {
          expectEmbeddedAgreement(text, before, after)
        }
      )
    }

    test.prop([embedded(mutatedBytes)], { numRuns: 4000, seed: 21 })(
      "on lines with invalid UTF-8, byte-order marks, NUL and other bytes: decodeJson of the TextDecoder's text",
      ([line, before, after]) => {
        expectBytesAgreement(concat(before, line, after), before.length, before.length + line.length)
      }
    )

    test.prop([anyRange], { numRuns: 3000, seed: 22 })(
      "never throws on any bytes and any range in them, and equals decodeJson of the TextDecoder's text",
      ({ bytes, start, end }) => {
        expect(() => Events.decodeJsonBytes(bytes, start, end)).not.toThrow()
        expectBytesAgreement(bytes, start, end)
      }
    )
  })
})

/**
 * A fast path for `Events.decodeJson`: one line of a JSON Lines file straight to a validated
 * event, without `JSON.parse`. Internal: `Events.decodeJson` tries it first and otherwise runs
 * the reference, `JSON.parse` then `Events.decode`, which also gives the error messages.
 *
 * `fastDecodeEventJson` returns an event only when the reference would certainly succeed with an
 * equal event (same fields, same values, same key order); in every other case it returns
 * `undefined` and the reference decides. It never throws. It accepts only the common shape:
 *
 * - one flat JSON object, with JSON whitespace (space, tab, LF, CR) around any token and
 *   nothing else after the closing brace (a byte-order mark, a vertical tab or a no-break space
 *   is no JSON whitespace: `JSON.parse` rejects them);
 * - keys that are exactly field names of the events, each at most once (an unknown key, a
 *   duplicate, a `__proto__` key or a key with an escape sends the line to the reference);
 * - string values without escapes and without raw control characters (which `JSON.parse`
 *   rejects): everything between the quotes is the value, non-ASCII characters and lone
 *   surrogates included, as for `JSON.parse`. Literal fields (`type`, `ageBand`, `mode`…) must
 *   spell one of their literals;
 * - `true` and `false`, and non-negative numbers `0|[1-9][0-9]*` with an optional fraction
 *   `.[0-9]+` (a sign, an exponent, `null`, an object or an array sends the line to the
 *   reference). Up to 15 digits the value is computed exactly, an integer or an exact integer
 *   divided by an exact power of ten, whose correctly rounded quotient is what `JSON.parse`
 *   gives; longer numbers go through `Number`, which rounds like `JSON.parse`;
 * - at most `capacity` bytes of UTF-8.
 *
 * Then the keys must be exactly those of the event type named by `type` (`reason` optional for
 * a departure), and the values go through the builders of `internal/fast-event.ts`: the same
 * checks as `Events.decode`'s fast path, the same fresh object literal per type (one hidden
 * class, fields in schema order, `reason` absent when absent). Literal values are the
 * builders' own literal strings, so they allocate nothing.
 *
 * How. Reading the line with `charCodeAt` costs more than `JSON.parse` itself (each read
 * dispatches on the string's representation, and a read past the end deoptimises), so the line
 * is first written as UTF-8 into a module-level buffer (`TextEncoder.encodeInto`, a few tens of
 * nanoseconds) and parsed as bytes. Keys, literals and `true`/`false` are compared four bytes
 * at a time (`DataView.getInt32`); a line written by `JSON.stringify` from an event has its keys
 * in schema order, so after the `type` each key is first compared with the next expected one,
 * comma, quotes and colon included (`,"date":`), in one comparison. Strings are scanned four
 * bytes at a time while no byte is a quote, a backslash, a control character or non-ASCII. The
 * string values are then sliced from `text` itself, at UTF-16 indices (bytes minus the extra
 * bytes of the non-ASCII characters seen so far). Per line it allocates the event, its
 * non-literal strings and the `{ read, written }` of `encodeInto`; no regex runs and no closure
 * is made. Parsing keeps value positions in a module-level `Int32Array`, and nothing in a call
 * can re-enter it.
 *
 * Substrings and memory. In V8 `text.slice(a, b)` of 13 characters or more is a SlicedString
 * that points into `text` and keeps the whole line alive, while `JSON.parse` copies every
 * string. Ids end up as keys of long-lived maps (unique patients in the KPIs), so sliced ids
 * would each retain a line: decoding 300,000 consultations with unique patient ids and keeping
 * the ids in a `Set`, about 330 bytes per 20-character id with slices against 75 with
 * `JSON.parse` (40 characters: 347 against 91). `stringOf` makes flat copies instead: a
 * one-character head (a cached single-character string) concatenated with the tail is a
 * ConsString, which reading a character flattens into a fresh flat string; the garbage collector
 * then replaces the ConsString (first part flat, second empty) by that flat string. Same memory
 * as `JSON.parse` (74 and 91 bytes per id), for some 40 ns per string of 13 characters or more
 * (strings, not lines: most ids are shorter). Shorter strings are copied by `slice` itself.
 *
 * Bytes. `fastDecodeEventJsonBytes` serves `Events.decodeJsonBytes`, for a reader that holds the
 * line as UTF-8 bytes: it copies them into the same buffer (`Uint8Array.set`, cheaper than
 * `encodeInto`) and runs the same parser, with no text. It takes only ASCII lines: a byte from
 * 0x80 (in a string; anywhere else it is no token) declines, and the caller decodes the bytes to
 * text and runs `Events.decodeJson`, so invalid UTF-8 and its replacement characters never
 * concern the parser. Strings are made from the bytes: `String.fromCharCode` with one argument
 * per character, a new flat string that holds nothing else alive. Every string value but
 * patient ids (dates, the ids of centres, sites, clinicians and staff, professions and names,
 * which mostly repeat from line to line) is first looked up in a bounded
 * direct-mapped cache (4,096 strings of at most 32 bytes) by a hash of their bytes, and verified
 * against the bytes kept with each; a hit allocates nothing. Patient ids are not cached (see
 * `internedFields`). Numbers of more than 15 digits are read by `Number` from a string of their
 * bytes, the same characters as in the text.
 */
import type { Event } from "../Events.js"
import { allEventTypes } from "./event-types.js"
import {
  ageBands,
  buildCentreOpened,
  buildConsultation,
  buildHomeVisit,
  buildPdsaShift,
  buildRegularDoctorDeclared,
  buildRegularDoctorEnded,
  buildSlot,
  buildStaffHired,
  buildStaffLeft,
  leaveReasons,
  modes,
  pdsaSlotKinds,
  schedulings,
  slotStatuses
} from "./fast-event.js"

// -----------------------------------------------------------------------------
// fields
// -----------------------------------------------------------------------------

// Every field name of every event type; a field's number is its index, its bit `1 << index`.
const fieldNames: ReadonlyArray<string> = [
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
  "durationMinutes",
  "kind",
  "status",
  "reservedForUnscheduled",
  "hadRegularDoctor",
  "staffId",
  "profession",
  "weeklyHours",
  "reason",
  "name",
  "sites"
]

const TYPE = 0
const DATE = 1
const CENTRE_ID = 2
const SITE_ID = 3
const CLINICIAN_ID = 4
const PATIENT_ID = 5
const AGE_BAND = 6
const COMPLEX = 7
const SCHEDULING = 8
const MODE = 9
const DURATION_MINUTES = 10
const KIND = 11
const STATUS = 12
const RESERVED_FOR_UNSCHEDULED = 13
const HAD_REGULAR_DOCTOR = 14
const STAFF_ID = 15
const PROFESSION = 16
const WEEKLY_HOURS = 17
const REASON = 18
const NAME = 19
const SITES = 20

const bit = (field: number): number => 1 << field

// The kind of value each field takes; a value of another kind sends the line to the reference
// (whose schema rejects it anyway).
const booleanFields = bit(COMPLEX) | bit(RESERVED_FOR_UNSCHEDULED) | bit(HAD_REGULAR_DOCTOR)
const numberFields = bit(DURATION_MINUTES) | bit(WEEKLY_HOURS) | bit(SITES)

const eventTypes = allEventTypes

// The fields of each event type (as `eventTypes`), in schema order: the order `JSON.stringify`
// writes them in, which the parser expects first.
const typeFields: ReadonlyArray<ReadonlyArray<number>> = [
  [
    TYPE,
    DATE,
    CENTRE_ID,
    SITE_ID,
    CLINICIAN_ID,
    PATIENT_ID,
    AGE_BAND,
    COMPLEX,
    SCHEDULING,
    MODE,
    DURATION_MINUTES
  ],
  [TYPE, DATE, CENTRE_ID, CLINICIAN_ID, PATIENT_ID],
  [TYPE, DATE, CENTRE_ID, CLINICIAN_ID, KIND],
  [TYPE, DATE, CENTRE_ID, CLINICIAN_ID, STATUS, RESERVED_FOR_UNSCHEDULED],
  [TYPE, DATE, CENTRE_ID, CLINICIAN_ID, PATIENT_ID, HAD_REGULAR_DOCTOR],
  [TYPE, DATE, CENTRE_ID, CLINICIAN_ID, PATIENT_ID],
  [TYPE, DATE, CENTRE_ID, STAFF_ID, PROFESSION, WEEKLY_HOURS],
  [TYPE, DATE, CENTRE_ID, STAFF_ID, REASON],
  [TYPE, DATE, CENTRE_ID, NAME, SITES]
]

// The keys of each event type, as bits; a departure's `reason` is optional.
const keysOf = (type: Event["type"]): number =>
  typeFields[eventTypes.indexOf(type)]!.reduce((keys, field) => keys | bit(field), 0)
const consultationKeys = keysOf("consultation")
const homeVisitKeys = keysOf("homeVisit")
const pdsaShiftKeys = keysOf("pdsaShift")
const slotKeys = keysOf("slot")
const regularDoctorDeclaredKeys = keysOf("regularDoctorDeclared")
const regularDoctorEndedKeys = keysOf("regularDoctorEnded")
const staffHiredKeys = keysOf("staffHired")
const staffLeftKeys = keysOf("staffLeft") & ~bit(REASON)
const centreOpenedKeys = keysOf("centreOpened")

// -----------------------------------------------------------------------------
// bytes
// -----------------------------------------------------------------------------

// `TextEncoder`, a global of every runtime the package targets (Node, browsers, Deno, Bun),
// typed here since the package compiles without the DOM types. Without it, no fast path.
interface Utf8Encoder {
  encodeInto(source: string, destination: Uint8Array): { readonly read: number; readonly written: number }
}
const encoder: Utf8Encoder | undefined = (() => {
  const Encoder = (globalThis as { readonly TextEncoder?: new () => Utf8Encoder }).TextEncoder
  return Encoder === undefined ? undefined : new Encoder()
})()

// `TextDecoder` likewise, for the text of a line given as bytes: UTF-8, an invalid sequence
// replaced by U+FFFD, and a leading byte-order mark kept as a character (`ignoreBOM`), so that
// `JSON.parse` rejects it as it rejects that text.
interface Utf8Decoder {
  decode(input: Uint8Array): string
}
const decoder: Utf8Decoder | undefined = (() => {
  const Decoder = (
    globalThis as {
      readonly TextDecoder?: new (label: string, options: { readonly ignoreBOM: boolean }) => Utf8Decoder
    }
  ).TextDecoder
  return Decoder === undefined ? undefined : new Decoder("utf-8", { ignoreBOM: true })
})()

/**
 * The text of the UTF-8 bytes `source[start, end)`, as `new TextDecoder("utf-8", { ignoreBOM:
 * true })` decodes them: what `Events.decodeJsonBytes` is defined on.
 */
export const utf8Text = (source: Uint8Array, start: number, end: number): string => {
  if (decoder === undefined) throw new Error("Events.decodeJsonBytes needs the global TextDecoder")
  return decoder.decode(source.subarray(start, end))
}

// The line as UTF-8, then a 0 byte: a sentinel, which is no token, no whitespace, no digit, no
// string character and no byte of a pattern, so every scan stops there. Longer lines take the
// reference path. Patterns are compared four bytes at a time, possibly reading past the
// sentinel (never past `capacity + 32`): a pattern that reaches the sentinel fails there.
const capacity = 4096
const bytes = new Uint8Array(capacity + 32)
const view = new DataView(bytes.buffer)

// ASCII bytes to find in the line, as little-endian 32-bit words, the last one masked to the
// pattern's remaining bytes.
interface Pattern {
  readonly words: Int32Array
  readonly mask: number
  readonly size: number
}

const pattern = (ascii: string): Pattern => {
  const padded = new Uint8Array(Math.ceil(ascii.length / 4) * 4)
  for (let k = 0; k < ascii.length; k++) padded[k] = ascii.charCodeAt(k)
  const rest = ascii.length % 4
  return {
    words: new Int32Array(padded.buffer),
    mask: rest === 0 ? -1 : (1 << (8 * rest)) - 1,
    size: ascii.length
  }
}

// Whether the line holds `p` at byte `i`.
const matches = (i: number, p: Pattern): boolean => {
  const words = p.words
  const last = words.length - 1
  for (let k = 0; k < last; k++) if (view.getInt32(i + 4 * k, true) !== words[k]) return false
  return (view.getInt32(i + 4 * last, true) & p.mask) === words[last]
}

// Each field's name then its closing quote, for any key; and the fields by the first byte of
// their name.
const namePatterns: ReadonlyArray<Pattern> = fieldNames.map((name) => pattern(`${name}"`))
const fieldsByFirstByte: ReadonlyArray<ReadonlyArray<number>> = Array.from({ length: 256 }, (_, c) =>
  fieldNames.flatMap((name, field) => (name.charCodeAt(0) === c ? [field] : []))
)

// The compact form of an expected key, from the byte before it to its colon: `{"type":` first,
// then `,"date":` and so on, in schema order. One comparison checks the separator, the key and
// the colon.
const openingPattern = pattern(`{"${fieldNames[TYPE]}":`)
const keyPatterns: ReadonlyArray<Pattern> = fieldNames.map((name) => pattern(`,"${name}":`))

// A literal set, with each literal then its closing quote as a pattern.
interface Literals {
  readonly literals: ReadonlyArray<string>
  readonly patterns: ReadonlyArray<Pattern>
}
const literalSet = (literals: ReadonlyArray<string>): Literals => ({
  literals,
  patterns: literals.map((literal) => pattern(`${literal}"`))
})

// The literal set of each field that takes one.
const literalSets: ReadonlyArray<Literals | undefined> = fieldNames.map((_, field) => {
  switch (field) {
    case TYPE:
      return literalSet(eventTypes)
    case AGE_BAND:
      return literalSet(ageBands)
    case SCHEDULING:
      return literalSet(schedulings)
    case MODE:
      return literalSet(modes)
    case KIND:
      return literalSet(pdsaSlotKinds)
    case STATUS:
      return literalSet(slotStatuses)
    case REASON:
      return literalSet(leaveReasons)
    default:
      return undefined
  }
})

const truePattern = pattern("true")
const falsePattern = pattern("false")

const QUOTE = 34
const BACKSLASH = 92
const COMMA = 44
const COLON = 58
const DOT = 46
const ZERO = 48
const NINE = 57
const OPEN_BRACE = 123
const CLOSE_BRACE = 125

// The first index from `i` that is not JSON whitespace (space, tab, LF, CR).
const skipWhitespace = (i: number): number => {
  let c = bytes[i]!
  while (c === 32 || c === 10 || c === 13 || c === 9) c = bytes[++i]!
  return i
}

// Whether none of the four bytes of the little-endian word `w` ends or escapes a string, is a
// control character or is not ASCII: the bit tricks "has a byte less than 0x20" and "has a zero
// byte" (of `w` xor a repeated byte), exact as booleans for ASCII bytes; any byte from 0x80 sets
// a top bit. A string's plain words are skipped four bytes at a time, the rest read byte by byte.
const isPlain = (w: number): boolean => {
  const quote = w ^ 0x22222222
  const backslash = w ^ 0x5c5c5c5c
  // `| 0` keeps the differences 32-bit integers, and -0x7f7f7f80 is 0x80808080 as one, so the
  // optimising compiler stays on int32 arithmetic (0x80808080 itself is a double).
  const control = ((w - 0x20202020) | 0) & ~w
  const flagged =
    control | (((quote - 0x01010101) | 0) & ~quote) | (((backslash - 0x01010101) | 0) & ~backslash)
  return ((flagged | w) & -0x7f7f7f80) === 0
}

// The number of the field whose name, then a closing quote, is at `i` (after a key's opening
// quote), or -1. A key with an escape or any other character matches no name.
const fieldAt = (i: number): number => {
  const candidates = fieldsByFirstByte[bytes[i]!]!
  for (let k = 0; k < candidates.length; k++) {
    const field = candidates[k]!
    if (matches(i, namePatterns[field]!)) return field
  }
  return -1
}

// -----------------------------------------------------------------------------
// values
// -----------------------------------------------------------------------------

// The values seen in the current call, from `2 * field`: for a literal field, the literal's index
// in its set; for another string, its start and end in the text (UTF-16 indices), or in the
// buffer when the line came as bytes (which are then ASCII, so the two agree).
const values = new Int32Array(2 * fieldNames.length)

// The literal of `field`'s set that the line holds, itself (no copy).
const literalOf = <L extends string>(field: number, literals: ReadonlyArray<L>): L =>
  literals[values[2 * field]!]!

// The ASCII bytes `[s, e)` of the buffer as a new flat string, which shares nothing with the
// buffer or the caller's bytes. Up to 40 bytes, a call with one argument per character: for 11
// characters about 19 ns, where `String.fromCharCode.apply` on a subarray takes 90 and
// `TextDecoder` 90 (whose time hardly grows with the length, so it takes longer strings).
const freshAsciiOf = (s: number, e: number): string => {
  const b = bytes
  // biome-ignore format: one line per length, its number of arguments
  switch (e - s) {
    case 0: return ""
    case 1: return String.fromCharCode(b[s]!)
    case 2: return String.fromCharCode(b[s]!, b[s + 1]!)
    case 3: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!)
    case 4: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!)
    case 5: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!)
    case 6: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!)
    case 7: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!)
    case 8: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!)
    case 9: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!)
    case 10: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!)
    case 11: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!)
    case 12: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!)
    case 13: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!)
    case 14: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!)
    case 15: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!)
    case 16: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!)
    case 17: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!)
    case 18: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!)
    case 19: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!)
    case 20: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!, b[s + 19]!)
    case 21: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!, b[s + 19]!, b[s + 20]!)
    case 22: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!, b[s + 19]!, b[s + 20]!, b[s + 21]!)
    case 23: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!, b[s + 19]!, b[s + 20]!, b[s + 21]!, b[s + 22]!)
    case 24: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!, b[s + 19]!, b[s + 20]!, b[s + 21]!, b[s + 22]!, b[s + 23]!)
    case 25: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!, b[s + 19]!, b[s + 20]!, b[s + 21]!, b[s + 22]!, b[s + 23]!, b[s + 24]!)
    case 26: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!, b[s + 19]!, b[s + 20]!, b[s + 21]!, b[s + 22]!, b[s + 23]!, b[s + 24]!, b[s + 25]!)
    case 27: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!, b[s + 19]!, b[s + 20]!, b[s + 21]!, b[s + 22]!, b[s + 23]!, b[s + 24]!, b[s + 25]!, b[s + 26]!)
    case 28: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!, b[s + 19]!, b[s + 20]!, b[s + 21]!, b[s + 22]!, b[s + 23]!, b[s + 24]!, b[s + 25]!, b[s + 26]!, b[s + 27]!)
    case 29: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!, b[s + 19]!, b[s + 20]!, b[s + 21]!, b[s + 22]!, b[s + 23]!, b[s + 24]!, b[s + 25]!, b[s + 26]!, b[s + 27]!, b[s + 28]!)
    case 30: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!, b[s + 19]!, b[s + 20]!, b[s + 21]!, b[s + 22]!, b[s + 23]!, b[s + 24]!, b[s + 25]!, b[s + 26]!, b[s + 27]!, b[s + 28]!, b[s + 29]!)
    case 31: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!, b[s + 19]!, b[s + 20]!, b[s + 21]!, b[s + 22]!, b[s + 23]!, b[s + 24]!, b[s + 25]!, b[s + 26]!, b[s + 27]!, b[s + 28]!, b[s + 29]!, b[s + 30]!)
    case 32: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!, b[s + 19]!, b[s + 20]!, b[s + 21]!, b[s + 22]!, b[s + 23]!, b[s + 24]!, b[s + 25]!, b[s + 26]!, b[s + 27]!, b[s + 28]!, b[s + 29]!, b[s + 30]!, b[s + 31]!)
    case 33: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!, b[s + 19]!, b[s + 20]!, b[s + 21]!, b[s + 22]!, b[s + 23]!, b[s + 24]!, b[s + 25]!, b[s + 26]!, b[s + 27]!, b[s + 28]!, b[s + 29]!, b[s + 30]!, b[s + 31]!, b[s + 32]!)
    case 34: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!, b[s + 19]!, b[s + 20]!, b[s + 21]!, b[s + 22]!, b[s + 23]!, b[s + 24]!, b[s + 25]!, b[s + 26]!, b[s + 27]!, b[s + 28]!, b[s + 29]!, b[s + 30]!, b[s + 31]!, b[s + 32]!, b[s + 33]!)
    case 35: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!, b[s + 19]!, b[s + 20]!, b[s + 21]!, b[s + 22]!, b[s + 23]!, b[s + 24]!, b[s + 25]!, b[s + 26]!, b[s + 27]!, b[s + 28]!, b[s + 29]!, b[s + 30]!, b[s + 31]!, b[s + 32]!, b[s + 33]!, b[s + 34]!)
    case 36: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!, b[s + 19]!, b[s + 20]!, b[s + 21]!, b[s + 22]!, b[s + 23]!, b[s + 24]!, b[s + 25]!, b[s + 26]!, b[s + 27]!, b[s + 28]!, b[s + 29]!, b[s + 30]!, b[s + 31]!, b[s + 32]!, b[s + 33]!, b[s + 34]!, b[s + 35]!)
    case 37: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!, b[s + 19]!, b[s + 20]!, b[s + 21]!, b[s + 22]!, b[s + 23]!, b[s + 24]!, b[s + 25]!, b[s + 26]!, b[s + 27]!, b[s + 28]!, b[s + 29]!, b[s + 30]!, b[s + 31]!, b[s + 32]!, b[s + 33]!, b[s + 34]!, b[s + 35]!, b[s + 36]!)
    case 38: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!, b[s + 19]!, b[s + 20]!, b[s + 21]!, b[s + 22]!, b[s + 23]!, b[s + 24]!, b[s + 25]!, b[s + 26]!, b[s + 27]!, b[s + 28]!, b[s + 29]!, b[s + 30]!, b[s + 31]!, b[s + 32]!, b[s + 33]!, b[s + 34]!, b[s + 35]!, b[s + 36]!, b[s + 37]!)
    case 39: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!, b[s + 19]!, b[s + 20]!, b[s + 21]!, b[s + 22]!, b[s + 23]!, b[s + 24]!, b[s + 25]!, b[s + 26]!, b[s + 27]!, b[s + 28]!, b[s + 29]!, b[s + 30]!, b[s + 31]!, b[s + 32]!, b[s + 33]!, b[s + 34]!, b[s + 35]!, b[s + 36]!, b[s + 37]!, b[s + 38]!)
    case 40: return String.fromCharCode(b[s]!, b[s + 1]!, b[s + 2]!, b[s + 3]!, b[s + 4]!, b[s + 5]!, b[s + 6]!, b[s + 7]!, b[s + 8]!, b[s + 9]!, b[s + 10]!, b[s + 11]!, b[s + 12]!, b[s + 13]!, b[s + 14]!, b[s + 15]!, b[s + 16]!, b[s + 17]!, b[s + 18]!, b[s + 19]!, b[s + 20]!, b[s + 21]!, b[s + 22]!, b[s + 23]!, b[s + 24]!, b[s + 25]!, b[s + 26]!, b[s + 27]!, b[s + 28]!, b[s + 29]!, b[s + 30]!, b[s + 31]!, b[s + 32]!, b[s + 33]!, b[s + 34]!, b[s + 35]!, b[s + 36]!, b[s + 37]!, b[s + 38]!, b[s + 39]!)
    default:
      return decoder !== undefined
        ? decoder.decode(b.subarray(s, e))
        : String.fromCharCode.apply(null, b.subarray(s, e) as unknown as Array<number>)
  }
}

// Strings made from bytes are looked up first in a direct-mapped cache, by a hash of their bytes,
// and verified against the bytes kept with each one: a value seen recently costs no allocation.
// Up to `internSlots` strings of at most `4 * internWords` bytes: about 170 KiB of tables and the
// strings themselves, small and flat. On the simulated log it saves a fifth of the allocation and,
// for events that are kept, 110 of 260 bytes per event; decoding takes about as long.
const internSlots = 4096
const internWords = 8
const internStrings: Array<string> = Array.from({ length: internSlots }, () => "")
const internLengths = new Uint8Array(internSlots)
const internBytes = new Int32Array(internSlots * internWords)
// The bytes of a little-endian word that belong to a string of `n` bytes, by `n % 4`.
const tailMasks = new Int32Array([-1, 0xff, 0xffff, 0xffffff])

// The ASCII bytes `[s, e)` of the buffer as a flat string, from the cache when it holds them.
// Reading a word past `e` stays in the buffer: the line is followed by its sentinel and 32 bytes.
const internedAsciiOf = (s: number, e: number): string => {
  const length = e - s
  if (length === 0 || length > 4 * internWords) return freshAsciiOf(s, e)
  const last = (length - 1) >> 2
  const mask = tailMasks[length & 3]!
  let hash = length
  for (let k = 0; k < last; k++) hash = Math.imul(hash ^ view.getInt32(s + 4 * k, true), 0x9e3779b1)
  hash = Math.imul(hash ^ (view.getInt32(s + 4 * last, true) & mask), 0x9e3779b1)
  // The top bits of the product, the best mixed.
  const slot = hash >>> 20
  const at = slot * internWords
  if (internLengths[slot] === length) {
    let k = 0
    while (k < last && internBytes[at + k] === view.getInt32(s + 4 * k, true)) k++
    if (k === last && internBytes[at + last] === (view.getInt32(s + 4 * last, true) & mask)) {
      return internStrings[slot]!
    }
  }
  const fresh = freshAsciiOf(s, e)
  for (let k = 0; k < last; k++) internBytes[at + k] = view.getInt32(s + 4 * k, true)
  internBytes[at + last] = view.getInt32(s + 4 * last, true) & mask
  internLengths[slot] = length
  internStrings[slot] = fresh
  return fresh
}

// The fields whose values go through the cache: every string field but the patient id. Dates and
// the ids of centres, sites, clinicians and staff take few distinct values (over 98% of hits on
// the simulated log). Patient ids are about as many as the patients: cached too, a quarter of
// them hit and their misses evicted the other values, and decoding was 7 to 10% slower than with
// no cache at all. Leaving them out also keeps patient ids out of a long-lived table.
const internedFields = ~bit(PATIENT_ID)

// The value of `field` as a flat string that does not keep `text` alive (see the module
// comment). Beyond 12 characters, reading the first character of the ConsString flattens it;
// comparing it keeps the read from being optimised away (it always matches).
const stringOf = (text: string | undefined, field: number): string => {
  const start = values[2 * field]!
  const end = values[2 * field + 1]!
  if (text === undefined) {
    return (internedFields & bit(field)) !== 0 ? internedAsciiOf(start, end) : freshAsciiOf(start, end)
  }
  if (end - start < 13) return text.slice(start, end)
  const copy = text.slice(start, start + 1) + text.slice(start + 1, end)
  return copy.charCodeAt(0) === text.charCodeAt(start) ? copy : text.slice(start, end)
}

const powersOfTen: ReadonlyArray<number> = [
  1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
]

// -----------------------------------------------------------------------------
// decoding
// -----------------------------------------------------------------------------

const noFields: ReadonlyArray<number> = []

/**
 * The event the JSON text `text` decodes to, when `JSON.parse` then `Events.decode` would
 * certainly give it; `undefined` otherwise (the caller then runs them). Never throws.
 */
export const fastDecodeEventJson = (text: string): Event | undefined => {
  if (encoder === undefined || text.length >= capacity) return undefined
  const { read, written } = encoder.encodeInto(text, bytes)
  if (read !== text.length || written >= capacity) return undefined
  bytes[written] = 0
  return parseLine(written, text)
}

/**
 * The event that the UTF-8 bytes `source[start, end)` decode to, when `Events.decodeJson` of
 * their text would certainly give it; `undefined` otherwise (the caller then decodes the bytes
 * to text and runs `Events.decodeJson`). Only ASCII lines are taken: a byte from 0x80 declines,
 * so no UTF-8 is ever decoded here. The range must be valid (the caller checks it). Never throws.
 */
export const fastDecodeEventJsonBytes = (
  source: Uint8Array,
  start: number,
  end: number
): Event | undefined => {
  const length = end - start
  if (length >= capacity) return undefined
  bytes.set(source.subarray(start, end))
  bytes[length] = 0
  return parseLine(length, undefined)
}

// The event that the `written` bytes of the buffer (then a 0) decode to, or `undefined`. String
// values come from `text` when given (the line the bytes were encoded from), else from the bytes,
// which must then be ASCII.
const parseLine = (written: number, text: string | undefined): Event | undefined => {
  let i = skipWhitespace(0)
  if (bytes[i] !== OPEN_BRACE) return undefined
  let seen = 0
  // Each event type has at most one boolean and one number field: a second one of either kind
  // can only come with keys that match no type, which the key check below rejects.
  let flag = false
  let number = 0
  // Bytes minus UTF-16 code units so far: only strings may hold non-ASCII characters.
  let extra = 0
  // The fields expected, in order (those of the type, once known), and how many were read.
  let expected = noFields
  let count = 0
  let c = 0
  for (;;) {
    // A key then a colon, `i` being at the opening brace or after a value: the expected key in
    // compact form, or any key, with whitespace, then a comma or the closing brace.
    let field = count === 0 ? TYPE : count < expected.length ? expected[count]! : -1
    if (field >= 0 && matches(i, count === 0 ? openingPattern : keyPatterns[field]!)) {
      i += count === 0 ? openingPattern.size : keyPatterns[field]!.size
    } else {
      if (count > 0) {
        i = skipWhitespace(i)
        c = bytes[i]!
        if (c === CLOSE_BRACE) break
        if (c !== COMMA) return undefined
      }
      i = skipWhitespace(i + 1)
      if (bytes[i] !== QUOTE) return undefined
      field = fieldAt(++i)
      if (field < 0) return undefined
      i = skipWhitespace(i + namePatterns[field]!.size)
      if (bytes[i++] !== COLON) return undefined
    }
    if ((seen & bit(field)) !== 0) return undefined
    seen |= bit(field)
    count++
    // A value, of the kind the field takes.
    c = bytes[i]!
    if (c <= 32) {
      i = skipWhitespace(i)
      c = bytes[i]!
    }
    if (c === QUOTE) {
      const literals = literalSets[field]
      if (literals !== undefined) {
        // One of the literals, then a closing quote.
        const patterns = literals.patterns
        let k = 0
        while (k < patterns.length && !matches(i + 1, patterns[k]!)) k++
        if (k === patterns.length) return undefined
        values[2 * field] = k
        i += patterns[k]!.size + 1
        if (field === TYPE) expected = typeFields[k]!
      } else if (((booleanFields | numberFields) & bit(field)) === 0) {
        const start = ++i
        const startExtra = extra
        while (isPlain(view.getInt32(i, true))) i += 4
        for (;;) {
          c = bytes[i]!
          if (c === QUOTE) break
          if (c < 32 || c === BACKSLASH) return undefined
          // UTF-8: a continuation byte is one more byte than code units; a 4-byte sequence is
          // two code units.
          if (c >= 0x80) {
            if (text === undefined) return undefined
            extra += c < 0xc0 ? 1 : c >= 0xf0 ? -1 : 0
          }
          i++
        }
        values[2 * field] = start - startExtra
        values[2 * field + 1] = i - extra
        i++
      } else return undefined
    } else if ((booleanFields & bit(field)) !== 0) {
      if (matches(i, truePattern)) {
        flag = true
        i += 4
      } else if (matches(i, falsePattern)) {
        flag = false
        i += 5
      } else return undefined
    } else if ((numberFields & bit(field)) !== 0) {
      // 0|[1-9][0-9]*, then optionally .[0-9]+; what follows is checked as the next token.
      const start = i
      let mantissa = 0
      if (c === ZERO) c = bytes[++i]!
      else if (c > ZERO && c <= NINE) {
        do {
          mantissa = mantissa * 10 + (c - ZERO)
          c = bytes[++i]!
        } while (c >= ZERO && c <= NINE)
      } else return undefined
      let decimals = 0
      if (c === DOT) {
        const fraction = ++i
        for (c = bytes[i]!; c >= ZERO && c <= NINE; c = bytes[++i]!) mantissa = mantissa * 10 + (c - ZERO)
        decimals = i - fraction
        if (decimals === 0) return undefined
      }
      number =
        i - start - (decimals === 0 ? 0 : 1) <= 15
          ? mantissa / powersOfTen[decimals]!
          : Number(text === undefined ? freshAsciiOf(start, i) : text.slice(start - extra, i - extra))
    } else return undefined
  }
  if (skipWhitespace(i + 1) !== written || (seen & bit(TYPE)) === 0) return undefined

  switch (literalOf(TYPE, eventTypes)) {
    case "consultation":
      return seen === consultationKeys
        ? buildConsultation(
            stringOf(text, DATE),
            stringOf(text, CENTRE_ID),
            stringOf(text, SITE_ID),
            stringOf(text, CLINICIAN_ID),
            stringOf(text, PATIENT_ID),
            literalOf(AGE_BAND, ageBands),
            flag,
            literalOf(SCHEDULING, schedulings),
            literalOf(MODE, modes),
            number
          )
        : undefined
    case "homeVisit":
      return seen === homeVisitKeys
        ? buildHomeVisit(
            stringOf(text, DATE),
            stringOf(text, CENTRE_ID),
            stringOf(text, CLINICIAN_ID),
            stringOf(text, PATIENT_ID)
          )
        : undefined
    case "pdsaShift":
      return seen === pdsaShiftKeys
        ? buildPdsaShift(
            stringOf(text, DATE),
            stringOf(text, CENTRE_ID),
            stringOf(text, CLINICIAN_ID),
            literalOf(KIND, pdsaSlotKinds)
          )
        : undefined
    case "slot":
      return seen === slotKeys
        ? buildSlot(
            stringOf(text, DATE),
            stringOf(text, CENTRE_ID),
            stringOf(text, CLINICIAN_ID),
            literalOf(STATUS, slotStatuses),
            flag
          )
        : undefined
    case "regularDoctorDeclared":
      return seen === regularDoctorDeclaredKeys
        ? buildRegularDoctorDeclared(
            stringOf(text, DATE),
            stringOf(text, CENTRE_ID),
            stringOf(text, CLINICIAN_ID),
            stringOf(text, PATIENT_ID),
            flag
          )
        : undefined
    case "regularDoctorEnded":
      return seen === regularDoctorEndedKeys
        ? buildRegularDoctorEnded(
            stringOf(text, DATE),
            stringOf(text, CENTRE_ID),
            stringOf(text, CLINICIAN_ID),
            stringOf(text, PATIENT_ID)
          )
        : undefined
    case "staffHired":
      return seen === staffHiredKeys
        ? buildStaffHired(
            stringOf(text, DATE),
            stringOf(text, CENTRE_ID),
            stringOf(text, STAFF_ID),
            stringOf(text, PROFESSION),
            number
          )
        : undefined
    case "staffLeft": {
      if ((seen & ~bit(REASON)) !== staffLeftKeys) return undefined
      const hasReason = seen !== staffLeftKeys
      return buildStaffLeft(
        stringOf(text, DATE),
        stringOf(text, CENTRE_ID),
        stringOf(text, STAFF_ID),
        hasReason,
        hasReason ? literalOf(REASON, leaveReasons) : undefined
      )
    }
    case "centreOpened":
      return seen === centreOpenedKeys
        ? buildCentreOpened(stringOf(text, DATE), stringOf(text, CENTRE_ID), stringOf(text, NAME), number)
        : undefined
    default:
      return undefined
  }
}

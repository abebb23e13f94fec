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
 */
import type { Event } from "../Events.js"
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

const eventTypes: ReadonlyArray<Event["type"]> = [
  "consultation",
  "homeVisit",
  "pdsaShift",
  "slot",
  "regularDoctorDeclared",
  "regularDoctorEnded",
  "staffHired",
  "staffLeft",
  "centreOpened"
]

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
// in its set; for another string, its start and end in the text (UTF-16 indices).
const values = new Int32Array(2 * fieldNames.length)

// The literal of `field`'s set that the line holds, itself (no copy).
const literalOf = <L extends string>(field: number, literals: ReadonlyArray<L>): L =>
  literals[values[2 * field]!]!

// The value of `field` as a flat string that does not keep `text` alive (see the module
// comment). Beyond 12 characters, reading the first character of the ConsString flattens it;
// comparing it keeps the read from being optimised away (it always matches).
const stringOf = (text: string, field: number): string => {
  const start = values[2 * field]!
  const end = values[2 * field + 1]!
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
          if (c >= 0x80) extra += c < 0xc0 ? 1 : c >= 0xf0 ? -1 : 0
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
          : Number(text.slice(start - extra, i - extra))
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

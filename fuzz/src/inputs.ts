/**
 * Generated inputs: valid records, records mutated one field at a time, hostile values, JSON
 * texts mutated character by character, and bytes. Values that cannot travel through fast-check
 * (their reading throws) are recipes (`HostileInput`), built when the target reads them.
 */
import { type HostileInput, hostileValue, withHostileField, withMutations } from "@gip-sante/core/testing"
import * as fc from "fast-check"

const recipe = (description: string, build: () => unknown): HostileInput => ({ description, build })

/** A plain value as a recipe (a structured copy each time, so that a decoder cannot alter it). */
export const plain = (value: unknown): HostileInput => {
  const text = JSON.stringify(value)
  return recipe(text === undefined ? String(value) : text.slice(0, 200), () =>
    text === undefined ? value : JSON.parse(text)
  )
}

/**
 * The inputs of a decoder of JavaScript values: valid records (a fifth), mutated records (half),
 * hostile values and valid records with a hostile value planted in them.
 */
export const valuesFor = (valid: fc.Arbitrary<unknown>): fc.Arbitrary<HostileInput> =>
  fc.oneof(
    { arbitrary: valid.map(plain), weight: 2 },
    { arbitrary: withMutations(valid), weight: 5 },
    { arbitrary: hostileValue({ maxDepth: 20_000 }), weight: 2 },
    { arbitrary: withHostileField(valid, { maxDepth: 20_000 }), weight: 1 }
  )

// -----------------------------------------------------------------------------
// texts and bytes
// -----------------------------------------------------------------------------

type Edit =
  | { readonly kind: "insert"; readonly at: number; readonly text: string }
  | { readonly kind: "delete"; readonly at: number; readonly length: number }
  | { readonly kind: "replace"; readonly at: number; readonly text: string }
  | { readonly kind: "truncate"; readonly at: number }

// What an edit inserts: JSON's own characters, escapes, numbers, keys and nesting.
const fragment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '"',
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\\",
    " ",
    "\t",
    "\r",
    "\n",
    "\u0000",
    "\\u0041",
    "\\u00e9",
    "\\ud83d",
    "\\n",
    "1e3",
    "-0",
    "0.5",
    "1.0",
    "null",
    "true",
    ',"date":"2025-01-01"',
    ',"__proto__":{"x":1}',
    ',"extra":1',
    `[${"[".repeat(50)}${"]".repeat(50)}]`,
    "é",
    "😀",
    "\uFEFF"
  ),
  fc.string({ maxLength: 4 })
)

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fragment }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), text: fragment }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() })
)

const editText = (text: string, edits: ReadonlyArray<Edit>): string => {
  let out = text
  for (const e of edits) {
    const at = e.at % (out.length + 1)
    switch (e.kind) {
      case "insert":
        out = out.slice(0, at) + e.text + out.slice(at)
        break
      case "delete":
        out = out.slice(0, at) + out.slice(at + e.length)
        break
      case "replace":
        out = out.slice(0, at) + e.text + out.slice(at + e.text.length)
        break
      case "truncate":
        out = out.slice(0, at)
        break
    }
  }
  return out
}

/**
 * JSON texts of lines: valid records as written by `JSON.stringify` (with keys shuffled now and
 * then), the same with one to three character edits, values nested thousands deep, and any
 * string.
 */
export const textsFor = (valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: valid.map((r) => JSON.stringify(r)), weight: 2 },
    {
      arbitrary: fc
        .tuple(valid, fc.boolean())
        .map(([r, reverse]) =>
          JSON.stringify(reverse ? Object.fromEntries(Object.entries(r).reverse()) : r, null, reverse ? 1 : 0)
        ),
      weight: 1
    },
    {
      arbitrary: fc
        .tuple(valid, fc.array(edit, { minLength: 1, maxLength: 3 }))
        .map(([r, edits]) => editText(JSON.stringify(r), edits)),
      weight: 5
    },
    {
      arbitrary: fc
        .tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom("type", "date", "patientId"), valid)
        .map(([depth, key, r]) =>
          JSON.stringify({ ...r, [key]: 0 }).replace(
            `"${key}":0`,
            `"${key}":${"[".repeat(depth)}${"]".repeat(depth)}`
          )
        ),
      weight: 1
    },
    { arbitrary: fc.string({ unit: "binary", maxLength: 80 }), weight: 1 }
  )

/** The UTF-8 bytes of such texts, sometimes with bytes no UTF-8 text holds. */
export const bytesFor = (valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Uint8Array> =>
  fc
    .tuple(
      textsFor(valid),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
      fc.boolean()
    )
    .map(([text, inserts, bom]) => {
      const bytes = Array.from(new TextEncoder().encode(bom ? `\uFEFF${text}` : text))
      for (const [at, byte] of inserts) bytes.splice(at % (bytes.length + 1), 0, byte)
      return Uint8Array.from(bytes)
    })

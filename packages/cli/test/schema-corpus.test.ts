import { readdirSync, readFileSync } from "node:fs"
import { Ajv2020 } from "ajv/dist/2020.js"
import { describe, expect, it } from "vitest"
import { fileKinds } from "../src/schemas.js"
import { cases, corpusText, semanticReasons } from "./schema-corpus/cases.js"

// The JSON Schema an editor uses and the decoder `gip-sante validate` runs agree on every file of
// the corpus, but for the checks a JSON Schema cannot express, which the corpus names.
const folder = new URL("./schema-corpus/", import.meta.url)

const files = Object.keys(fileKinds).flatMap((kind) =>
  readdirSync(new URL(`./${kind}/`, folder))
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({ kind, name: name.slice(0, -".json".length) }))
)

const read = (kind: string, name: string): unknown => {
  const text = readFileSync(new URL(`./${kind}/${name}.json`, folder), "utf8")
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown
}

const validators = Object.fromEntries(
  Object.entries(fileKinds).map(([kind, fileKind]) => {
    // Strict, but for open tuples: a grid's first step is constrained (prefixItems), the others
    // are any number of steps, which draft 2020-12 allows and Ajv's strictTuples frowns upon.
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictTuples: false })
    return [kind, ajv.compile(fileKind.jsonSchema())]
  })
)

describe("schema corpus", () => {
  it("holds at least 50 files, valid and invalid, of every kind", () => {
    expect(files.length).toBeGreaterThanOrEqual(50)
    for (const kind of Object.keys(fileKinds)) {
      const names = files.filter((f) => f.kind === kind).map((f) => f.name)
      for (const prefix of ["valid-", "invalid-", "semantic-"])
        expect(
          names.some((n) => n.startsWith(prefix)),
          `${kind}: a ${prefix} file`
        ).toBe(true)
    }
  })

  it("generated files are up to date (run: pnpm --filter @gip-sante/cli corpus)", () => {
    for (const c of cases)
      expect(readFileSync(new URL(`./${c.kind}/${c.name}.json`, folder), "utf8")).toBe(corpusText(c))
  })

  it.each(files)("$kind/$name: the JSON Schema and the decoder agree", ({ kind, name }) => {
    const json = read(kind, name)
    const validate = validators[kind]!
    const schemaAccepts = validate(json) === true
    const issues = fileKinds[kind]!.issues(json)
    const decoderAccepts = issues.length === 0
    const expected = name.startsWith("valid-")
      ? { schema: true, decoder: true }
      : name.startsWith("invalid-")
        ? { schema: false, decoder: false }
        : name.startsWith("semantic-")
          ? { schema: true, decoder: false }
          : undefined
    expect(expected, "the name starts with valid-, invalid- or semantic-").toBeDefined()
    if (name.startsWith("semantic-"))
      expect(semanticReasons[`${kind}/${name}`], "its reason").toBeTypeOf("string")
    expect(
      { schema: schemaAccepts, decoder: decoderAccepts },
      JSON.stringify({ schemaErrors: validate.errors?.slice(0, 3), issues: issues.slice(0, 3) })
    ).toStrictEqual(expected)
  })
})

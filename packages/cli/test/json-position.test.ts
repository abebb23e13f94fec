import { fc, test } from "@fast-check/vitest"
import { Policy } from "@gip-sante/core"
import { describe, expect, it } from "vitest"
import { indexJson, positionAt } from "../src/json-position.js"

// Every path to a value of a JSON document, with the value.
const pathsOf = (
  value: unknown,
  keys: Array<string | number> = []
): Array<[Array<string | number>, unknown]> => {
  const here: Array<[Array<string | number>, unknown]> = [[keys, value]]
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...keys, i]))]
  if (value !== null && typeof value === "object")
    return [
      ...here,
      ...Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => pathsOf(v, [...keys, k]))
    ]
  return here
}

// The text at a position: `"key":` for an object's member, the value itself for the rest.
const textAt = (text: string, offset: number) => text.slice(offset)

const offsetOf = (text: string, line: number, column: number): number => {
  let offset = 0
  for (let l = 1; l < line; l++) offset = text.indexOf("\n", offset) + 1
  return offset + column - 1
}

describe("json-position", () => {
  it("points at the key of a member and at an element of an array", () => {
    const text = '{\n  "a": [1, {"b": true}],\n  "c.d": "x"\n}'
    const index = indexJson(text)
    expect(index.locate(["a", 1, "b"])).toStrictEqual({ offset: 14, line: 2, column: 13 })
    expect(index.locate(["c.d"])).toStrictEqual({ offset: 29, line: 3, column: 3 })
    expect(index.locate(["a", 0])).toStrictEqual({ offset: 10, line: 2, column: 9 })
  })

  it("points at the deepest part that exists for a missing field", () => {
    const index = indexJson('{ "parameters": { "x": {} } }')
    expect(index.locate(["parameters", "x", "label"])).toStrictEqual(index.locate(["parameters", "x"]))
    expect(index.locate(["nothing", "here"])).toStrictEqual({ offset: 0, line: 1, column: 1 })
  })

  it("counts lines and columns from 1", () => {
    expect(positionAt("ab\ncd", 4)).toStrictEqual({ offset: 4, line: 2, column: 2 })
  })

  test.prop([fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 2, "\t"), fc.nat()])(
    "every path of any document, written any way, is found where its key or value is written",
    (value, indent, pick) => {
      const text = JSON.stringify(value, null, indent)
      const index = indexJson(text)
      const paths = pathsOf(value)
      const [keys, found] = paths[pick % paths.length]!
      // Paths go through the same text form as issues, as the command reads them.
      const parsed = Policy.pathKeys(formatted(keys))
      expect(parsed).toStrictEqual(keys)
      const { offset, line, column } = index.locate(parsed!)
      expect(offsetOf(text, line, column)).toBe(offset)
      const last = keys[keys.length - 1]
      const at = textAt(text, offset)
      if (typeof last === "string") expect(at.startsWith(`${JSON.stringify(last)}:`)).toBe(true)
      else expect(at.startsWith(JSON.stringify(found, null, indent).split("\n")[0]!)).toBe(true)
    }
  )
})

// The path as core's issues write it (identifiers after a dot, other keys quoted in brackets).
const formatted = (keys: ReadonlyArray<string | number>): string => {
  let out = ""
  for (const key of keys) {
    if (typeof key === "number") out += `[${key}]`
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) out += out === "" ? key : `.${key}`
    else out += `[${JSON.stringify(key)}]`
  }
  return out === "" ? "(root)" : out
}

import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { annotatePure } from "../pure-annotations.js"

const open = "/* @__PURE__ */ (() => ("
const close = "))()"
const annotate = (text: string): string => annotatePure("module.ts", text)

describe("annotatePure", () => {
  it("wraps what a declaration builds while the module loads", () => {
    expect(annotate(`export const S = Schema.Struct({ a: Schema.String })`)).toBe(
      `export const S = ${open}Schema.Struct({ a: Schema.String })${close}`
    )
    expect(annotate(`const reads = { general: parameters.target }, all = [...xs]`)).toBe(
      `const reads = ${open}{ general: parameters.target }${close}, all = ${open}[...xs]${close}`
    )
    expect(annotate(`export const add: Add = dual(2, (a: number, b: number) => a + b)`)).toBe(
      `export const add: Add = ${open}dual(2, (a: number, b: number) => a + b)${close}`
    )
  })

  it("wraps the extends clause of a class, keeping its type arguments outside", () => {
    expect(annotate(`export class E extends Data.TaggedError("E")<{ readonly m: string }> {}`)).toBe(
      `export class E extends ${open}Data.TaggedError("E")${close}<{ readonly m: string }> {}`
    )
  })

  it("leaves what a bundler can already drop: functions, literals, names, arrays and objects of those", () => {
    const inert = [
      `const f = (x: number) => g(x)`,
      `function h() { return g() }`,
      `const pattern = /^a+$/`,
      `const list = ["a", 1, -2, true, null, { b: "c", d: (x: number) => x, e }] as const`,
      `const alias = other`,
      `class Plain { m() { return g() } }`
    ]
    for (const text of inert) expect(annotate(text)).toBe(text)
  })

  it("leaves a bare call alone: it is done for its effect", () => {
    expect(annotate(`register(plugin)`)).toBe(`register(plugin)`)
  })

  // The law the build relies on, over every library module: annotations add no line (so stack
  // traces and source maps keep their lines) and change nothing but the wrapping.
  const sources = ["core", "occitanie"].flatMap((name) => {
    const dir = fileURLToPath(new URL(`../../packages/${name}/src/`, import.meta.url))
    return (readdirSync(dir, { recursive: true, encoding: "utf8" }) as Array<string>)
      .filter((file) => file.endsWith(".ts"))
      .map((file) => join(dir, file))
  })

  it.each(sources)("keeps the lines and the text of %s", (path) => {
    const text = readFileSync(path, "utf8")
    const annotated = annotatePure(path, text)
    expect(annotated.split("\n").length).toBe(text.split("\n").length)
    expect(annotated.replaceAll(open, "").replaceAll(close, "")).toBe(text)
  })
})

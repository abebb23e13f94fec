import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fc, test } from "@fast-check/vitest"
import { afterAll, describe, expect, it } from "vitest"
import { type ByteRange, readLines, wholeFile } from "../src/json-lines.js"

const dir = mkdtempSync(join(tmpdir(), "gip-sante-lines-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let fileNumber = 0
const fileWith = (bytes: Buffer): string => {
  const file = join(dir, `f${fileNumber++}.jsonl`)
  writeFileSync(file, bytes)
  return file
}

interface Read {
  readonly lines: Array<string | "TOO LONG">
  readonly count: number
}

const read = async (
  file: string,
  range: ByteRange,
  options: { blockBytes: number; maxLineBytes: number }
): Promise<Read> => {
  const lines: Array<string | "TOO LONG"> = []
  const count = await readLines(
    file,
    range,
    (bytes, start, end, line) => {
      expect(line).toBe(lines.length + 1)
      lines.push(bytes.toString("utf8", start, end))
    },
    (line) => {
      expect(line).toBe(lines.length + 1)
      lines.push("TOO LONG")
    },
    options
  )
  return { lines, count }
}

// The lines a reader of the whole text should see: split at "\n", a "\r" before it dropped, no
// line after a final "\n", a leading byte-order mark dropped; a line of more than `maxLineBytes`
// bytes ("\r" counted, "\n" not) is "TOO LONG".
const model = (text: string, maxLineBytes: number): Array<string | "TOO LONG"> => {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text
  if (body === "") return []
  const parts = body.split("\n")
  const lines = parts.map((p, i) => (i < parts.length - 1 && p.endsWith("\r") ? p.slice(0, -1) : p))
  if (body.endsWith("\n")) lines.pop()
  return lines.map((line, i) => (Buffer.byteLength(parts[i]!) <= maxLineBytes ? line : "TOO LONG"))
}

const lineText = fc
  .array(fc.constantFrom("a", "{", "}", '"', " ", "é", "😀", "\r", "x"), { maxLength: 40 })
  .map((cs) => cs.join(""))

const fileText = fc
  .record({
    bom: fc.boolean(),
    lines: fc.array(fc.tuple(lineText, fc.constantFrom("\n", "\r\n")), { maxLength: 30 }),
    finalBreak: fc.boolean()
  })
  .map(({ bom, lines, finalBreak }) => {
    let text = bom ? "\uFEFF" : ""
    lines.forEach(([line, br], i) => {
      text += line + (i < lines.length - 1 || finalBreak ? br : "")
    })
    return text
  })

describe("readLines", () => {
  test.prop([fileText, fc.constantFrom(16, 17, 64, 1 << 16), fc.constantFrom(0, 7, 40, 64, 1 << 20)], {
    numRuns: 300,
    seed: 20261123
  })(
    "a whole file gives the lines of the text, in order and numbered from 1",
    async (text, blockBytes, maxLineBytes) => {
      const file = fileWith(Buffer.from(text))
      const { lines, count } = await read(file, wholeFile, { blockBytes, maxLineBytes })
      expect(lines).toStrictEqual(model(text, maxLineBytes))
      expect(count).toBe(lines.length)
    }
  )

  test.prop(
    [
      fileText,
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
      fc.constantFrom(16, 64),
      fc.constantFrom(7, 64, 1 << 20)
    ],
    { numRuns: 300, seed: 20261124 }
  )(
    "the byte ranges of any cut, read one after the other, give each line of the file exactly once",
    async (text, cuts, blockBytes, maxLineBytes) => {
      const bytes = Buffer.from(text)
      const file = fileWith(bytes)
      const options = { blockBytes, maxLineBytes }
      const points = [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))]
        .filter((p) => p > 0)
        .sort((a, b) => a - b)
      const starts = [0, ...points]
      const ranges = starts.map((start, i) => ({
        start,
        end: i + 1 < starts.length ? starts[i + 1]! : Number.POSITIVE_INFINITY
      }))
      const whole = await read(file, wholeFile, options)
      const pieces = await Promise.all(ranges.map((range) => read(file, range, options)))
      expect(pieces.flatMap((p) => p.lines)).toStrictEqual(whole.lines)
      expect(pieces.reduce((n, p) => n + p.count, 0)).toBe(whole.count)
    }
  )

  it("reads a file larger than its buffer, with multi-byte characters across chunk ends", async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `{"n":${i},"s":"é😀${"x".repeat(i % 50)}"}`)
    const file = fileWith(Buffer.from(`${lines.join("\n")}\n`))
    const { lines: got } = await read(file, wholeFile, { blockBytes: 4096, maxLineBytes: 1 << 20 })
    expect(got).toStrictEqual(lines)
  })

  it("reads lines spread over many blocks with the default sizes, whole or cut", async () => {
    const lines = Array.from(
      { length: 30_000 },
      (_, i) => `{"n":${i},"s":"${"é".repeat(i % 7)}${"x".repeat(i % 90)}"}`
    )
    const bytes = Buffer.from(`${lines.join("\r\n")}\r\n`)
    const file = fileWith(bytes)
    const readDefault = async (range: ByteRange) => {
      const got: Array<string> = []
      const count = await readLines(
        file,
        range,
        (bytes, start, end) => got.push(bytes.toString("utf8", start, end)),
        () => got.push("TOO LONG")
      )
      expect(count).toBe(got.length)
      return got
    }
    expect(await readDefault(wholeFile)).toStrictEqual(lines)
    const cut = Math.floor(bytes.length / 3) + 5
    const parts = [
      await readDefault({ start: 0, end: cut }),
      await readDefault({ start: cut, end: 2 * cut }),
      await readDefault({ start: 2 * cut, end: Number.POSITIVE_INFINITY })
    ]
    expect(parts.flat()).toStrictEqual(lines)
  })

  it("skips an over-long line and goes on with the next", async () => {
    const file = fileWith(Buffer.from(`a\n${"b".repeat(1000)}\nc\n`))
    const { lines } = await read(file, wholeFile, { blockBytes: 16, maxLineBytes: 64 })
    expect(lines).toStrictEqual(["a", "TOO LONG", "c"])
  })

  it("rejects (as a promise) on a missing file", async () => {
    await expect(
      readLines(
        join(dir, "missing.jsonl"),
        wholeFile,
        () => undefined,
        () => undefined
      )
    ).rejects.toThrow(/ENOENT/u)
  })
})

/**
 * Decoding one JSON Lines line into an event: `Events.decodeJson`, whose lines of the common
 * shape take a fast path without `JSON.parse`, against what the CLI did before it, `JSON.parse`
 * then `Events.decode` (itself on its checked fast path). Give it lines as a file gives them
 * (`JSON.stringify` of each event). `Events.decodeJsonBytes` decodes the same lines from their
 * UTF-8 bytes, all in one array as a file reader has them, without making a string of each line;
 * beside it, what it is defined as and saves: `TextDecoder` on each line, then `Events.decodeJson`.
 * Before timing, the suite checks that the three functions decode every line to the same result:
 * the same event, or the same issues.
 */
import { isDeepStrictEqual } from "node:util"
import { Events } from "@gip-sante/core"
import { Result } from "effect"
import { parseThenDecode } from "../../packages/core/test/reference-decoders.js"
import { consume, type Suite } from "./harness.js"

export const eventsJsonSuite = (lines: ReadonlyArray<string>): Suite => {
  // The same lines as a file reader has them: UTF-8 in one array, each line ended by a line feed,
  // and where each line starts (then where the last one ends, plus one).
  const encoder = new TextEncoder()
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true })
  const encoded = lines.map((line) => encoder.encode(`${line}\n`))
  const file = new Uint8Array(encoded.reduce((size, line) => size + line.length, 0))
  const starts = new Int32Array(lines.length + 1)
  for (let i = 0; i < encoded.length; i++) {
    file.set(encoded[i]!, starts[i]!)
    starts[i + 1] = starts[i]! + encoded[i]!.length
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const expected = parseThenDecode(line)
    if (!isDeepStrictEqual(Events.decodeJson(line), expected)) {
      throw new Error(`Events.decodeJson and JSON.parse + Events.decode disagree on line ${i + 1}`)
    }
    if (!isDeepStrictEqual(Events.decodeJsonBytes(file, starts[i]!, starts[i + 1]! - 1), expected)) {
      throw new Error(`Events.decodeJsonBytes and JSON.parse + Events.decode disagree on line ${i + 1}`)
    }
  }
  const decodeEach = (decode: (text: string) => Result.Result<unknown, unknown>) => () => {
    let decoded = 0
    for (let i = 0; i < lines.length; i++) if (Result.isSuccess(decode(lines[i]!))) decoded++
    consume(decoded)
    return lines.length
  }
  return {
    title: `Decoding ${lines.length.toLocaleString("en-US")} JSON Lines lines into events`,
    unit: "line",
    baseline: "JSON.parse + Events.decode",
    cases: [
      { name: "JSON.parse + Events.decode", run: decodeEach(parseThenDecode) },
      { name: "Events.decodeJson (fast path without JSON.parse)", run: decodeEach(Events.decodeJson) },
      {
        name: "TextDecoder then Events.decodeJson (each line made a string first)",
        run: () => {
          let decoded = 0
          for (let i = 0; i < lines.length; i++) {
            const text = decoder.decode(file.subarray(starts[i]!, starts[i + 1]! - 1))
            if (Result.isSuccess(Events.decodeJson(text))) decoded++
          }
          consume(decoded)
          return lines.length
        }
      },
      {
        name: "Events.decodeJsonBytes (the lines as UTF-8 in one array)",
        run: () => {
          let decoded = 0
          for (let i = 0; i < lines.length; i++) {
            if (Result.isSuccess(Events.decodeJsonBytes(file, starts[i]!, starts[i + 1]! - 1))) decoded++
          }
          consume(decoded)
          return lines.length
        }
      }
    ]
  }
}

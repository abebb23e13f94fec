/**
 * Decoding one JSON Lines line into an event: `Events.decodeJson`, whose lines of the common
 * shape take a fast path without `JSON.parse`, against what the CLI did before it, `JSON.parse`
 * then `Events.decode` (itself on its checked fast path). Give it lines as a file gives them
 * (`JSON.stringify` of each event). Before timing, the suite checks that both decode every line
 * to the same result: the same event, or the same issues.
 */
import { isDeepStrictEqual } from "node:util"
import { Events } from "@gip-sante/core"
import { Result } from "effect"
import { parseThenDecode } from "../../packages/core/test/reference-decoders.js"
import { consume, type Suite } from "./harness.js"

export const eventsJsonSuite = (lines: ReadonlyArray<string>): Suite => {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (!isDeepStrictEqual(Events.decodeJson(line), parseThenDecode(line))) {
      throw new Error(`Events.decodeJson and JSON.parse + Events.decode disagree on line ${i + 1}`)
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
      { name: "Events.decodeJson (fast path without JSON.parse)", run: decodeEach(Events.decodeJson) }
    ]
  }
}

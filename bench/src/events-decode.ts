/**
 * Decoding one event record: `Events.decode`, whose valid records take the checked fast path,
 * against the schema path alone (the per-type schema through the internal `decodeAll`, with
 * every issue and no excess properties, as `Events.decode` ran before the fast path). Give it
 * records as read from a file (JSON-parsed), so the objects look like real input. Before timing,
 * the suite checks that both paths decode every record to the same events.
 */
import { isDeepStrictEqual } from "node:util"
import { Events } from "@gip-sante/core"
import { Result } from "effect"
import { schemaDecode as schemaPathDecode } from "../../packages/core/test/reference-decoders.js"
import { consume, type Suite } from "./harness.js"

/** `Events.decode` without its fast path: the schema of the record's own `type`, or a failure. */
const schemaDecode = (input: unknown): Result.Result<Events.Event, unknown> =>
  schemaPathDecode(input) ?? Result.fail("no event type")

export const eventsDecodeSuite = (records: ReadonlyArray<unknown>): Suite => {
  for (let i = 0; i < records.length; i++) {
    const fast = Events.decode(records[i])
    const schema = schemaDecode(records[i])
    const same =
      Result.isSuccess(fast) && Result.isSuccess(schema)
        ? isDeepStrictEqual(fast.success, schema.success)
        : Result.isFailure(fast) && Result.isFailure(schema)
    if (!same) throw new Error(`Events.decode and the schema path disagree on record ${i + 1}`)
  }
  const decodeEach = (decode: (input: unknown) => Result.Result<unknown, unknown>) => () => {
    let decoded = 0
    for (let i = 0; i < records.length; i++) if (Result.isSuccess(decode(records[i]))) decoded++
    consume(decoded)
    return records.length
  }
  return {
    title: `Decoding ${records.length.toLocaleString("en-US")} event records (JSON-parsed)`,
    unit: "event",
    baseline: "schema path (decodeAll, errors: all, no excess properties)",
    cases: [
      { name: "schema path (decodeAll, errors: all, no excess properties)", run: decodeEach(schemaDecode) },
      { name: "Events.decode (checked fast path)", run: decodeEach(Events.decode) }
    ]
  }
}

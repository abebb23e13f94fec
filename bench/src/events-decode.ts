/**
 * Decoding one event record: `Events.decode`, whose valid records take the checked fast path,
 * against the schema path alone (the per-type schema through the internal `decodeAll`, with
 * every issue and no excess properties, as `Events.decode` ran before the fast path). Give it
 * records as read from a file (JSON-parsed), so the objects look like real input. Before timing,
 * the suite checks that both paths decode every record to the same events.
 */
import { isDeepStrictEqual } from "node:util"
import { Events } from "@gip-sante/core"
import { Result, type Schema } from "effect"
import { decodeAll as decodeWithIssues } from "../../packages/core/src/internal/issues.js"
import { consume, type Suite } from "./harness.js"

const schemaByType = new Map<string, Schema.Top>([
  ["consultation", Events.ConsultationSchema],
  ["homeVisit", Events.HomeVisitSchema],
  ["pdsaShift", Events.PdsaShiftSchema],
  ["slot", Events.SlotSchema],
  ["regularDoctorDeclared", Events.RegularDoctorDeclaredSchema],
  ["regularDoctorEnded", Events.RegularDoctorEndedSchema],
  ["staffHired", Events.StaffHiredSchema],
  ["staffLeft", Events.StaffLeftSchema],
  ["centreOpened", Events.CentreOpenedSchema]
])

/** `Events.decode` without its fast path: the schema of the record's own `type`, or a failure. */
export const schemaDecode = (input: unknown): Result.Result<Events.Event, unknown> => {
  const type =
    input !== null && typeof input === "object" && Object.hasOwn(input, "type")
      ? (input as { readonly type: unknown }).type
      : undefined
  const schema = typeof type === "string" ? schemaByType.get(type) : undefined
  return schema === undefined
    ? Result.fail("no event type")
    : decodeWithIssues(schema as typeof Events.EventSchema, input)
}

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

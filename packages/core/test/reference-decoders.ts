// The references the fast decoding paths are checked against, shared by the tests and by the
// benchmarks (bench/src/events-decode.ts, bench/src/events-json.ts), which time them.
import { Events } from "@gip-sante/core"
import { Result, type Schema } from "effect"
import { decodeAll as decodeWithIssues, type Issue } from "../src/internal/issues.js"

export const schemaByType: ReadonlyMap<string, Schema.Top> = new Map<string, Schema.Top>([
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

/**
 * The schema path alone, as `Events.decode` ran before it had a fast path: the schema of the
 * record's own `type` (every issue, no excess properties), or undefined when the record names no
 * event type.
 */
export const schemaDecode = (input: unknown): Result.Result<Events.Event, unknown> | undefined => {
  const type =
    input !== null && typeof input === "object" && Object.hasOwn(input, "type")
      ? (input as { readonly type: unknown }).type
      : undefined
  const schema = typeof type === "string" ? schemaByType.get(type) : undefined
  return schema === undefined ? undefined : decodeWithIssues(schema as typeof Events.EventSchema, input)
}

/** What the CLI did before `Events.decodeJson`: `JSON.parse`, then `Events.decode`. */
export const parseThenDecode = (text: string): Result.Result<Events.Event, ReadonlyArray<Issue>> => {
  let record: unknown
  try {
    record = JSON.parse(text)
  } catch (error) {
    return Result.fail([{ path: "", message: `not valid JSON (${(error as Error).message})` }])
  }
  return Events.decode(record)
}

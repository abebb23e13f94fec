/**
 * Every event type, in one order that `Events.eventTypes` publishes and the JSON fast path
 * (fast-event-json.ts) indexes its tables by. Its own module so that the fast path can read it
 * when it loads, before `Events.ts` (which imports the fast path) has run.
 */
import type { Event } from "../Events.js"

export const allEventTypes: ReadonlyArray<Event["type"]> = [
  "consultation",
  "homeVisit",
  "pdsaShift",
  "slot",
  "regularDoctorDeclared",
  "regularDoctorEnded",
  "staffHired",
  "staffLeft",
  "centreOpened"
]

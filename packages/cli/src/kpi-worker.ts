// A worker thread of `gip-sante kpi --workers N`: asks the main thread for parts (whole files or
// byte ranges of JSON Lines files) one at a time until there are none left, folds them with the
// programme KPIs and posts back the accumulator's state (Maps, arrays, typed arrays and plain
// objects, which the structured clone carries), with each part's counts, line count and first
// rejects. Progress messages are posted while it reads. Internal to the package (not exported from index.ts).
import { parentPort, workerData } from "node:worker_threads"
import { Kpi } from "@gip-sante/core"
import { type FilePart, foldParts, type PartOutcome } from "./events-file.js"

// What the main thread gives a worker.
export interface KpiWorkerData {
  readonly fullTimeWeeklyHours: number
  readonly keepRejects: number
}

// What a worker posts: a request for its next part, progress while reading, then its result (or
// a failure it did not expect).
export type KpiWorkerMessage =
  | { readonly type: "next" }
  | { readonly type: "progress"; readonly records: number }
  | { readonly type: "done"; readonly state: Kpi.ProgrammeState; readonly outcomes: Array<PartOutcome> }
  | { readonly type: "failed"; readonly message: string }

const port = parentPort
if (port !== null) {
  const data = workerData as KpiWorkerData
  const post = (message: KpiWorkerMessage): void => port.postMessage(message)
  // The main thread answers each "next" with the next part of the queue, undefined when empty.
  const next = (): Promise<FilePart | undefined> =>
    new Promise((resolve) => {
      port.once("message", (message: { readonly part?: FilePart }) => resolve(message.part))
      post({ type: "next" })
    })
  foldParts(Kpi.programmeKpis({ fullTimeWeeklyHours: data.fullTimeWeeklyHours }), next, {
    keepRejects: data.keepRejects,
    onProgress: (records) => post({ type: "progress", records })
  }).then(
    ({ state, outcomes }) => post({ type: "done", state, outcomes }),
    (error: unknown) =>
      post({ type: "failed", message: error instanceof Error ? error.message : String(error) })
  )
}

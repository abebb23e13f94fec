// The worker thread of `gip-sante kpi --workers N`: folds its share of the files (whole files or
// byte ranges of JSON Lines files) with the programme KPIs and posts back the accumulator's state (Maps, Sets and plain objects, which the
// structured clone carries), with each part's counts, line count and first rejects. Progress messages are
// posted while it reads. Internal to the package (not exported from index.ts).
import { parentPort, workerData } from "node:worker_threads"
import { Kpi } from "@gip-sante/core"
import { type FilePart, foldParts, type PartOutcome } from "./events-file.js"

// What the main thread gives a worker.
export interface KpiWorkerData {
  readonly parts: ReadonlyArray<FilePart>
  readonly fullTimeWeeklyHours: number
  readonly keepRejects: number
}

// What a worker posts back: progress while reading, then its result (or a failure it did not expect).
export type KpiWorkerMessage =
  | { readonly type: "progress"; readonly records: number }
  | { readonly type: "done"; readonly state: Kpi.ProgrammeState; readonly outcomes: Array<PartOutcome> }
  | { readonly type: "failed"; readonly message: string }

const port = parentPort
if (port !== null) {
  const data = workerData as KpiWorkerData
  const post = (message: KpiWorkerMessage): void => port.postMessage(message)
  foldParts(Kpi.programmeKpis({ fullTimeWeeklyHours: data.fullTimeWeeklyHours }), data.parts, {
    keepRejects: data.keepRejects,
    onProgress: (records) => post({ type: "progress", records })
  }).then(
    ({ state, outcomes }) => post({ type: "done", state, outcomes }),
    (error: unknown) =>
      post({ type: "failed", message: error instanceof Error ? error.message : String(error) })
  )
}

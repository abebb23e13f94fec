// The worker thread of `gip-sante kpi --workers N`: folds its share of the files with the
// programme KPIs and posts back the accumulator's state (Maps, Sets and plain objects, which the
// structured clone carries), with each file's counts and first rejects. Progress messages are
// posted while it reads. Internal to the package (not exported from index.ts).
import { parentPort, workerData } from "node:worker_threads"
import { Kpi } from "@gip-sante/core"
import { type FileOutcome, foldFiles } from "./events-file.js"

// What the main thread gives a worker.
export interface KpiWorkerData {
  readonly files: ReadonlyArray<string>
  readonly fullTimeWeeklyHours: number
  readonly keepRejects: number
}

// What a worker posts back: progress while reading, then its result (or a failure it did not expect).
export type KpiWorkerMessage =
  | { readonly type: "progress"; readonly records: number }
  | { readonly type: "done"; readonly state: Kpi.ProgrammeState; readonly outcomes: Array<FileOutcome> }
  | { readonly type: "failed"; readonly message: string }

const port = parentPort
if (port !== null) {
  const data = workerData as KpiWorkerData
  const post = (message: KpiWorkerMessage): void => port.postMessage(message)
  foldFiles(Kpi.programmeKpis({ fullTimeWeeklyHours: data.fullTimeWeeklyHours }), data.files, {
    keepRejects: data.keepRejects,
    onProgress: (records) => post({ type: "progress", records })
  }).then(
    ({ state, outcomes }) => post({ type: "done", state, outcomes }),
    (error: unknown) =>
      post({ type: "failed", message: error instanceof Error ? error.message : String(error) })
  )
}

// A worker process of `gip-sante kpi --workers N`, forked by kpi.ts: asks the parent for parts
// (whole files or byte ranges of JSON Lines files) one at a time until there are none left, folds
// them with the programme KPIs and sends back the accumulator's state (Maps, arrays, typed arrays
// and plain objects, which the channel's "advanced" serialization carries), with each part's
// counts, line count and first rejects. Progress messages are sent while it reads. A process
// rather than a thread: a worker that aborts or crashes fails the command with a message instead
// of ending its process, and a process shares nothing (heap, collector) with the others. On the benchmark
// machine, processes and threads ran at the same speed (docs/benchmarks.md). Its standard output
// is not the parent's (the KPIs go there); its errors are. Internal to the package (not exported
// from index.ts).
import { Worker } from "node:worker_threads"
import { Kpi } from "@gip-sante/core"
import { type FilePart, foldParts, type PartOutcome } from "./events-file.js"

// What the parent gives a worker, as JSON in its first argument.
export interface KpiWorkerData {
  readonly fullTimeWeeklyHours: number
  readonly keepRejects: number
  readonly patients: Kpi.PatientCounting
}

// What a worker sends: a request for its next part, progress while reading, then its result (or
// a failure it did not expect).
export type KpiWorkerMessage =
  | { readonly type: "next" }
  | { readonly type: "progress"; readonly records: number }
  | { readonly type: "done"; readonly state: Kpi.ProgrammeState; readonly outcomes: Array<PartOutcome> }
  | { readonly type: "failed"; readonly message: string }

// What the parent answers to "next": the next part of the queue, none when it is empty.
export interface KpiWorkerPart {
  readonly part: FilePart | undefined
}

// How often a worker checks that its parent is still there.
const parentCheckMs = 20

// The watchdog thread's code (CommonJS, run with `eval`): it ends the process once the parent is
// gone. A signal, since `process.exit` in a thread ends only the thread.
const watchdog = `const { workerData } = require("node:worker_threads")
setInterval(() => {
  if (process.ppid !== workerData.parent) process.kill(process.pid, "SIGKILL")
}, workerData.everyMs)`

const send = process.send?.bind(process)
// Only when forked with a channel (not when this file is run by hand).
if (send !== undefined) {
  const data = JSON.parse(process.argv[2] ?? "") as KpiWorkerData
  // The worker lives as long as its channel: it disconnects once its result is sent, and if the
  // parent goes away first (killed), nobody would read what it computes.
  process.once("disconnect", () => process.exit())
  // The parent may have gone while this module loaded, before there was a handler to hear it.
  if (!process.connected) process.exit()
  // The channel's close is only seen when this thread next reads from it, which can be long
  // (a part later, or after a collection of a large heap): a thread of its own, which nothing
  // here blocks, watches for the parent to go (its children then have another parent) and ends
  // the process.
  new Worker(watchdog, { eval: true, workerData: { parent: process.ppid, everyMs: parentCheckMs } }).unref()
  const next = (): Promise<FilePart | undefined> =>
    new Promise((resolve) => {
      process.once("message", (message: KpiWorkerPart) => resolve(message.part))
      send({ type: "next" } satisfies KpiWorkerMessage)
    })
  foldParts(
    Kpi.programmeKpis({ fullTimeWeeklyHours: data.fullTimeWeeklyHours, patients: data.patients }),
    next,
    {
      keepRejects: data.keepRejects,
      onProgress: (records) => send({ type: "progress", records } satisfies KpiWorkerMessage)
    }
  )
    .then(
      ({ state, outcomes }): KpiWorkerMessage => ({ type: "done", state, outcomes }),
      (error: unknown): KpiWorkerMessage => ({
        type: "failed",
        message: error instanceof Error ? error.message : String(error)
      })
    )
    // Disconnecting only once the result is written: closing the channel earlier could cut it.
    .then((message) => send(message, () => process.disconnect()))
}

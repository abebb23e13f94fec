/**
 * KPIs at scale (issue 7). (a) Accumulation on decoded events, in memory: `Kpi.fold` of all the
 * programme KPIs, and of consultations by centre alone, against a plain hand loop computing a
 * few counts (consultations by centre, unique patients with a Set): the speed ceiling of
 * accumulation, not the same work. Twice: on the same event objects every round, and on events
 * decoded afresh from JSON Lines before each round (untimed), whose ids are new strings as
 * they are when read from a file. (b) End to end from JSON Lines files (read, decode, fold):
 * the built `gip-sante kpi` in one process and with one worker process, against a hand-written
 * loop that only reads, parses and counts, each a fresh process.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Events, Kpi } from "@gip-sante/core"
import { simulate } from "@gip-sante/occitanie"
import * as Result from "effect/Result"
import { consume, type Options, type Row, repeated, type Suite } from "./harness.js"
import { cliMain, processRows, requireBuiltCli } from "./processes.js"

const handLoop = fileURLToPath(new URL("./e2e-hand-loop.mjs", import.meta.url))

// `size` events from the simulation, cycling over it (with distinct seeds) when more are asked.
export const simulatedEvents = (size: number): Array<Events.Event> => {
  const out: Array<Events.Event> = []
  for (let seed = 7; out.length < size; seed++) {
    for (const e of simulate({ seed })) {
      out.push(e)
      if (out.length >= size) break
    }
  }
  return out
}

// The events a case folds: the same array every round, or (`lines` given) events decoded from
// those JSON lines before each round, untimed, so that every round meets ids as a file gives
// them: fresh strings whose hash the engine has not computed yet.
const eventSource = (
  events: ReadonlyArray<Events.Event>,
  lines: ReadonlyArray<string> | undefined
): { readonly prepare?: () => void; readonly current: () => ReadonlyArray<Events.Event> } => {
  if (lines === undefined) return { current: () => events }
  let decoded: Array<Events.Event> = []
  return {
    prepare: () => {
      decoded = []
      for (const line of lines) {
        const r = Events.decodeJson(line)
        if (Result.isSuccess(r)) decoded.push(r.success)
      }
    },
    current: () => decoded
  }
}

export const kpiAccumulationSuite = (events: ReadonlyArray<Events.Event>, fresh: boolean): Suite => {
  const programme = Kpi.programmeKpis({ fullTimeWeeklyHours: 35 })
  const approximate = Kpi.programmeKpis({ fullTimeWeeklyHours: 35, patients: { mode: "approximate" } })
  const lines = fresh ? events.map((e) => JSON.stringify(e)) : undefined
  const fold = (name: string, work: (list: ReadonlyArray<Events.Event>) => number) => {
    const source = eventSource(events, lines)
    return {
      name,
      ...(source.prepare === undefined ? {} : { prepare: source.prepare }),
      run: () => {
        const list = source.current()
        consume(work(list))
        return list.length
      }
    }
  }
  return {
    title: `KPI accumulation on ${events.length.toLocaleString("en-US")} decoded events (in memory${fresh ? ", decoded afresh from JSON Lines before each round" : ", the same objects every round"})`,
    unit: "event",
    baseline: "hand loop (consultations by centre + unique patients)",
    cases: [
      fold("hand loop (consultations by centre + unique patients)", (list) => {
        const byCentre = new Map<string, number>()
        const patients = new Set<string>()
        for (let i = 0; i < list.length; i++) {
          const e = list[i]!
          if (e.type === "consultation") {
            byCentre.set(e.centreId, (byCentre.get(e.centreId) ?? 0) + 1)
            patients.add(e.patientId)
          }
        }
        return byCentre.size + patients.size
      }),
      fold(
        "Kpi.fold(consultationsByCentre)",
        (list) => Object.keys(Kpi.fold(Kpi.consultationsByCentre, list)).length
      ),
      fold("Kpi.fold(programmeKpis) (every KPI)", (list) => Kpi.fold(programme, list).consultations.total),
      fold(
        "Kpi.fold(programmeKpis), unique patients by HyperLogLog",
        (list) => Kpi.fold(approximate, list).consultations.total
      )
    ]
  }
}

/**
 * End to end, as a user runs it: each case is a fresh process (`node packages/cli/dist/main.js
 * kpi …`, the built binary, without the source condition), timed from spawn to exit, so start-up
 * (loading Effect and the core, starting workers) counts. Each round is a run: the cases
 * interleaved, each against the hand loop of the same round. The start-up alone (an empty file)
 * is timed against `node -e 0`, so that the reader sees how much of each time it is.
 */
const endToEnd = (size: number, copies: number, options: Options): Array<Row> => {
  requireBuiltCli("the KPI end-to-end benchmark")
  const events = simulatedEvents(size)
  const dir = mkdtempSync(join(tmpdir(), "gip-sante-bench-kpi-"))
  try {
    // Two files, each `copies` times half the events: large enough that start-up costs (loading
    // the code in each process, merging states) do not hide the per-event costs.
    const half = events.length >> 1
    const files = [join(dir, "a.jsonl"), join(dir, "b.jsonl")]
    const write = (file: string, part: ReadonlyArray<Events.Event>) =>
      writeFileSync(
        file,
        part
          .map((e) => `${JSON.stringify(e)}\n`)
          .join("")
          .repeat(copies)
      )
    write(files[0]!, events.slice(0, half))
    write(files[1]!, events.slice(half))
    const empty = join(dir, "empty.jsonl")
    writeFileSync(empty, "")
    const count = events.length * copies
    const consultations = events.filter((e) => e.type === "consultation").length * copies
    const readAll = (stdout: string) => {
      const kpis = JSON.parse(stdout) as { consultations: { total: number } }
      return kpis.consultations.total === consultations
    }
    const title = `End to end: ${count.toLocaleString("en-US")} events (${copies} × ${events.length.toLocaleString("en-US")} simulated) from 2 JSON Lines files, each case a fresh process (read, parse, decode, fold)`
    const handName = "hand loop (read, split, JSON.parse, count by centre)"
    const rows = processRows(
      title,
      "event",
      count,
      [
        { name: handName, args: [handLoop, ...files], check: (stdout) => stdout.startsWith(`${count} `) },
        {
          // The machine's own ceiling for two processes: the same loop, one file per process.
          name: "hand loop, 2 processes at once (one file each)",
          args: [
            "sh",
            "-c",
            `"${process.execPath}" "${handLoop}" "${files[0]}" & "${process.execPath}" "${handLoop}" "${files[1]}" & wait`
          ],
          check: (stdout) => stdout.trim().split("\n").length === 2
        },
        { name: "gip-sante kpi (1 process)", args: [cliMain, "kpi", "--events", ...files], check: readAll },
        {
          name: "gip-sante kpi --workers 2 (2 processes)",
          args: [cliMain, "kpi", "--events", ...files, "--workers", "2"],
          check: readAll
        }
      ],
      options,
      [handName, "gip-sante kpi (1 process)"]
    )
    const startup = processRows(
      "Start-up: gip-sante kpi on an empty file, a fresh process",
      "run",
      1,
      [
        { name: "node -e 0", args: ["-e", "0"], check: () => true },
        {
          name: "gip-sante kpi (empty file)",
          args: [cliMain, "kpi", "--events", empty],
          check: (s) => s.startsWith("{")
        }
      ],
      options
    )
    return [...rows, ...startup]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// The KPI rows (main.ts calls it after the synchronous suites).
export const runKpiBench = (smoke: boolean, runs: number): Array<Row> => {
  const options: Options = smoke ? { rounds: 1, warmupRounds: 0 } : { rounds: 7, warmupRounds: 2 }
  const events = simulatedEvents(smoke ? 1_000 : 300_000)
  const rows: Array<Row> = []
  for (const fresh of [false, true]) {
    const accumulation = kpiAccumulationSuite(events, fresh)
    rows.push(...repeated(accumulation.title, accumulation, options, runs))
  }
  // Each round of processes is one run.
  const e2eOptions: Options = smoke
    ? { rounds: 1, warmupRounds: 0 }
    : { rounds: Math.max(runs, 3), warmupRounds: 1 }
  rows.push(...endToEnd(smoke ? 2_000 : 600_000, smoke ? 1 : 4, e2eOptions))
  return rows
}

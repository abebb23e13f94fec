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
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { performance } from "node:perf_hooks"
import { fileURLToPath } from "node:url"
import { Events, Kpi } from "@gip-sante/core"
import { simulate } from "@gip-sante/occitanie"
import * as Result from "effect/Result"
import { type CaseResult, consume, type Options, renderTable, runSuite, type Suite } from "./harness.js"

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

const median = (xs: ReadonlyArray<number>): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const root = fileURLToPath(new URL("../../", import.meta.url))
const cliMain = join(root, "packages/cli/dist/main.js")
const handLoop = fileURLToPath(new URL("./e2e-hand-loop.mjs", import.meta.url))

// Runs a command to its end and returns its wall-clock time in milliseconds, failing loudly if
// it fails or does not print what `check` expects.
const timeProcess = (args: ReadonlyArray<string>, check: (stdout: string) => boolean): number => {
  const start = performance.now()
  // A first argument "sh" runs a shell command line (two processes at once); otherwise node.
  const r =
    args[0] === "sh"
      ? spawnSync("sh", args.slice(1), { cwd: root, encoding: "utf8" })
      : spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 })
  const ms = performance.now() - start
  if (r.status !== 0 || !check(r.stdout)) {
    throw new Error(`${args.join(" ")} failed (exit ${r.status}): ${r.stderr.slice(0, 500)}`)
  }
  return ms
}

/**
 * End to end, as a user runs it: each case is a fresh process (`node packages/cli/dist/main.js
 * kpi …`, the built binary, without the source condition), timed from spawn to exit, so start-up
 * (loading Effect and the core, starting workers) counts. Cases are interleaved in rounds after
 * a warm-up; the median is kept. The start-up alone (an empty file) is printed apart so that the
 * reader sees how much of each time it is.
 */
const endToEnd = (size: number, copies: number, options: Options): string => {
  if (!existsSync(cliMain)) {
    throw new Error(`${cliMain} is missing: run \`pnpm build\` before the KPI end-to-end benchmark`)
  }
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
    const cases: ReadonlyArray<{ name: string; args: ReadonlyArray<string>; check: (s: string) => boolean }> =
      [
        {
          name: "hand loop (read, split, JSON.parse, count by centre)",
          args: [handLoop, ...files],
          check: (stdout) => stdout.startsWith(`${count} `)
        },
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
      ]
    const samples = new Map<string, Array<number>>(cases.map((c) => [c.name, []]))
    const startup: Array<number> = []
    for (let round = 0; round < options.warmupRounds + options.rounds; round++) {
      for (const c of cases) {
        const ms = timeProcess(c.args, c.check)
        if (round >= options.warmupRounds) samples.get(c.name)!.push((count * 1000) / Math.max(ms, 1e-3))
      }
      const ms = timeProcess([cliMain, "kpi", "--events", empty], (s) => s.startsWith("{"))
      if (round >= options.warmupRounds) startup.push(ms)
    }
    const base = median(samples.get(cases[0]!.name)!)
    const results: Array<CaseResult> = cases.map((c) => {
      const rate = median(samples.get(c.name)!)
      return {
        name: c.name,
        medianPerSecond: rate,
        medianMicrosPerItem: 1e6 / rate,
        ratioToBaseline: rate / base
      }
    })
    const suite: Suite = {
      title: `End to end: ${count.toLocaleString("en-US")} events (${copies} × ${events.length.toLocaleString("en-US")} simulated) from 2 JSON Lines files, each case a fresh process (read, parse, decode, fold)`,
      unit: "event",
      baseline: cases[0]!.name,
      cases: []
    }
    const handTwo = results[1]!.medianPerSecond / results[0]!.medianPerSecond
    const one = results[2]!.medianPerSecond
    const two = results[3]!.medianPerSecond
    return [
      renderTable(suite, results),
      "",
      `gip-sante kpi, 2 processes ÷ 1: ${(two / one).toFixed(2)}× (the hand loop in 2 processes ÷ 1: ${handTwo.toFixed(2)}×).`,
      `Start-up alone (gip-sante kpi on an empty file): median ${median(startup).toFixed(0)} ms per run, included in the times above.`
    ].join("\n")
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// Prints both KPI tables (main.ts calls it after the synchronous suites).
export const runKpiBench = (smoke: boolean): void => {
  const options: Options = smoke ? { rounds: 1, warmupRounds: 0 } : { rounds: 15, warmupRounds: 5 }
  const events = simulatedEvents(smoke ? 1_000 : 300_000)
  for (const fresh of [false, true]) {
    const accumulation = kpiAccumulationSuite(events, fresh)
    console.log(renderTable(accumulation, runSuite(accumulation, options)))
    console.log("")
  }
  const e2eOptions: Options = smoke ? { rounds: 1, warmupRounds: 0 } : { rounds: 5, warmupRounds: 1 }
  console.log(endToEnd(smoke ? 2_000 : 600_000, smoke ? 1 : 4, e2eOptions))
  console.log("")
}

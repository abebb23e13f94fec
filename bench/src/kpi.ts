/**
 * KPIs at scale (issue 7). (a) Accumulation on decoded events, in memory: `Kpi.fold` of all the
 * programme KPIs, and of consultations by centre alone, against a plain hand loop computing a
 * few counts (consultations by centre, unique patients with a Set): the speed ceiling of
 * accumulation, not the same work. (b) End to end from a JSON Lines file (read, JSON.parse,
 * `Events.decode`, fold): in-process against 2 worker threads, through the code `gip-sante kpi`
 * runs (`computeKpis`).
 *
 * The end-to-end cases are asynchronous (worker threads), which the harness's synchronous
 * `runSuite` cannot time: `runAsyncSuite` below does the same (interleaved rounds after a
 * warm-up, median, ratio to the baseline) and the tables are rendered by the harness.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { performance } from "node:perf_hooks"
import type { Events } from "@gip-sante/core"
import { Kpi } from "@gip-sante/core"
import { simulate } from "@gip-sante/occitanie"
import { computeKpis } from "../../packages/cli/src/kpi.js"
import { type CaseResult, consume, type Options, renderTable, runSuite, type Suite } from "./harness.js"

// `size` events from the simulation, cycling over it (with distinct seeds) when more are asked.
const simulatedEvents = (size: number): Array<Events.Event> => {
  const out: Array<Events.Event> = []
  for (let seed = 7; out.length < size; seed++) {
    for (const e of simulate({ seed })) {
      out.push(e)
      if (out.length >= size) break
    }
  }
  return out
}

export const kpiAccumulationSuite = (events: ReadonlyArray<Events.Event>): Suite => {
  const programme = Kpi.programmeKpis({ fullTimeWeeklyHours: 35 })
  return {
    title: `KPI accumulation on ${events.length.toLocaleString("en-US")} decoded events (in memory)`,
    unit: "event",
    baseline: "hand loop (consultations by centre + unique patients)",
    cases: [
      {
        name: "hand loop (consultations by centre + unique patients)",
        run: () => {
          const byCentre = new Map<string, number>()
          const patients = new Set<string>()
          for (let i = 0; i < events.length; i++) {
            const e = events[i]!
            if (e.type === "consultation") {
              byCentre.set(e.centreId, (byCentre.get(e.centreId) ?? 0) + 1)
              patients.add(e.patientId)
            }
          }
          consume(byCentre.size + patients.size)
          return events.length
        }
      },
      {
        name: "Kpi.fold(consultationsByCentre)",
        run: () => {
          consume(Object.keys(Kpi.fold(Kpi.consultationsByCentre, events)).length)
          return events.length
        }
      },
      {
        name: "Kpi.fold(programmeKpis) (every KPI)",
        run: () => {
          consume(Kpi.fold(programme, events).consultations.total)
          return events.length
        }
      }
    ]
  }
}

interface AsyncCase {
  readonly name: string
  readonly run: () => Promise<number>
}

const median = (xs: ReadonlyArray<number>): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

// The harness's `runSuite`, for cases that return a promise.
const runAsyncSuite = async (
  baseline: string,
  cases: ReadonlyArray<AsyncCase>,
  options: Options
): Promise<ReadonlyArray<CaseResult>> => {
  const samples = new Map<string, Array<number>>(cases.map((c) => [c.name, []]))
  for (let round = 0; round < options.warmupRounds + options.rounds; round++) {
    for (const c of cases) {
      const start = performance.now()
      const items = await c.run()
      const ms = performance.now() - start
      if (round >= options.warmupRounds) samples.get(c.name)!.push((items * 1000) / Math.max(ms, 1e-3))
    }
  }
  const base = median(samples.get(baseline)!)
  return cases.map((c) => {
    const rate = median(samples.get(c.name)!)
    return {
      name: c.name,
      medianPerSecond: rate,
      medianMicrosPerItem: 1e6 / rate,
      ratioToBaseline: rate / base
    }
  })
}

const endToEnd = async (size: number, options: Options): Promise<string> => {
  const events = simulatedEvents(size)
  const dir = mkdtempSync(join(tmpdir(), "gip-sante-bench-kpi-"))
  try {
    // Two files of half the events each, so that 2 workers have one file each.
    const half = events.length >> 1
    const files = [join(dir, "a.jsonl"), join(dir, "b.jsonl")]
    const write = (file: string, part: ReadonlyArray<Events.Event>) =>
      writeFileSync(file, part.map((e) => `${JSON.stringify(e)}\n`).join(""))
    write(files[0]!, events.slice(0, half))
    write(files[1]!, events.slice(half))
    const count = events.length
    const run = (workers: number) => async () => {
      const { kpis, outcomes } = await computeKpis(files, {
        workers,
        fullTimeWeeklyHours: 35,
        keepRejects: 0
      })
      const decoded = outcomes.reduce((n, o) => n + o.counts.decoded, 0)
      if (decoded !== count) throw new Error(`decoded ${decoded} events of ${count}`)
      consume(kpis.consultations.total)
      return count
    }
    const suite: Suite = {
      title: `End to end: ${count.toLocaleString("en-US")} events from 2 JSON Lines files (read, parse, decode, fold)`,
      unit: "event",
      baseline: "in-process (--workers 1)",
      cases: []
    }
    const results = await runAsyncSuite(
      suite.baseline,
      [
        { name: "in-process (--workers 1)", run: run(1) },
        { name: "2 worker threads (--workers 2)", run: run(2) }
      ],
      options
    )
    return renderTable(suite, results)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// Prints both KPI tables (main.ts calls it after the synchronous suites).
export const runKpiBench = async (smoke: boolean): Promise<void> => {
  const options: Options = smoke ? { rounds: 1, warmupRounds: 0 } : { rounds: 15, warmupRounds: 5 }
  const accumulation = kpiAccumulationSuite(simulatedEvents(smoke ? 1_000 : 300_000))
  console.log(renderTable(accumulation, runSuite(accumulation, options)))
  console.log("")
  const e2eOptions: Options = smoke ? { rounds: 1, warmupRounds: 0 } : { rounds: 5, warmupRounds: 1 }
  console.log(await endToEnd(smoke ? 2_000 : 600_000, e2eOptions))
  console.log("")
}

/**
 * A tiny benchmark harness: every case of a suite runs in the same process, interleaved in
 * rounds after a warm-up, and we report the median throughput of each case and its ratio to the
 * suite's baseline. Ratios, not absolute times, are what we compare on shared machines.
 */
import { performance } from "node:perf_hooks"

export interface Case {
  readonly name: string
  /** Runs the work once and returns how many items it processed. */
  readonly run: () => number
  /** Runs before each `run`, untimed: to give each round fresh inputs. */
  readonly prepare?: () => void
}

export interface Suite {
  readonly title: string
  readonly unit: string
  readonly baseline: string
  readonly cases: ReadonlyArray<Case>
}

export interface Options {
  readonly rounds: number
  readonly warmupRounds: number
}

export interface CaseResult {
  readonly name: string
  readonly medianPerSecond: number
  readonly medianMicrosPerItem: number
  readonly ratioToBaseline: number
}

const median = (xs: ReadonlyArray<number>): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

// Keeps results alive so the engine cannot drop the work as dead code.
export let sink = 0
export const consume = (x: number): void => {
  sink = (sink + x) | 0
}

export const runSuite = (suite: Suite, options: Options): ReadonlyArray<CaseResult> => {
  const samples = new Map<string, Array<number>>(suite.cases.map((c) => [c.name, []]))
  for (let round = 0; round < options.warmupRounds + options.rounds; round++) {
    for (const c of suite.cases) {
      c.prepare?.()
      const start = performance.now()
      const items = c.run()
      const ms = performance.now() - start
      if (round >= options.warmupRounds) samples.get(c.name)!.push((items * 1000) / Math.max(ms, 1e-3))
    }
  }
  const perSecond = new Map(suite.cases.map((c) => [c.name, median(samples.get(c.name)!)]))
  const base = perSecond.get(suite.baseline)
  if (base === undefined) throw new Error(`Baseline ${suite.baseline} is not a case of ${suite.title}`)
  return suite.cases.map((c) => {
    const rate = perSecond.get(c.name)!
    return {
      name: c.name,
      medianPerSecond: rate,
      medianMicrosPerItem: 1e6 / rate,
      ratioToBaseline: rate / base
    }
  })
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits })

export const renderTable = (suite: Suite, results: ReadonlyArray<CaseResult>): string => {
  const header = `| case | median ${suite.unit}/s | µs per ${suite.unit} | × ${suite.baseline} |`
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${fmt(r.medianPerSecond)} | ${fmt(r.medianMicrosPerItem, 3)} | ${fmt(r.ratioToBaseline, r.ratioToBaseline < 0.01 ? 5 : 3)} |`
  )
  return [`### ${suite.title}`, "", header, "|---|---:|---:|---:|", ...rows].join("\n")
}

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

// -----------------------------------------------------------------------------
// repeated runs and the one summary table
// -----------------------------------------------------------------------------

/**
 * One line of the summary: a case of a suite against one of its baselines, over several runs.
 * `ratios[i]` is the case's throughput ÷ the baseline's in run `i` (both measured in that run);
 * `micros[i]` the case's time per item in run `i`.
 */
export interface Row {
  readonly suite: string
  readonly name: string
  readonly baseline: string
  readonly unit: string
  readonly ratios: ReadonlyArray<number>
  readonly micros: ReadonlyArray<number>
}

/**
 * Rows from per-run throughputs (`rates.get(case)[i]`, items per second in run `i`): every case
 * against each baseline, the baselines themselves first with their own times.
 */
export const rowsOf = (
  label: string,
  unit: string,
  rates: ReadonlyMap<string, ReadonlyArray<number>>,
  baselines: ReadonlyArray<string>
): Array<Row> => {
  const rows: Array<Row> = []
  for (const baseline of baselines) {
    const base = rates.get(baseline)
    if (base === undefined) throw new Error(`Baseline ${baseline} is not a case of ${label}`)
    for (const [name, caseRates] of rates) {
      if (
        name !== baseline &&
        baselines.includes(name) &&
        baselines.indexOf(name) < baselines.indexOf(baseline)
      )
        continue
      rows.push({
        suite: label,
        name,
        baseline,
        unit,
        ratios: caseRates.map((r, i) => r / base[i]!),
        micros: caseRates.map((r) => 1e6 / r)
      })
    }
  }
  return rows
}

/**
 * Runs a suite `runs` times (each run its own warm-up and interleaved rounds, see
 * {@link runSuite}) and gives its rows against the suite's baseline and any other case named in
 * `alsoAgainst`.
 */
export const repeated = (
  label: string,
  suite: Suite,
  options: Options,
  runs: number,
  alsoAgainst: ReadonlyArray<string> = []
): Array<Row> => {
  const rates = new Map<string, Array<number>>(suite.cases.map((c) => [c.name, []]))
  for (let run = 0; run < runs; run++) {
    // Progress on standard error: the table comes at the end.
    console.error(`run ${run + 1} of ${runs}: ${label}`)
    for (const r of runSuite(suite, options)) rates.get(r.name)!.push(r.medianPerSecond)
  }
  return rowsOf(label, suite.unit, rates, [suite.baseline, ...alsoAgainst])
}

const spread = (xs: ReadonlyArray<number>, f: (x: number) => string) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = median(sorted)
  return sorted.length < 2 ? f(mid) : `${f(mid)} (${f(sorted[0]!)}–${f(sorted[sorted.length - 1]!)})`
}

const ratioText = (x: number) => fmt(x, x >= 100 ? 0 : x >= 10 ? 1 : x >= 0.1 ? 2 : 4)

const timeText = (micros: number) =>
  micros >= 1e5
    ? `${fmt(micros / 1e6, 2)} s`
    : micros >= 1000
      ? `${fmt(micros / 1000, 1)} ms`
      : `${fmt(micros, micros >= 10 ? 1 : 3)} µs`

/** The one table `pnpm bench` prints: every row's median over the runs, with its min–max. */
export const renderSummary = (rows: ReadonlyArray<Row>): string => {
  const lines = [
    "| suite | case | against | × baseline, median (min–max) | time per item, median (min–max) |",
    "|---|---|---|---:|---:|"
  ]
  let previous = ""
  for (const r of rows) {
    const isBaseline = r.name === r.baseline
    lines.push(
      `| ${r.suite === previous ? "" : r.suite} | ${r.name} | ${isBaseline ? "(baseline)" : r.baseline} | ${
        isBaseline ? "1" : spread(r.ratios, ratioText)
      } | ${spread(r.micros, timeText)} / ${r.unit} |`
    )
    previous = r.suite
  }
  return lines.join("\n")
}

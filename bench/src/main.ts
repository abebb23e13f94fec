/**
 * `pnpm bench`: runs every suite several times in one process and prints one Markdown table:
 * for each case, the median over the runs of its throughput ÷ its baseline's (both measured in
 * the same run), with the min–max, and its time per item likewise. The processor, the number of
 * cores and the load average before and after are printed with it, since the machines are
 * shared. `--smoke` runs each suite once on tiny inputs, to keep the benchmarks compiling and
 * running in CI; it measures nothing.
 */
import { cpus, loadavg } from "node:os"
import { simulate } from "@gip-sante/occitanie"
import { eventsDecodeSuite } from "./events-decode.js"
import { eventsJsonSuite } from "./events-json.js"
import { type Row, renderSummary, repeated, type Suite } from "./harness.js"
import { moneySuite } from "./money.js"
import { paySuite } from "./pay.js"
import { policySuite } from "./policy.js"
import { publicodesSuite } from "./publicodes.js"

const smoke = process.argv.includes("--smoke")
const size = smoke ? 100 : 100_000
// Publicodes takes about a millisecond per evaluation: fewer contracts (those in force among them).
const publicodesSize = smoke ? 20 : 2_000
// Each run warms up, then interleaves the cases round by round; the table gives the median run.
export const runs = smoke ? 1 : 3
const options = smoke ? { rounds: 1, warmupRounds: 0 } : { rounds: 7, warmupRounds: 2 }

const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(", ")
const started = Date.now()
const loadBefore = load()
const cpu = cpus()

console.log(`# @gip-sante benchmarks${smoke ? " (smoke run: tiny inputs, figures meaningless)" : ""}`)
console.log(
  `Node ${process.version} on ${process.platform}/${process.arch}, ${cpu.length} cores, "${cpu[0]?.model ?? "unknown processor"}"; ${new Date(started).toISOString().slice(0, 16)} UTC\n`
)

// The Publicodes suite prints its equality check (both engines, to the cent) while it is built.
// Event lines and records as a file gives them: each simulated event written as JSON (made a
// flat string, as read from a file, through a byte round trip), and parsed back.
const lines: Array<string> = []
for (const event of simulate({ seed: 7 })) {
  lines.push(Buffer.from(JSON.stringify(event)).toString("utf8"))
  if (lines.length >= (smoke ? 100 : 200_000)) break
}
const records: Array<unknown> = lines.map((line) => JSON.parse(line))

const rows: Array<Row> = []
const run = (suite: Suite, alsoAgainst: ReadonlyArray<string> = []) =>
  rows.push(...repeated(suite.title, suite, options, runs, alsoAgainst))
run(publicodesSuite(publicodesSize), ["hand-written loop"])
run(paySuite(size))
run(moneySuite(size))
run(eventsDecodeSuite(records))
run(eventsJsonSuite(lines))
run(policySuite())
rows.push(...(await import("./kpi.js")).runKpiBench(smoke, runs))
rows.push(...(await import("./report.js")).runReportBench(smoke, runs))

console.log(renderSummary(rows))
console.log(
  `\n${runs} run(s) of every suite (${options.warmupRounds} warm-up and ${options.rounds} timed rounds each, cases interleaved; processes: one round a run). Load average (1, 5, 15 min) ${loadBefore} before, ${load()} after; ${Math.round((Date.now() - started) / 1000)} s in all.`
)

// The DuckDB suite runs the built program on files it writes: its own table, cases interleaved.
;(await import("./duckdb.js")).runDuckDbBench(smoke)

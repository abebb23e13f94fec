/**
 * `pnpm bench`: runs every suite and prints a Markdown table per suite (median throughput and
 * ratio to the suite's baseline, all measured in this process). `--smoke` runs each suite once
 * on tiny inputs, to keep the benchmarks compiling and running in CI; it measures nothing.
 */
import { simulate } from "@gip-sante/occitanie"
import { eventsDecodeSuite } from "./events-decode.js"
import { eventsJsonSuite } from "./events-json.js"
import { renderTable, runSuite, type Suite } from "./harness.js"
import { moneySuite } from "./money.js"
import { paySuite } from "./pay.js"
import { policySuite } from "./policy.js"
import { publicodesSuite } from "./publicodes.js"

const smoke = process.argv.includes("--smoke")
const size = smoke ? 100 : 100_000
// Publicodes takes about a millisecond per evaluation: fewer contracts (those in force among them).
const publicodesSize = smoke ? 20 : 2_000
const options = smoke ? { rounds: 1, warmupRounds: 0 } : { rounds: 15, warmupRounds: 5 }

console.log(`# @gip-sante benchmarks${smoke ? " (smoke run: tiny inputs, figures meaningless)" : ""}`)
console.log(`Node ${process.version} on ${process.platform}/${process.arch}\n`)

// The Publicodes suite prints its equality check (both engines, to the cent) while it is built.
// Event lines and records as a file gives them: each simulated event written as JSON (made a
// flat string, as read from a file, through a byte round trip), and parsed back.
const lines: Array<string> = []
for (const event of simulate({ seed: 7 })) {
  lines.push(Buffer.from(JSON.stringify(event)).toString("utf8"))
  if (lines.length >= (smoke ? 100 : 200_000)) break
}
const records: Array<unknown> = lines.map((line) => JSON.parse(line))
const suites: ReadonlyArray<Suite> = [
  moneySuite(size),
  paySuite(size),
  publicodesSuite(publicodesSize),
  eventsDecodeSuite(records),
  eventsJsonSuite(lines),
  policySuite()
]

for (const suite of suites) {
  console.log(renderTable(suite, runSuite(suite, options)))
  console.log("")
}
;(await import("./kpi.js")).runKpiBench(smoke)
;(await import("./report.js")).runReportBench(smoke)
;(await import("./duckdb.js")).runDuckDbBench(smoke)

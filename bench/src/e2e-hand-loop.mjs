// The hand-written baseline of the end-to-end KPI benchmark (bench/src/kpi.ts), run as its own
// process like `gip-sante kpi`: reads each JSON Lines file whole, splits it into lines, parses
// each with JSON.parse and counts consultations by centre, checking nothing else. It is the
// ceiling of reading and parsing in JavaScript, not the same work as the CLI (which checks every
// field of every event and computes every KPI). Plain JavaScript so that it starts as fast as
// Node can: `node bench/src/e2e-hand-loop.mjs <file…>` prints the number of events read.
import { readFileSync } from "node:fs"

const byCentre = new Map()
let events = 0
for (const file of process.argv.slice(2)) {
  const lines = readFileSync(file, "utf8").split("\n")
  for (const line of lines) {
    if (line === "") continue
    const event = JSON.parse(line)
    events++
    if (event.type === "consultation") byCentre.set(event.centreId, (byCentre.get(event.centreId) ?? 0) + 1)
  }
}
process.stdout.write(`${events} ${byCentre.size}\n`)

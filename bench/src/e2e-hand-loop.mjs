// The hand-written baseline of the end-to-end KPI benchmark (bench/src/kpi.ts), run as its own
// process like `gip-sante kpi`: reads each JSON Lines file in 64 KiB chunks into one reused
// buffer, decodes each chunk's complete lines to a string at once, splits it into lines, parses
// each with JSON.parse and counts consultations by centre, checking nothing else. It is about
// the ceiling of reading and parsing in plain JavaScript, not the same work as the CLI (which
// checks every field of every event and computes every KPI). Plain JavaScript so that it starts
// as fast as Node can: `node bench/src/e2e-hand-loop.mjs <file…>` prints the events read.
import { closeSync, openSync, readSync } from "node:fs"

const byCentre = new Map()
let events = 0
const take = (line) => {
  if (line === "") return
  const event = JSON.parse(line)
  events++
  if (event.type === "consultation") byCentre.set(event.centreId, (byCentre.get(event.centreId) ?? 0) + 1)
}
const buffer = Buffer.allocUnsafe(1 << 16)
for (const file of process.argv.slice(2)) {
  const fd = openSync(file, "r")
  let filled = 0
  for (;;) {
    const read = readSync(fd, buffer, filled, buffer.length - filled, null)
    filled += read
    const last = read === 0 ? filled : buffer.lastIndexOf(10, filled - 1) + 1
    if (last === 0 && filled === buffer.length) throw new Error(`${file}: a line longer than the buffer`)
    const text = buffer.toString("utf8", 0, last)
    let from = 0
    for (let lf = text.indexOf("\n"); lf !== -1; lf = text.indexOf("\n", from)) {
      take(text.slice(from, lf))
      from = lf + 1
    }
    if (from < text.length) take(text.slice(from))
    if (read === 0) break
    buffer.copy(buffer, 0, last, filled)
    filled -= last
  }
  closeSync(fd)
}
process.stdout.write(`${events} ${byCentre.size}\n`)

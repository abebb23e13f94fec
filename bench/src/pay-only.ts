// Runs the pay suite alone (20,000 contracts, 3 rounds after 1 warm-up), for a quick ratio.
import { renderTable, runSuite } from "./harness.js"
import { paySuite } from "./pay.js"

const suite = paySuite(20_000)
console.log(renderTable(suite, runSuite(suite, { rounds: 3, warmupRounds: 1 })))

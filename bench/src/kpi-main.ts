/**
 * Runs only the KPI benchmarks (issue 7):
 * `node --conditions=@gip-sante/source --import tsx src/kpi-main.ts [--smoke]` from bench/.
 */
import { renderSummary } from "./harness.js"
import { runKpiBench } from "./kpi.js"

const smoke = process.argv.includes("--smoke")
console.log(`Node ${process.version} on ${process.platform}/${process.arch}\n`)
console.log(renderSummary(runKpiBench(smoke, smoke ? 1 : 3)))

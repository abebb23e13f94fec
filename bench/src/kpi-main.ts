/**
 * Runs only the KPI benchmarks (issue 7):
 * `node --conditions=@gip-sante/source --import tsx src/kpi-main.ts [--smoke]` from bench/.
 */
import { runKpiBench } from "./kpi.js"

console.log(`Node ${process.version} on ${process.platform}/${process.arch}\n`)
runKpiBench(process.argv.includes("--smoke"))

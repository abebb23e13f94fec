import { Engine } from "./src/index.ts"

const t = performance.now()
const c0 = process.cpuUsage()
await Engine.programmeKpis([process.argv[2]!], {
  fullTimeWeeklyHours: 35,
  patients: { mode: "approximate" },
  memoryLimit: "600MB"
})
const c = process.cpuUsage(c0)
console.error(
  "total",
  (performance.now() - t).toFixed(0),
  "cpu",
  ((c.user + c.system) / 1000).toFixed(0),
  "load",
  (await import("node:os")).loadavg()
)

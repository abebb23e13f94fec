/**
 * `pnpm --filter @gip-sante/bench kpi-memory`: how the programme KPIs' memory grows with
 * distinct patients, in each way of counting them (the figures `gip-sante kpi --help` and the
 * docs state). A child process per measure (so that measures do not share a heap) folds
 * synthetic events of N distinct patients into the programme KPIs' state, twice at different N,
 * and reports the growth of live memory (heap after a full collection, plus array buffers) per
 * added patient; 3 runs each, median with min–max. Events are made on the fly, never stored.
 *
 *   - consultations: one consultation per patient (unique patients, exact or approximate);
 *   - regular doctor: one regular-doctor declaration per patient (that KPI keeps each patient's
 *     latest declaration in both modes, see docs/benchmarks.md).
 */
import { execFileSync } from "node:child_process"
import { cpus } from "node:os"
import { fileURLToPath } from "node:url"
import { Calendar, type Events, Kpi } from "@gip-sante/core"

type Mode = "exact" | "approximate"
type Kind = "consultations" | "regularDoctor"

const day = Calendar.date("2025-06-02")

const event = (kind: Kind, i: number): Events.Event =>
  kind === "consultations"
    ? {
        type: "consultation",
        date: day,
        centreId: `centre-${i % 26}`,
        siteId: `site-${i % 35}`,
        clinicianId: `gp-${i % 110}`,
        patientId: `p-${i.toString(36)}-${(i * 7919) % 1_000_003}`,
        ageBand: i % 2 === 0 ? "65-79" : "40-64",
        complex: false,
        scheduling: "scheduled",
        mode: "inPerson",
        durationMinutes: 20
      }
    : {
        type: "regularDoctorDeclared",
        date: day,
        centreId: `centre-${i % 26}`,
        clinicianId: `gp-${i % 110}`,
        patientId: `p-${i.toString(36)}-${(i * 7919) % 1_000_003}`,
        hadRegularDoctor: i % 3 === 0
      }

const live = (): number => {
  ;(globalThis as { gc?: () => void }).gc?.()
  const usage = process.memoryUsage()
  return usage.heapUsed + usage.arrayBuffers
}

// In a child: the bytes of live memory per patient added between `small` and `large` patients.
const measure = (mode: Mode, kind: Kind, small: number, large: number): number => {
  const accumulator = Kpi.programmeKpis({ fullTimeWeeklyHours: 35, patients: { mode } })
  let state = accumulator.empty()
  for (let i = 0; i < small; i++) state = accumulator.add(state, event(kind, i))
  const before = live()
  for (let i = small; i < large; i++) state = accumulator.add(state, event(kind, i))
  const after = live()
  // Keeps the state alive through the measure.
  if (accumulator.result(state).consultations.total < 0) throw new Error("unreachable")
  return (after - before) / (large - small)
}

const median = (xs: ReadonlyArray<number>): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!

if (process.argv[2] === "--child") {
  const [, , , mode, kind, small, large] = process.argv
  console.log(measure(mode as Mode, kind as Kind, Number(small), Number(large)))
} else {
  const smoke = process.argv.includes("--smoke")
  const [small, large] = smoke ? [1_000, 2_000] : [500_000, 2_000_000]
  const runs = smoke ? 1 : 3
  const self = fileURLToPath(import.meta.url)
  console.log(`# Memory per distinct patient${smoke ? " (smoke run: figures meaningless)" : ""}`)
  console.log(
    `Node ${process.version}, ${cpus()[0]?.model ?? "unknown processor"}; ${small} to ${large} patients\n`
  )
  console.log("| patients counted | events | bytes per patient, median (min–max) |")
  console.log("|---|---|---:|")
  for (const mode of ["exact", "approximate"] as const)
    for (const kind of ["consultations", "regularDoctor"] as const) {
      const figures: Array<number> = []
      for (let run = 0; run < runs; run++)
        figures.push(
          Number(
            execFileSync(
              process.execPath,
              [...process.execArgv, "--expose-gc", self, "--child", mode, kind, String(small), String(large)],
              { encoding: "utf8" }
            ).trim()
          )
        )
      // Growth under a byte is no growth (a collection may leave a few bytes either way).
      const f = (x: number) => (Math.abs(x) < 1 ? "0" : x.toFixed(0))
      console.log(
        `| ${mode} | one ${kind === "consultations" ? "consultation" : "regular-doctor declaration"} each | ${f(median(figures))} (${f(Math.min(...figures))}–${f(Math.max(...figures))}) |`
      )
    }
}

/**
 * The report's hot paths (issue 16). (a) Folding an event log into the report model
 * (`Report.compute`): the programme KPIs of the window plus snapshots at the dates published
 * figures are compared on and the report's own counts, against `Kpi.fold` of the programme KPIs
 * alone on the same events (the work the report builds on). (b) The report of the simulated log
 * (`Report.simulated`: simulate, fold, model) against the simulation alone. (c) Writing a model
 * out as Markdown, HTML and JSON, against `JSON.stringify` of the model (the floor of any
 * output of it).
 */
import { type Events, Kpi } from "@gip-sante/core"
import { policy, programme, simulate } from "@gip-sante/occitanie"
import { Html, Json, Markdown, Report, Simulation } from "@gip-sante/report"
import { consume, type Options, type Row, repeated, type Suite } from "./harness.js"
import { cliMain, processRows, requireBuiltCli } from "./processes.js"

// The first `size` events of the programme's default simulated log, in date order.
const programmeEvents = (size: number): ReadonlyArray<Events.Event> => {
  const out: Array<Events.Event> = []
  for (const event of simulate()) {
    out.push(event)
    if (out.length >= size) break
  }
  return out
}

export const reportFoldSuite = (events: ReadonlyArray<Events.Event>): Suite => {
  const input: Report.Input = { policy, programme }
  const kpis = Kpi.programmeKpis({ fullTimeWeeklyHours: 35 })
  const baseline = "Kpi.fold(programmeKpis)"
  return {
    title: `The report of ${events.length.toLocaleString("en-US")} simulated events (in memory, the same objects every round)`,
    unit: "event",
    baseline,
    cases: [
      {
        name: baseline,
        run: () => {
          consume(Kpi.fold(kpis, events).consultations.total)
          return events.length
        }
      },
      {
        name: "Report.compute, in date order (one KPI state, snapshots as dates pass)",
        run: () => {
          consume(Report.compute(input, events, { ordered: true }).log.kind.length)
          return events.length
        }
      },
      {
        name: "Report.compute, any order (one KPI state per period between cut-off dates, merged)",
        run: () => {
          consume(Report.compute(input, events).log.kind.length)
          return events.length
        }
      }
    ]
  }
}

export const reportSimulatedSuite = (window: { readonly from: string; readonly to: string }): Suite => {
  const calibration = programme.simulation
  if (calibration === undefined) throw new Error("the Occitanie programme data no longer has a calibration")
  const options = { seed: calibration.defaultSeed.value, ...window }
  let count = 0
  for (const _ of Simulation.simulate(calibration, options)) count++
  const baseline = "Simulation.simulate alone (events counted)"
  return {
    title: `The report of the simulated log from ${window.from} to ${window.to} (${count.toLocaleString("en-US")} events, simulated every round)`,
    unit: "event",
    baseline,
    cases: [
      {
        name: baseline,
        run: () => {
          let n = 0
          for (const _ of Simulation.simulate(calibration, options)) n++
          consume(n)
          return n
        }
      },
      {
        name: "Report.simulated (simulate, fold, model)",
        run: () => {
          consume(Report.simulated({ policy, programme, window }).log.kind.length)
          return count
        }
      }
    ]
  }
}

export const reportRenderSuite = (model: Report.ReportModel): Suite => {
  const baseline = "JSON.stringify(model)"
  const case_ = (name: string, write: (m: Report.ReportModel) => string) => ({
    name,
    run: () => {
      consume(write(model).length)
      return 1
    }
  })
  return {
    title: `Writing out the report model (${Math.round(JSON.stringify(model).length / 1000)} kB as JSON)`,
    unit: "report",
    baseline,
    cases: [
      case_(baseline, (m) => JSON.stringify(m)),
      case_("Json.report (indented)", Json.report),
      case_("Markdown.report", Markdown.report),
      case_("Html.report (with its charts)", Html.report)
    ]
  }
}

// The built `gip-sante report` as a user runs it, each run a fresh process, against `node -e 0`
// (the floor of any Node program on this machine): by default (the Occitanie preset's log, read
// from the digest the CLI ships) and with another seed (simulated: what every run cost before).
const reportCommandRows = (smoke: boolean, runs: number): Array<Row> => {
  requireBuiltCli("the report command's benchmark")
  const markdown = (stdout: string) => stdout.startsWith("#") && stdout.includes("SIMULATED")
  const window = smoke ? ["--from", "2022-07-01", "--to", "2022-07-31"] : []
  return processRows(
    "gip-sante report, Markdown to standard output, each run a fresh process (the built CLI)",
    "run",
    1,
    [
      { name: "node -e 0", args: ["-e", "0"], check: () => true },
      {
        name: "gip-sante report (defaults: the shipped digest of the preset's simulated log)",
        args: [cliMain, "report", ...window],
        check: markdown
      },
      {
        name: "gip-sante report --seed 1 (its log simulated, 645,000 events or so)",
        args: [cliMain, "report", "--seed", "1", ...window],
        check: markdown
      }
    ],
    smoke ? { rounds: 1, warmupRounds: 0 } : { rounds: Math.max(runs, 3), warmupRounds: 1 }
  )
}

// The report rows (main.ts calls it after the other suites).
export const runReportBench = (smoke: boolean, runs: number): Array<Row> => {
  const options: Options = smoke ? { rounds: 1, warmupRounds: 0 } : { rounds: 7, warmupRounds: 2 }
  const events = programmeEvents(smoke ? 1_000 : 300_000)
  // A year of the log, simulated afresh each round: a few tens of thousands of events.
  const window = smoke ? { from: "2022-07-01", to: "2022-07-31" } : { from: "2023-01-01", to: "2023-12-31" }
  const model = Report.simulated({ policy, programme, window })
  const rows: Array<Row> = []
  for (const suite of [reportFoldSuite(events), reportSimulatedSuite(window), reportRenderSuite(model)]) {
    rows.push(...repeated(suite.title, suite, options, runs))
  }
  rows.push(...reportCommandRows(smoke, runs))
  return rows
}

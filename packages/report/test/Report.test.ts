import { Explanation, Policy, Programme } from "@gip-sante/core"
import { beforeAll, describe, expect, it } from "vitest"
import { Figure, Handbook, Html, Json, Markdown, ProgrammeData, Report, Simulation } from "../src/index.js"
import { policy, programme, programmeJson } from "./fixtures.js"

const input: Report.Input = { policy, programme }
let model: Report.ReportModel
let md: string
let html: string

beforeAll(() => {
  model = Report.simulated(input)
  md = Markdown.report(model)
  html = Html.report(model)
}, 60_000)

const ok = <A>(s: Report.Section<A>): A => {
  if (s.status !== "ok") throw new Error(s.reason)
  return s.value
}

// Every figure of a model (anything with a value, a unit and an explanation), with its path.
const figuresOf = (
  value: unknown,
  path = "model"
): Array<{ path: string; figure: Record<string, unknown> }> => {
  if (Array.isArray(value)) return value.flatMap((v, i) => figuresOf(v, `${path}[${i}]`))
  if (value === null || typeof value !== "object") return []
  const record = value as Record<string, unknown>
  if ("explanation" in record && ("unit" in record || "kind" in record)) return [{ path, figure: record }]
  return Object.entries(record).flatMap(([k, v]) => figuresOf(v, `${path}.${k}`))
}

describe("Report.simulated (Occitanie)", () => {
  it("computes every section, on the programme's own simulated log", () => {
    for (const key of ["headline", "activity", "target", "pay", "staff", "opening", "projection"] as const)
      expect(model[key].status, key).toBe("ok")
    expect(model.log).toStrictEqual({ kind: "simulated", seed: 2025, events: 654513 })
    expect(model.window).toStrictEqual({ from: "2022-07-01", to: "2025-12-31" })
  })

  it("reads the goals from the policy's parameters, one source of truth", () => {
    const goals = ok(model.headline).goals.filter((g) => g.source === "policy")
    expect(goals.map((g) => [g.id, g.goal.value, g.by])).toStrictEqual([
      ["programme.goal.clinicians", 200, "2028-12-31"],
      ["programme.goal.consultations", 1000000, "2028-12-31"]
    ])
    expect(Explanation.sources(goals[0]!.goal.explanation)[0]?.parameterId).toBe("programme.goal.clinicians")
    expect(programme.figures.some((f) => f.nature === "goal" && f.unit === "consultations")).toBe(false)
  })

  it("compares the KPIs with the figures the programme data names, on their dates", () => {
    const rows = ok(model.headline).comparisons.map((c) => [c.published.id, c.computed.value, c.matches])
    expect(rows).toStrictEqual([
      ["consultations.total.apr2025", 304057, true],
      // At least 400 000 by the end of summer 2025 (S2): the calibration passes it (issue 16).
      ["consultations.total.summer2025", 402793, true],
      ["patients.regularDoctorRegained.apr2025", 30572, true],
      ["patients.regularDoctorRegained.dec2025", 35691, true],
      ["homeVisits.total.apr2025", 18626, true],
      ["patients.share65Plus.dec2025", 0.498851634606354, true]
    ])
  })

  it("costs each profession of the typical centre on its own grid, and applies the ramp-up once", () => {
    const o = ok(model.opening)
    const midwife = o.staff.find((s) => s.profession === "midwife")!
    expect(Explanation.sources(midwife.costPerYear.explanation).map((s) => s.parameterId)).toContain(
      "pay.midwife.grid"
    )
    expect(Explanation.sources(midwife.costPerYear.explanation).map((s) => s.parameterId)).not.toContain(
      "pay.gp.grid"
    )
    const full = o.consultationsAtFullActivity.value
    const ramp = programme.typicalCentre!.ramp.value
    expect(o.years.map((y) => y.consultations.value)).toStrictEqual([
      Math.round(full * ramp[0]!),
      Math.round(full * ramp[1]!),
      full,
      full
    ])
    expect(full).toBe(Math.round(o.staff.reduce((n, s) => n + (s.consultationsPerYear?.value ?? 0), 0)))
  })

  it("explains the subsidy per consultation from the subsidies, the Region's contribution and the consultations", () => {
    const y1 = ok(model.opening).years[0]!
    const steps = y1.subsidyPerConsultation!.explanation.root.children.map((c) => c.label)
    expect(steps).toStrictEqual([
      "Installation and operating subsidies",
      "Region's contribution in year 1",
      "Consultations in year 1"
    ])
  })

  it("projects consultations to the policy's goal and recruitment against the clinicians goal", () => {
    const p = ok(model.projection)
    const c = ok(p.consultations!)
    expect([c.goal.value, c.goalMonthWithPlan.value, c.goalMonthNoGrowth.value]).toStrictEqual([
      1000000,
      "2027-07",
      "2027-11"
    ])
    const r = ok(p.recruitment!)
    expect([r.goal.value, r.deadline, r.paceNeeded.value]).toStrictEqual([200, "2028-12-31", 2.5])
  })

  it("gives every figure an explanation", () => {
    const all = figuresOf(model)
    expect(all.length).toBeGreaterThan(200)
    for (const { path, figure } of all)
      expect((figure.explanation as Explanation.Explanation).version, path).toBe(1)
  })

  it("is JSON as it is", () => {
    expect(JSON.parse(Json.report(model))).toStrictEqual(JSON.parse(JSON.stringify(model)))
  })
})

describe("Report.compute", () => {
  it("gives the same model for events in any order as in date order (events outside the window only counted)", () => {
    const calibration = programme.simulation!
    const window = { from: programme.window.from, to: "2025-04-30" }
    const events = [...Simulation.simulate(calibration, { seed: 3, from: window.from, to: "2025-05-31" })]
    expect(events.some((e) => e.date > window.to)).toBe(true)
    // A fixed shuffle (a linear congruential generator), so that the test is deterministic.
    const shuffled = [...events]
    let seed = 42
    for (let i = shuffled.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648
      const j = seed % (i + 1)
      ;[shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!]
    }
    const inOrder = Report.compute({ policy, programme, window }, events, { ordered: true })
    const anyOrder = Report.compute({ policy, programme, window }, shuffled)
    expect(ok(inOrder.headline).comparisons.length).toBeGreaterThan(1)
    expect(anyOrder).toStrictEqual(inOrder)
    // It simulates three years and computes the model twice: a few seconds on a loaded machine.
  }, 30_000)
})

describe("Report without events", () => {
  const none = Report.withoutEvents(input)

  it("says plainly that there is no event log, and computes what needs none", () => {
    expect(none.log).toStrictEqual({ kind: "none" })
    for (const key of ["headline", "activity", "target", "staff"] as const)
      expect(none[key]).toStrictEqual({
        status: "unavailable",
        reason:
          "No event log was given, so there are no events to count: give the programme's event files, or programme data with a simulation calibration for a simulated log."
      })
    for (const key of ["pay", "opening", "projection"] as const) expect(none[key].status, key).toBe("ok")
    expect(none.assumptions.simulation).toBeUndefined()
  })

  it("is what a programme without a simulation gives", () => {
    const { simulation: _none, ...rest } = programmeJson()
    const withoutSimulation = ProgrammeData.decodeUnsafe(rest)
    const m = Report.simulated({ policy, programme: withoutSimulation })
    expect(m.log).toStrictEqual({ kind: "none" })
    expect(Markdown.report(m)).toContain("**No event log.**")
  })

  it("says why a goal-based projection cannot be made when the policy states no such goal", () => {
    const encoded = Policy.encode(policy)
    const { [Programme.parameters.consultationsGoal.id]: _dropped, ...parameters } = encoded.parameters
    const m = Report.withoutEvents({ policy: Policy.decodeUnsafe({ ...encoded, parameters }), programme })
    expect(ok(m.projection).consultations).toStrictEqual({
      status: "unavailable",
      reason: "The policy states no consultations goal (programme.goal.consultations)."
    })
  })
})

describe("Renderers", () => {
  // The human text: without the explanations (core's trees), the quoted locators of sources and
  // the documents' own titles.
  const prose = (text: string) =>
    text
      .split(/Documents cited/)[0]!
      .replace(/<details>[\s\S]*?<\/details>/g, "")
      .replace(/“[^”]*”/g, "")
      .replace(/`[^`]*`/g, "")

  it("write numbers the French way, with one formatter", () => {
    expect(prose(md)).not.toMatch(/\d,\d{3}(?!\d)/)
    expect(prose(md)).not.toMatch(/\d\.\d+ ?%/)
    expect(md).toContain("| Consultations | 501\u202f785 |")
    expect(md).toContain("49,95\u00a0%")
  })

  it("write no code names in text for people", () => {
    for (const code of ["notMet", "notApplicable", "selfEmployed", "endOfContract"]) {
      expect(prose(md)).not.toContain(code)
      expect(prose(html)).not.toContain(code)
    }
  })

  it("say the data is simulated, in both formats", () => {
    expect(md).toContain("**Simulated data.** The event log is SIMULATED")
    expect(html).toContain('<p class="simulated"><strong>Simulated data.</strong>')
  })

  it("lay out the same sections in Markdown and in HTML", () => {
    const mdHeadings = [...md.matchAll(/^#{1,3} (.+?)(?: <a id=.*)?$/gm)].map((m) => m[1])
    const htmlHeadings = [...html.matchAll(/<h[1-3][^>]*>([^<]+)<\/h[1-3]>/g)].map((m) =>
      m[1]!
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&")
    )
    expect(htmlHeadings).toStrictEqual(mdHeadings)
  })
})

describe("Figure", () => {
  it("derived figures cite the figures they come from by their top step", () => {
    const a = Figure.counted("A", 3, "count", "a events")
    const b = Figure.derived("B", 6, "count", "a × 2", [a])
    expect(b.explanation.root.children).toStrictEqual([a.explanation.root])
    const c = Figure.derived("C", 12, "count", "b × 2", [b])
    expect(c.explanation.root.children[0]?.children).toStrictEqual([])
    expect(c.explanation.root.children[0]?.note).toBe("a × 2; explained in full with its own figure")
  })
})

describe("Handbook", () => {
  it("lists only the documents the policy cites", () => {
    const text = Handbook.markdown(policy)
    expect(text).toContain("## Documents cited")
    expect(text).toMatch(/\d+ documents cited; 2 other documents of the bibliography are cited by nothing/)
  })

  it("computes the worked examples from the policy rendered, beside what they were written to give", () => {
    const text = Handbook.markdown(policy)
    expect(text).toContain(
      "| 60 consultations in 35 h, none complex: 45 short of 105 | 2025-06-01 | not met, short by 45 consultations | not met | as written |"
    )
    const stricter = Policy.override(policy, {
      parameters: {
        "consultation.targetPerHour": {
          values: [
            {
              from: "2022-06-17",
              value: 2.5,
              provenance: { kind: "assumption", rationale: "x", replaceWith: "y" }
            }
          ]
        }
      }
    })
    if (stricter._tag !== "Success") throw new Error("override")
    const adapted = Handbook.markdown(stricter.success)
    expect(adapted).toContain(
      "| 60 consultations in 35 h, none complex: 45 short of 105 | 2025-06-01 | not met, short by 27,5 consultations | not met | as written |"
    )
    expect(adapted).toContain(
      "| 105 consultations in 35 h, none complex: 3 an hour | 2025-06-01 | met | met | as written |"
    )
    expect(adapted).toContain("**INHERITED** from Ma santé, ma région, not overridden.")
  })
})

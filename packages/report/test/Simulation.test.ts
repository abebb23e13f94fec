import { fc, test } from "@fast-check/vitest"
import { Events } from "@gip-sante/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { Simulation } from "../src/index.js"
import { programme, programmeJson } from "./fixtures.js"

const calibration = programme.simulation!

describe("Simulation", () => {
  test.prop([fc.integer(), fc.integer({ min: 0, max: 150 })], { numRuns: 6, seed: 3 })(
    "any seed gives decodable events in date order within the window",
    (seed, days) => {
      const to = new Date(Date.UTC(2022, 6, 1 + days)).toISOString().slice(0, 10)
      let previous = ""
      for (const e of Simulation.simulate(calibration, { seed, to })) {
        expect(e.date >= previous && e.date <= to).toBe(true)
        expect(Result.isSuccess(Events.decode(e))).toBe(true)
        previous = e.date
      }
    }
  )

  it("the summary totals the events of the run", () => {
    const options = { seed: 4, to: "2023-03-31" }
    const s = Simulation.summary(calibration, options)
    const events = [...Simulation.simulate(calibration, options)]
    expect(s.events).toBe(events.length)
    expect(s.consultations).toBe(events.filter((e) => e.type === "consultation").length)
    expect(s.centresOpen).toBe(events.filter((e) => e.type === "centreOpened").length)
    expect(s.cliniciansInPost + s.supportStaffInPost).toBe(
      events.filter((e) => e.type === "staffHired").length -
        events.filter((e) => e.type === "staffLeft").length
    )
  })

  it("follows the calibration: with no hires, each centre gets only its founding doctor", () => {
    const j = programmeJson().simulation
    for (const h of j.hires) h.anchors = [[h.anchors[0][0], 0]]
    const quiet = Result.getOrThrow(Simulation.decode(j))
    const events = [...Simulation.simulate(quiet, { to: "2023-12-31" })]
    const opened = events.filter((e) => e.type === "centreOpened")
    const hired = events.filter((e) => e.type === "staffHired")
    expect(hired.map((e) => e.centreId)).toStrictEqual(opened.map((e) => e.centreId))
    // The founding hire is of the calibration's first doctor profession.
    expect(hired.every((e) => e.profession === "gp")).toBe(true)
    const first = opened[0]
    expect(first?.type === "centreOpened" && first.name).toBe(calibration.namedCentres[0]!.name)
  })

  it("lists every constant with its provenance", () => {
    const names = Simulation.constants(calibration).map((c) => c.name)
    expect(names).toContain("consultingShare")
    expect(names).toContain("hires.gp")
    expect(names).toContain("namedCentres.1")
    expect(new Set(names).size).toBe(names.length)
  })

  test.prop([fc.anything()], { numRuns: 300, seed: 18 })("decode never throws", (input) => {
    expect(() => Simulation.decode(input)).not.toThrow()
  })
})

import { fc, test } from "@fast-check/vitest"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { ProgrammeData } from "../src/index.js"
import { policy, programme, programmeJson } from "./fixtures.js"

const issuesOf = (input: unknown) => {
  const r = ProgrammeData.decode(input)
  return Result.isFailure(r) ? r.failure.issues : []
}

describe("ProgrammeData.decode", () => {
  it("decodes Occitanie's programme file, whose citations the policy's bibliography declares", () => {
    expect(programme.region).toBe("Occitanie")
    expect(programme.figures.length).toBeGreaterThan(50)
    expect(ProgrammeData.citationIssues(programme, policy.bibliography)).toStrictEqual([])
  })

  it("reports every shape issue at once, each with its path", () => {
    const j = programmeJson()
    j.window.from = "2022-13-01"
    delete j.start
    j.extra = 1
    j.comparisons[0].kpi = "visits"
    j.payExamples[0].weeklyHours = 0
    j.typicalCentre.opening.value = "2025-01-15"
    expect(issuesOf(j)).toStrictEqual([
      { path: "extra", message: "Unknown field (not part of the format)" },
      { path: "start", message: "Missing field" },
      {
        path: "window.from",
        message: 'Expected a calendar date "YYYY-MM-DD", got "2022-13-01": there is no month 13'
      },
      {
        path: "comparisons[0].kpi",
        message:
          'Expected "consultations" | "regularDoctorPatients" | "regainedRegularDoctor" | "homeVisits" | "patientShare65Plus" | "centresOpen" | "staffInPost" | "staffHired", got "visits"'
      },
      { path: "payExamples[0].weeklyHours", message: "Expected a value between 0 (excluded) and 60, got 0" },
      { path: "typicalCentre.opening.value", message: 'Expected the first day of a month, got "2025-01-15"' }
    ])
  })

  it("reports every issue a schema cannot express at once, each with its path", () => {
    const k = programmeJson()
    k.comparisons[0].figure = "consultations.total.apr2026"
    k.comparisons[1].kpi = "homeVisits"
    k.comparisons[2].professions = ["gp"]
    k.payExamples[1].id = "new-gp-35h"
    k.payExamples[2].published = "staff.gps.apr2025"
    k.typicalCentre.staff[2].consultationsPerHour = k.typicalCentre.staff[1].consultationsPerHour
    k.projection.recruitment.headcounts = ["staff.gps.apr2025"]
    k.simulation.weeklyHours.value[0][1] = 0.5
    k.simulation.hires[1].anchors[2][1] = 0
    k.simulation.departures.value[0].profession = "nurse"
    k.simulation.namedCentres[1].number = 27
    k.window.to = "2021-01-01"
    expect(issuesOf(k)).toStrictEqual([
      { path: "window.to", message: "Expected the end on or after the start 2022-07-01, got 2021-01-01" },
      {
        path: "comparisons[0].figure",
        message: "No published figure has the id consultations.total.apr2026"
      },
      {
        path: "comparisons[1].figure",
        message: "Expected a figure in count, got consultations.total.summer2025 in consultations"
      },
      {
        path: "comparisons[2].professions",
        message: "Only staff counts take professions, not regainedRegularDoctor"
      },
      { path: "payExamples[1].id", message: "Duplicate pay example id new-gp-35h" },
      {
        path: "payExamples[2].published",
        message:
          "Expected a figure in eurosPerMonthNet or eurosPerMonthGross, got staff.gps.apr2025 in people"
      },
      { path: "typicalCentre.staff[2].consultationsPerHour", message: "Support staff give no consultations" },
      {
        path: "projection.recruitment.headcounts",
        message: "Expected at least 2 figures for a trend, got 1"
      },
      {
        path: "simulation.namedCentres[1].number",
        message: "Expected a centre number from 1 to 26 (the centres opened), got 27"
      },
      {
        path: "simulation.hires[1].anchors[2][1]",
        message: "Expected a cumulative count that does not decrease, got 0 after 1"
      },
      {
        path: "simulation.departures.value[0].profession",
        message: "Expected a profession the calibration hires (gp, midwife, ipa, secretary), got nurse"
      },
      { path: "simulation.weeklyHours.value", message: "Expected shares that add up to 1, got 1.05" }
    ])
  })

  it("reports figure issues with their path in the file", () => {
    const j = programmeJson()
    j.figures[1].id = j.figures[0].id
    expect(issuesOf(j)).toContainEqual({
      path: "figures[1].id",
      message: `Duplicate figure id ${j.figures[0].id}`
    })
  })

  it("lists citations of documents the policy's bibliography does not declare", () => {
    const j = programmeJson()
    j.start.provenance.document = "regional-press-cvl"
    j.typicalCentre.ramp.provenance.references = ["S9"]
    const p = ProgrammeData.decodeUnsafe(j)
    expect(ProgrammeData.citationIssues(p, policy.bibliography)).toStrictEqual([
      {
        path: "start.provenance.document",
        message: 'Refers to document "regional-press-cvl", which the policy\'s bibliography does not declare'
      },
      {
        path: "typicalCentre.ramp.provenance.references",
        message: 'Refers to document "S9", which the policy\'s bibliography does not declare'
      }
    ])
  })

  test.prop([fc.anything()], { numRuns: 300, seed: 15 })("never throws on any input", (input) => {
    expect(() => ProgrammeData.decode(input)).not.toThrow()
  })

  test.prop([fc.jsonValue()], { numRuns: 300, seed: 16 })(
    "never throws on any JSON, and fails on it",
    (input) => {
      expect(Result.isFailure(ProgrammeData.decode(input))).toBe(true)
    }
  )

  // Programme-shaped inputs with one field replaced by arbitrary JSON reach the checks.
  const paths: ReadonlyArray<ReadonlyArray<string | number>> = [
    ["simulation", "hires"],
    ["simulation", "centresOpen", "value"],
    ["typicalCentre", "staff"],
    ["projection"],
    ["comparisons"],
    ["figures", 3]
  ]
  test.prop([fc.constantFrom(...paths), fc.jsonValue()], { numRuns: 200, seed: 17 })(
    "never throws when one part of a valid file is replaced by any JSON",
    (path, value) => {
      const j = programmeJson()
      let target = j
      for (const key of path.slice(0, -1)) target = target[key]
      target[path.at(-1)!] = value
      expect(() => ProgrammeData.decode(j)).not.toThrow()
    }
  )
})

import { fc, test } from "@fast-check/vitest"
import { Calendar, Explanation, Issue, Money, Provenance } from "@gip-sante/core"
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"

const figure = {
  figureId: "consultations.total.apr2025",
  asOf: Calendar.date("2025-04-09"),
  provenance: Provenance.citation("S1", "300\u202f000 consultations since July 2022", {
    quote: "300 000 consultations réalisées depuis juillet 2022"
  })
}

const tree = Explanation.make(
  Explanation.step("Subsidy per consultation", {
    value: Explanation.money(Money.euros(14.24), "eurosPerConsultation"),
    children: [
      Explanation.counted(
        "Consultations",
        1250,
        "consultation events dated 2025-01-01 to 2025-01-31",
        "consultations"
      ),
      Explanation.fromFigure(
        "Consultations since July 2022",
        figure,
        Explanation.quantity(300000, "consultations")
      )
    ]
  })
)

describe("Explanation sources", () => {
  it("renders events counted and published figures with what they rest on", () => {
    expect(Explanation.toText(tree).split("\n")).toStrictEqual([
      "Subsidy per consultation: 14,24\u00a0€ / consultation",
      "├─ Consultations: 1\u202f250 consultations [1\u202f250 events counted: consultation events dated 2025-01-01 to 2025-01-31]",
      "└─ Consultations since July 2022: 300\u202f000 consultations [published figure consultations.total.apr2025, as of 2025-04-09; S1: 300\u202f000 consultations since July 2022, « 300 000 consultations réalisées depuis juillet 2022 »]"
    ])
  })

  it("lists the figures used, apart from the parameters read", () => {
    expect(Explanation.figures(tree)).toStrictEqual([figure])
    expect(Explanation.sources(tree)).toStrictEqual([])
  })

  it("round-trips through its JSON shape", () => {
    const json = Explanation.toJson(tree)
    expect(
      Schema.decodeUnknownSync(Explanation.ExplanationSchema)(JSON.parse(JSON.stringify(json)))
    ).toStrictEqual(tree)
  })

  test.prop([fc.string(), fc.nat(), fc.string()], { numRuns: 50, seed: 5 })(
    "a counted step's value is its count",
    (label, events, description) => {
      const step = Explanation.counted(label, events, description)
      expect(step.value).toStrictEqual({ kind: "quantity", value: events, unit: "count" })
      expect(step.counted).toStrictEqual({ events, description })
    }
  )
})

describe("Issue", () => {
  it("decodes with every issue and its path under a prefix", () => {
    const r = Issue.decodeAll(Schema.Struct({ years: Schema.Int }), { years: 1.5, extra: 1 }, ["plan"])
    expect(Result.isFailure(r) && r.failure).toStrictEqual([
      { path: "plan.extra", message: "Unknown field (not part of the format)" },
      { path: "plan.years", message: "Expected an integer, got 1.5" }
    ])
    expect(Issue.render([{ path: "years", message: "Expected an integer, got 1.5" }])).toBe(
      "at years: Expected an integer, got 1.5"
    )
    expect(Issue.formatPath(["parameters", "pay.gp.grid", "history", 1])).toBe(
      'parameters["pay.gp.grid"].history[1]'
    )
  })
})

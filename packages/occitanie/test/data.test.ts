import { Parameter, Provenance, Reference } from "@gip-sante/core"
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { bibliography } from "../src/bibliography.js"
import { figures } from "../src/figures.js"
import { parameters } from "../src/parameters.js"

const decodedBibliography = Schema.decodeUnknownSync(Provenance.BibliographySchema)(bibliography)

const entries = Object.entries(parameters) as ReadonlyArray<[string, Parameter.Encoded]>

const decodeParameter = (id: string): Parameter.Parameter => {
  const result = Parameter.decode(id, parameters[id as keyof typeof parameters])
  if (Result.isFailure(result)) throw new Error(`${id}: ${result.failure.message}`)
  return result.success
}

const decodedFigures = (): ReadonlyArray<Reference.Figure> => {
  const result = Reference.decodeFigures(figures)
  if (Result.isFailure(result)) throw new Error(result.failure.message)
  return result.success
}

const allProvenances = (): ReadonlyArray<[string, Provenance.Provenance]> => [
  ...entries.flatMap(([id]) =>
    decodeParameter(id).history.map((entry, i): [string, Provenance.Provenance] => [
      `${id}.history[${i}]`,
      entry.provenance
    ])
  ),
  ...decodedFigures().map((figure): [string, Provenance.Provenance] => [figure.id, figure.provenance])
]

/** The amounts of a grid parameter's first value, in cents. */
const gridAmounts = (id: string): ReadonlyArray<number> => {
  const parameter = decodeParameter(id)
  if (parameter.type !== "grid") throw new Error(`${id} is not a grid`)
  return parameter.history[0]!.value.map((echelon) => echelon.amount)
}

/** The first value of a money parameter, in cents. */
const money = (id: string): number => {
  const parameter = decodeParameter(id)
  if (parameter.type !== "money") throw new Error(`${id} is not a money parameter`)
  return parameter.history[0]!.value
}

/** The first value of a number parameter. */
const numberValue = (id: string): number => {
  const parameter = decodeParameter(id)
  if (parameter.type !== "number") throw new Error(`${id} is not a number parameter`)
  return parameter.history[0]!.value
}

describe("Occitanie preset data", () => {
  describe("parameters", () => {
    it.each(entries.map(([id]) => id))("%s decodes and has a valid id", (id) => {
      expect(Parameter.isValidId(id)).toBe(true)
      const result = Parameter.decode(id, parameters[id as keyof typeof parameters])
      expect(Result.isFailure(result) ? result.failure.message : "ok").toBe("ok")
    })

    it("every assumption has a rationale and a replacement", () => {
      for (const [where, provenance] of allProvenances()) {
        if (provenance.kind !== "assumption") continue
        expect(provenance.rationale.trim(), where).not.toBe("")
        expect(provenance.replaceWith.trim(), where).not.toBe("")
      }
    })
  })

  describe("bibliography", () => {
    it("decodes", () => {
      expect(Object.keys(decodedBibliography).sort()).toEqual(Object.keys(bibliography).sort())
    })

    it("no provenance refers to an undeclared document", () => {
      const dangling = allProvenances().flatMap(([where, provenance]) =>
        Provenance.danglingReferences(provenance, decodedBibliography).map((doc) => `${where} -> ${doc}`)
      )
      expect(dangling).toEqual([])
    })

    it("every document is cited at least once", () => {
      const cited = new Set(allProvenances().flatMap(([, provenance]) => Provenance.documentIds(provenance)))
      expect(Object.keys(bibliography).filter((doc) => !cited.has(doc))).toEqual([])
    })
  })

  describe("figures", () => {
    it("decode", () => {
      const result = Reference.decodeFigures(figures)
      expect(Result.isFailure(result) ? result.failure.message : "ok").toBe("ok")
    })
  })

  describe("consistency", () => {
    it("the GP grid runs from the starting pay to the maximum pay", () => {
      const amounts = gridAmounts("pay.gp.grid")
      expect(amounts[0]).toBe(money("pay.gp.startingMonthlyNet"))
      expect(amounts[amounts.length - 1]).toBe(money("pay.gp.maximumMonthlyNet"))
    })

    it("the midwife grid has a 4,500 € echelon (the S2 midwife on 39 h)", () => {
      expect(gridAmounts("pay.midwife.grid")).toContain(450000)
    })

    it("the consultation time shares sum to 1", () => {
      const shares = ["scheduled", "unscheduled", "homeVisits", "admin", "training"].map((name) =>
        Math.round(numberValue(`consultation.timeShare.${name}`) * 1000)
      )
      expect(shares.reduce((a, b) => a + b, 0)).toBe(1000)
    })

    it("the reserved unscheduled share follows from the time shares", () => {
      const scheduled = Math.round(numberValue("consultation.timeShare.scheduled") * 1000)
      const unscheduled = Math.round(numberValue("consultation.timeShare.unscheduled") * 1000)
      expect(Math.round(numberValue("obligations.unscheduled.reservedShare") * 1000)).toBe(
        Math.round((unscheduled * 1000) / (scheduled + unscheduled))
      )
    })
  })
})

import { overrideJson, policy, programme, simulate } from "@gip-sante/centre-val-de-loire"
import { Policy, Provenance, Reference } from "@gip-sante/core"
import { policy as occitaniePolicy, programme as occitanieProgramme } from "@gip-sante/occitanie"
import { Format, Handbook, Html, Json, Markdown, ProgrammeData, Report } from "@gip-sante/report"
import { beforeAll, describe, expect, it } from "vitest"

let model: Report.ReportModel
let texts: { readonly name: string; readonly text: string }[]

beforeAll(() => {
  model = Report.simulated({ policy, programme })
  texts = [
    { name: "report (Markdown)", text: Markdown.report(model) },
    { name: "report (HTML)", text: Html.report(model) },
    { name: "report (JSON)", text: Json.report(model) },
    { name: "handbook (Markdown)", text: Handbook.markdown(policy) },
    { name: "handbook (HTML)", text: Handbook.html(policy) }
  ]
}, 60_000)

const ok = <A>(s: Report.Section<A>): A => {
  if (s.status !== "ok") throw new Error(s.reason)
  return s.value
}

// What the Centre-Val de Loire data inherits from Occitanie: the parameters its override neither
// replaces nor withdraws (the handbook marks each INHERITED), with the documents they cite.
const inherited = (): ReadonlyArray<string> => {
  const replaced = new Set(Object.keys(overrideJson.parameters ?? {}))
  return Policy.parameterIds(policy).filter((id) => !replaced.has(id))
}
const citedBy = (ids: ReadonlyArray<string>): Set<string> =>
  new Set(
    ids.flatMap((id) =>
      Policy.parameter(policy, id)!.history.flatMap((e) => [...Provenance.documentIds(e.provenance)])
    )
  )

// Occitanie's own documents: those its published figures and programme data cite.
const occitanieDocuments = (): Set<string> => {
  const ids = new Set<string>()
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit)
    else if (v !== null && typeof v === "object") {
      const record = v as Record<string, unknown>
      if (record.kind === "citation" || record.kind === "assumption")
        for (const id of Provenance.documentIds(record as Provenance.Provenance)) ids.add(id)
      else Object.values(record).forEach(visit)
    }
  }
  visit(occitanieProgramme)
  return ids
}

const mentions = (text: string, word: string) =>
  new RegExp(`(?<![\\w.-])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`).test(text)

describe("the Centre-Val de Loire preset", () => {
  it("is an override of the Occitanie policy whose lineage shows what it overrides, inherits and withdraws", () => {
    const lineage = policy.lineage!
    expect(lineage.base).toStrictEqual({
      name: occitaniePolicy.name,
      region: "Occitanie",
      version: occitaniePolicy.version
    })
    expect(policy.start).toBe("2020-06-30")
    expect(lineage.layers[0]?.withdrawn?.map((w) => w.parameterId)).toStrictEqual([
      "pay.midwife.grid",
      "pay.ipa.grid",
      "programme.goal.additionalClinicians",
      "programme.goal.consultations"
    ])
    expect(lineage.layers[0]?.inheritedFromStart.map((i) => i.parameterId)).toContain("pay.roundingMode")
    expect(lineage.documentsAdded).toStrictEqual(["cvl-audit-2023", "cvl-press-2025"])
  })

  it("starts in 2020: every value the modules read is in force from its start", () => {
    const policyAt = (id: string) => Policy.parameter(policy, id)!.history[0]!.from
    for (const id of [
      "pay.gp.grid",
      "contract.maxWeeklyHours",
      "contributions.socialSecurityCeiling",
      "contributions.ircantecA.employeeRate",
      "programme.goal.clinicians"
    ])
      expect(policyAt(id) <= "2020-06-30", id).toBe(true)
  })

  it("has programme data of its own whose citations its policy declares", () => {
    expect(programme.region).toBe("Centre-Val de Loire")
    expect(ProgrammeData.citationIssues(programme, policy.bibliography)).toStrictEqual([])
  })

  it("its simulated log is calibrated on its published figures", () => {
    const rows = ok(model.headline).comparisons.map((c) => [c.published.id, c.computed.value, c.matches])
    expect(rows.slice(0, 3)).toStrictEqual([
      ["staff.doctors.dec2022", 39, true],
      ["staff.doctors.sep2025", 69, true],
      ["centres.open.sep2025", 20, true]
    ])
    // The patients followed and the panel per doctor cannot both hold as regular-doctor counts:
    // the report shows the disagreement rather than hiding it.
    expect(rows[3]?.[0]).toBe("patients.followed.sep2025")
    expect(rows[3]?.[2]).toBe(false)
    expect(simulate({ to: "2020-12-31" }).next().value?.date).toBe("2020-12-01")
  })

  it("reports its own goals: 300 doctors by 2028 (revised from 150 by 2025), no consultation goal", () => {
    const goals = ok(model.headline).goals
    expect(goals.map((g) => [g.id, g.goal.value, g.by])).toStrictEqual([
      ["programme.goal.clinicians", 300, "2028-12-31"],
      ["centres.goal.y2025", 30, "2025-12-31"],
      ["patients.regularDoctorPerDoctor.plan", 1000, "2023-01-01"]
    ])
    const early = Report.simulated({ policy, programme, window: { from: "2020-12-01", to: "2022-12-31" } })
    expect(ok(early.headline).goals[0]?.goal.value).toBe(150)
    expect(ok(early.headline).goals[0]?.by).toBe("2025-12-31")
  })

  it("contains no Occitanie source, figure or goal unless its data inherits it", () => {
    const allowed = citedBy(inherited())
    const documents = [...occitanieDocuments()].filter((id) => !allowed.has(id))
    expect(documents).toEqual(expect.arrayContaining(["S1", "S2", "regional-press-gip"]))
    const figureIds = occitanieProgramme.figures.map((f) => f.id)
    // Occitanie's goals as the handbook and the report write them ("1 000 000 consultations").
    const goalValues = Policy.parameterIds(occitaniePolicy)
      .filter((id) => id.startsWith("programme.goal.") && id !== "programme.goal.deadline")
      .flatMap((id) => {
        const p = Policy.parameter(occitaniePolicy, id)!
        return p.history.map((e) => Format.quantity(e.value as number, p.unit))
      })
    expect(goalValues).toContain("1\u202f000\u202f000 consultations")
    const centreNames = (occitanieProgramme.simulation?.namedCentres ?? []).map((c) => c.name)
    for (const { name, text } of texts) {
      for (const id of documents) expect(mentions(text, id), `${name} cites ${id}`).toBe(false)
      for (const id of figureIds) expect(text.includes(id), `${name} shows ${id}`).toBe(false)
      for (const value of goalValues) expect(text.includes(value), `${name} shows ${value}`).toBe(false)
      for (const centre of centreNames) expect(text.includes(centre), `${name} names ${centre}`).toBe(false)
    }
    // Every published figure and goal in the model is the Centre-Val de Loire data's own.
    const own = new Set(programme.figures.map((f) => f.id))
    for (const c of ok(model.headline).comparisons) expect(own.has(c.published.id)).toBe(true)
    for (const g of ok(model.headline).goals)
      expect(
        g.source === "published" ? own.has(g.id) : Object.hasOwn(overrideJson.parameters ?? {}, g.id)
      ).toBe(true)
  })

  it("would show an inherited Occitanie source: the test above can fail", () => {
    // The same policy with the consultation target inherited rather than restated cites S2.
    const { "consultation.targetPerHour": _restated, ...parameters } = overrideJson.parameters ?? {}
    const layered = Policy.decodeLayers([Policy.encode(occitaniePolicy), { ...overrideJson, parameters }])
    if (layered._tag !== "Success") throw new Error(layered.failure.message)
    expect(mentions(Handbook.markdown(layered.success), "S2")).toBe(true)
  })

  it("projects its own recruitment, which differs from Occitanie's", () => {
    const cvl = ok(model.projection)
    const occitanie = ok(
      Report.simulated({ policy: occitaniePolicy, programme: occitanieProgramme }).projection
    )
    expect(cvl.consultations).toBeUndefined()
    const r = ok(cvl.recruitment!)
    expect([r.goal.value, r.deadline, r.latest.id]).toStrictEqual([
      300,
      "2028-12-31",
      "staff.doctors.sep2025"
    ])
    const o = ok(occitanie.recruitment!)
    expect([o.goal.value, o.latest.id]).toStrictEqual([200, "staff.cliniciansRecruited.dec2025"])
    expect(r.paceNeeded.value).not.toBe(o.paceNeeded.value)
    expect(r.atDeadline.value).not.toBe(o.atDeadline.value)
    expect(JSON.stringify(cvl)).not.toBe(JSON.stringify(occitanie))
    // 69 doctors in September 2025, 231 to go in 39 months.
    expect(r.paceNeeded.value).toBeCloseTo(231 / 39, 6)
  })

  it("its handbook computes the worked examples from its own values and says what they were written for", () => {
    const text = Handbook.markdown(policy)
    expect(text).toContain(
      "| A full-time doctor with one shift in June: one short | 2025-06-01 to 2025-07-01 | met | not met | differs: the example was written for the values of Ma santé, ma région (Occitanie, version 2025.12.0) |"
    )
    expect(text).not.toContain("FAILING")
    expect(Reference.find(programme.figures, "pay.gp.range")?.high).toBe(895000)
  })
})

import { fc, test } from "@fast-check/vitest"
import { Calendar, Consultation, Explanation, Policy, type Provenance, Rule, Unit } from "@gip-sante/core"
import { policy } from "@gip-sante/occitanie"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const documentOf = (source: Provenance.Provenance) =>
  source.kind === "citation" ? source.document : "assumption"

const on = Calendar.date("2025-06-01")
const selfEmployed = Result.getOrThrow(Consultation.selfEmployedModel(policy, on))
const salaried = Result.getOrThrow(Consultation.salariedModel(policy, on))
const expected = (consultingHours: number, complexShare: number) =>
  Result.getOrThrow(Consultation.expectedConsultations(policy, { consultingHours, complexShare }, on))
const capacity = (weeklyHours: number, complexShare = 0) =>
  Result.getOrThrow(Consultation.capacity(policy, { weeklyHours, complexShare }, on))

const model = fc.record({
  label: fc.constantFrom("A", "B", "C"),
  weeklyHours: fc.double({ min: 0, max: 80, noNaN: true }).map((h) => Unit.quantity(h, "hoursPerWeek")),
  consultationsPerHour: fc
    .double({ min: 0, max: 8, noNaN: true })
    .map((r) => Unit.quantity(r, "consultationsPerHour")),
  workingWeeksPerYear: fc.integer({ min: 0, max: 52 }).map((w) => Unit.quantity(w, "weeksPerYear")),
  adminShare: fc.double({ min: 0, max: 1, noNaN: true }).map((s) => Unit.quantity(s, "ratio"))
})

describe("Consultation target", () => {
  it("reads the S2 targets from the preset: 3 an hour, 2 an hour with complex patients", () => {
    expect(expected(1, 0)).toBe(3)
    expect(expected(1, 1)).toBe(2)
    expect(expected(35, 0)).toBe(105)
    expect(expected(35, 1)).toBe(70)
    expect(expected(35, 0.5)).toBe(87.5)
  })

  it("the policy reads of the module are all in the preset", () => {
    expect(Result.isSuccess(Policy.requires(policy, Object.values(Consultation.parameters)))).toBe(true)
  })

  it("rejects a complex share outside [0, 1] and negative hours, naming the field", () => {
    const r = Consultation.expectedConsultations(policy, { consultingHours: -1, complexShare: 2 }, on)
    expect(Result.isFailure(r) ? r.failure.message : "").toBe(
      "at consultingHours: Expected a number of hours greater than or equal to 0, got -1\nat complexShare: Expected a share between 0 and 1, got 2"
    )
  })

  it("explains the expected consultations down to each parameter read", () => {
    const e = Result.getOrThrow(
      Consultation.explainExpectedConsultations(policy, { consultingHours: 35, complexShare: 0 }, on)
    )
    expect(Explanation.toText(e.explanation)).toBe(
      [
        "Expected consultations: 105 consultations (35 h × 3 consultations / h)",
        "├─ Consulting hours (h): 35",
        "└─ Blended target rate: 3 consultations / h ((1 − 0) × 3 + 0 × 2)",
        "   ├─ Share of complex patients: 0",
        "   ├─ Target consultations per hour: 3 consultations / h [consultation.targetPerHour, in force 2022-06-17 onwards; S2: target of 3 consultations per hour per doctor, « l'objectif de trois consultations par heure et par médecin » (A target, not a rule: the Region says it cannot impose it but that it is well respected.)]",
        "   └─ Target consultations per hour, complex patients: 2 consultations / h [consultation.targetPerHourComplex, in force 2022-06-17 onwards; S2: 2 per hour for complex patients, « 2 s'il s'agit de patients complexes »]"
      ].join("\n")
    )
    expect(Explanation.sources(e.explanation).map((s) => s.parameterId)).toStrictEqual([
      "consultation.targetPerHour",
      "consultation.targetPerHourComplex"
    ])
  })

  it("the target rule's worked examples all hold", () => {
    expect(Consultation.targetRule.examples?.length).toBeGreaterThanOrEqual(4)
    expect(Rule.failingExamples(Consultation.targetRule, policy)).toStrictEqual([])
  })

  it("is an advisory target from S2, with its shortfall in consultations", () => {
    expect(Consultation.targetRule.kind).toBe("target")
    expect(Consultation.targetRule.severity).toBe("advisory")
    expect(Rule.sources(Consultation.targetRule, policy).map(documentOf)).toStrictEqual(["S2"])
    expect(Consultation.targetRule.shortfallUnit).toBe("consultations")
  })

  it("60 consultations in 35 h: 45 short of 105, ratio 60/105", () => {
    const r = Result.getOrThrow(
      Consultation.evaluateActivity(
        policy,
        { consultations: 60, consultingHours: 35, complexConsultations: 0 },
        on
      )
    )
    expect(r.finding.status).toBe("notMet")
    expect(r.finding.status === "notMet" ? r.finding.shortfall : undefined).toBe(45)
    expect(r.finding.severity).toBe("advisory")
    expect(r.expected).toBe(105)
    expect(r.surplus).toBe(-45)
    expect(r.ratio).toBe(60 / 105)
  })

  it("no consulting hours: not applicable, no ratio", () => {
    const r = Result.getOrThrow(
      Consultation.evaluateActivity(
        policy,
        { consultations: 0, consultingHours: 0, complexConsultations: 0 },
        on
      )
    )
    expect(r.finding.status).toBe("notApplicable")
    expect(r.ratio).toBeUndefined()
  })

  it("rejects more complex consultations than consultations", () => {
    const r = Consultation.evaluateActivity(
      policy,
      { consultations: 10, consultingHours: 5, complexConsultations: 12 },
      on
    )
    expect(Result.isFailure(r) ? r.failure.message : "").toBe(
      "at complexConsultations: Expected at most the 10 consultations in all, got 12"
    )
  })
})

describe("Consultation capacity", () => {
  it("35 h a week: 28 consulting hours (0.7 + 0.1), 84 a week, 3,780 a year over 45 weeks", () => {
    expect(Consultation.consultingHoursPerWeek(policy, 35, on)).toStrictEqual(Result.succeed(28))
    const c = capacity(35)
    expect(c.consultingHoursPerWeek).toBe(28)
    expect(c.perWeek).toBe(84)
    expect(c.perYear).toBe(3780)
  })

  it("sums the capacity of the contracts in force", () => {
    const contract = (id: string, weeklyHours: number, end?: string) => ({
      id,
      profession: "gp",
      weeklyHours,
      daysPerWeek: 4,
      start: Calendar.date("2024-01-01"),
      ...(end === undefined ? {} : { end: Calendar.date(end) }),
      seniorityAtHireYears: 0,
      retiree: false,
      kind: "permanent" as const
    })
    const c = Result.getOrThrow(
      Consultation.capacityOf(
        policy,
        [contract("a", 35), contract("b", 27), contract("gone", 39, "2025-01-01")],
        on
      )
    )
    expect(c.contracts).toBe(2)
    expect(c.weeklyHours).toBe(62)
    expect(c.perWeek).toBe(capacity(62).perWeek)
    expect(c.perYear).toBe(capacity(62).perYear)
  })
})

describe("Practice models (the reader's question, S2 comments)", () => {
  it("builds both models from the preset", () => {
    expect(selfEmployed).toMatchObject({
      weeklyHours: 50,
      consultationsPerHour: 4,
      workingWeeksPerYear: 46,
      adminShare: 0.15
    })
    expect(salaried).toMatchObject({
      weeklyHours: 35,
      consultationsPerHour: 3,
      workingWeeksPerYear: 45,
      adminShare: 0.2
    })
  })

  it("raw: 50 h × 4 = 200 against 35 h × 3 = 105 a week, +95 one way and −95 the other", () => {
    const ab = Consultation.compareRaw(selfEmployed, salaried)
    expect(ab.a.perWeek).toBe(200)
    expect(ab.b.perWeek).toBe(105)
    expect(ab.perWeek).toStrictEqual({ aMinusB: 95, bMinusA: -95 })
    // 200 × 46 = 9,200 against 105 × 45 = 4,725 a year
    expect(ab.perYear).toStrictEqual({ aMinusB: 4475, bMinusA: -4475 })
    expect(ab.ratio.perWeek).toBe(200 / 105)
    const ba = Consultation.compareRaw(salaried, selfEmployed)
    expect(ba.perWeek).toStrictEqual({ aMinusB: -95, bMinusA: 95 })
    expect(ab.leftOut[0]).toBe(
      "Every hour is counted as consulting time: with their shares of hours not consulting (15 % and 20 %), Self-employed GP would consult 42,5 h a week, not 50 h, and Salaried GP 28 h, not 35 h; home visits, unscheduled-care slots and administration are time too."
    )
  })

  it("with the preset's admin shares and weeks: 42.5 h × 4 = 170 against 28 h × 3 = 84 a week", () => {
    const c = Consultation.compare(selfEmployed, salaried)
    expect(c.a.consultingHoursPerWeek).toBe(42.5)
    expect(c.b.consultingHoursPerWeek).toBe(28)
    expect(c.a.perWeek).toBe(170)
    expect(c.b.perWeek).toBe(84)
    expect(c.a.perYear).toBe(7820)
    expect(c.b.perYear).toBe(3780)
    expect(c.perWeek).toStrictEqual({ aMinusB: 86, bMinusA: -86 })
    expect(c.perYear).toStrictEqual({ aMinusB: 4040, bMinusA: -4040 })
    expect(c.ratio).toStrictEqual({ perWeek: 170 / 84, perYear: 7820 / 3780 })
  })

  it("says what the comparison leaves out", () => {
    const c = Consultation.compare(selfEmployed, salaried)
    const text = Explanation.toText(c.explanation)
    expect(c.leftOut).toHaveLength(5)
    for (const caveat of c.leftOut) expect(text).toContain(caveat)
    expect(text).toContain("PDSA")
    expect(text).toContain("how many doctors")
    expect(text).toContain("paid")
  })
})

describe("properties", () => {
  test.prop([
    fc.double({ min: 0, max: 200, noNaN: true }),
    fc.double({ min: 0, max: 200, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true })
  ])("expected consultations: monotone non-decreasing in hours", (h1, h2, share) => {
    const [lo, hi] = h1 <= h2 ? [h1, h2] : [h2, h1]
    expect(expected(lo, share)).toBeLessThanOrEqual(expected(hi, share))
  })

  test.prop([
    fc.double({ min: 0, max: 200, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true })
  ])("expected consultations: non-increasing in the complex share", (hours, s1, s2) => {
    const [lo, hi] = s1 <= s2 ? [s1, s2] : [s2, s1]
    expect(expected(hours, hi)).toBeLessThanOrEqual(expected(hours, lo))
  })

  test.prop([
    fc.double({ min: 0, max: 80, noNaN: true }),
    fc.double({ min: 0, max: 80, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true })
  ])("capacity: linear in weekly hours (capacity(a + b) = capacity(a) + capacity(b))", (a, b, share) => {
    const sum = capacity(a + b, share)
    const parts = [capacity(a, share), capacity(b, share)] as const
    const close = (x: number, y: number) =>
      expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(x)))
    close(sum.perWeek, parts[0].perWeek + parts[1].perWeek)
    close(sum.perYear, parts[0].perYear + parts[1].perYear)
    close(capacity(2 * a, share).perYear, 2 * parts[0].perYear)
  })

  test.prop([model, model])(
    "compare: the differences of (a, b) are exact opposites of those of (b, a)",
    (a, b) => {
      for (const cmp of [Consultation.compare, Consultation.compareRaw]) {
        const ab = cmp(a, b)
        const ba = cmp(b, a)
        expect(ab.perWeek.aMinusB).toBe(ba.perWeek.bMinusA)
        expect(ab.perWeek.aMinusB + ba.perWeek.aMinusB).toBe(0)
        expect(ab.perYear.aMinusB).toBe(ba.perYear.bMinusA)
        expect(ab.perYear.aMinusB + ba.perYear.aMinusB).toBe(0)
        expect(ab.perWeek.aMinusB + ab.perWeek.bMinusA).toBe(0)
      }
    }
  )

  test.prop([
    fc.record({
      consultations: fc.oneof(fc.nat({ max: 400 }), fc.double({ noNaN: false })),
      consultingHours: fc.oneof(fc.double({ min: 0, max: 80, noNaN: true }), fc.double({ noNaN: false })),
      complexConsultations: fc.oneof(fc.nat({ max: 400 }), fc.double({ noNaN: false }))
    })
  ])("target rule: every finding is advisory, whatever the input", (activity) => {
    const finding = Result.getOrThrow(Rule.evaluate(Consultation.targetRule, policy, activity, on))
    expect(finding.severity).toBe("advisory")
    expect(finding.unit).toBe("consultations")
  })
})

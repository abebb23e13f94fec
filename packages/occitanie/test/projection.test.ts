import { fc, test } from "@fast-check/vitest"
import { Calendar, Explanation, Policy, Programme, Projection, Provenance, Reference } from "@gip-sante/core"
import { figures, policy } from "@gip-sante/occitanie"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const series = (ids: Array<string>) => Result.getOrThrow(Projection.seriesFrom(figures, ids))

const consultations = series(["consultations.total.apr2025", "consultations.total.summer2025"])
const clinicians = series([
  "staff.doctors.jan2023",
  "staff.gps.sep2023",
  "staff.doctors.jun2024",
  "staff.gps.apr2025",
  "staff.cliniciansRecruited.dec2025"
])
const goal = Projection.goalFromParameter(
  Programme.parameters.consultationsGoal.label,
  Result.getOrThrow(Policy.read(policy, Programme.parameters.consultationsGoal, Calendar.date("2025-12-31"))),
  "consultations",
  Calendar.date("2028-12-31")
)
const horizon = Calendar.yearMonth("2028-12")
const growth = Projection.linearPlan({ from: "2025-12-17", clinicians: 110, to: "2028-12-31", target: 200 })

const projectWith = (plan: Projection.StaffingPlan, to = horizon, rate?: Projection.RateAssumption) =>
  Result.getOrThrow(
    Projection.project(
      rate === undefined
        ? { consultations, clinicians, plan, goal, horizon: to }
        : { consultations, clinicians, plan, goal, horizon: to, rate }
    )
  )

const occitanie = projectWith(growth)

// A goal month, with "not reached" after every month.
const order = (month: Calendar.YearMonth | undefined) => month ?? "9999-12"

describe("Projection series", () => {
  it("a cumulative total starts from an implied zero on its since date", () => {
    expect(consultations.map((p) => [p.date, p.value])).toEqual([
      ["2022-07-01", 0],
      ["2025-04-09", 300000],
      ["2025-08-31", 400000]
    ])
    expect(consultations[0]?.source).toBeUndefined()
    expect(consultations[1]?.source?.id).toBe("consultations.total.apr2025")
  })

  it("an unknown id or a mix of units is an error naming the id", () => {
    const unknown = Projection.seriesFrom(figures, ["consultations.total.apr2026"])
    expect(Result.isFailure(unknown) && unknown.failure.message).toBe(
      "at ids[0]: No published figure has the id consultations.total.apr2026"
    )
    const mixed = Projection.seriesFrom(figures, [
      "consultations.total.apr2025",
      "patients.regularDoctorRegained.apr2025"
    ])
    expect(Result.isFailure(mixed) && mixed.failure.message).toBe(
      "at ids[1]: Expected a figure in consultations like the ones before it, got patients (patients.regularDoctorRegained.apr2025)"
    )
  })
})

describe("Projection rate", () => {
  it("estimates the rate from 300,000 (9 Apr 2025) to 400,000 (31 Aug 2025)", () => {
    // By hand: 144 days from 2025-04-09 to 2025-08-31. Clinicians go on a straight line from 100
    // (2025-04-09) to 110 (2025-12-17, 252 days later), so over the span they average
    // 100 + 10 × 72 / 252 = 720 / 7 ≈ 102.857142857. Clinician-months: 720 / 7 × 144 / 30.4375.
    // Rate: 100,000 × 30.4375 × 7 / (720 × 144) = 21,306,250 / 103,680 ≈ 205.500096451.
    const estimate = Result.getOrThrow(Projection.estimateRate(consultations, clinicians))
    expect(estimate.days).toBe(144)
    expect(estimate.consultationsAdded).toBe(100000)
    expect(estimate.averageClinicians).toBe(102.857142857)
    expect(estimate.consultationsPerClinicianPerMonth).toBe(205.500096451)
    expect(occitanie.rate.kind).toBe("estimated")
    expect(occitanie.consultationsPerClinicianPerMonth).toBe(205.500096451)
    const added = Explanation.formatValue(Explanation.quantity(100000, "count")) // "100 000", French spacing
    expect(Explanation.toText(estimate.explanation)).toContain(
      `${added} consultations added from 2025-04-09 to 2025-08-31 (144 days)`
    )
  })
})

describe("Projection of consultations", () => {
  it("reaches 1,000,000 in 2027-11 with no growth, 2027-07 with growth to 200 clinicians", () => {
    expect(occitanie.noGrowth.goalMonth).toBe("2027-11")
    expect(occitanie.withPlan.goalMonth).toBe("2027-07")
    expect(order(occitanie.withPlan.goalMonth) <= order(occitanie.noGrowth.goalMonth)).toBe(true)
    expect(occitanie.goal.value).toBe(1000000)
  })

  it("passes through the published totals it starts from", () => {
    expect(occitanie.checkpoints.map((c) => [c.date, c.published, c.projected])).toEqual([
      ["2025-04-09", 300000, 300000],
      ["2025-08-31", 400000, 400000]
    ])
    const first = occitanie.withPlan.points[0]
    expect(first?.month).toBe("2022-07")
    expect(first?.consultationsInMonth).toBe(first?.cumulativeConsultations)
    const july2025 = occitanie.withPlan.points.find((p) => p.month === "2025-07")
    const august2025 = occitanie.withPlan.points.find((p) => p.month === "2025-08")
    expect(july2025?.basis).toBe("published")
    expect(july2025!.cumulativeConsultations).toBeLessThan(400000)
    expect(august2025?.basis).toBe("projected")
    expect(occitanie.withPlan.points.at(-1)?.month).toBe("2028-12")
    expect(occitanie.noGrowth.points.at(-1)?.clinicians).toBe(110)
  })

  it("explains every published figure with its citation, and the assumptions as such", () => {
    const text = Explanation.toText(occitanie.withPlan.explanation)
    for (const point of [...consultations, ...clinicians]) {
      const f = point.source
      if (f === undefined) continue
      expect(text).toContain(
        `[published figure ${f.id}, as of ${f.asOf}; ${Provenance.describe(f.provenance)}]`
      )
    }
    expect(Explanation.figures(occitanie.withPlan.explanation).map((f) => f.figureId)).toContain(
      "consultations.total.apr2025"
    )
    const goalSource = Policy.parameter(policy, "programme.goal.consultations")!.history[0]!.provenance
    expect(goalSource.kind === "citation" && goalSource.document).toBe("S2")
    expect(text).toContain(`[programme.goal.consultations, in force 2022-06-17 onwards; S2: `)
    expect(text).toContain("Staffing plan (assumption): 110 clinicians on 2025-12-17")
    expect(text).toContain("Rate model (assumption)")
    expect(text).toContain("Consultations are not people")
    expect(text).toContain('"one Occitan in six"')
    expect(Explanation.usesAssumptions(occitanie.withPlan.explanation)).toBe(true)
    expect(Explanation.toText(occitanie.noGrowth.explanation)).toContain("held constant")
  })

  it("a missing goal is an error, as is a goal that is not in consultations", () => {
    const missing = Projection.project({ consultations, clinicians, plan: growth, goal: undefined, horizon })
    expect(Result.isFailure(missing) && missing.failure.message).toBe(
      "at goal: Expected a goal, got nothing (does the policy state it? is the figure id right?)"
    )
    const people = Projection.project({
      consultations,
      clinicians,
      plan: growth,
      goal: Projection.goalFromFigure(Reference.find(figures, "staff.gps.apr2025")!),
      horizon
    })
    expect(Result.isFailure(people) && people.failure.message).toBe(
      "at goal: Expected a goal in consultations, got one in people (staff.gps.apr2025)"
    )
  })

  it("an assumed rate replaces the estimate and is listed as an assumption", () => {
    const p = projectWith(growth, horizon, { consultationsPerClinicianPerMonth: 0, rationale: "no activity" })
    expect(p.rate.kind).toBe("assumed")
    expect(p.withPlan.goalMonth).toBeUndefined()
    expect(p.withPlan.points.at(-1)?.cumulativeConsultations).toBe(400000)
    expect(Explanation.toText(p.withPlan.explanation)).toContain("assumption: no activity")
  })
})

describe("Projection of regular-doctor patients", () => {
  it("extrapolates the trend from 31,000 (Apr 2025) to 35,000 (Dec 2025), labelled as such", () => {
    const trend = Result.getOrThrow(
      Projection.projectRegularDoctorPatients(
        series(["patients.regularDoctorRegained.apr2025", "patients.regularDoctorRegained.dec2025"]),
        horizon
      )
    )
    // By hand: 4,000 patients over the 252 days from 2025-04-09 to 2025-12-17, × 30.4375 days
    // ≈ 483.134920635 a month. The end of 2028-12 (start of 2029-01-01) is 252 + 15 + 365 + 365
    // + 366 = 1,363 days after 2025-04-09: 31,000 + 4,000 × 1,363 / 252 ≈ 52,634.9206349.
    expect(trend.perMonth).toBe(483.134920635)
    expect(trend.points.at(-1)?.regularDoctorPatients).toBe(52634.9206349)
    expect(trend.points.at(-1)?.basis).toBe("extrapolated")
    const text = Explanation.toText(trend.explanation)
    expect(text).toContain("(trend extrapolation)")
    expect(text).toContain(
      "S2: over 35 000 patients found a regular doctor again, « plus de 35 000 patients ont retrouvé un médecin traitant »"
    )
    expect(text).toContain("neither consultations nor all patients seen")
  })
})

const planArb = fc.record({
  clinicians: fc.integer({ min: 0, max: 300 }),
  target: fc.integer({ min: 0, max: 300 }),
  years: fc.integer({ min: 0, max: 4 })
})
const rateArb = fc.double({ min: 0, max: 1000, noNaN: true })
const assumed = (rate: number): Projection.RateAssumption => ({
  consultationsPerClinicianPerMonth: rate,
  rationale: "generated"
})
const planOf = (p: { clinicians: number; target: number; years: number }) =>
  Projection.linearPlan({
    from: "2025-12-17",
    clinicians: p.clinicians,
    to: `${2026 + p.years}-06-30`,
    target: p.target
  })

describe("Projection properties", () => {
  test.prop([planArb, rateArb], { numRuns: 40 })(
    "cumulative consultations never decrease from month to month",
    (plan, rate) => {
      const points = projectWith(planOf(plan), horizon, assumed(rate)).withPlan.points
      for (let i = 1; i < points.length; i++) {
        expect(points[i]!.cumulativeConsultations).toBeGreaterThanOrEqual(
          points[i - 1]!.cumulativeConsultations
        )
        expect(points[i]!.consultationsInMonth).toBeGreaterThanOrEqual(0)
      }
    }
  )

  test.prop([planArb, fc.integer({ min: 0, max: 200 }), fc.double({ min: 50, max: 1000, noNaN: true })], {
    numRuns: 40
  })("more clinicians never delays the goal month", (plan, extra, rate) => {
    const fewer = projectWith(planOf(plan), horizon, assumed(rate)).withPlan.goalMonth
    const more = projectWith(planOf({ ...plan, target: plan.target + extra }), horizon, assumed(rate))
      .withPlan.goalMonth
    expect(order(more) <= order(fewer)).toBe(true)
  })

  test.prop([planArb, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 30 })], { numRuns: 30 })(
    "projecting to a later horizon extends the path without changing earlier points",
    (plan, shortMonths, extraMonths) => {
      const short = Calendar.addMonths(Calendar.yearMonth("2025-08"), shortMonths)
      const long = Calendar.addMonths(short, extraMonths)
      const a = projectWith(planOf(plan), short).withPlan.points
      const b = projectWith(planOf(plan), long).withPlan.points
      expect(b.length).toBe(a.length + extraMonths)
      expect(b.slice(0, a.length)).toEqual(a)
    }
  )
})

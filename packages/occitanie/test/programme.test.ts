import { fc, test } from "@fast-check/vitest"
import { Calendar, Explanation, Policy, Programme, Provenance, Reference, Rule } from "@gip-sante/core"
import { figures, policy } from "@gip-sante/occitanie"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const documentOf = (source: Provenance.Provenance) =>
  source.kind === "citation" ? source.document : "assumption"

const november = Calendar.period("2025-11-01", "2025-12-01")
const slots = (centreId: string, slotsOffered: number, slotsUnused: number): Programme.CentreSlots => ({
  centreId,
  period: november,
  slotsOffered,
  slotsUnused
})
const decide = (centre: Programme.CentreSlots) =>
  Result.getOrThrow(Programme.recruitmentDecision(policy, centre))
const failureMessage = (r: Result.Result<unknown, { readonly message: string }>) =>
  Result.isFailure(r) ? r.failure.message : "(succeeded)"

const recruitmentRuleLine =
  "Rule: Keep recruiting while slots are filled [rule programme.recruitment.keepRecruiting; S2: recruiting stops for a centre once its slots go empty, which has not happened yet, « On arrêtera de recruter quand il y aura des créneaux vides »]"

const thresholdLine =
  "Empty-slot share at which recruitment stops: 0,02 [programme.recruitment.maxEmptySlotShare, in force 2022-06-17 onwards; assumption: S2 quotes the rule that recruiting stops when slots go empty (which has not happened in any centre yet) without a threshold; tolerating 2\u00a0% of empty slots (last-minute cancellations) is ours.]"

const dec2025 = Reference.find(figures, "staff.cliniciansRecruited.dec2025")!
const gpsApr2025 = Reference.find(figures, "staff.gps.apr2025")!

const on = Calendar.date("2025-06-01")
const favourable = (date: string): Programme.OpeningConsultation => ({
  date: Calendar.date(date),
  favourable: true
})
const open = (request: Programme.OpeningRequest, date = on) =>
  Result.getOrThrow(Programme.openingDecision(policy, request, date))

// Generators: a centre's slots over a month of 2025, as decoded values.
const month = fc.integer({ min: 1, max: 12 }).map((m) => {
  const start = Calendar.firstDayOfMonth(Calendar.yearMonth(`2025-${String(m).padStart(2, "0")}`))
  return { start, end: Calendar.firstDayOfMonth(Calendar.addMonths(Calendar.monthOf(start), 1)) }
})
const centre: fc.Arbitrary<Programme.CentreSlots> = fc
  .record({
    centreId: fc.constantFrom("lodeve", "muret", "saint-gaudens", "verdun-sur-garonne"),
    period: month,
    slotsOffered: fc.integer({ min: 0, max: 3000 })
  })
  .chain((c) => fc.integer({ min: 0, max: c.slotsOffered }).map((slotsUnused) => ({ ...c, slotsUnused })))

describe("Programme recruitment rule", () => {
  it("cites the rule's own sources: a region restating the threshold without a reference still sees S2", () => {
    const restated = Result.getOrThrow(
      Policy.override(policy, {
        parameters: {
          "programme.recruitment.maxEmptySlotShare": {
            values: [
              {
                from: "2022-06-17",
                value: 0.05,
                provenance: { kind: "assumption", rationale: "our own threshold", replaceWith: "x" }
              }
            ]
          }
        }
      })
    )
    const decision = Result.getOrThrow(Programme.recruitmentDecision(restated, slots("muret", 200, 10)))
    // The threshold no longer refers to S2; the rule does, through the policy's rules section.
    expect(
      Explanation.sources(decision.explanation).flatMap((s) => Provenance.documentIds(s.provenance))
    ).toStrictEqual([])
    expect(Explanation.documents(decision.explanation)).toStrictEqual(["S2"])
    expect(Explanation.toText(decision.explanation)).toContain(recruitmentRuleLine)
    // Without a source for the rule in the policy, the explanation says so rather than inventing one.
    const unsourced = { ...restated, rules: {} }
    const bare = Result.getOrThrow(Programme.recruitmentDecision(unsourced, slots("muret", 200, 10)))
    expect(Explanation.documents(bare.explanation)).toStrictEqual([])
    expect(Explanation.toText(bare.explanation)).toContain(
      "Rule: Keep recruiting while slots are filled [rule programme.recruitment.keepRecruiting; no source given by the policy]"
    )
  })

  it("the policy reads of the module are all in the preset", () => {
    expect(Result.isSuccess(Policy.requires(policy, Object.values(Programme.parameters)))).toBe(true)
  })

  it("is an advisory decision from S2, with its shortfall as a share of slots", () => {
    expect(Programme.recruitmentRule.kind).toBe("decision")
    expect(Programme.recruitmentRule.severity).toBe("advisory")
    expect(Rule.sources(Programme.recruitmentRule, policy).map(documentOf)).toStrictEqual(["S2"])
    expect(Programme.recruitmentRule.shortfallUnit).toBe("ratio")
    expect(Programme.recruitmentRule.reads.map((d) => d.id)).toStrictEqual([
      "programme.recruitment.maxEmptySlotShare"
    ])
  })

  it("the recruitment rule's worked examples all hold", () => {
    expect(Programme.recruitmentRule.examples?.length).toBeGreaterThanOrEqual(4)
    expect(Rule.failingExamples(Programme.recruitmentRule, policy)).toStrictEqual([])
  })

  it("a centre with no empty slot keeps recruiting (S2: no centre has had empty slots yet)", () => {
    const d = decide(slots("verdun-sur-garonne", 400, 0))
    expect(d.decision).toBe("recruit")
    expect(d.emptySlotShare).toBe(0)
    expect(d.threshold).toBe(0.02)
  })

  it("a centre with empty slots above the threshold holds, and says why", () => {
    const d = decide(slots("muret", 200, 10))
    expect(d.decision).toBe("hold")
    expect(d.emptySlotShare).toBe(0.05)
    expect(Explanation.toText(d.explanation)).toBe(
      [
        "Recruitment for muret: hold (stop recruiting: the empty-slot share is 0,03 above the threshold)",
        "└─ Empty-slot share: 0,05 (10 of 200 slots unused, 2025-11-01 to 2025-12-01, end excluded)",
        "   ├─ Slots offered: 200",
        "   ├─ Slots unused: 10",
        `   ├─ ${thresholdLine}`,
        // An auditor sees the recruitment rule's source, though its threshold is an assumption.
        `   └─ ${recruitmentRuleLine}`
      ].join("\n")
    )
    expect(Explanation.usesAssumptions(d.explanation)).toBe(true)
  })

  it("the shortfall of a centre on hold is its share of slots above the threshold", () => {
    const finding = Result.getOrThrow(
      Rule.evaluate(Programme.recruitmentRule, policy, slots("muret", 200, 10), november)
    )
    expect(finding.status === "notMet" ? finding.shortfall : undefined).toBe(0.03)
    expect(finding.severity).toBe("advisory")
  })

  it("a share exactly at the threshold keeps recruiting", () => {
    expect(decide(slots("muret", 200, 4)).decision).toBe("recruit")
    expect(decide(slots("muret", 200, 5)).decision).toBe("hold")
  })

  it("no slot offered is no data, not a decision", () => {
    const d = decide(slots("new-centre", 0, 0))
    expect(d.decision).toBe("noData")
    expect(d.emptySlotShare).toBeUndefined()
    expect(Explanation.toText(d.explanation)).toBe(
      [
        "Recruitment for new-centre: noData (no decision: no slot was offered over the period)",
        "└─ No slot offered at new-centre over 2025-11-01 to 2025-12-01, end excluded: no data to decide on",
        `   └─ ${recruitmentRuleLine}`
      ].join("\n")
    )
  })

  it("rejects inconsistent slot counts, naming each field", () => {
    expect(failureMessage(Programme.recruitmentDecision(policy, slots("muret", 10, 12)))).toBe(
      "at slotsUnused: Expected at most the 10 slots offered, got 12"
    )
    expect(failureMessage(Programme.recruitmentDecision(policy, slots("muret", 2.5, -1)))).toBe(
      [
        "at slotsOffered: Expected a whole number of slots greater than or equal to 0, got 2.5",
        "at slotsUnused: Expected a whole number of slots greater than or equal to 0, got -1"
      ].join("\n")
    )
  })

  it("decodes slots from JSON, reporting every issue", () => {
    expect(
      Programme.decodeCentreSlots({
        centreId: "muret",
        period: { start: "2025-11-01", end: "2025-12-01" },
        slotsOffered: 200,
        slotsUnused: 10
      })
    ).toStrictEqual(Result.succeed(slots("muret", 200, 10)))
    expect(
      failureMessage(
        Programme.decodeCentreSlots({
          centreId: "",
          period: { start: "2025-11-01", end: "2025-12-01" },
          slotsOffered: 1.5,
          slotsUnused: -1,
          comment: "x"
        })
      )
    ).toBe(
      [
        "at comment: Unknown field (not part of the format)",
        'at centreId: Expected a value with a length of at least 1, got ""',
        "at slotsOffered: Expected an integer, got 1.5",
        "at slotsUnused: Expected a whole number of slots greater than or equal to 0, got -1"
      ].join("\n")
    )
    expect(
      failureMessage(
        Programme.decodeCentreSlots({
          centreId: "muret",
          period: { start: "2025-11-01", end: "2025-12-01" },
          slotsOffered: 10,
          slotsUnused: 12
        })
      )
    ).toBe("at slotsUnused: Expected at most the 10 slots offered, got 12")
  })
})

describe("Programme recruitment decision", () => {
  it("recruits while every centre keeps recruiting", () => {
    const d = Result.getOrThrow(
      Programme.programmeDecision(policy, [slots("lodeve", 300, 0), slots("muret", 200, 4)])
    )
    expect(d.decision).toBe("recruit")
    expect(d.onHold).toStrictEqual([])
    expect(d.explanation.root.note).toBe("no centre on hold: 2 centres with slot data keep recruiting")
  })

  it("holds as soon as one centre holds, and lists the centres on hold and without data", () => {
    const d = Result.getOrThrow(
      Programme.programmeDecision(policy, [
        slots("muret", 200, 10),
        slots("new-centre", 0, 0),
        slots("lodeve", 300, 0),
        slots("condom", 100, 50)
      ])
    )
    expect(d.decision).toBe("hold")
    expect(d.onHold).toStrictEqual(["condom", "muret"])
    expect(d.withoutData).toStrictEqual(["new-centre"])
    expect(d.centres.map((c) => `${c.centreId}: ${c.decision}`)).toStrictEqual([
      "condom: hold",
      "lodeve: recruit",
      "muret: hold",
      "new-centre: noData"
    ])
    expect(d.explanation.root.label).toBe("Programme recruitment: hold")
    expect(d.explanation.root.note).toBe("2 of 4 centres on hold: condom, muret")
  })

  it("has no data without any slot offered", () => {
    expect(Result.getOrThrow(Programme.programmeDecision(policy, [])).decision).toBe("noData")
    expect(Result.getOrThrow(Programme.programmeDecision(policy, [slots("a", 0, 0)])).decision).toBe("noData")
  })

  it("reports every inconsistent centre with its index", () => {
    expect(failureMessage(Programme.programmeDecision(policy, [slots("a", 10, 0), slots("b", 10, 11)]))).toBe(
      "at [1].slotsUnused: Expected at most the 10 slots offered, got 11"
    )
  })
})

describe("Programme goals", () => {
  it("from the 110 clinicians recruited by December 2025 (S2), 90 remain to reach 200 by 2028", () => {
    expect(dec2025.value).toBe(110)
    const p = Result.getOrThrow(
      Programme.goalProgress(policy, { recruitedSoFar: dec2025.value, asOf: dec2025.asOf }, dec2025.asOf)
    )
    expect(p.deadline).toBe("2028-12-31")
    // January 2026 to December 2028: the month of the count is under way, not left.
    expect(p.monthsLeft).toBe(36)
    expect(p.clinicians).toStrictEqual({
      goal: 200,
      done: 110,
      remaining: 90,
      reached: false,
      monthlyPaceNeeded: 2.5
    })
    expect(p.additionalClinicians).toBeUndefined()
  })

  it("measures the additional-clinicians goal (S1) from a baseline", () => {
    // The baseline here is the 100 GPs in post in April 2025 (S1); both counts should measure
    // the same thing, which the explanation says.
    const p = Result.getOrThrow(
      Programme.goalProgress(
        policy,
        {
          recruitedSoFar: dec2025.value,
          asOf: dec2025.asOf,
          baseline: { recruited: gpsApr2025.value, asOf: gpsApr2025.asOf }
        },
        dec2025.asOf
      )
    )
    expect(p.additionalClinicians).toStrictEqual({
      goal: 100,
      done: 10,
      remaining: 90,
      reached: false,
      monthlyPaceNeeded: 2.5
    })
  })

  it("the explanation names both goals with their sources, S1's headline year included", () => {
    const p = Result.getOrThrow(
      Programme.goalProgress(policy, { recruitedSoFar: dec2025.value, asOf: dec2025.asOf }, dec2025.asOf)
    )
    expect(Explanation.sources(p.explanation).map((s) => s.parameterId)).toStrictEqual([
      "programme.goal.clinicians",
      "programme.goal.additionalClinicians",
      "programme.goal.deadline"
    ])
    const text = Explanation.toText(p.explanation)
    for (const id of ["programme.goal.clinicians", "programme.goal.additionalClinicians"]) {
      const provenance = Policy.parameter(policy, id)!.history[0]!.provenance
      expect(text).toContain(Provenance.describe(provenance))
    }
    expect(text.split("\n")).toStrictEqual([
      "Recruitment goals by 2028-12-31 (count as of 2025-12-17)",
      expect.stringMatching(
        /^├─ Still to recruit \(Goal: clinicians recruited since the programme's start\): 90 people \(200 − 110\)$/
      ),
      expect.stringMatching(
        /^│ {2}├─ Goal: clinicians recruited since the programme's start: 200 people \[.*S2: /
      ),
      "│  ├─ Clinicians recruited so far: 110 people (as of 2025-12-17)",
      "│  └─ Clinicians to recruit a month: 2,5 (90 over 36 months)",
      "├─ Still to recruit (Goal: clinicians to recruit on top of a baseline count): not measured (no baseline count given to measure the additional clinicians from)",
      expect.stringMatching(
        /^│ {2}└─ Goal: clinicians to recruit on top of a baseline count: 100 people \[.*S1: .*2027/
      ),
      "└─ Months left until 2028-12-31: 36 (2026-01 to 2028-12; the month of the count is not counted)",
      expect.stringMatching(
        /^ {3}└─ Deadline of the goals \(ISO date\): 2028-12-31 \[programme\.goal\.deadline, .*S2: /
      )
    ])
  })

  it("a policy that states no additional-clinicians goal measures the clinicians goal alone", () => {
    const encoded = Policy.encode(policy)
    const { "programme.goal.additionalClinicians": _dropped, ...parameters } = encoded.parameters
    const without = Policy.decodeUnsafe({ ...encoded, parameters })
    const p = Result.getOrThrow(
      Programme.goalProgress(
        without,
        {
          recruitedSoFar: dec2025.value,
          asOf: dec2025.asOf,
          baseline: { recruited: gpsApr2025.value, asOf: gpsApr2025.asOf }
        },
        dec2025.asOf
      )
    )
    expect(p.additionalClinicians).toBeUndefined()
    expect(p.clinicians.remaining).toBe(90)
    expect(Explanation.sources(p.explanation).map((s) => s.parameterId)).toStrictEqual([
      "programme.goal.clinicians",
      "programme.goal.deadline"
    ])
  })

  it("reports a deadline that is not a date, naming the parameter", () => {
    const adapted = Result.getOrThrow(
      Policy.override(policy, {
        parameters: {
          "programme.goal.deadline": {
            history: [
              {
                from: "2022-06-17",
                value: "end of 2028",
                provenance: { kind: "assumption", rationale: "x", replaceWith: "y" }
              }
            ]
          }
        }
      })
    )
    const r = Programme.goalProgress(adapted, { recruitedSoFar: 110, asOf: Calendar.date("2025-12-17") }, on)
    expect(Result.isFailure(r) && r.failure.message).toMatch(
      /^at parameters\["programme\.goal\.deadline"\]: .*"end of 2028"/
    )
  })

  it("a goal reached needs no pace; a goal missed with no month left has none that would do", () => {
    const reached = Result.getOrThrow(
      Programme.goalProgress(policy, { recruitedSoFar: 210, asOf: Calendar.date("2027-06-30") }, on)
    )
    expect(reached.clinicians).toStrictEqual({
      goal: 200,
      done: 210,
      remaining: 0,
      reached: true,
      monthlyPaceNeeded: 0
    })
    const late = Result.getOrThrow(
      Programme.goalProgress(policy, { recruitedSoFar: 150, asOf: Calendar.date("2028-12-15") }, on)
    )
    expect(late.monthsLeft).toBe(0)
    expect(late.clinicians.monthlyPaceNeeded).toBeUndefined()
  })

  it("counts months with the calendar: the months after the count's month up to December 2028", () => {
    const monthsFrom = (asOf: string) =>
      Result.getOrThrow(Programme.goalProgress(policy, { recruitedSoFar: 0, asOf: Calendar.date(asOf) }, on))
        .monthsLeft
    expect(monthsFrom("2025-04-09")).toBe(44)
    expect(monthsFrom("2028-11-30")).toBe(1)
    expect(monthsFrom("2028-12-01")).toBe(0)
    expect(monthsFrom("2031-01-01")).toBe(0)
  })

  it("rejects invalid counts, naming each field", () => {
    const r = Programme.goalProgress(
      policy,
      {
        recruitedSoFar: -3,
        asOf: Calendar.date("2025-04-09"),
        baseline: { recruited: 1.5, asOf: Calendar.date("2025-12-17") }
      },
      on
    )
    expect(failureMessage(r)).toBe(
      [
        "at recruitedSoFar: Expected a whole number of clinicians greater than or equal to 0, got -3",
        "at baseline.recruited: Expected a whole number of clinicians greater than or equal to 0, got 1.5",
        "at baseline.asOf: Expected a baseline dated on or before the count's date 2025-04-09, got 2025-12-17"
      ].join("\n")
    )
  })
})

describe("Programme opening", () => {
  it("is a blocking decision from S2 that reads the three opening parameters", () => {
    expect(Programme.openingRule.kind).toBe("decision")
    expect(Programme.openingRule.severity).toBe("blocking")
    expect(Rule.sources(Programme.openingRule, policy).map(documentOf)).toStrictEqual(["S2"])
    expect(Programme.openingRule.shortfallUnit).toBe("count")
    expect(Programme.openingRule.reads.map((d) => d.id)).toStrictEqual([
      "programme.opening.requiresPoliticalConsultation",
      "programme.opening.requiresClinicianConsultation",
      "programme.opening.requiresUnderServedArea"
    ])
  })

  it("the opening rule's worked examples all hold", () => {
    expect(Programme.openingRule.examples?.length).toBeGreaterThanOrEqual(3)
    expect(Rule.failingExamples(Programme.openingRule, policy)).toStrictEqual([])
  })

  it("opens with both consultations favourable in an under-served area", () => {
    const d = open({
      centreName: "Verdun-sur-Garonne",
      politicalConsultation: favourable("2025-03-10"),
      clinicianConsultation: favourable("2025-04-02"),
      underServedArea: true
    })
    expect(d.decision).toBe("open")
    expect(d.missing).toStrictEqual([])
  })

  it("one consultation missing blocks the opening, and the explanation lists each condition", () => {
    const d = open({
      centreName: "Lodève",
      politicalConsultation: favourable("2025-03-10"),
      underServedArea: true
    })
    expect(d.decision).toBe("refuse")
    expect(d.missing).toStrictEqual(["clinicianConsultation"])
    expect(Explanation.toText(d.explanation)).toBe(
      [
        "Opening of Lodève: refuse",
        "└─ Conditions missing to open Lodève: 1 (on 2025-06-01: clinicianConsultation)",
        "   ├─ Political consultation (local elected officials want the centre): favourable on 2025-03-10 (holds)",
        "   │  └─ Opening requires a political consultation: yes [programme.opening.requiresPoliticalConsultation, in force 2022-06-17 onwards; S2: before each opening, a political exchange: local elected officials must want the centre, « un échange politique – il faut que les élus nous veuillent »]",
        "   ├─ Consultation of the area's clinicians (they expect the centre): not recorded (missing)",
        "   │  └─ Opening requires a consultation of local clinicians: yes [programme.opening.requiresClinicianConsultation, in force 2022-06-17 onwards; S2: before each opening, an exchange with the area's clinicians, who must expect the centre too, « un avec les professionnels du bassin – il faut qu'ils nous attendent aussi »]",
        "   └─ Area short of doctors: under-served (holds)",
        "      └─ Opening requires an under-served area: yes [programme.opening.requiresUnderServedArea, in force 2022-06-17 onwards; S2: centres opened to fight medical deserts, where the need is felt, « là où les besoins se font ressentir » (A weak constraint in practice: a bit over 80\u00a0% of the Occitanie territory is said to be under tension (S2).)]"
      ].join("\n")
    )
  })

  it("an unfavourable consultation, or one not held yet, blocks the opening", () => {
    const clinicians = open({
      centreName: "Lodève",
      politicalConsultation: favourable("2025-03-10"),
      clinicianConsultation: { date: Calendar.date("2025-04-02"), favourable: false },
      underServedArea: true
    })
    expect(clinicians.missing).toStrictEqual(["clinicianConsultation"])
    const later = open({
      centreName: "Lodève",
      politicalConsultation: favourable("2025-09-15"),
      clinicianConsultation: favourable("2025-04-02"),
      underServedArea: true
    })
    expect(later.missing).toStrictEqual(["politicalConsultation"])
    expect(
      open(
        {
          centreName: "Lodève",
          politicalConsultation: favourable("2025-09-15"),
          clinicianConsultation: favourable("2025-04-02"),
          underServedArea: true
        },
        Calendar.date("2025-09-15")
      ).decision
    ).toBe("open")
  })

  it("nothing recorded: every condition is missing and the shortfall counts them", () => {
    const request = { centreName: "Nowhere", underServedArea: false }
    expect(open(request).missing).toStrictEqual([
      "politicalConsultation",
      "clinicianConsultation",
      "underServedArea"
    ])
    const finding = Result.getOrThrow(Rule.evaluate(Programme.openingRule, policy, request, on))
    expect(finding.status === "notMet" ? finding.shortfall : undefined).toBe(3)
  })

  it("a condition the policy does not require is not checked", () => {
    const relaxed = Result.getOrThrow(
      Policy.override(policy, {
        name: "Relaxed",
        region: "Test",
        parameters: {
          "programme.opening.requiresUnderServedArea": {
            values: [
              {
                from: "2022-06-17",
                value: false,
                provenance: { kind: "assumption", rationale: "A test variant", replaceWith: "nothing" }
              }
            ]
          }
        }
      })
    )
    const request: Programme.OpeningRequest = {
      centreName: "Toulouse",
      politicalConsultation: favourable("2025-03-10"),
      clinicianConsultation: favourable("2025-04-02"),
      underServedArea: false
    }
    expect(open(request).missing).toStrictEqual(["underServedArea"])
    expect(Result.getOrThrow(Programme.openingDecision(relaxed, request, on)).decision).toBe("open")
  })

  it("decodes a request from JSON, reporting every issue", () => {
    expect(
      Programme.decodeOpeningRequest({
        centreName: "Lodève",
        politicalConsultation: { date: "2025-03-10", favourable: true },
        underServedArea: true
      })
    ).toStrictEqual(
      Result.succeed({
        centreName: "Lodève",
        politicalConsultation: favourable("2025-03-10"),
        underServedArea: true
      })
    )
    expect(
      failureMessage(
        Programme.decodeOpeningRequest({
          centreName: "Lodève",
          politicalConsultation: { date: "2025-02-30", favourable: "yes" }
        })
      )
    ).toBe(
      [
        'at politicalConsultation.date: Expected a calendar date "YYYY-MM-DD", got "2025-02-30": days run from 01 to 28 in February 2025',
        'at politicalConsultation.favourable: Expected boolean, got "yes"',
        "at underServedArea: Missing field"
      ].join("\n")
    )
  })
})

describe("properties", () => {
  test.prop([
    fc
      .integer({ min: 1, max: 5000 })
      .chain((offered) =>
        fc.tuple(
          fc.constant(offered),
          fc.integer({ min: 0, max: offered }),
          fc.integer({ min: 0, max: offered })
        )
      )
  ])("recruitment is monotone: more unused slots never turn hold into recruit", ([offered, a, b]) => {
    const fewer = decide(slots("muret", offered, Math.min(a, b))).decision
    const more = decide(slots("muret", offered, Math.max(a, b))).decision
    expect(fewer === "hold" ? more : "hold").toBe("hold")
    expect(fewer === "noData" || more === "noData").toBe(false)
  })

  test.prop([
    fc
      .array(centre, { maxLength: 12 })
      .chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length })))
  ])("programmeDecision does not depend on the order of centres", ([centres, shuffled]) => {
    expect(Result.getOrThrow(Programme.programmeDecision(policy, shuffled))).toStrictEqual(
      Result.getOrThrow(Programme.programmeDecision(policy, centres))
    )
  })

  test.prop([fc.array(centre, { maxLength: 12 })])(
    "programmeDecision holds exactly when some centre holds",
    (centres) => {
      const d = Result.getOrThrow(Programme.programmeDecision(policy, centres))
      const held = centres.filter((c) => decide(c).decision === "hold").map((c) => c.centreId)
      expect(d.onHold).toStrictEqual([...new Set(held)].sort())
      expect(d.decision === "hold").toBe(held.length > 0)
    }
  )

  test.prop([fc.jsonValue()])("the decoders never throw on arbitrary JSON", (json) => {
    const slotsResult = Programme.decodeCentreSlots(json)
    const openingResult = Programme.decodeOpeningRequest(json)
    expect(Result.isSuccess(slotsResult) || slotsResult.failure.issues.length > 0).toBe(true)
    expect(Result.isSuccess(openingResult) || openingResult.failure.issues.length > 0).toBe(true)
  })

  test.prop([centre])("decoding the JSON of valid slots gives them back", (c) => {
    expect(Programme.decodeCentreSlots(JSON.parse(JSON.stringify(c)))).toStrictEqual(Result.succeed(c))
  })
})

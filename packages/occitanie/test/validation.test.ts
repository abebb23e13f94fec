import { fc, test } from "@fast-check/vitest"
import { Calendar, Explanation, Parameter, Policy, Programme, Requirements, Rule } from "@gip-sante/core"
import { policy, policyJson, rules } from "@gip-sante/occitanie"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

// Each validation case of issue 15, as a region's analyst meets it: the Occitanie policy (or an
// override of it) with one mistake, checked as usable by every module, every message exact.

type Json = Record<string, any>

const clone = (): Json => JSON.parse(JSON.stringify(policyJson)) as Json

const issuesOf = (...layers: ReadonlyArray<unknown>): ReadonlyArray<Policy.Issue> => {
  const r = Policy.decodeLayers(layers, { requirements: Requirements.all })
  return Result.isFailure(r) ? r.failure.issues : []
}

const assumption = { kind: "assumption", rationale: "Our own figure", replaceWith: "the GIP's figure" }

describe("the Occitanie preset", () => {
  it("is usable by every module", () => {
    expect(issuesOf(policyJson)).toStrictEqual([])
  })

  it("gives each rule exactly the documents the code cited before rules became data", () => {
    const documents = Object.fromEntries(
      Object.entries(rules).map(([id, r]) => [id, r.sources.map((s) => s.document)])
    )
    expect(documents).toStrictEqual({
      "contract.weeklyHoursWithinBounds": ["S2"],
      "contract.daysPerWeekWithinBounds": ["S2"],
      "contract.hoursPerDayWithinMaximum": ["code-travail-l3121-18"],
      "consultation.target": ["S2"],
      "obligations.pdsa": ["S1", "S2", "csp-r6315-1"],
      "obligations.homeVisits": ["S1", "S2"],
      "obligations.unscheduledCare": ["S1", "S2"],
      "programme.recruitment.keepRecruiting": ["S2"],
      "programme.opening.conditionsMet": ["S2"]
    })
    expect(Requirements.ruleIds().filter((id) => !(id in rules))).toStrictEqual([
      "contract.endAfterStart",
      "contract.fixedTermHasEnd"
    ])
  })
})

describe("validation cases", () => {
  it("a typo in a parameter id: the module that needs it, and a suggestion", () => {
    const json = clone()
    json.parameters["consultation.targetPerHuor"] = json.parameters["consultation.targetPerHour"]
    delete json.parameters["consultation.targetPerHour"]
    expect(issuesOf(json)).toStrictEqual([
      {
        path: 'parameters["consultation.targetPerHuor"]',
        message:
          "No module reads consultation.targetPerHuor: did you mean consultation.targetPerHour? Consultation needs it (Target consultations per hour) and the policy lacks it"
      }
    ])
  })

  it("the GP grid's unit changed to gross with net values: the grid no longer starts at the starting pay", () => {
    const json = clone()
    json.parameters["pay.gp.grid"].unit = "eurosPerMonthGross"
    expect(issuesOf(json)).toStrictEqual([
      {
        path: 'parameters["pay.gp.grid"].history[0].value[0].amount',
        message:
          "The first step of pay.gp.grid, 4\u202f700,00\u00a0€ gross, which is 3\u202f812,36\u00a0€ net after the employee contribution lines, must equal the starting pay pay.gp.startingMonthlyNet, 4\u202f700,00\u00a0€ net (values in force on 2022-06-17)"
      }
    ])
  })

  it("a ratio of 81.5: a share is between 0 and 1", () => {
    const json = clone()
    json.parameters["contributions.csgDeductible.employeeRate"].history[0].value = 6.8
    expect(issuesOf(json)).toStrictEqual([
      {
        path: 'parameters["contributions.csgDeductible.employeeRate"].history[0].value',
        message: "Expected a share between 0 and 1 (0.815 for 81.5 %), got 6.8"
      }
    ])
  })

  it("a starting pay that differs from the grid's first step", () => {
    const json = clone()
    json.parameters["pay.gp.startingMonthlyNet"].history[0].value = "4800.00"
    expect(issuesOf(json)).toStrictEqual([
      {
        path: 'parameters["pay.gp.grid"].history[0].value[0].amount',
        message:
          "The first step of pay.gp.grid, 4\u202f700,00\u00a0€ net, must equal the starting pay pay.gp.startingMonthlyNet, 4\u202f800,00\u00a0€ net (values in force on 2022-06-17)"
      }
    ])
  })

  it("a grid whose top is above the published maximum", () => {
    const json = clone()
    json.parameters["pay.gp.maximumMonthlyNet"].history[0].value = "6000.00"
    expect(issuesOf(json)).toStrictEqual([
      {
        path: 'parameters["pay.gp.grid"].history[0].value[7].amount',
        message:
          "The top step of pay.gp.grid, 6\u202f400,00\u00a0€ net, is above the published maximum pay.gp.maximumMonthlyNet, 6\u202f000,00\u00a0€ net (values in force on 2022-06-17)"
      }
    ])
  })

  it("a policy without pay.gp.grid", () => {
    const json = clone()
    delete json.parameters["pay.gp.grid"]
    expect(issuesOf(json)).toStrictEqual([
      {
        path: 'parameters["pay.gp.grid"]',
        message: "The policy has no parameter pay.gp.grid (GP pay grid), which Pay needs"
      }
    ])
  })

  it("a parameter of the wrong type or unit for the modules that read it", () => {
    const json = clone()
    json.parameters["contract.fullTimeWeeklyHours"].unit = "hoursPerDay"
    json.parameters["pay.midwife.grid"].type = "money"
    expect(issuesOf(json).map((i) => `${i.path}: ${i.message}`)).toStrictEqual([
      'parameters["contract.fullTimeWeeklyHours"].unit: contract.fullTimeWeeklyHours must be in hoursPerWeek for Contract, Pay, Obligations and Kpi (Full-time weekly hours (reference for FTE)), but the policy gives hoursPerDay',
      // Read as hours a day, the value is out of its unit's bounds too.
      'parameters["contract.fullTimeWeeklyHours"].history[0].value: Expected a number of hours between 0 and 24 (the hours of a day), got 35',
      'parameters["pay.midwife.grid"].type: pay.midwife.grid must hold a grid value for Pay (salary grid of a profession), but the policy gives a money',
      'parameters["pay.midwife.grid"].history[0].value: Expected string, got [{"fromYears":0,"amount":"3300.00"},{"fromYears":3,"amoun...'
    ])
  })

  it("time shares that do not add up to the whole of a clinician's hours", () => {
    const json = clone()
    json.parameters["consultation.timeShare.admin"].history[0].value = 0.1
    expect(issuesOf(json)).toStrictEqual([
      {
        path: 'parameters["consultation.timeShare.scheduled"].history[0].value',
        message:
          "The shares of working time (consultation.timeShare.scheduled, consultation.timeShare.unscheduled, consultation.timeShare.homeVisits, consultation.timeShare.admin, consultation.timeShare.training) must add up to 1, the whole of a clinician's hours; on 2022-06-17 they add up to 1,03"
      }
    ])
  })

  it("an undeclared citation beside shape errors, in one pass", () => {
    const json = clone()
    json.version = 3
    json.parameters["contract.minWeeklyHours"].history[0].value = "four"
    json.parameters["contract.maxWeeklyHours"].history[0].provenance = {
      kind: "citation",
      document: "CVL1",
      locator: "39 h at most"
    }
    expect(issuesOf(json)).toStrictEqual([
      { path: "version", message: "Expected string, got 3" },
      {
        path: 'parameters["contract.minWeeklyHours"].history[0].value',
        message: 'Expected number, got "four"'
      },
      {
        path: 'parameters["contract.maxWeeklyHours"].history[0].provenance.document',
        message: 'Refers to document "CVL1", which the bibliography does not declare'
      }
    ])
  })

  it("override values whose dates overlap", () => {
    const override = {
      parameters: {
        "contract.maxWeeklyHours": {
          values: [
            { from: "2022-06-17", to: "2024-01-01", value: 39, provenance: assumption },
            { from: "2023-06-01", value: 38, provenance: assumption }
          ]
        }
      }
    }
    expect(issuesOf(policyJson, override)).toStrictEqual([
      {
        layer: 1,
        path: 'parameters["contract.maxWeeklyHours"].values[1].from',
        message: "Overlaps the previous value, which runs until 2024-01-01"
      }
    ])
  })

  it("a gap in override values", () => {
    const override = {
      parameters: {
        "contract.maxWeeklyHours": {
          values: [
            { from: "2022-06-17", to: "2023-01-01", value: 39, provenance: assumption },
            { from: "2023-06-01", value: 38, provenance: assumption }
          ]
        }
      }
    }
    expect(issuesOf(policyJson, override)).toStrictEqual([
      {
        layer: 1,
        path: 'parameters["contract.maxWeeklyHours"].values[1].from',
        message:
          "No value is given from 2023-01-01 to 2023-06-01: an override's values replace one continuous range, so close the gap (to keep the base's value in between, repeat it)"
      }
    ])
  })

  it("errors point into the user's override file, not into the merged history", () => {
    const first = {
      parameters: {
        "contributions.csgDeductible.employeeRate": {
          values: [{ from: "2024-01-01", value: 0.07, provenance: assumption }]
        }
      }
    }
    const second = {
      parameters: {
        "contributions.csgDeductible.employeeRate": {
          values: [{ from: "2025-01-01", value: 6.8, provenance: assumption }]
        },
        "pay.gp.grid": {
          values: [{ from: "2024-01-01", value: [{ fromYears: 0, amount: "4700" }], provenance: assumption }]
        }
      }
    }
    expect(issuesOf(policyJson, first, second)).toStrictEqual([
      {
        layer: 2,
        path: 'parameters["contributions.csgDeductible.employeeRate"].values[0].value',
        message: "Expected a share between 0 and 1 (0.815 for 81.5 %), got 6.8"
      },
      {
        layer: 2,
        path: 'parameters["pay.gp.grid"].values[0].value[0].amount',
        message: 'Expected a non-negative euro amount with two decimals such as "4700.00", got "4700"'
      }
    ])
  })

  it("an override that still names the flat rates of earlier versions is told how to migrate", () => {
    const flat = {
      parameters: {
        "pay.netShareOfGross": { values: [{ from: "2024-01-01", value: 0.8, provenance: assumption }] }
      }
    }
    expect(issuesOf(policyJson, flat)).toStrictEqual([
      {
        layer: 1,
        path: 'parameters["pay.netShareOfGross"]',
        message:
          'Unknown parameter pay.netShareOfGross: an override can only replace parameters that Ma santé, ma région (Occitanie) has; one parameter per contribution line replaced it (contributions.*: each rate, the social-security ceiling, the CSG base, the switches for unemployment insurance and the taxe sur les salaires); override the lines you know, or give your own policy file both pay.netShareOfGross and pay.employerContributionRate, without contribution lines, to keep the flat rates (see the core README, "Contributions")'
      }
    ])
  })

  it("a constraint broken by an override's value is reported at that value", () => {
    const override = {
      parameters: {
        "pay.gp.startingMonthlyNet": {
          values: [{ from: "2024-01-01", value: "4800.00", provenance: assumption }]
        }
      }
    }
    expect(issuesOf(policyJson, override)).toStrictEqual([
      {
        layer: 0,
        path: 'parameters["pay.gp.grid"].history[0].value[0].amount',
        message:
          "The first step of pay.gp.grid, 4\u202f700,00\u00a0€ net, must equal the starting pay pay.gp.startingMonthlyNet, 4\u202f800,00\u00a0€ net (values in force on 2024-01-01)"
      }
    ])
  })

  it("an unknown parameter or rule in an override, with a suggestion", () => {
    const override = {
      rules: { "programme.recruitment.keepRecruitng": { sources: [assumption] } },
      parameters: {
        "consultation.targetPerHuor": { values: [{ from: "2024-01-01", value: 2.5, provenance: assumption }] }
      }
    }
    expect(issuesOf(policyJson, override)).toStrictEqual([
      {
        layer: 1,
        path: 'rules["programme.recruitment.keepRecruitng"]',
        message:
          "No module has a rule programme.recruitment.keepRecruitng: did you mean programme.recruitment.keepRecruiting?"
      },
      {
        layer: 1,
        path: 'parameters["consultation.targetPerHuor"]',
        message:
          "Unknown parameter consultation.targetPerHuor: an override can only replace parameters that Ma santé, ma région (Occitanie) has; did you mean consultation.targetPerHour?"
      }
    ])
  })

  it("an override may not redefine a document its base cites", () => {
    const override = {
      bibliography: { S1: { title: "Our report", publisher: "Us", date: "2024-01-01", kind: "official" } }
    }
    expect(issuesOf(policyJson, override)).toStrictEqual([
      {
        layer: 1,
        path: "bibliography.S1",
        message:
          'Ma santé, ma région (Occitanie) already declares a document "S1" ("En Occitanie, les 100 médecins généralistes salariés par la région suivent 31 000 patients"), which its values cite: give yours another id'
      }
    ])
  })
})

describe("histories that start when the programme started", () => {
  const cvl = (extra: Json = {}) => ({
    name: "GIP Pro Santé",
    region: "Centre-Val de Loire",
    start: "2020-06-30",
    ...extra
  })

  it("a start before the inherited values is reported once, at the override's start", () => {
    const issues = issuesOf(policyJson, cvl())
    expect(issues).toHaveLength(1)
    expect(issues[0]?.layer).toBe(1)
    expect(issues[0]?.path).toBe("start")
    expect(issues[0]?.message).toMatch(
      /^42 parameter\(s\) the modules need have no value in force on 2020-06-30, the programme's start: their inherited values start on 2022-06-17 \(contract\.fullTimeWeeklyHours, .*\)\. Give values from 2020-06-30, or move the inherited values to your start with "inheritFromStart": true$/
    )
  })

  it("inheritFromStart moves the values that started with the base programme, and the lineage says so", () => {
    const merged = Result.getOrThrow(Policy.decodeLayers([policyJson, cvl({ inheritFromStart: true })]))
    const grid = Policy.parameter(merged, "pay.gp.grid")!
    expect(grid.history[0]?.from).toBe("2020-06-30")
    // A tariff has its own dates: it is not moved.
    expect(Policy.parameter(merged, "tariff.consultation.g")?.history).toStrictEqual(
      Policy.parameter(policy, "tariff.consultation.g")?.history
    )
    const layer = merged.lineage!.layers[0]!
    expect(layer.start).toBe("2020-06-30")
    expect(layer.inheritedFromStart).toContainEqual({ parameterId: "pay.gp.grid", from: "2022-06-17" })
    expect(layer.inheritedFromStart.every((m) => m.from === "2022-06-17")).toBe(true)
    expect(issuesOf(policyJson, cvl({ inheritFromStart: true }))).toStrictEqual([])
    const read = Policy.read(
      merged,
      Parameter.define({ id: "contract.maxWeeklyHours", type: "number", unit: "hoursPerWeek", label: "Max" }),
      Calendar.date("2021-01-01")
    )
    expect(Result.getOrThrow(read).value).toBe(39)
  })

  it("inheritFromStart with a list moves only those parameters", () => {
    const merged = Result.getOrThrow(
      Policy.decodeLayers([policyJson, cvl({ inheritFromStart: ["pay.gp.grid", "contract.maxWeeklyHours"] })])
    )
    expect(merged.lineage!.layers[0]!.inheritedFromStart).toStrictEqual([
      { parameterId: "pay.gp.grid", from: "2022-06-17" },
      { parameterId: "contract.maxWeeklyHours", from: "2022-06-17" }
    ])
    expect(Policy.parameter(merged, "contract.minWeeklyHours")?.history[0]?.from).toBe("2022-06-17")
  })

  it("inheritFromStart needs a start, given by the override or its base", () => {
    const { start: _, ...withoutStart } = clone()
    expect(issuesOf(withoutStart, { inheritFromStart: true })).toStrictEqual([
      {
        layer: 1,
        path: "inheritFromStart",
        message:
          'Moving inherited values to the start needs a start: give "start", the date your programme started'
      }
    ])
  })

  it("a region may declare its GP grid gross: Pay derives net pay, and the grid is compared on net pay", () => {
    const gross = {
      parameters: {
        "pay.gp.grid": {
          unit: "eurosPerMonthGross",
          history: [
            {
              from: "2022-06-17",
              value: [
                { fromYears: 0, amount: "5767.91" },
                { fromYears: 20, amount: "7813.15" }
              ],
              provenance: assumption
            }
          ]
        }
      }
    }
    const merged = Result.getOrThrow(
      Policy.decodeLayers([policyJson, gross], { requirements: Requirements.all })
    )
    expect(Policy.parameter(merged, "pay.gp.grid")?.unit).toBe("eurosPerMonthGross")
    expect(merged.lineage!.layers[0]!.unitChanged).toStrictEqual([
      { parameterId: "pay.gp.grid", from: "eurosPerMonthNet", to: "eurosPerMonthGross" }
    ])
    const tooLow = JSON.parse(JSON.stringify(gross)) as Json
    tooLow.parameters["pay.gp.grid"].history[0].value[0].amount = "5700.00"
    expect(issuesOf(policyJson, tooLow)).toStrictEqual([
      {
        layer: 1,
        path: 'parameters["pay.gp.grid"].history[0].value[0].amount',
        message:
          "The first step of pay.gp.grid, 5\u202f700,00\u00a0€ gross, which is 4\u202f643,56\u00a0€ net after the employee contribution lines, must equal the starting pay pay.gp.startingMonthlyNet, 4\u202f700,00\u00a0€ net (values in force on 2022-06-17)"
      }
    ])
  })

  it("an override may switch a grid's basis only with a whole history, and no other unit", () => {
    const values = [
      { from: "2024-01-01", value: [{ fromYears: 0, amount: "5766.87" }], provenance: assumption }
    ]
    expect(
      issuesOf(policyJson, {
        parameters: {
          "pay.gp.grid": { unit: "eurosPerMonthGross", values },
          "tariff.consultation.g": { unit: "eurosPerConsultation" }
        }
      })
    ).toStrictEqual([
      {
        layer: 1,
        path: 'parameters["pay.gp.grid"].unit',
        message:
          'Switching pay.gp.grid from eurosPerMonthNet to eurosPerMonthGross changes what every amount means: give its whole "history" in eurosPerMonthGross, not "values"'
      },
      {
        layer: 1,
        path: 'parameters["tariff.consultation.g"].unit',
        message:
          "Cannot change the unit of tariff.consultation.g from eurosPerAct to eurosPerConsultation: only a salary grid may switch between eurosPerMonthNet and eurosPerMonthGross"
      }
    ])
  })
})

describe("rule sources from the policy", () => {
  const slots = {
    centreId: "muret",
    period: Calendar.period("2025-11-01", "2025-12-01"),
    slotsOffered: 200,
    slotsUnused: 10
  }

  it("a region that restates the threshold without a reference still shows the rule's source", () => {
    const override = {
      parameters: {
        "programme.recruitment.maxEmptySlotShare": {
          values: [{ from: "2024-01-01", value: 0.04, provenance: assumption }]
        }
      }
    }
    const region = Result.getOrThrow(Policy.decodeLayers([policyJson, override]))
    const finding = Result.getOrThrow(Rule.evaluate(Programme.recruitmentRule, region, slots, slots.period))
    expect(Explanation.rules(finding.explanation)).toStrictEqual([
      {
        ruleId: "programme.recruitment.keepRecruiting",
        sources: [
          {
            kind: "citation",
            document: "S2",
            locator: "recruiting stops for a centre once its slots go empty, which has not happened yet",
            quote: "On arrêtera de recruter quand il y aura des créneaux vides"
          }
        ]
      }
    ])
  })

  it("an override restates a rule's sources, checked against the bibliography", () => {
    const override = {
      bibliography: {
        "cvl-plan": { title: "Plan", publisher: "GIP Pro Santé", date: "2020-04-10", kind: "official" }
      },
      rules: {
        "programme.recruitment.keepRecruiting": {
          sources: [{ kind: "citation", document: "cvl-plan", locator: "section 3" }]
        },
        "obligations.pdsa": { sources: [{ kind: "citation", document: "cvl-nowhere", locator: "p. 1" }] }
      }
    }
    expect(issuesOf(policyJson, override)).toStrictEqual([
      {
        layer: 1,
        path: 'rules["obligations.pdsa"].sources[0].document',
        message: 'Refers to document "cvl-nowhere", which the bibliography does not declare'
      }
    ])
    delete (override.rules as Json)["obligations.pdsa"]
    const region = Result.getOrThrow(Policy.decodeLayers([policyJson, override]))
    expect(Rule.sources(Programme.recruitmentRule, region)).toStrictEqual([
      { kind: "citation", document: "cvl-plan", locator: "section 3" }
    ])
    expect(region.lineage?.layers[0]?.rules).toStrictEqual(["programme.recruitment.keepRecruiting"])
  })
})

describe("properties", () => {
  const arbitraryOverride = fc.record({
    name: fc.constantFrom("A", "B", "C"),
    from: fc.constantFrom("2023-01-01", "2024-06-01", "2025-01-01"),
    hours: fc.integer({ min: 36, max: 48 })
  })

  test.prop([fc.array(arbitraryOverride, { minLength: 1, maxLength: 4 })])(
    "stacking overrides one by one or at once gives the same policy, and the lineage lists each",
    (overrides) => {
      const patches = overrides.map((o) => ({
        name: o.name,
        parameters: {
          "contract.maxWeeklyHours": { values: [{ from: o.from, value: o.hours, provenance: assumption }] }
        }
      }))
      const atOnce = Result.getOrThrow(Policy.decodeLayers([policyJson, ...patches]))
      let oneByOne = policy
      for (const patch of patches) oneByOne = Result.getOrThrow(Policy.override(oneByOne, patch))
      expect(Policy.encode(oneByOne).parameters).toStrictEqual(Policy.encode(atOnce).parameters)
      expect(atOnce.lineage?.layers.map((l) => l.name)).toStrictEqual(overrides.map((o) => o.name))
      expect(oneByOne.lineage?.layers.map((l) => l.name)).toStrictEqual(overrides.map((o) => o.name))
    }
  )
})

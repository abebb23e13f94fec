import { fc, test } from "@fast-check/vitest"
import { Calendar, Explanation, Money, Parameter, Policy, Provenance, Rule } from "@gip-sante/core"
import { localDate, policyJson } from "@gip-sante/core/testing"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const cite = (document: string, locator: string) => ({ kind: "citation" as const, document, locator })
const assume = {
  kind: "assumption" as const,
  rationale: "No source gives it",
  replaceWith: "your own figure"
}

const fixture = (): Policy.Encoded => ({
  name: "Test programme",
  region: "Testland",
  version: "1.0.0",
  bibliography: {
    S1: { title: "Article one", publisher: "Press", date: "2025-04-09", kind: "press" },
    S2: { title: "Article two", publisher: "Press", date: "2025-12-17", kind: "press" }
  },
  parameters: {
    "tariff.consultation.g": {
      label: "G consultation",
      description: "GP consultation tariff.",
      type: "money",
      unit: "eurosPerAct",
      history: [
        { from: "2023-11-01", to: "2024-12-22", value: "26.50", provenance: cite("S1", "26.50 €") },
        { from: "2024-12-22", value: "30.00", provenance: cite("S2", "30 €") }
      ]
    },
    "contract.maxWeeklyHours": {
      label: "Maximum weekly hours",
      description: "Longest contract.",
      type: "number",
      unit: "hoursPerWeek",
      history: [{ from: "2022-06-17", value: 39, provenance: cite("S2", "35 or 39 h") }]
    },
    "pay.gp.grid": {
      label: "GP grid",
      description: "Net monthly full-time pay by seniority.",
      type: "grid",
      unit: "eurosPerMonthNet",
      history: [
        {
          from: "2022-06-17",
          value: [
            { fromYears: 0, amount: "4700.00" },
            { fromYears: 20, amount: "6400.00" }
          ],
          provenance: assume
        }
      ]
    },
    "programme.opening.requiresPoliticalConsultation": {
      label: "Political consultation required",
      description: "Elected officials must want the centre.",
      type: "boolean",
      unit: "none",
      history: [{ from: "2022-06-17", value: true, provenance: cite("S2", "two consultations") }]
    }
  }
})

const decoded = () => Result.getOrThrow(Policy.decode(fixture()))
const issuesOf = <A>(r: Result.Result<A, Policy.PolicyError>) => (Result.isFailure(r) ? r.failure.issues : [])

const g = Parameter.define({
  id: "tariff.consultation.g",
  type: "money",
  unit: "eurosPerAct",
  label: "G consultation"
})
const maxHours = Parameter.define({
  id: "contract.maxWeeklyHours",
  type: "number",
  unit: "hoursPerWeek",
  label: "Maximum weekly hours"
})

describe("Policy", () => {
  describe("decoding", () => {
    it("decodes a valid policy and encodes it back to the same JSON", () => {
      expect(Policy.encode(decoded())).toStrictEqual(fixture())
    })

    it("reports every issue with its path", () => {
      const json = fixture() as { parameters: Record<string, unknown> }
      json.parameters["contract.maxWeeklyHours"] = {
        label: "Maximum weekly hours",
        description: "Longest contract.",
        type: "number",
        unit: "eurosPerAct",
        history: [{ from: "2022-02-30", value: -1, provenance: cite("S2", "x") }]
      }
      json.parameters["Bad Id"] = (json.parameters as Record<string, unknown>)["pay.gp.grid"]
      expect(issuesOf(Policy.decode(json)).map((i) => `${i.path}: ${i.message}`)).toMatchInlineSnapshot(`
        [
          "parameters["contract.maxWeeklyHours"].unit: Expected "hoursPerWeek" | "hoursPerDay" | "hoursPerYear" | "daysPerWeek" | "daysPerYear" | "weeksPerYear" | "days" | "years" | "consultationsPerHour" | "consultations" | "consultationsPerYear" | "visitsPerMonth" | "shiftsPerMonth" | "ratio" | "count" | "patients" | "people", got "eurosPerAct"",
          "parameters["contract.maxWeeklyHours"].history[0].from: Expected a calendar date "YYYY-MM-DD", got "2022-02-30": days run from 01 to 28 in February 2022",
          "parameters["contract.maxWeeklyHours"].history[0].value: Expected a finite number greater than or equal to 0, got -1",
          "parameters["Bad Id"]: Expected a parameter id made of dot-separated camelCase words, such as "pay.gp.grid", got "Bad Id"",
        ]
      `)
    })

    it("rejects a dangling citation", () => {
      const json = fixture()
      const p = json.parameters["contract.maxWeeklyHours"]!
      ;(p as unknown as { history: Array<unknown> }).history = [
        { from: "2022-06-17", value: 39, provenance: cite("S9", "x") }
      ]
      expect(issuesOf(Policy.decode(json))).toStrictEqual([
        {
          path: 'parameters["contract.maxWeeklyHours"].history[0].provenance.document',
          message: 'Refers to document "S9", which the bibliography does not declare'
        }
      ])
    })

    it("rejects histories out of order, overlapping or with undeclared gaps", () => {
      const json = fixture()
      const history = (from: string, to: string | undefined) => ({
        from,
        ...(to === undefined ? {} : { to }),
        value: "1.00",
        provenance: assume
      })
      ;(json.parameters["tariff.consultation.g"] as unknown as { history: Array<unknown> }).history = [
        history("2020-01-01", "2021-01-01"),
        history("2021-06-01", "2022-06-01"),
        history("2022-01-01", undefined),
        history("2023-01-01", undefined)
      ]
      expect(issuesOf(Policy.decode(json)).map((i) => i.message)).toStrictEqual([
        'No value is in force from 2021-01-01 to 2021-06-01: close the gap or declare it in "gaps" with a reason',
        "Overlaps the previous value, which runs until 2022-06-01",
        'This value has no end date but another value starts on 2023-01-01: give it "to": "2023-01-01"'
      ])
    })

    it("accepts a declared gap and says so when asked for a value inside it", () => {
      const json = fixture()
      const p = json.parameters["tariff.consultation.g"] as unknown as {
        history: Array<{ to?: string }>
        gaps?: unknown
      }
      p.history[0]!.to = "2024-06-01"
      p.gaps = [{ from: "2024-06-01", to: "2024-12-22", reason: "tariff suspended" }]
      const policy = Result.getOrThrow(Policy.decode(json))
      expect(issuesOf(Policy.read(policy, g, Calendar.date("2024-07-01")))).toStrictEqual([
        {
          path: "tariff.consultation.g",
          message:
            "No value of tariff.consultation.g is in force on 2024-07-01: it is in a declared gap (2024-06-01 to 2024-12-22: tariff suspended)"
        }
      ])
    })

    test.prop([fc.jsonValue()])("never throws on arbitrary JSON", (json) => {
      expect(Result.isResult(Policy.decode(json))).toBe(true)
    })

    test.prop([
      fc.dictionary(
        fc.constantFrom("__proto__", "constructor", "prototype", "toString", "pay.gp.grid"),
        fc.jsonValue()
      )
    ])("hostile keys neither throw nor pollute prototypes", (parameters) => {
      const json = JSON.parse(
        JSON.stringify({ ...fixture(), parameters, bibliography: { __proto__: { polluted: true } } })
      ) as unknown
      const result = Policy.decode(json)
      expect(Result.isResult(result)).toBe(true)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(Object.prototype).not.toHaveProperty("polluted")
    })
  })

  describe("reading", () => {
    it("reads the value in force the day before and the day of a change", () => {
      const policy = decoded()
      const before = Result.getOrThrow(Policy.read(policy, g, Calendar.date("2024-12-21")))
      const on = Result.getOrThrow(Policy.read(policy, g, Calendar.date("2024-12-22")))
      expect(before.value).toBe(Money.euros(26.5))
      expect(before.to).toBe("2024-12-22")
      expect(on.value).toBe(Money.euros(30))
      expect(on.provenance).toStrictEqual(cite("S2", "30 €"))
    })

    it("says why no value is in force", () => {
      expect(issuesOf(Policy.read(decoded(), g, Calendar.date("2023-10-31")))[0]?.message).toBe(
        "No value of tariff.consultation.g is in force on 2023-10-31: its history starts on 2023-11-01"
      )
    })

    it("refuses a read through a definition of another unit or type, naming the parameter", () => {
      const wrongUnit = Parameter.define({
        id: "tariff.consultation.g",
        type: "money",
        unit: "eurosPerMonthNet",
        label: "G"
      })
      const wrongType = Parameter.define({
        id: "contract.maxWeeklyHours",
        type: "money",
        unit: "euros",
        label: "Max"
      })
      const missing = Parameter.define({
        id: "pay.ipa.grid",
        type: "grid",
        unit: "eurosPerMonthGross",
        label: "IPA grid"
      })
      const at = Calendar.date("2025-01-01")
      expect(issuesOf(Policy.read(decoded(), wrongUnit, at))[0]?.message).toBe(
        "tariff.consultation.g must be in eurosPerMonthNet (G), but the policy gives eurosPerAct"
      )
      expect(issuesOf(Policy.read(decoded(), wrongType, at))[0]?.message).toBe(
        "contract.maxWeeklyHours must hold a money value (Max), but the policy gives a number"
      )
      expect(issuesOf(Policy.requires(decoded(), [g, maxHours, missing]))).toStrictEqual([
        { path: 'parameters["pay.ipa.grid"]', message: "The policy has no parameter pay.ipa.grid (IPA grid)" }
      ])
    })

    it("lists changes in a window and the assumptions to review", () => {
      const changes = Policy.changesBetween(
        decoded(),
        Calendar.date("2024-01-01"),
        Calendar.date("2025-01-01")
      )
      expect(
        changes.map((c) => [c.parameterId, c.date, c.before?.value, c.after?.value, c.valueChanged])
      ).toStrictEqual([["tariff.consultation.g", "2024-12-22", 2650, 3000, true]])
      expect(Policy.assumptions(decoded()).map((a) => a.parameterId)).toStrictEqual(["pay.gp.grid"])
    })

    it("publishes a JSON Schema", () => {
      const schema = Policy.jsonSchema()
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema")
      expect(JSON.stringify(schema)).toContain("eurosPerMonthNet")
    })
  })

  describe("overrides", () => {
    it("replaces values from a date and records the lineage", () => {
      const result = Policy.override(decoded(), {
        name: "Other programme",
        region: "Otherland",
        bibliography: {
          cvl: { title: "Audit report", publisher: "Court", date: "2023-01-01", kind: "official" }
        },
        parameters: {
          "contract.maxWeeklyHours": {
            values: [{ from: "2024-01-01", value: 35, provenance: cite("cvl", "at most 35 h") }]
          }
        }
      })
      const policy = Result.getOrThrow(result)
      expect(policy.lineage).toStrictEqual({
        base: { name: "Test programme", region: "Testland", version: "1.0.0" },
        layers: [
          {
            name: "Other programme",
            region: "Otherland",
            version: "1.0.0",
            replaced: [{ parameterId: "contract.maxWeeklyHours", from: "2024-01-01" }],
            unitChanged: [],
            documentsAdded: ["cvl"],
            rules: [],
            inheritedFromStart: []
          }
        ],
        overridden: ["contract.maxWeeklyHours"],
        documentsAdded: ["cvl"]
      })
      expect(Result.getOrThrow(Policy.read(policy, maxHours, Calendar.date("2023-12-31"))).value).toBe(39)
      expect(Result.getOrThrow(Policy.read(policy, maxHours, Calendar.date("2024-01-01"))).value).toBe(35)
      expect(Policy.diff(decoded(), policy).map((d) => d.parameterId)).toStrictEqual([
        "contract.maxWeeklyHours"
      ])
    })

    it("rejects, in one pass, unknown parameters, unit or type changes and values without provenance", () => {
      const result = Policy.override(decoded(), {
        parameters: {
          "tariff.unknown": { history: [] },
          "tariff.consultation.g": { unit: "eurosPerMonth", type: "number" },
          "contract.maxWeeklyHours": { values: [{ from: "2024-01-01", value: 35 }] }
        }
      })
      expect(issuesOf(result)).toStrictEqual([
        {
          layer: 1,
          path: 'parameters["tariff.unknown"]',
          message:
            "Unknown parameter tariff.unknown: an override can only replace parameters that Test programme (Testland) has"
        },
        {
          layer: 1,
          path: 'parameters["tariff.consultation.g"].unit',
          message:
            "Cannot change the unit of tariff.consultation.g from eurosPerAct to eurosPerMonth: only a salary grid may switch between eurosPerMonthNet and eurosPerMonthGross"
        },
        {
          layer: 1,
          path: 'parameters["tariff.consultation.g"].type',
          message: "Cannot change the value type of tariff.consultation.g from money to number"
        },
        {
          layer: 1,
          path: 'parameters["contract.maxWeeklyHours"].values[0].provenance',
          message: "Missing field"
        }
      ])
    })
  })

  describe("properties", () => {
    const decode = (json: Policy.Encoded) => Result.getOrThrow(Policy.decode(json))

    test.prop([policyJson()])("decode ∘ encode is the identity on generated policies", (json) => {
      const policy = decode(json)
      // Compared as JSON: generated records have a null prototype, decoded ones a plain one.
      const asJson = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown
      expect(asJson(Policy.encode(policy))).toStrictEqual(asJson(json))
      expect(decode(Policy.encode(policy))).toEqual(policy)
    })

    test.prop([policyJson(), localDate({ min: "2014-01-01" as never, max: "2032-01-01" as never })])(
      "valueAt agrees with a naive scan of the history",
      (json, date) => {
        const policy = decode(json)
        for (const id of Policy.parameterIds(policy)) {
          const parameter = Policy.parameter(policy, id)!
          const naive = parameter.history.filter(
            (e: Parameter.HistoryEntry) => e.from <= date && (e.to === undefined || date < e.to)
          )
          const fast = Parameter.valueAt(parameter, id, date)
          expect(naive.length).toBeLessThanOrEqual(1)
          if (naive.length === 0) expect(Result.isFailure(fast)).toBe(true)
          else expect(Result.getOrThrow(fast).value).toStrictEqual(naive[0]!.value)
        }
      }
    )

    test.prop([policyJson()])("diff(p, p) is empty", (json) => {
      const policy = decode(json)
      expect(Policy.diff(policy, policy)).toStrictEqual([])
    })

    test.prop([
      policyJson({ maxParameters: 6 }),
      fc.integer({ min: 0, max: 5 }),
      // Within every unit's bounds (a share is at most 1).
      fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000)
    ])(
      "override never changes a parameter it does not name, and diff names exactly those it changes",
      (json, pick, newValue) => {
        const base = decode(json)
        const ids = Policy.parameterIds(base).filter((id) => Policy.parameter(base, id)!.type === "number")
        const named = ids.slice(0, pick)
        const patch = {
          parameters: Object.fromEntries(
            named.map((id) => [
              id,
              { history: [{ from: "2010-01-01", value: newValue, provenance: assume }] }
            ])
          )
        }
        const result = Policy.override(base, patch)
        const overridden = Result.getOrThrow(result)
        for (const id of Policy.parameterIds(base)) {
          if (!named.includes(id))
            expect(Policy.parameter(overridden, id)).toStrictEqual(Policy.parameter(base, id))
        }
        const changed = named.filter(
          (id) =>
            JSON.stringify(
              Parameter.encode(Policy.parameter(base, id)!).history.map((e) => [e.from, e.to, e.value])
            ) !== JSON.stringify([["2010-01-01", undefined, newValue]])
        )
        expect(Policy.diff(base, overridden).map((d) => d.parameterId)).toStrictEqual([...changed].sort())
      }
    )
  })
})

describe("Explanation and Rule", () => {
  const hoursRule = Rule.make<{ weeklyHours: number }>({
    id: "contract.withinMaxHours",
    title: "Weekly hours within the maximum",
    description: "A contract may not exceed the policy's maximum weekly hours.",
    kind: "eligibility",
    severity: "blocking",
    reads: [maxHours],
    shortfallUnit: "hoursPerWeek",
    evaluate: (policy, input, at) =>
      Result.map(Policy.read(policy, maxHours, Rule.dateOf(at)), (max) => {
        const explanation = Explanation.make(
          Explanation.step("Hours above the maximum", {
            value: Explanation.quantity(Math.max(0, input.weeklyHours - max.value), "hoursPerWeek"),
            children: [
              Explanation.step("Contract weekly hours", {
                value: Explanation.quantity(input.weeklyHours, "hoursPerWeek")
              }),
              Explanation.fromParameter(
                "Maximum weekly hours",
                max,
                Explanation.quantity(max.value, "hoursPerWeek")
              )
            ]
          })
        )
        return input.weeklyHours <= max.value
          ? Rule.met(explanation)
          : Rule.notMet(input.weeklyHours - max.value, explanation)
      }),
    examples: [
      {
        title: "39 h is the maximum",
        input: { weeklyHours: 39 },
        at: Calendar.date("2025-01-01"),
        expected: "met"
      },
      {
        title: "40 h is too much",
        input: { weeklyHours: 40 },
        at: Calendar.date("2025-01-01"),
        expected: "notMet"
      }
    ]
  })

  it("evaluates findings with their explanation, readable as text", () => {
    const findings = Result.getOrThrow(
      Rule.evaluateAll([hoursRule], decoded(), { weeklyHours: 41.5 }, Calendar.date("2025-03-01"))
    )
    const finding = findings["contract.withinMaxHours"]!
    expect(finding.status).toBe("notMet")
    expect(finding.status === "notMet" && finding.shortfall).toBe(2.5)
    expect(Rule.blocking(findings)).toHaveLength(1)
    expect(Explanation.toText(finding.explanation)).toBe(
      [
        "Hours above the maximum: 2,5 h / week",
        "├─ Contract weekly hours: 41,5 h / week",
        "├─ Maximum weekly hours: 39 h / week [contract.maxWeeklyHours, in force 2022-06-17 onwards; S2: 35 or 39 h]",
        "└─ Rule: Weekly hours within the maximum [rule contract.withinMaxHours; no source given by the policy]"
      ].join("\n")
    )
    expect(Explanation.usesAssumptions(finding.explanation)).toBe(false)
    expect(Explanation.toJson(finding.explanation).root.children[1]?.source?.parameterId).toBe(
      "contract.maxWeeklyHours"
    )
  })

  it("runs the rule's worked examples", () => {
    expect(Rule.failingExamples(hoursRule, decoded())).toStrictEqual([])
  })

  it("reports policy issues instead of findings when a parameter is missing", () => {
    const json = fixture()
    delete (json.parameters as Record<string, unknown>)["contract.maxWeeklyHours"]
    const result = Rule.evaluateAll(
      [hoursRule],
      decode(json),
      { weeklyHours: 1 },
      Calendar.date("2025-01-01")
    )
    expect(issuesOf(result)[0]?.message).toBe(
      "The policy has no parameter contract.maxWeeklyHours (Maximum weekly hours)"
    )
  })

  it("describes provenance in one line", () => {
    expect(Provenance.describe(assume)).toBe("assumption: No source gives it")
  })
})

const decode = (json: Policy.Encoded) => Result.getOrThrow(Policy.decode(json))

import { fc, test } from "@fast-check/vitest"
import { Calendar, type Contract, Explanation, Obligations, Policy, Rule } from "@gip-sante/core"
import { policy } from "@gip-sante/occitanie"
import { Result, Schema } from "effect"
import { describe, expect, it } from "vitest"

const june = Calendar.period("2025-06-01", "2025-07-01")
const id = "lodeve-gp-1"

const gp = (weeklyHours = 35, overrides: Partial<Contract.Contract> = {}): Contract.Contract => ({
  id,
  profession: "gp",
  weeklyHours,
  daysPerWeek: 5,
  start: Calendar.date("2024-01-01"),
  seniorityAtHireYears: 0,
  retiree: false,
  kind: "permanent",
  ...overrides
})

const shift = (
  date: string,
  kind: Obligations.PdsaSlotKind = "night",
  clinicianId = id
): Obligations.DutyShift => ({
  clinicianId,
  date: Calendar.date(date),
  kind
})

const visits = (n: number, clinicianId = id): Array<Obligations.HomeVisit> =>
  Array.from({ length: n }, (_, i) => ({
    clinicianId,
    date: Calendar.date(`2025-06-${String(2 + (i % 28)).padStart(2, "0")}`)
  }))

// 20 consulting days of 16 slots, 2 of them reserved: 40 of 320, 12.5 %.
const slots = (reservedPerDay = 2, clinicianId = id): Array<Obligations.SlotRecord> =>
  Array.from({ length: 20 }, (_, i) => ({
    clinicianId,
    date: Calendar.date(`2025-06-${String(2 + i).padStart(2, "0")}`),
    reserved: reservedPerDay,
    used: reservedPerDay,
    unused: 0,
    total: 16
  }))

const input = (contract: Contract.Contract, logs: Partial<Obligations.Logs>): Obligations.Input => ({
  contract,
  period: june,
  shifts: logs.shifts ?? [],
  visits: logs.visits ?? [],
  slots: logs.slots ?? []
})

const findings = (contract: Contract.Contract, logs: Partial<Obligations.Logs>) =>
  Result.getOrThrow(Obligations.evaluateClinician(policy, input(contract, logs)))

const centre = (
  contracts: ReadonlyArray<Contract.Contract>,
  logs: Partial<Obligations.Logs>,
  period = june
) =>
  Result.getOrThrow(
    Obligations.evaluateCentre(
      policy,
      contracts,
      { shifts: logs.shifts ?? [], visits: logs.visits ?? [], slots: logs.slots ?? [] },
      period
    )
  )

const measures = (contract: Contract.Contract, period = june) =>
  centre([contract], {}, period).clinicians[0]!.measures

const compliantLogs = {
  shifts: [shift("2025-06-07", "saturdayAfternoon"), shift("2025-06-15", "sundayOrHoliday")],
  visits: visits(10),
  slots: slots()
}

describe("Obligations", () => {
  describe("PDSA slots (R6315-1)", () => {
    it("a week with the 14 July holiday: the holiday and the Sunday open by day, Saturday from noon", () => {
      expect(Obligations.pdsaSlots(Calendar.period("2025-07-14", "2025-07-21"))).toStrictEqual([
        { date: "2025-07-14", kinds: ["night", "sundayOrHoliday"] },
        { date: "2025-07-15", kinds: ["night", "weekdayEvening"] },
        { date: "2025-07-16", kinds: ["night", "weekdayEvening"] },
        { date: "2025-07-17", kinds: ["night", "weekdayEvening"] },
        { date: "2025-07-18", kinds: ["night", "weekdayEvening"] },
        { date: "2025-07-19", kinds: ["night", "saturdayAfternoon", "weekdayEvening"] },
        { date: "2025-07-20", kinds: ["night", "sundayOrHoliday"] }
      ])
    })

    it("a Saturday opens its afternoon and evening, unless it is a holiday (Toussaint 2025)", () => {
      expect(Obligations.pdsaSlots(Calendar.period("2025-06-07", "2025-06-08"))).toStrictEqual([
        { date: "2025-06-07", kinds: ["night", "saturdayAfternoon", "weekdayEvening"] }
      ])
      expect(Obligations.pdsaSlots(Calendar.period("2025-11-01", "2025-11-02"))).toStrictEqual([
        { date: "2025-11-01", kinds: ["night", "sundayOrHoliday"] }
      ])
    })

    it("the slot hours cover 20h–8h every day and 8h–20h on Sundays and holidays, each hour once", () => {
      const hoursOf = (kinds: ReadonlyArray<Obligations.PdsaSlotKind>) => {
        const hours = kinds.flatMap((k) => {
          const { fromHour, toHour } = Obligations.pdsaSlotHours[k]
          return Array.from({ length: toHour - fromHour }, (_, i) => fromHour + i)
        })
        return [...hours].sort((a, b) => a - b)
      }
      const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i)
      for (const day of Obligations.pdsaSlots(Calendar.period("2025-07-14", "2025-07-21"))) {
        const hours = hoursOf(day.kinds)
        expect(new Set(hours).size).toBe(hours.length)
        expect(hours).toStrictEqual(expect.arrayContaining([...range(0, 8), ...range(20, 24)]))
      }
      expect(hoursOf(["night", "sundayOrHoliday"])).toStrictEqual(range(0, 24))
    })

    it("the empty period has no slot", () => {
      expect(Obligations.pdsaSlots(Calendar.period("2025-07-14", "2025-07-14"))).toStrictEqual([])
    })
  })

  describe("rules", () => {
    it("the policy reads of the module are all in the preset", () => {
      expect(Result.isSuccess(Policy.requires(policy, Object.values(Obligations.parameters)))).toBe(true)
    })

    it("every rule's worked examples hold on the preset", () => {
      for (const rule of Obligations.rules) expect(Rule.failingExamples(rule, policy)).toStrictEqual([])
    })

    it("the three obligations are advisory", () => {
      expect(Obligations.rules.map((r) => [r.id, r.kind, r.severity, r.shortfallUnit])).toStrictEqual([
        ["obligations.pdsa", "obligation", "advisory", "count"],
        ["obligations.homeVisits", "obligation", "advisory", "count"],
        ["obligations.unscheduledCare", "obligation", "advisory", "count"]
      ])
    })

    it("a full-time GP in June 2025 with 2 shifts, 10 visits and 12.5 % reserved slots meets everything", () => {
      const f = findings(gp(), compliantLogs)
      expect(Object.keys(f)).toStrictEqual([
        "obligations.pdsa",
        "obligations.homeVisits",
        "obligations.unscheduledCare"
      ])
      expect(Object.values(f).map((x) => x.status)).toStrictEqual(["met", "met", "met"])
    })

    it("one shift in June: one short, with the explanation down to the parameters", () => {
      const f = findings(gp(), { ...compliantLogs, shifts: [shift("2025-06-07")] })["obligations.pdsa"]!
      expect(f.status).toBe("notMet")
      expect(f.status === "notMet" ? f.shortfall : undefined).toBe(1)
      expect(Explanation.toText(f.explanation)).toBe(
        [
          "Out-of-hours (PDSA) shifts against the quota: -1 (done − expected)",
          "├─ PDSA shifts taken: 1 (lodeve-gp-1, from 2025-06-01 to 2025-07-01 (excluded))",
          "├─ PDSA shifts expected: 2 (2 a month full time × 1 FTE × 1 months of presence)",
          "│  ├─ Out-of-hours (PDSA) shifts per month, full time: 2 shifts / month [obligations.pdsa.shiftsPerMonthFullTime, in force 2022-06-17 onwards; assumption: S1 and S2 say salaried doctors take part in PDSA but give no quota; two shifts a month is a placeholder within the PDSA hours set by the public health code, on a rota the ARS organises.]",
          "│  ├─ Full-time equivalent: 1 (35 h / 35 h)",
          "│  │  ├─ Contract weekly hours: 35 h / week",
          "│  │  └─ Full-time weekly hours (reference for FTE): 35 h / week [contract.fullTimeWeeklyHours, in force 2022-06-17 onwards; S2: a young GP out of residency on 35 h starts at 4 700 € net, « un jeune médecin aux 35 heures perçoit 4700 euros net »]",
          "│  └─ Months of presence: 1 (each month the period touches counts the days the contract is in force in it over the days of the month)",
          "│     └─ 2025-06: 1 (30 / 30 days)",
          // The rule rests on the policy's sources even though its quota is an assumption.
          "└─ Rule: Out-of-hours duty (PDSA) shifts taken [rule obligations.pdsa; S1: in return for the salary, the doctors take part in out-of-hours duty (PDSA), « à participer à la permanence des soins ambulatoires »; S2: the salaried doctors are expected to take out-of-hours duty (PDSA), « s'engagent à participer à la PDSA »; csp-r6315-1: PDSA hours: every day from 8 pm to 8 am, Sundays and public holidays from 8 am to 8 pm, « Tous les jours de 20 heures à 8 heures »]"
        ].join("\n")
      )
      expect(Explanation.usesAssumptions(f.explanation)).toBe(true)
    })

    it("a shift logged twice or in a slot not open that day is left out, and said so", () => {
      const f = findings(gp(), {
        shifts: [shift("2025-06-07"), shift("2025-06-07"), shift("2025-06-10", "sundayOrHoliday")]
      })["obligations.pdsa"]!
      expect(f.status === "notMet" ? f.shortfall : undefined).toBe(1)
      expect(f.explanation.root.children[0]?.note).toBe(
        "lodeve-gp-1, from 2025-06-01 to 2025-07-01 (excluded); 1 left out: slot not open that day; 1 left out: slot logged twice"
      )
    })

    it("records of other clinicians and outside the period are ignored", () => {
      const f = findings(gp(), {
        shifts: [shift("2025-06-07", "night", "other-gp"), shift("2025-07-05"), shift("2025-05-31")],
        visits: visits(10, "other-gp")
      })
      expect(f["obligations.pdsa"]?.status === "notMet" ? f["obligations.pdsa"].shortfall : undefined).toBe(2)
      expect(
        f["obligations.homeVisits"]?.status === "notMet" ? f["obligations.homeVisits"].shortfall : undefined
      ).toBe(10)
      expect(f["obligations.unscheduledCare"]?.status).toBe("notApplicable")
    })

    it("a 27 h GP's quota is 27/35 of the full-time quota", () => {
      const m = measures(gp(27))
      expect(m["obligations.pdsa"]?.expected).toBeCloseTo((2 * 27) / 35, 10)
      expect(m["obligations.homeVisits"]?.expected).toBeCloseTo((10 * 27) / 35, 10)
      const f = findings(gp(27), { shifts: [shift("2025-06-07")] })["obligations.pdsa"]!
      expect(f.status === "notMet" ? f.shortfall : undefined).toBeCloseTo((2 * 27) / 35 - 1, 10)
      expect(
        findings(gp(27), { shifts: [shift("2025-06-07"), shift("2025-06-08")] })["obligations.pdsa"]?.status
      ).toBe("met")
    })

    it("a 10 h part-timer is exempt from PDSA, not from home visits", () => {
      const f = findings(gp(10), {})
      const pdsa = f["obligations.pdsa"]!
      expect(pdsa.status).toBe("notApplicable")
      expect(pdsa.status === "notApplicable" ? pdsa.reason : undefined).toBe(
        "10 h a week is below the 17,5 h a week from which out-of-hours duty applies"
      )
      expect(f["obligations.homeVisits"]?.status).toBe("notMet")
    })

    it("retirees take PDSA shifts under the preset, and are exempt where a policy says so", () => {
      const retiree = gp(35, { retiree: true })
      expect(findings(retiree, {})["obligations.pdsa"]?.status).toBe("notMet")
      const exempting = Result.getOrThrow(
        Policy.override(policy, {
          parameters: {
            "obligations.pdsa.retireesExempt": {
              values: [
                {
                  from: "2022-06-17",
                  value: true,
                  provenance: { kind: "assumption", rationale: "A test", replaceWith: "the GIP's rule" }
                }
              ]
            }
          }
        })
      )
      const f = Result.getOrThrow(Obligations.evaluateClinician(exempting, input(retiree, {})))[
        "obligations.pdsa"
      ]!
      expect(f.status === "notApplicable" ? f.reason : undefined).toBe(
        "Retired doctors are exempt from out-of-hours duty under this policy"
      )
    })

    it("a contract starting mid-month owes the days of the month it is present", () => {
      const m = measures(gp(35, { start: Calendar.date("2025-06-16") }))
      expect(m["obligations.pdsa"]?.expected).toBe(1)
      expect(m["obligations.homeVisits"]?.expected).toBe(5)
      // Over June and July, with a start on 16 June: half of June and all of July.
      const twoMonths = measures(
        gp(35, { start: Calendar.date("2025-06-16") }),
        Calendar.period("2025-06-01", "2025-08-01")
      )
      expect(twoMonths["obligations.pdsa"]?.expected).toBe(3)
      // An end on 11 February 2024 (a leap year) leaves 10 of its 29 days.
      const ending = measures(
        gp(35, { end: Calendar.date("2024-02-11") }),
        Calendar.period("2024-02-01", "2024-03-01")
      )
      expect(ending["obligations.homeVisits"]?.expected).toBeCloseTo((10 * 10) / 29, 10)
    })

    it("a contract not in force in the period owes nothing", () => {
      const f = findings(gp(35, { start: Calendar.date("2025-07-01") }), {})
      for (const finding of Object.values(f)) {
        expect(finding.status === "notApplicable" ? finding.reason : undefined).toBe(
          "The contract lodeve-gp-1 is not in force from 2025-06-01 to 2025-07-01 (excluded): nothing is expected"
        )
      }
    })

    it("unscheduled care: the shortfall is the slots missing to reach the share, rounded up to a slot", () => {
      // 30 of 320 slots reserved: 12.5 % of 320 is 40, 10 missing.
      const f = findings(gp(), {
        slots: slots().map((s, i) => (i < 10 ? s : { ...s, reserved: 1, used: 1 }))
      })
      const unscheduled = f["obligations.unscheduledCare"]!
      expect(unscheduled.status === "notMet" ? unscheduled.shortfall : undefined).toBe(10)
      // 3 of 17 slots: 12.5 % of 17 is 2.125, so 3 are required and met.
      const odd: Obligations.SlotRecord = {
        clinicianId: id,
        date: Calendar.date("2025-06-02"),
        reserved: 3,
        used: 1,
        unused: 2,
        total: 17
      }
      expect(findings(gp(), { slots: [odd] })["obligations.unscheduledCare"]?.status).toBe("met")
      expect(
        findings(gp(), { slots: [{ ...odd, reserved: 2, used: 1, unused: 1 }] })[
          "obligations.unscheduledCare"
        ]
      ).toMatchObject({ status: "notMet", shortfall: 1 })
    })
  })

  describe("centre and programme", () => {
    const other = gp(27, { id: "lodeve-gp-2" })
    const logs = {
      shifts: [...compliantLogs.shifts, shift("2025-06-21", "night", "lodeve-gp-2")],
      visits: [...compliantLogs.visits, ...visits(4, "lodeve-gp-2")],
      slots: [...compliantLogs.slots, ...slots(1, "lodeve-gp-2")]
    }

    it("sums expected and done over the clinicians concerned, and the shortfalls", () => {
      const c = centre([gp(), other], logs)
      expect(c.clinicians.map((x) => x.contractId)).toStrictEqual(["lodeve-gp-1", "lodeve-gp-2"])
      const pdsa = c.totals["obligations.pdsa"]!
      expect(pdsa.expected).toBeCloseTo(2 + (2 * 27) / 35, 10)
      expect(pdsa.done).toBe(3)
      expect(pdsa.shortfall).toBeCloseTo((2 * 27) / 35 - 1, 10)
      expect([pdsa.met, pdsa.notMet, pdsa.notApplicable]).toStrictEqual([1, 1, 0])
      expect(c.totals["obligations.unscheduledCare"]).toMatchObject({ expected: 80, done: 60, shortfall: 20 })
    })

    it("the programme's totals are the sum of its centres'", () => {
      const p = Result.getOrThrow(
        Obligations.evaluateProgramme(
          policy,
          [
            { centreId: "lodeve", contracts: [gp()], logs },
            { centreId: "verdun", contracts: [other], logs }
          ],
          june
        )
      )
      expect(p.centres.map((c) => c.centreId)).toStrictEqual(["lodeve", "verdun"])
      expect(p.totals).toStrictEqual(centre([gp(), other], logs).totals)
    })
  })

  describe("schemas", () => {
    it("decodes logs from JSON and names each record at fault", () => {
      const r = Obligations.decodeLogs({
        shifts: [{ clinicianId: "gp-1", date: "2025-06-31", kind: "night" }],
        visits: [],
        slots: [
          { clinicianId: "gp-1", date: "2025-06-02", reserved: 3, used: 1, unused: 1, total: 24 },
          { clinicianId: "gp-1", date: "2025-06-03", reserved: 3, used: 2, unused: 1, total: 2 },
          { clinicianId: "gp-1", date: "2025-06-04", reserved: -1, used: 0, unused: 0, total: 2 }
        ]
      })
      expect(Result.isFailure(r) ? r.failure.message : "").toBe(
        [
          'at shifts[0].date: Expected a calendar date "YYYY-MM-DD", got "2025-06-31": days run from 01 to 30 in June 2025',
          "at slots[0]: Expected used + unused to equal the slots reserved, got 1 + 1 against 3 reserved",
          "at slots[1]: Expected at most the 2 slots offered to be reserved, got 3",
          "at slots[2].reserved: Expected a whole number of slots greater than or equal to 0, got -1"
        ].join("\n")
      )
      expect(Result.isSuccess(Obligations.decodeLogs({ shifts: [], visits: [], slots: [] }))).toBe(true)
    })
  })

  describe("properties", () => {
    const hours = fc.integer({ min: 35, max: 78 }).map((h) => h / 2) // 17.5 h to 39 h by half hours
    const startDay = fc
      .integer({ min: 0, max: 40 })
      .map((n) => Calendar.addDays(Calendar.date("2025-05-25"), n))

    test.prop([hours, hours])("quotas scale linearly with FTE", (a, b) => {
      const ma = measures(gp(a))
      const mb = measures(gp(b))
      for (const ruleId of ["obligations.pdsa", "obligations.homeVisits"]) {
        expect(ma[ruleId]!.expected * b).toBeCloseTo(mb[ruleId]!.expected * a, 8)
      }
    })

    test.prop([
      fc.integer({ min: 8, max: 78 }).map((h) => h / 2),
      startDay,
      fc.integer({ min: 1, max: 400 })
    ])("a clinician meeting every quota has no notMet finding", (weeklyHours, start, offered) => {
      const contract = gp(weeklyHours, { start })
      const expected = measures(contract)
      const active = Calendar.intersection(june, { start, end: june.end })
      const open = active === undefined ? [] : Obligations.pdsaSlots(active)
      const shifts = open
        .flatMap((d) => d.kinds.map((kind) => shift(d.date, kind)))
        .slice(0, Math.ceil(expected["obligations.pdsa"]!.expected))
      const share = Result.getOrThrow(
        Policy.read(policy, Obligations.parameters.unscheduledReservedShare, june.start)
      ).value
      const reserved = Math.ceil(offered * share)
      const f = findings(contract, {
        shifts,
        visits: visits(Math.ceil(expected["obligations.homeVisits"]!.expected)),
        slots: [
          {
            clinicianId: id,
            date: Calendar.date("2025-06-10"),
            reserved,
            used: 0,
            unused: reserved,
            total: offered
          }
        ]
      })
      expect(Object.values(f).filter((x) => x.status === "notMet")).toStrictEqual([])
    })

    const clinicianId = fc.constantFrom("lodeve-gp-1", "lodeve-gp-2", "lodeve-gp-3")
    const juneDay = fc
      .integer({ min: 1, max: 30 })
      .map((d) => Calendar.date(`2025-06-${String(d).padStart(2, "0")}`))
    const logsArb = fc.record({
      shifts: fc.array(
        fc.record({
          clinicianId,
          date: juneDay,
          kind: fc.constantFrom<Obligations.PdsaSlotKind>(
            "weekdayEvening",
            "night",
            "saturdayAfternoon",
            "sundayOrHoliday"
          )
        }),
        { maxLength: 12 }
      ),
      visits: fc.array(fc.record({ clinicianId, date: juneDay }), { maxLength: 30 }),
      slots: fc.array(
        fc
          .record({ clinicianId, date: juneDay, used: fc.nat(5), unused: fc.nat(5), free: fc.nat(20) })
          .map(({ free, ...r }) => ({ ...r, reserved: r.used + r.unused, total: r.used + r.unused + free })),
        { maxLength: 12 }
      )
    })
    const contracts = [
      gp(35),
      gp(27, { id: "lodeve-gp-2" }),
      gp(10, { id: "lodeve-gp-3", start: Calendar.date("2025-06-10") })
    ]
    const permuted = <A>(xs: ReadonlyArray<A>) =>
      fc.shuffledSubarray([...xs], { minLength: xs.length, maxLength: xs.length })
    const logsAndPermutation = logsArb.chain((logs) =>
      fc.record({
        logs: fc.constant(logs),
        permutedLogs: fc.record({
          shifts: permuted(logs.shifts),
          visits: permuted(logs.visits),
          slots: permuted(logs.slots)
        })
      })
    )

    test.prop([logsAndPermutation])(
      "findings are identical under any permutation of the logs",
      ({ logs, permutedLogs }) => {
        const original = centre(contracts, logs)
        expect(centre(contracts, permutedLogs)).toStrictEqual(original)
        const reversed = {
          shifts: [...logs.shifts].reverse(),
          visits: [...logs.visits].reverse(),
          slots: [...logs.slots].reverse()
        }
        expect(centre(contracts, reversed)).toStrictEqual(original)
      }
    )

    const nearlyLogs = fc.record({
      shifts: fc.array(fc.record({ clinicianId: fc.string(), date: fc.string(), kind: fc.string() }), {
        maxLength: 3
      }),
      visits: fc.array(fc.jsonValue(), { maxLength: 3 }),
      slots: fc.array(
        fc.record({
          clinicianId: fc.string(),
          date: fc.constantFrom("2025-06-02", "2025-02-30", ""),
          reserved: fc.oneof(fc.integer(), fc.double()),
          used: fc.integer(),
          unused: fc.integer(),
          total: fc.integer()
        }),
        { maxLength: 3 }
      )
    })

    test.prop([fc.oneof(fc.jsonValue(), nearlyLogs)])("schemas never throw on arbitrary JSON", (json) => {
      expect(() => Obligations.decodeLogs(json)).not.toThrow()
      for (const schema of [
        Obligations.DutyShiftSchema,
        Obligations.HomeVisitSchema,
        Obligations.SlotRecordSchema
      ]) {
        expect(() => Schema.decodeUnknownResult(schema)(json)).not.toThrow()
      }
    })
  })
})

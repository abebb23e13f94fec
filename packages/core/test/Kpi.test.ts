import { fc, test } from "@fast-check/vitest"
import { Calendar, Events, Kpi, type Reference } from "@gip-sante/core"
import { localDate } from "@gip-sante/core/testing"
import { describe, expect, it } from "vitest"

// -----------------------------------------------------------------------------
// arbitraries: valid events over small pools of ids and dates, so that patients, clinicians and
// staff recur and same-day events collide (the cases that break order-dependent code)
// -----------------------------------------------------------------------------

const dates = ["2024-12-31", "2025-01-15", "2025-01-31", "2025-02-01", "2025-06-02", "2025-06-30"] as const
const date = fc.constantFrom(...dates.map(Calendar.date))
const centreId = fc.constantFrom("lodeve", "verdun", "figeac")
const clinicianId = fc.constantFrom("gp-1", "gp-2", "mw-1")
const patientId = fc.constantFrom("p-1", "p-2", "p-3", "p-4", "p-5", "p-6")
const staffId = fc.constantFrom("s-1", "s-2", "s-3")

const consultation: fc.Arbitrary<Events.Event> = fc.record({
  type: fc.constant("consultation" as const),
  date,
  centreId,
  siteId: fc.constantFrom("lodeve", "clermont", "verdun"),
  clinicianId,
  patientId,
  ageBand: fc.constantFrom(
    "0-17" as const,
    "18-39" as const,
    "40-64" as const,
    "65-79" as const,
    "80+" as const
  ),
  complex: fc.boolean(),
  scheduling: fc.constantFrom("scheduled" as const, "unscheduled" as const),
  mode: fc.constantFrom("inPerson" as const, "tele" as const),
  durationMinutes: fc.integer({ min: 1, max: 240 })
})

const other: fc.Arbitrary<Events.Event> = fc.oneof(
  fc.record({ type: fc.constant("homeVisit" as const), date, centreId, clinicianId, patientId }),
  fc.record({
    type: fc.constant("pdsaShift" as const),
    date,
    centreId,
    clinicianId,
    kind: fc.constantFrom("night" as const, "sundayOrHoliday" as const)
  }),
  fc.record({
    type: fc.constant("slot" as const),
    date,
    centreId,
    clinicianId,
    status: fc.constantFrom("booked" as const, "unused" as const),
    reservedForUnscheduled: fc.boolean()
  }),
  fc.record({
    type: fc.constant("regularDoctorDeclared" as const),
    date,
    centreId,
    clinicianId,
    patientId,
    hadRegularDoctor: fc.boolean()
  }),
  fc.record({ type: fc.constant("regularDoctorEnded" as const), date, centreId, clinicianId, patientId }),
  fc.record({
    type: fc.constant("staffHired" as const),
    date,
    centreId,
    staffId,
    profession: fc.constantFrom("gp", "midwife", "secretary"),
    weeklyHours: fc.constantFrom(7.5, 27, 35, 39)
  }),
  fc.record(
    {
      type: fc.constant("staffLeft" as const),
      date,
      centreId,
      staffId,
      reason: fc.constantFrom("resignation" as const, "retirement" as const, "selfEmployed" as const)
    },
    { requiredKeys: ["type", "date", "centreId", "staffId"] }
  ),
  fc.record({
    type: fc.constant("centreOpened" as const),
    date,
    centreId,
    name: fc.constant("Centre"),
    sites: fc.constant(2)
  })
)

const event = fc.oneof({ arbitrary: consultation, weight: 3 }, { arbitrary: other, weight: 4 })
const events = fc.array(event, { maxLength: 60 })

// Cuts a list at the given points (taken modulo its length) into contiguous chunks.
const chunk = (
  list: ReadonlyArray<Events.Event>,
  cuts: ReadonlyArray<number>
): Array<Array<Events.Event>> => {
  const points = [...new Set(cuts.map((c) => (list.length === 0 ? 0 : c % (list.length + 1))))].sort(
    (a, b) => a - b
  )
  const out: Array<Array<Events.Event>> = []
  let start = 0
  for (const p of points) {
    out.push(list.slice(start, p))
    start = p
  }
  out.push(list.slice(start))
  return out
}

const stateOf = <S, R>(acc: Kpi.Accumulator<S, R>, list: ReadonlyArray<Events.Event>): S => {
  let state = acc.empty()
  for (const e of list) state = acc.add(state, e)
  return state
}

const programme = Kpi.programmeKpis({ fullTimeWeeklyHours: 35 })
const approximate = Kpi.programmeKpis({
  fullTimeWeeklyHours: 35,
  patients: { mode: "approximate", precision: 10 }
})

// -----------------------------------------------------------------------------
// properties
// -----------------------------------------------------------------------------

describe("Kpi properties", () => {
  test.prop([events, events, events])("merge is associative (programme KPIs)", (a, b, c) => {
    const [sa, sb, sc] = [stateOf(programme, a), stateOf(programme, b), stateOf(programme, c)]
    expect(programme.result(programme.merge(programme.merge(sa, sb), sc))).toEqual(
      programme.result(programme.merge(sa, programme.merge(sb, sc)))
    )
  })

  test.prop([events, events])("merge is commutative (programme KPIs, exact and approximate)", (a, b) => {
    for (const acc of [programme, approximate]) {
      const [sa, sb] = [stateOf(acc, a), stateOf(acc, b)]
      expect(acc.result(acc.merge(sa, sb))).toEqual(acc.result(acc.merge(sb, sa)))
    }
  })

  test.prop([events])("empty is the identity of merge", (a) => {
    const sa = stateOf(programme, a)
    const expected = programme.result(sa)
    expect(programme.result(programme.merge(programme.empty(), sa))).toEqual(expected)
    expect(programme.result(programme.merge(sa, programme.empty()))).toEqual(expected)
  })

  test.prop([events, fc.array(fc.nat(), { maxLength: 6 })])(
    "any chunking gives the same KPIs as one pass",
    (list, cuts) => {
      const chunks = chunk(list, cuts)
      expect(Kpi.foldChunks(programme, chunks)).toEqual(Kpi.fold(programme, list))
      expect(Kpi.foldChunks(approximate, chunks)).toEqual(Kpi.fold(approximate, list))
    }
  )

  test.prop([events, fc.array(fc.nat(), { maxLength: 4 })])(
    "any order of the chunks gives the same KPIs (latest event wins by date, not by position)",
    (list, cuts) => {
      const chunks = chunk(list, cuts)
      expect(Kpi.foldChunks(programme, [...chunks].reverse())).toEqual(Kpi.fold(programme, list))
      expect(Kpi.fold(programme, [...list].reverse())).toEqual(Kpi.fold(programme, list))
    }
  )

  test.prop([events])("exact unique patients equal the size of a Set of patient ids", (list) => {
    const ids = new Set(list.flatMap((e) => (e.type === "consultation" ? [e.patientId] : [])))
    expect(Kpi.fold(Kpi.uniquePatients, list)).toBe(ids.size)
    expect(Kpi.fold(Kpi.patients(), list).uniquePatients).toBe(ids.size)
  })
})

// -----------------------------------------------------------------------------
// programmeKpis against the separate accumulators, and through structured clones
// -----------------------------------------------------------------------------

// Events beyond the small pools: any valid date, strings that are not dates (cast, as a caller
// could), and ids that collide with sentinels or object keys ("", "__proto__"; not "constructor",
// which `toStrictEqual` reads as the objects' class).
const anyDate: fc.Arbitrary<Calendar.LocalDate> = fc.oneof(
  date,
  localDate(),
  fc
    .constantFrom(
      "",
      "2025",
      "2025-0",
      "2025-1x-01",
      "20x5-01-02",
      "2025/01/02",
      "+12025-01-01",
      "２０２５-01-01"
    )
    .map((text) => text as Calendar.LocalDate),
  // digits where a date has them, but months over 12, days over 31, or a tail
  fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}[x ]?$/).map((text) => text as Calendar.LocalDate)
)
const anyId = fc.oneof(
  fc.constantFrom("", "__proto__", "toString", "lodeve", "gp-1"),
  fc.string({ maxLength: 3 })
)
const wideEvent: fc.Arbitrary<Events.Event> = fc
  .tuple(event, anyDate, anyId, anyId, anyId, fc.boolean())
  .map(([e, eventDate, centre, site, clinician, widen]): Events.Event => {
    if (!widen) return e
    return e.type === "consultation"
      ? { ...e, date: eventDate, centreId: centre, siteId: site, clinicianId: clinician }
      : { ...e, date: eventDate, centreId: centre }
  })
const wideEvents = fc.array(wideEvent, { maxLength: 80 })

// The programme KPIs assembled from the public accumulators folded one by one (what
// `programmeKpis` computed before its consultation KPIs were fused).
const separately = (list: ReadonlyArray<Events.Event>, counting?: Kpi.PatientCounting): Kpi.ProgrammeKpis => {
  const aged65Plus = Kpi.fold(Kpi.consultationsAged65Plus, list)
  return {
    consultations: {
      total: aged65Plus.consultations,
      byCentre: Kpi.fold(Kpi.consultationsByCentre, list),
      bySite: Kpi.fold(Kpi.consultationsBySite, list),
      byMonth: Kpi.fold(Kpi.consultationsByMonth, list),
      byClinician: Kpi.fold(Kpi.consultationsByClinician, list),
      consultingTimeByClinician: Kpi.fold(Kpi.consultingTimeByClinician, list),
      aged65Plus,
      unscheduledCare: Kpi.fold(Kpi.unscheduledCare, list)
    },
    patients: Kpi.fold(Kpi.patients(counting), list),
    regularDoctor: Kpi.fold(Kpi.regularDoctor, list),
    homeVisits: Kpi.fold(Kpi.homeVisits, list),
    slots: Kpi.fold(Kpi.slots, list),
    pdsaShifts: Kpi.fold(Kpi.pdsaShifts, list),
    staff: Kpi.fold(Kpi.staff(35), list)
  }
}

describe("Kpi programme", () => {
  test.prop([wideEvents])(
    "programmeKpis equals the separate accumulators (same keys, order, numbers)",
    (list) => {
      for (const [acc, counting] of [
        [programme, undefined],
        [approximate, { mode: "approximate", precision: 10 }]
      ] as const) {
        const fused = Kpi.fold(acc, list)
        const expected = separately(list, counting)
        expect(fused).toStrictEqual(expected)
        expect(JSON.stringify(fused)).toBe(JSON.stringify(expected))
      }
    }
  )

  test.prop([wideEvents, fc.array(fc.nat(), { maxLength: 6 })])(
    "merging structured clones of states (worker threads) gives the same KPIs",
    (list, cuts) => {
      const chunks = chunk(list, cuts)
      for (const acc of [programme, approximate]) {
        let merged = acc.empty()
        for (const part of chunks)
          merged = acc.merge(structuredClone(merged), structuredClone(stateOf(acc, part)))
        expect(acc.result(merged)).toStrictEqual(Kpi.foldChunks(acc, chunks))
      }
    }
  )

  test.prop([wideEvents, wideEvents, wideEvents])(
    "a cloned or merged state folds on like the original",
    (a, b, c) => {
      for (const acc of [programme, approximate]) {
        const expected = Kpi.fold(acc, [...a, ...b, ...c])
        let cloned = structuredClone(stateOf(acc, a))
        for (const e of [...b, ...c]) cloned = acc.add(cloned, e)
        expect(acc.result(cloned)).toStrictEqual(expected)
        let merged = acc.merge(stateOf(acc, a), stateOf(acc, b))
        for (const e of c) merged = acc.add(merged, e)
        expect(acc.result(merged)).toStrictEqual(expected)
      }
    }
  )

  // Regular-doctor events of three patients over dates that compare close: December against the
  // next year, months and days out of range, a date with a tail.
  const closeDate = fc
    .constantFrom(
      "2025-12-31",
      "2025-13-01",
      "2026-00-01",
      "2026-01-01",
      "2025-06-32",
      "2025-07-00",
      "2025-06-02",
      "2025-06-02x",
      "9999-12-31",
      "0000-00-00"
    )
    .map((text) => text as Calendar.LocalDate)
  const declaration: fc.Arbitrary<Events.Event> = fc.oneof(
    fc.record({
      type: fc.constant("regularDoctorDeclared" as const),
      date: closeDate,
      centreId,
      clinicianId,
      patientId: fc.constantFrom("p-1", "p-2", "p-3"),
      hadRegularDoctor: fc.boolean()
    }),
    fc.record({
      type: fc.constant("regularDoctorEnded" as const),
      date: closeDate,
      centreId,
      clinicianId,
      patientId: fc.constantFrom("p-1", "p-2", "p-3")
    }),
    consultation
  )

  test.prop([fc.array(declaration, { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 4 })])(
    "regular-doctor patients equal Kpi.regularDoctor whatever the dates, in one pass or merged",
    (list, cuts) => {
      const expected = Kpi.fold(Kpi.regularDoctor, list)
      for (const acc of [programme, approximate]) {
        expect(Kpi.fold(acc, list).regularDoctor).toStrictEqual(expected)
        expect(Kpi.foldChunks(acc, chunk(list, cuts)).regularDoctor).toStrictEqual(expected)
      }
      expect(Kpi.fold(programme, list)).toStrictEqual(separately(list))
    }
  )

  it("keeps ids that are also names of Object.prototype's properties, __proto__ included, in every count", () => {
    const consultation = (id: string): Events.Event => ({
      ...(consulted(id) as Events.EventOf<"consultation">),
      centreId: id,
      siteId: id,
      clinicianId: id
    })
    const kpis = Kpi.fold(Kpi.programmeKpis({ fullTimeWeeklyHours: 35 }), [
      consultation("__proto__"),
      consultation("constructor"),
      consultation("__proto__")
    ])
    expect(JSON.stringify(kpis.consultations.byCentre)).toBe('{"__proto__":2,"constructor":1}')
    expect(Object.keys(kpis.consultations.bySite)).toStrictEqual(["__proto__", "constructor"])
    expect(Object.getOwnPropertyDescriptor(kpis.consultations.byClinician, "__proto__")?.value).toBe(2)
    expect(JSON.stringify(kpis.consultations.consultingTimeByClinician)).toBe(
      '{"__proto__":{"consultations":2,"consultingMinutes":40,"consultationsPerHour":3},"constructor":{"consultations":1,"consultingMinutes":20,"consultationsPerHour":3}}'
    )
  })

  it("orders regular-doctor events by their date strings, even where dates are not dates", () => {
    // In each pair the second date sorts after the first as a string: the declaration on it wins.
    const pairs: ReadonlyArray<readonly [string, string]> = [
      ["2025-13-01", "2026-00-01"],
      ["2025-06-32", "2025-07-00"],
      ["2025-06-02", "2025-06-02x"],
      ["2025-12-31", "2026-01-01"]
    ]
    for (const [earlier, later] of pairs) {
      const list: ReadonlyArray<Events.Event> = [
        { ...base, type: "regularDoctorEnded", date: earlier as Calendar.LocalDate, patientId: "p-1" },
        {
          ...base,
          type: "regularDoctorDeclared",
          date: later as Calendar.LocalDate,
          patientId: "p-1",
          hadRegularDoctor: true
        }
      ]
      for (const acc of [programme, approximate]) {
        for (const order of [list, [...list].reverse()]) {
          expect(Kpi.fold(acc, order).regularDoctor).toStrictEqual({
            regularDoctorPatients: 1,
            regainedRegularDoctor: 0
          })
        }
      }
    }
  })

  it("equals the separate accumulators on simulation-like consultations", () => {
    const list = decoded([
      consult("2025-06-02", "p-1", "65-79"),
      consult("2025-06-30", "p-2", "18-39", 15),
      { ...consult("2025-07-01", "p-1", "80+"), centreId: "verdun", siteId: "clermont" },
      { ...consult("2025-07-01", "p-3", "0-17"), scheduling: "unscheduled" },
      { ...consult("2024-12-31", "p-2", "40-64"), clinicianId: "mw-1" }
    ])
    expect(Kpi.fold(programme, list)).toStrictEqual(separately(list))
    expect(Kpi.fold(programme, list).consultations.byMonth).toEqual({
      "2024-12": 1,
      "2025-06": 2,
      "2025-07": 2
    })
  })
})

// -----------------------------------------------------------------------------
// HyperLogLog
// -----------------------------------------------------------------------------

const consulted = (id: string): Events.Event => ({
  type: "consultation",
  date: Calendar.date("2025-06-02"),
  centreId: "c",
  siteId: "c",
  clinicianId: "gp-1",
  patientId: id,
  ageBand: "40-64",
  complex: false,
  scheduling: "scheduled",
  mode: "inPerson",
  durationMinutes: 20
})

describe("Kpi HyperLogLog", () => {
  const hll = Kpi.uniquePatientsApproximate()

  it("estimates 100,000 distinct ids within 3 standard errors", () => {
    const n = 100_000
    let state = hll.empty()
    for (let i = 0; i < n; i++) state = hll.add(state, consulted(`p-${i}`))
    const estimate = hll.result(state)
    expect(Math.abs(estimate - n)).toBeLessThanOrEqual(3 * Kpi.hyperLogLogStandardError(14) * n)
  })

  it("counts small sets almost exactly (small-range correction)", () => {
    const state = stateOf(hll, ["a", "b", "c", "a"].map(consulted))
    expect(Math.round(hll.result(state))).toBe(3)
  })

  it("the merge of two sketches is the sketch of the union", () => {
    const left = Array.from({ length: 3000 }, (_, i) => consulted(`p-${i}`))
    const right = Array.from({ length: 3000 }, (_, i) => consulted(`p-${i + 2000}`))
    const merged = hll.merge(stateOf(hll, left), stateOf(hll, right))
    expect(merged).toEqual(stateOf(hll, [...left, ...right]))
    expect(hll.result(merged)).toBe(hll.result(stateOf(hll, [...right, ...left])))
  })

  it("states the relative standard error 1.04/√m", () => {
    expect(Kpi.hyperLogLogStandardError(14)).toBe(1.04 / 128)
  })
})

// -----------------------------------------------------------------------------
// examples
// -----------------------------------------------------------------------------

const base = { centreId: "lodeve", clinicianId: "gp-1" }
const consult = (date: string, patientId: string, ageBand: Events.AgeBand, durationMinutes = 20) => ({
  ...base,
  type: "consultation",
  date,
  siteId: "lodeve",
  patientId,
  ageBand,
  complex: false,
  scheduling: "scheduled",
  mode: "inPerson",
  durationMinutes
})

// Decodes hand-written records, so that the examples are valid events by the schemas.
const decoded = (records: ReadonlyArray<unknown>): ReadonlyArray<Events.Event> => {
  const { events, rejects } = Events.decodeAll(records)
  expect(rejects).toEqual([])
  return events
}

// Four consultations of three patients; three regular-doctor declarations, one of them ended.
const log = decoded([
  consult("2025-06-02", "p-1", "65-79"),
  consult("2025-06-09", "p-1", "65-79"),
  consult("2025-06-10", "p-2", "40-64"),
  consult("2025-07-01", "p-3", "80+", 40),
  { ...base, type: "regularDoctorDeclared", date: "2025-06-02", patientId: "p-1", hadRegularDoctor: false },
  { ...base, type: "regularDoctorDeclared", date: "2025-06-10", patientId: "p-2", hadRegularDoctor: false },
  { ...base, type: "regularDoctorEnded", date: "2025-06-20", patientId: "p-2" },
  { ...base, type: "regularDoctorDeclared", date: "2025-06-15", patientId: "p-4", hadRegularDoctor: true },
  { ...base, type: "homeVisit", date: "2025-06-03", patientId: "p-1" },
  {
    type: "staffHired",
    date: "2025-01-01",
    centreId: "lodeve",
    staffId: "gp-1",
    profession: "gp",
    weeklyHours: 35
  },
  {
    type: "staffHired",
    date: "2025-01-01",
    centreId: "lodeve",
    staffId: "mw-1",
    profession: "midwife",
    weeklyHours: 28
  },
  { type: "staffLeft", date: "2025-05-31", centreId: "lodeve", staffId: "gp-2", reason: "selfEmployed" },
  {
    type: "staffHired",
    date: "2024-01-01",
    centreId: "lodeve",
    staffId: "gp-2",
    profession: "gp",
    weeklyHours: 35
  },
  { ...base, type: "slot", date: "2025-06-02", status: "unused", reservedForUnscheduled: true },
  { ...base, type: "slot", date: "2025-06-02", status: "booked", reservedForUnscheduled: false }
])

describe("Kpi examples", () => {
  it("keeps consultations, unique patients and regular-doctor patients apart", () => {
    const kpis = Kpi.fold(programme, log)
    expect(kpis.consultations.total).toBe(4)
    expect(kpis.patients.uniquePatients).toBe(3)
    expect(kpis.regularDoctor).toEqual({ regularDoctorPatients: 2, regainedRegularDoctor: 2 })
  })

  it("keeps the 65+ share of consultations and of patients apart", () => {
    const kpis = Kpi.fold(programme, log)
    expect(kpis.consultations.aged65Plus).toEqual({
      consultations: 4,
      consultationsAged65Plus: 3,
      consultationShare65Plus: 0.75
    })
    expect(kpis.patients).toEqual({
      uniquePatients: 3,
      patientsAged65Plus: 2,
      patientShare65Plus: 2 / 3,
      exact: true
    })
  })

  it("counts by month, centre and clinician, with consulting time", () => {
    const kpis = Kpi.fold(programme, log)
    expect(kpis.consultations.byMonth).toEqual({ "2025-06": 3, "2025-07": 1 })
    expect(kpis.consultations.byCentre).toEqual({ lodeve: 4 })
    expect(kpis.consultations.consultingTimeByClinician).toEqual({
      "gp-1": { consultations: 4, consultingMinutes: 100, consultationsPerHour: 2.4 }
    })
  })

  it("computes staff, slots and home visits at the end of the log", () => {
    const kpis = Kpi.fold(programme, log)
    expect(kpis.staff).toEqual({
      headcount: 2,
      headcountByProfession: { gp: 1, midwife: 1 },
      fte: 63 / 35,
      fteByProfession: { gp: 1, midwife: 0.8 },
      departures: 1,
      departuresByReason: { selfEmployed: 1 }
    })
    expect(kpis.slots).toEqual({ offered: 2, booked: 1, unused: 1, emptySlotRate: 0.5 })
    expect(kpis.homeVisits).toBe(1)
  })

  it("lets an end on the day of a declaration win, whatever the order", () => {
    const [declared, ended] = decoded([
      {
        ...base,
        type: "regularDoctorDeclared",
        date: "2025-06-02",
        patientId: "p-9",
        hadRegularDoctor: false
      },
      { ...base, type: "regularDoctorEnded", date: "2025-06-02", patientId: "p-9" }
    ])
    if (declared === undefined || ended === undefined) throw new Error("two events expected")
    const expected = { regularDoctorPatients: 0, regainedRegularDoctor: 1 }
    expect(Kpi.fold(Kpi.regularDoctor, [declared, ended])).toEqual(expected)
    expect(Kpi.fold(Kpi.regularDoctor, [ended, declared])).toEqual(expected)
  })

  it("compares computed KPIs with published figures", () => {
    const figure = (
      id: string,
      value: number,
      precision: Reference.Figure["precision"]
    ): Reference.Figure => ({
      id,
      label: id,
      value,
      unit: "count",
      asOf: Calendar.date("2025-07-31"),
      nature: "cumulative",
      precision,
      provenance: { kind: "citation", document: "S1", locator: "test" }
    })
    const figures = [figure("consultations.total.x", 4, "exact"), figure("homeVisits.total.x", 2, "about")]
    const rows = Kpi.compareWithFigures(Kpi.fold(programme, log), figures, Calendar.date("2025-07-31"), {
      consultations: ["consultations.total.x"],
      homeVisits: ["homeVisits.total.x"],
      regularDoctorPatients: ["patients.missing"]
    })
    expect(rows.map((r) => [r.figureId, r.computed, r.matches, r.status])).toEqual([
      ["consultations.total.x", 4, true, "compared"],
      ["patients.missing", 2, false, "figureNotFound"],
      ["homeVisits.total.x", 1, false, "compared"]
    ])
    const other = Kpi.compareWithFigures(Kpi.fold(programme, log), figures, Calendar.date("2025-06-30"), {
      consultations: ["consultations.total.x"]
    })
    expect(other.map((r) => [r.matches, r.status])).toEqual([[false, "otherDate"]])
  })
})

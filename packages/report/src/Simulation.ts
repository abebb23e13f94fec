/**
 * A seeded, deterministic simulation of a programme's event log (centres opening, staff hired
 * and leaving, consultations, home visits, out-of-hours shifts, unscheduled-care slots and
 * regular-doctor declarations), driven entirely by a {@link Calibration}: the programme's
 * published stocks (centres, hires) and the modelling choices that fill the gaps between them,
 * each with its citation or flagged assumption. Nothing region-specific is in the code: a
 * region's programme data carries its own calibration.
 *
 * The log is synthetic data for demonstrations, tests and reports, not a record of what
 * happened; reports that use it say so.
 *
 * @example
 * ```ts
 * import { Simulation } from "@gip-sante/report"
 * import { programme } from "@gip-sante/occitanie"
 *
 * let consultations = 0
 * for (const event of Simulation.simulate(programme.simulation!, { seed: 1, to: "2022-12-31" })) {
 *   if (event.type === "consultation") consultations++
 * }
 * ```
 *
 * @since 0.1.0
 * @module
 */
import { Calendar, Events, Issue, Provenance } from "@gip-sante/core"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"

// -----------------------------------------------------------------------------
// calibration
// -----------------------------------------------------------------------------

const sourced = <S extends Schema.Top>(value: S) =>
  Schema.Struct({ value, provenance: Provenance.ProvenanceSchema })

const Share = Schema.Finite.check(Schema.isBetween({ minimum: 0, maximum: 1 }))
const NonNegative = Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0))
const Positive = Schema.Finite.check(Schema.isGreaterThan(0))
const Count = Schema.Int.check(Schema.isGreaterThanOrEqualTo(0))
const Date = Calendar.LocalDateSchema
const ProfessionId = Schema.String.check(
  Schema.isPattern(/^[a-z][a-zA-Z0-9]*$/u, { expected: 'a profession id such as "gp" or "midwife"' })
)
const Anchors = Schema.Array(Schema.Tuple([Date, NonNegative]))
const HoursTable = Schema.Array(Schema.Tuple([Positive, Share]))

/**
 * Schema of a simulation's calibration in JSON: every constant the engine uses, each as
 * `{ "value": …, "provenance": … }` (a citation, or an assumption with its rationale).
 *
 * - `period`: the first and last day of the simulated history (a run never starts earlier);
 * - `centresOpen`: cumulative centres open on dates, read on straight lines between them;
 * - `centreNames`: the id and name of an unnamed centre, `{n}` standing for its number and
 *   `{nn}` for it on two digits; `namedCentres`: centres the sources name, by number;
 * - `hires`: for each profession in hiring order, its role (`doctor`: out-of-hours shifts,
 *   regular-doctor panels, home visits, and a founding hire of a centre opened without staff;
 *   `clinician`: consultations; `support`: no clinical activity) and its cumulative hires on
 *   dates, read on straight lines between them;
 * - `departures`: dated departures by profession and reason, and the least tenure of a leaver;
 * - the rest: weekly hours, working days, the full-time week, consultation rates, durations and
 *   shares, ramp-up, absences, new patients, age bands, panels, out-of-hours shifts.
 *
 * @example
 * ```ts
 * import { Simulation } from "@gip-sante/report"
 * import { Schema } from "effect"
 *
 * Schema.is(Simulation.CalibrationSchema)({}) // false
 * ```
 *
 * @since 0.1.0
 * @category calibration
 */
export const CalibrationSchema = Schema.Struct({
  period: sourced(Schema.Struct({ from: Date, to: Date })),
  defaultSeed: sourced(Schema.Int),
  centresOpen: sourced(Anchors),
  centreNames: sourced(Schema.Struct({ id: Schema.NonEmptyString, name: Schema.NonEmptyString })),
  namedCentres: Schema.Array(
    Schema.Struct({
      number: Schema.Int.check(Schema.isGreaterThanOrEqualTo(1)),
      id: Schema.NonEmptyString,
      name: Schema.NonEmptyString,
      provenance: Provenance.ProvenanceSchema
    })
  ),
  satelliteSites: sourced(Count),
  maxSatellitesPerCentre: sourced(Count),
  mainSiteShare: sourced(Share),
  hires: Schema.Array(
    Schema.Struct({
      profession: ProfessionId,
      role: Schema.Literals(["doctor", "clinician", "support"]),
      anchors: Anchors,
      provenance: Provenance.ProvenanceSchema
    })
  ),
  departures: sourced(
    Schema.Array(
      Schema.Struct({
        date: Date,
        profession: ProfessionId,
        reason: Events.StaffLeftSchema.fields.reason.schema
      })
    )
  ),
  departureMinTenureDays: sourced(Count),
  hireSpread: sourced(NonNegative),
  weeklyHours: sourced(HoursTable),
  supportWeeklyHours: sourced(HoursTable),
  daysPerWeek: sourced(
    Schema.Struct({
      thresholds: Schema.Array(
        Schema.Struct({
          fromHours: Positive,
          days: Schema.Int.check(Schema.isBetween({ minimum: 1, maximum: 7 }))
        })
      ),
      hoursPerDayOtherwise: Positive
    })
  ),
  fullTimeWeeklyHours: sourced(Positive),
  consultationsPerHour: sourced(Schema.Record(ProfessionId, NonNegative)),
  consultingShare: sourced(Share),
  dailyVariation: sourced(Schema.Struct({ low: NonNegative, spread: NonNegative })),
  rampUp: sourced(Schema.Struct({ startShare: Share, days: Positive })),
  absence: sourced(Schema.Struct({ base: Share, overFullTime: Share, augustFactor: NonNegative })),
  newPatientShare: sourced(Schema.Struct({ floor: Share, extraAtOpening: Share, decayDays: Positive })),
  ageBands: sourced(
    Schema.Array(Schema.Tuple([Schema.Literals(["0-17", "18-39", "40-64", "65-79", "80+"]), Share]))
  ),
  complexShare: sourced(Schema.Struct({ default: Share, over80: Share })),
  unscheduledShare: sourced(Share),
  teleShare: sourced(Share),
  unusedSlotPerClinicianDay: sourced(Share),
  homeVisitsPerConsultation: sourced(Share),
  panel: sourced(
    Schema.Struct({
      targetPerFte: NonNegative,
      fillDays: Positive,
      hadRegularDoctorShare: Share,
      maxDeclarationShare: Share
    })
  ),
  panelAttritionPerYear: sourced(Share),
  pdsaShiftsPerMonthPerFte: sourced(NonNegative),
  pdsaNightShare: sourced(Share),
  durations: sourced(
    Schema.Struct({ byProfession: Schema.Record(ProfessionId, Positive), complex: Positive, tele: Positive })
  )
})

/**
 * A simulation's calibration, decoded and checked (see {@link CalibrationSchema}).
 *
 * @example
 * ```ts
 * import type { Simulation } from "@gip-sante/report"
 *
 * const doctors = (c: Simulation.Calibration) => c.hires.filter((h) => h.role === "doctor")
 * ```
 *
 * @since 0.1.0
 * @category calibration
 */
export type Calibration = typeof CalibrationSchema.Type

/**
 * A calibration as written in JSON.
 *
 * @example
 * ```ts
 * import type { Simulation } from "@gip-sante/report"
 *
 * const seedOf = (c: Simulation.CalibrationEncoded) => c.defaultSeed.value
 * ```
 *
 * @since 0.1.0
 * @category calibration
 */
export type CalibrationEncoded = typeof CalibrationSchema.Encoded

const tableIssues = (
  issues: Array<Issue.Issue>,
  path: ReadonlyArray<PropertyKey>,
  table: ReadonlyArray<readonly [unknown, number]>
) => {
  if (table.length === 0) {
    issues.push({ path: Issue.formatPath(path), message: "Expected at least one row" })
    return
  }
  const total = table.reduce((n, [, share]) => n + share, 0)
  if (Math.abs(total - 1) > 1e-9)
    issues.push({
      path: Issue.formatPath(path),
      message: `Expected shares that add up to 1, got ${Number(total.toFixed(12))}`
    })
}

const anchorIssues = (
  issues: Array<Issue.Issue>,
  path: ReadonlyArray<PropertyKey>,
  anchors: ReadonlyArray<readonly [string, number]>
) => {
  if (anchors.length === 0)
    issues.push({ path: Issue.formatPath(path), message: "Expected at least one dated value" })
  anchors.forEach(([date, value], i) => {
    const previous = anchors[i - 1]
    if (previous === undefined) return
    if (previous[0] >= date)
      issues.push({
        path: Issue.formatPath([...path, i, 0]),
        message: `Expected dates in increasing order, got ${date} after ${previous[0]}`
      })
    if (value < previous[1])
      issues.push({
        path: Issue.formatPath([...path, i, 1]),
        message: `Expected a cumulative count that does not decrease, got ${value} after ${previous[1]}`
      })
  })
}

/**
 * The checks of a calibration that its schema cannot express: tables whose shares add up to 1,
 * dated counts in increasing date order and never decreasing, professions named consistently
 * (each hired once, each clinical one with a rate and a duration, departures of hired
 * professions only), named centres within the centres opened, a period whose end is not before
 * its start. Paths are under `prefix`.
 *
 * @example
 * ```ts
 * import { Simulation } from "@gip-sante/report"
 * import { programme } from "@gip-sante/occitanie"
 *
 * Simulation.check(programme.simulation!) // []
 * ```
 *
 * @since 0.1.0
 * @category calibration
 */
export const check = (
  calibration: Calibration,
  prefix: ReadonlyArray<PropertyKey> = []
): Array<Issue.Issue> => {
  const issues: Array<Issue.Issue> = []
  const at = (...keys: ReadonlyArray<PropertyKey>) => [...prefix, ...keys]
  const c = calibration
  if (c.period.value.to < c.period.value.from)
    issues.push({
      path: Issue.formatPath(at("period", "value", "to")),
      message: `Expected the end on or after the start ${c.period.value.from}, got ${c.period.value.to}`
    })
  anchorIssues(issues, at("centresOpen", "value"), c.centresOpen.value)
  const totalCentres = c.centresOpen.value.at(-1)?.[1] ?? 0
  if (c.centresOpen.value.length > 0 && !Number.isInteger(totalCentres))
    issues.push({
      path: Issue.formatPath(at("centresOpen", "value", c.centresOpen.value.length - 1, 1)),
      message: `Expected a whole number of centres at the end, got ${totalCentres}`
    })
  c.namedCentres.forEach((named, i) => {
    if (named.number > totalCentres)
      issues.push({
        path: Issue.formatPath(at("namedCentres", i, "number")),
        message: `Expected a centre number from 1 to ${totalCentres} (the centres opened), got ${named.number}`
      })
  })
  const capacity = totalCentres * c.maxSatellitesPerCentre.value
  if (c.satelliteSites.value > capacity)
    issues.push({
      path: Issue.formatPath(at("satelliteSites", "value")),
      message: `Expected at most ${capacity} satellite sites (${totalCentres} centres × ${c.maxSatellitesPerCentre.value}), got ${c.satelliteSites.value}`
    })
  const roles = new Map<string, string>()
  c.hires.forEach((h, i) => {
    if (roles.has(h.profession))
      issues.push({
        path: Issue.formatPath(at("hires", i, "profession")),
        message: `The profession ${h.profession} is hired twice: give it one row`
      })
    roles.set(h.profession, h.role)
    anchorIssues(issues, at("hires", i, "anchors"), h.anchors)
    if (h.role === "support") return
    if (!Object.hasOwn(c.consultationsPerHour.value, h.profession))
      issues.push({
        path: Issue.formatPath(at("consultationsPerHour", "value")),
        message: `Expected a consultation rate for the profession ${h.profession}`
      })
    if (!Object.hasOwn(c.durations.value.byProfession, h.profession))
      issues.push({
        path: Issue.formatPath(at("durations", "value", "byProfession")),
        message: `Expected a consultation duration for the profession ${h.profession}`
      })
  })
  c.departures.value.forEach((d, i) => {
    if (!roles.has(d.profession))
      issues.push({
        path: Issue.formatPath(at("departures", "value", i, "profession")),
        message: `Expected a profession the calibration hires (${[...roles.keys()].join(", ")}), got ${d.profession}`
      })
  })
  tableIssues(issues, at("weeklyHours", "value"), c.weeklyHours.value)
  tableIssues(issues, at("supportWeeklyHours", "value"), c.supportWeeklyHours.value)
  tableIssues(issues, at("ageBands", "value"), c.ageBands.value)
  return issues
}

// -----------------------------------------------------------------------------
// options
// -----------------------------------------------------------------------------

/**
 * Options of a run: the seed (any integer; the calibration's default seed otherwise) and the
 * dates of the first and last events to produce (the calibration's period otherwise). The
 * history always starts at the start of the calibration's period, so a window gives the same
 * events as the full run restricted to it.
 *
 * @example
 * ```ts
 * import type { Simulation } from "@gip-sante/report"
 *
 * const firstYear: Simulation.Options = { seed: 7, to: "2023-06-30" }
 * ```
 *
 * @since 0.1.0
 * @category simulation
 */
export interface Options {
  readonly seed?: number
  readonly from?: string
  readonly to?: string
}

// -----------------------------------------------------------------------------
// internals
// -----------------------------------------------------------------------------

/** mulberry32: a small 32-bit PRNG, uniform in [0, 1). */
const prng = (seed: number) => {
  let a = seed >>> 0
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** An invertible 32-bit mix: distinct inputs give distinct outputs. */
const mix = (x: number): number => {
  let h = x >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0
  return (h ^ (h >>> 16)) >>> 0
}

const pick = <T>(table: ReadonlyArray<readonly [T, number]>, u: number): T => {
  let acc = 0
  for (const [value, share] of table) {
    acc += share
    if (u < acc) return value
  }
  return table[table.length - 1]![0]
}

const day = (text: string) => Calendar.toDayNumber(Calendar.date(text))

const interpolate = (anchors: ReadonlyArray<readonly [string, number]>) => {
  const points = anchors.map(([d, v]) => [day(d), v] as const)
  return (n: number): number => {
    const first = points[0]
    if (first === undefined || n < first[0]) return 0
    for (let i = 1; i < points.length; i++) {
      const [d1, v1] = points[i]!
      const [d0, v0] = points[i - 1]!
      if (n <= d1) return v0 + ((v1 - v0) * (n - d0)) / (d1 - d0)
    }
    return points[points.length - 1]![1]
  }
}

type Role = Calibration["hires"][number]["role"]

interface Staff {
  readonly id: string
  readonly profession: string
  readonly role: Role
  readonly centre: Centre
  readonly hours: number
  readonly days: number
  readonly firstWeekday: number
  readonly hired: number
  left: number
  readonly panel: Array<number>
}

interface Centre {
  readonly index: number
  readonly id: string
  readonly name: string
  readonly opened: number
  readonly sites: number
  patients: number
  readonly declared: Set<number>
  clinicians: number
  supportStaff: number
}

const fill = (pattern: string, k: number): string =>
  pattern.replaceAll("{nn}", String(k).padStart(2, "0")).replaceAll("{n}", String(k))

// -----------------------------------------------------------------------------
// simulation
// -----------------------------------------------------------------------------

/**
 * The simulated event log of a calibration, produced lazily in non-decreasing date order
 * (constant memory apart from the programme's state: centres, staff and patient counts). The
 * same calibration and options give the same events. Throws a `RangeError` on an invalid `from`
 * or `to` date; expects a calibration that passed {@link check} (a decoded programme's has).
 *
 * @example
 * ```ts
 * import { Simulation } from "@gip-sante/report"
 * import { programme } from "@gip-sante/occitanie"
 *
 * const first = Simulation.simulate(programme.simulation!).next().value
 * first?.type // "centreOpened"
 * ```
 *
 * @since 0.1.0
 * @category simulation
 */
export function* simulate(
  calibration: Calibration,
  options: Options = {}
): Generator<Events.Event, void, undefined> {
  const A = calibration
  const start = A.period.value.from
  const seed = options.seed ?? A.defaultSeed.value
  const first = Math.max(day(options.from ?? start), day(start))
  const last = day(options.to ?? A.period.value.to)
  const rng = prng(mix(seed) ^ 0x9e3779b9)
  const salt = mix(seed + 0x51ed27)
  const fullTime = A.fullTimeWeeklyHours.value
  const roleOf = new Map(A.hires.map((h) => [h.profession, h.role]))
  const doctor = A.hires.find((h) => h.role === "doctor")?.profession

  const daysPerWeek = (hours: number): number => {
    for (const t of A.daysPerWeek.value.thresholds) if (hours >= t.fromHours) return t.days
    return Math.max(1, Math.ceil(hours / A.daysPerWeek.value.hoursPerDayOtherwise))
  }
  const named = new Map(A.namedCentres.map((c) => [c.number, c]))
  const centreName = (k: number) =>
    named.get(k) ?? { id: fill(A.centreNames.value.id, k), name: fill(A.centreNames.value.name, k) }
  /** The age band of a patient, a pure function of its pseudonymous id. */
  const ageBandOf = (hash: number): Events.AgeBand =>
    pick(A.ageBands.value, (mix(hash ^ 0x5bd1e995) % 10000) / 10000)

  // Centres: opening dates from the interpolated history; satellites drawn at random.
  const openCount = interpolate(A.centresOpen.value)
  const totalCentres = A.centresOpen.value[A.centresOpen.value.length - 1]?.[1] ?? 0
  const satellites: Array<number> = Array.from({ length: totalCentres }, () => 0)
  for (let s = 0; s < A.satelliteSites.value; s++) {
    for (;;) {
      const k = Math.floor(rng() * totalCentres)
      if (satellites[k]! < A.maxSatellitesPerCentre.value) {
        satellites[k] = satellites[k]! + 1
        break
      }
    }
  }
  const centres: Array<Centre> = []
  {
    let n = day(start)
    for (let k = 1; k <= totalCentres; k++) {
      while (openCount(n) < k - 1e-9) n++
      const { id, name } = centreName(k)
      centres.push({
        index: k,
        id,
        name,
        opened: n,
        sites: 1 + satellites[k - 1]!,
        patients: 0,
        declared: new Set(),
        clinicians: 0,
        supportStaff: 0
      })
    }
  }

  const targets = A.hires.map((h) => [h.profession, interpolate(h.anchors)] as const)
  const hired: Record<string, number> = Object.fromEntries(A.hires.map((h) => [h.profession, 0]))
  const staff: Array<Staff> = []
  const departures = A.departures.value.map((d) => ({
    day: day(d.date),
    profession: d.profession,
    reason: d.reason
  }))
  const lastCentre = centres[centres.length - 1]
  const consultationsPerHour = A.consultationsPerHour.value
  const panelRate = 1 / A.panel.value.fillDays
  const attritionPerDay = A.panelAttritionPerYear.value / 365
  const pdsaPerDay = (A.pdsaShiftsPerMonthPerFte.value * 12) / 365

  const hire = (n: number, profession: string, centre: Centre): Staff => {
    hired[profession] = (hired[profession] ?? 0) + 1
    const role = roleOf.get(profession) ?? "clinician"
    const hours = pick(role === "support" ? A.supportWeeklyHours.value : A.weeklyHours.value, rng())
    const s: Staff = {
      id: `${profession}-${hired[profession]}`,
      profession,
      role,
      centre,
      hours,
      days: daysPerWeek(hours),
      firstWeekday: Math.floor(rng() * 5),
      hired: n,
      left: Number.POSITIVE_INFINITY,
      panel: []
    }
    if (role === "support") centre.supportStaff++
    else centre.clinicians++
    staff.push(s)
    return s
  }

  const patientId = (centre: Centre, index: number): string =>
    `p-${centre.index}-${mix((index ^ salt) >>> 0)
      .toString(36)
      .padStart(7, "0")}`
  const patientHash = (centre: Centre, index: number): number => mix((index ^ salt) >>> 0) ^ centre.index

  for (let n = day(start); n <= last; n++) {
    const emit = n >= first
    const date = Calendar.fromDayNumber(n)
    const weekday = Calendar.dayOfWeek(date)
    const holiday = Calendar.isPublicHoliday(date)
    const august = date.slice(5, 7) === "08"
    const out: Array<Events.Event> = []

    for (const centre of centres) {
      if (centre.opened !== n) continue
      out.push({ type: "centreOpened", date, centreId: centre.id, name: centre.name, sites: centre.sites })
    }
    const open = centres.filter((c) => c.opened <= n)
    // Hires: follow the interpolated cumulative targets; the least staffed centres first.
    for (const [profession, target] of targets) {
      const wanted = Math.floor(target(n) + 1e-9)
      const support = roleOf.get(profession) === "support"
      while (hired[profession]! < wanted && open.length > 0) {
        const key = (c: Centre) => (support ? c.supportStaff : c.clinicians)
        let best = open[0]!
        let bestKey = Number.POSITIVE_INFINITY
        for (const c of open) {
          const k = key(c) + rng() * A.hireSpread.value
          if (k < bestKey) {
            bestKey = k
            best = c
          }
        }
        const s = hire(n, profession, best)
        out.push({
          type: "staffHired",
          date,
          centreId: best.id,
          staffId: s.id,
          profession,
          weeklyHours: s.hours
        })
      }
    }
    // A centre that opens with no clinician once the hiring targets are reached gets a doctor.
    if (doctor !== undefined && lastCentre !== undefined) {
      for (const centre of open) {
        if (centre.opened === n && centre.clinicians === 0 && centre.index <= lastCentre.index) {
          const s = hire(n, doctor, centre)
          out.push({
            type: "staffHired",
            date,
            centreId: centre.id,
            staffId: s.id,
            profession: doctor,
            weeklyHours: s.hours
          })
        }
      }
    }
    for (const d of departures) {
      if (d.day !== n) continue
      const eligible = staff.filter(
        (s) => s.profession === d.profession && s.left > n && n - s.hired >= A.departureMinTenureDays.value
      )
      const s = eligible[Math.floor(rng() * eligible.length)]
      if (s === undefined) continue
      s.left = n
      if (s.role === "support") s.centre.supportStaff--
      else s.centre.clinicians--
      out.push({ type: "staffLeft", date, centreId: s.centre.id, staffId: s.id, reason: d.reason })
      for (const p of s.panel) {
        s.centre.declared.delete(p)
        out.push({
          type: "regularDoctorEnded",
          date,
          centreId: s.centre.id,
          clinicianId: s.id,
          patientId: patientId(s.centre, p)
        })
      }
      s.panel.length = 0
    }

    // Clinical activity.
    for (const s of staff) {
      if (s.role === "support" || s.left <= n) continue
      const centre = s.centre
      const fte = s.hours / fullTime
      const isDoctor = s.role === "doctor"
      // Out-of-hours shifts (doctors only), any day of the week.
      if (isDoctor && rng() < pdsaPerDay * fte) {
        const kind: Events.EventOf<"pdsaShift">["kind"] =
          weekday === 7 || holiday
            ? "sundayOrHoliday"
            : rng() < A.pdsaNightShare.value
              ? "night"
              : weekday === 6
                ? "saturdayAfternoon"
                : "weekdayEvening"
        out.push({ type: "pdsaShift", date, centreId: centre.id, clinicianId: s.id, kind })
      }
      // Panel attrition.
      if (isDoctor && s.panel.length > 0 && rng() < s.panel.length * attritionPerDay) {
        const i = Math.floor(rng() * s.panel.length)
        const p = s.panel[i]!
        s.panel[i] = s.panel[s.panel.length - 1]!
        s.panel.pop()
        centre.declared.delete(p)
        out.push({
          type: "regularDoctorEnded",
          date,
          centreId: centre.id,
          clinicianId: s.id,
          patientId: patientId(centre, p)
        })
      }
      // Working day?
      if (weekday > 5 || holiday) continue
      if ((weekday - 1 - s.firstWeekday + 5) % 5 >= s.days) continue
      const absence =
        (A.absence.value.base + (s.hours > fullTime ? A.absence.value.overFullTime : 0)) *
        (august ? A.absence.value.augustFactor : 1)
      if (rng() < absence) continue

      const tenure = n - s.hired
      const ramp =
        A.rampUp.value.startShare +
        (1 - A.rampUp.value.startShare) * Math.min(1, tenure / A.rampUp.value.days)
      const perHour = consultationsPerHour[s.profession] ?? 0
      const mean =
        (s.hours / s.days) *
        perHour *
        A.consultingShare.value *
        ramp *
        (A.dailyVariation.value.low + A.dailyVariation.value.spread * rng())
      const count = Math.floor(mean + rng())
      const age = n - centre.opened
      const newShare =
        A.newPatientShare.value.floor +
        A.newPatientShare.value.extraAtOpening * Math.exp(-age / A.newPatientShare.value.decayDays)
      const panelTarget = A.panel.value.targetPerFte * fte
      // The panel's daily growth, per calendar day, concentrated on the days worked.
      const declarationsWanted = isDoctor
        ? (Math.max(0, panelTarget - s.panel.length) * panelRate * (7 / s.days)) / (1 - absence)
        : 0
      const declareProbability =
        count > 0 ? Math.min(A.panel.value.maxDeclarationShare, declarationsWanted / count) : 0

      if (rng() < A.unusedSlotPerClinicianDay.value) {
        out.push({
          type: "slot",
          date,
          centreId: centre.id,
          clinicianId: s.id,
          status: "unused",
          reservedForUnscheduled: true
        })
      }
      const durations = A.durations.value
      for (let c = 0; c < count; c++) {
        let p: number
        if (centre.patients === 0 || rng() < newShare) p = centre.patients++
        else p = Math.floor(rng() * centre.patients)
        const band = ageBandOf(patientHash(centre, p))
        const complex = rng() < (band === "80+" ? A.complexShare.value.over80 : A.complexShare.value.default)
        const unscheduled = rng() < A.unscheduledShare.value
        const tele = !complex && rng() < A.teleShare.value
        const siteNumber =
          tele || centre.sites === 1 || rng() < A.mainSiteShare.value
            ? 0
            : 1 + Math.floor(rng() * (centre.sites - 1))
        const id = patientId(centre, p)
        if (unscheduled) {
          out.push({
            type: "slot",
            date,
            centreId: centre.id,
            clinicianId: s.id,
            status: "booked",
            reservedForUnscheduled: true
          })
        }
        out.push({
          type: "consultation",
          date,
          centreId: centre.id,
          siteId: siteNumber === 0 ? centre.id : `${centre.id}-antenne-${siteNumber}`,
          clinicianId: s.id,
          patientId: id,
          ageBand: band,
          complex,
          scheduling: unscheduled ? "unscheduled" : "scheduled",
          mode: tele ? "tele" : "inPerson",
          durationMinutes: tele
            ? durations.tele
            : complex
              ? durations.complex
              : (durations.byProfession[s.profession] ?? durations.complex)
        })
        if (isDoctor && !centre.declared.has(p) && rng() < declareProbability) {
          centre.declared.add(p)
          s.panel.push(p)
          out.push({
            type: "regularDoctorDeclared",
            date,
            centreId: centre.id,
            clinicianId: s.id,
            patientId: id,
            hadRegularDoctor: rng() < A.panel.value.hadRegularDoctorShare
          })
        }
        if (isDoctor && rng() < A.homeVisitsPerConsultation.value) {
          const q = Math.floor(rng() * centre.patients)
          out.push({
            type: "homeVisit",
            date,
            centreId: centre.id,
            clinicianId: s.id,
            patientId: patientId(centre, q)
          })
        }
      }
    }
    if (emit) yield* out
  }
}

// -----------------------------------------------------------------------------
// summary
// -----------------------------------------------------------------------------

/**
 * Totals of a simulated event log, computed in one pass: counts by event type, consultations
 * by kind, unique patients and their age, regular-doctor declarations (and those of patients who
 * had no regular doctor, the published "regained a regular doctor"), centres, sites and staff.
 *
 * @example
 * ```ts
 * import type { Simulation } from "@gip-sante/report"
 *
 * const perConsultation = (s: Simulation.Summary) => s.homeVisits / s.consultations
 * ```
 *
 * @since 0.1.0
 * @category summary
 */
export interface Summary {
  readonly seed: number
  readonly from: string
  readonly to: string
  readonly events: number
  readonly byType: Readonly<Record<Events.Event["type"], number>>
  readonly consultations: number
  readonly complexShare: number
  readonly unscheduledShare: number
  readonly teleShare: number
  readonly uniquePatients: number
  readonly share65Plus: number
  readonly homeVisits: number
  readonly pdsaShifts: number
  readonly slotsBooked: number
  readonly slotsUnused: number
  readonly regularDoctorDeclarations: number
  readonly regularDoctorRegained: number
  readonly regularDoctorPatients: number
  readonly centresOpen: number
  readonly sites: number
  readonly hiredByProfession: Readonly<Record<string, number>>
  readonly leftByReason: Readonly<Record<string, number>>
  readonly cliniciansInPost: number
  readonly supportStaffInPost: number
}

/**
 * Runs {@link simulate} and totals its events in one pass (the unique-patient set is the only
 * thing kept in memory).
 *
 * @example
 * ```ts
 * import { Simulation } from "@gip-sante/report"
 * import { programme } from "@gip-sante/occitanie"
 *
 * const apr2025 = Simulation.summary(programme.simulation!, { to: "2025-04-09" })
 * apr2025.consultations // about 300,000
 * ```
 *
 * @since 0.1.0
 * @category summary
 */
export const summary = (calibration: Calibration, options: Options = {}): Summary => {
  const byType: Record<Events.Event["type"], number> = {
    consultation: 0,
    homeVisit: 0,
    pdsaShift: 0,
    slot: 0,
    regularDoctorDeclared: 0,
    regularDoctorEnded: 0,
    staffHired: 0,
    staffLeft: 0,
    centreOpened: 0
  }
  const roleOf = new Map(calibration.hires.map((h) => [h.profession, h.role]))
  let events = 0
  let complex = 0
  let unscheduled = 0
  let tele = 0
  let seniors = 0
  let slotsUnused = 0
  let regained = 0
  let sites = 0
  const patients = new Set<string>()
  const hiredByProfession: Record<string, number> = {}
  const leftByReason: Record<string, number> = {}
  const inPost = new Map<string, boolean>()
  for (const e of simulate(calibration, options)) {
    events++
    byType[e.type]++
    switch (e.type) {
      case "consultation":
        if (e.complex) complex++
        if (e.scheduling === "unscheduled") unscheduled++
        if (e.mode === "tele") tele++
        if (!patients.has(e.patientId)) {
          patients.add(e.patientId)
          if (e.ageBand === "65-79" || e.ageBand === "80+") seniors++
        }
        break
      case "slot":
        if (e.status === "unused") slotsUnused++
        break
      case "regularDoctorDeclared":
        if (!e.hadRegularDoctor) regained++
        break
      case "centreOpened":
        sites += e.sites
        break
      case "staffHired":
        hiredByProfession[e.profession] = (hiredByProfession[e.profession] ?? 0) + 1
        inPost.set(e.staffId, roleOf.get(e.profession) === "support")
        break
      case "staffLeft": {
        const reason = e.reason ?? "unknown"
        leftByReason[reason] = (leftByReason[reason] ?? 0) + 1
        inPost.delete(e.staffId)
        break
      }
      default:
        break
    }
  }
  let clinicians = 0
  let support = 0
  for (const isSupport of inPost.values()) {
    if (isSupport) support++
    else clinicians++
  }
  const share = (x: number, total: number) => (total === 0 ? 0 : x / total)
  return {
    seed: options.seed ?? calibration.defaultSeed.value,
    from: options.from ?? calibration.period.value.from,
    to: options.to ?? calibration.period.value.to,
    events,
    byType,
    consultations: byType.consultation,
    complexShare: share(complex, byType.consultation),
    unscheduledShare: share(unscheduled, byType.consultation),
    teleShare: share(tele, byType.consultation),
    uniquePatients: patients.size,
    share65Plus: share(seniors, patients.size),
    homeVisits: byType.homeVisit,
    pdsaShifts: byType.pdsaShift,
    slotsBooked: byType.slot - slotsUnused,
    slotsUnused,
    regularDoctorDeclarations: byType.regularDoctorDeclared,
    regularDoctorRegained: regained,
    regularDoctorPatients: byType.regularDoctorDeclared - byType.regularDoctorEnded,
    centresOpen: byType.centreOpened,
    sites,
    hiredByProfession,
    leftByReason,
    cliniciansInPost: clinicians,
    supportStaffInPost: support
  }
}

/**
 * The calibration's constants as a list (name, value, provenance), in the calibration's order,
 * for a report to show beside simulated figures.
 *
 * @example
 * ```ts
 * import { Simulation } from "@gip-sante/report"
 * import { programme } from "@gip-sante/occitanie"
 *
 * Simulation.constants(programme.simulation!).map((c) => c.name)
 * ```
 *
 * @since 0.1.0
 * @category calibration
 */
export const constants = (
  calibration: Calibration
): Array<{ readonly name: string; readonly value: unknown; readonly provenance: Provenance.Provenance }> => {
  const out: Array<{ name: string; value: unknown; provenance: Provenance.Provenance }> = []
  for (const [name, entry] of Object.entries(calibration)) {
    if (name === "hires")
      for (const h of calibration.hires)
        out.push({ name: `hires.${h.profession}`, value: h.anchors, provenance: h.provenance })
    else if (name === "namedCentres")
      for (const c of calibration.namedCentres)
        out.push({ name: `namedCentres.${c.number}`, value: c.name, provenance: c.provenance })
    else {
      const sourcedEntry = entry as { readonly value: unknown; readonly provenance: Provenance.Provenance }
      out.push({ name, value: sourcedEntry.value, provenance: sourcedEntry.provenance })
    }
  }
  return out
}

/**
 * Decodes a calibration from JSON and checks it ({@link check}), reporting every issue with its
 * path. Never throws.
 *
 * @example
 * ```ts
 * import { Simulation } from "@gip-sante/report"
 * import { Result } from "effect"
 *
 * Result.isFailure(Simulation.decode({ period: {} })) // true
 * ```
 *
 * @since 0.1.0
 * @category calibration
 */
export const decode = (input: unknown): Result.Result<Calibration, ReadonlyArray<Issue.Issue>> =>
  Result.flatMap(Issue.decodeAll(CalibrationSchema, input), (calibration) => {
    const issues = check(calibration)
    return issues.length === 0 ? Result.succeed(calibration) : Result.fail(issues)
  })

/**
 * A seeded, deterministic simulation of the Occitanie programme's event log (July 2022 to
 * December 2025 by default), calibrated on the published figures: centres opening, staff hired
 * and leaving, consultations, home visits, out-of-hours shifts, unscheduled-care slots and
 * regular-doctor declarations.
 *
 * It is synthetic data for demonstrations, tests and reports, not a record of what happened:
 * every calibration constant is listed in {@link simulationAssumptions}.
 *
 * @since 0.1.0
 */
import { Calendar, type Events } from "@gip-sante/core"

// -----------------------------------------------------------------------------
// assumptions
// -----------------------------------------------------------------------------

/**
 * One calibration constant of the simulation: its name, value and why it was chosen. These are
 * simulation parameters, not programme policy.
 *
 * @example
 * ```ts
 * import type { SimulationAssumption } from "@gip-sante/occitanie"
 *
 * const line = (a: SimulationAssumption) => `${a.name} = ${JSON.stringify(a.value)}: ${a.rationale}`
 * ```
 *
 * @since 0.1.0
 * @category simulation
 */
export interface SimulationAssumption {
  readonly name: string
  readonly value: unknown
  readonly rationale: string
}

const assumption = <A>(name: string, value: A, rationale: string) => ({ name, value, rationale }) as const

// Every constant below is an assumption of the simulation (not a published figure unless its
// rationale says so); the rationale says what it was calibrated against.
const A = {
  // Centres: cumulative number of centres open, linearly interpolated between published dates.
  centresOpen: assumption(
    "centresOpen",
    [
      ["2022-07-01", 1],
      ["2022-12-31", 7],
      ["2023-08-31", 11],
      ["2024-06-30", 19],
      ["2025-04-09", 22],
      ["2025-12-01", 26]
    ] as ReadonlyArray<readonly [string, number]>,
    "Published stocks (1 in Jul 2022, 7 in Jan 2023, 11 in Sep 2023, 19 mid-2024, 22 in Apr 2025, 26 in Dec 2025, the 26th 'recently opened'); openings in between are spread evenly."
  ),
  satelliteSites: assumption(
    "satelliteSites",
    9,
    "About 35 consultation sites for 26 centres (S2): 9 satellite sites, 0 to 3 per centre, drawn at random."
  ),
  maxSatellitesPerCentre: assumption("maxSatellitesPerCentre", 3, "No centre is described with more."),
  mainSiteShare: assumption(
    "mainSiteShare",
    0.75,
    "Share of a centre's in-person consultations held at its main site when it has satellites."
  ),
  // Staff: cumulative hires, linearly interpolated.
  gpHires: assumption(
    "gpHires",
    [
      ["2022-07-01", 2],
      ["2023-01-01", 27],
      ["2023-09-01", 44],
      ["2024-06-30", 80],
      ["2025-04-09", 100],
      ["2025-12-17", 103]
    ] as ReadonlyArray<readonly [string, number]>,
    "27 doctors (Jan 2023), 44 GPs (Sep 2023), 80 doctors (mid-2024), 100 GPs (Apr 2025) read as cumulative hires; each centre opened after April 2025 brings one GP, so 104 GPs + 8 midwives + 1 IPA = 113 recruited with the default seed, against 110 published (S2)."
  ),
  midwifeHires: assumption(
    "midwifeHires",
    [
      ["2023-06-01", 0],
      ["2023-09-01", 1],
      ["2025-04-09", 6],
      ["2025-12-17", 8]
    ] as ReadonlyArray<readonly [string, number]>,
    "1 midwife (Sep 2023), 6 (Apr 2025), 8 (Dec 2025)."
  ),
  ipaHires: assumption(
    "ipaHires",
    [
      ["2025-09-14", 0],
      ["2025-09-15", 1]
    ] as ReadonlyArray<readonly [string, number]>,
    "One IPA employed in Dec 2025 (S2); the hiring date is not published."
  ),
  secretaryHires: assumption(
    "secretaryHires",
    [
      ["2022-07-01", 1],
      ["2023-01-01", 13],
      ["2023-09-01", 21],
      ["2025-04-09", 41],
      ["2025-12-17", 47]
    ] as ReadonlyArray<readonly [string, number]>,
    "13 (Jan 2023), 21 (Sep 2023), 41 (Apr 2025) secretaries; Dec 2025 extrapolated at the same pace as the centres."
  ),
  departures: assumption(
    "departures",
    [
      ["2023-12-31", "gp", "selfEmployed"],
      ["2024-09-30", "gp", "selfEmployed"],
      ["2025-03-31", "gp", "retirement"],
      ["2025-06-30", "gp", "selfEmployed"],
      ["2024-05-31", "secretary", "resignation"]
    ] as ReadonlyArray<readonly [string, "gp" | "secretary", "selfEmployed" | "retirement" | "resignation"]>,
    "3 GPs left to set up as self-employed nearby (S2; dates not published); one retirement and one secretary's resignation are ours."
  ),
  weeklyHours: assumption(
    "weeklyHours",
    [
      [35, 0.45],
      [39, 0.3],
      [27, 0.1],
      [21, 0.08],
      [14, 0.05],
      [7, 0.02]
    ] as ReadonlyArray<readonly [number, number]>,
    "Clinicians' contracts: mostly 35 h or 39 h, some part-timers down to a few hours (S2); the shares are ours."
  ),
  secretaryWeeklyHours: assumption(
    "secretaryWeeklyHours",
    [
      [35, 0.8],
      [28, 0.2]
    ] as ReadonlyArray<readonly [number, number]>,
    "Secretaries mostly full-time (S2's example centre has two full-time secretaries)."
  ),
  consultationsPerHour: assumption(
    "consultationsPerHour",
    { gp: 3, midwife: 2, ipa: 2 },
    "The programme's target of 3 consultations an hour per doctor (S2); 2 an hour for midwives and the IPA is ours."
  ),
  consultingShare: assumption(
    "consultingShare",
    0.73,
    "Share of contracted hours spent in booked consultations at full activity (the rest: home visits, paperwork, coordination, training). Calibrated so that 300,000 consultations are reached by 9 April 2025 (S1) and 400,000 by the end of summer 2025 (S2)."
  ),
  rampUp: assumption(
    "rampUp",
    { startShare: 0.2, days: 600 },
    "A new clinician starts at 20 % of full activity and reaches it linearly after 600 days while the patient base builds; calibrated with consultingShare."
  ),
  absence: assumption(
    "absence",
    { base: 0.11, over35h: 0.08, augustFactor: 1.2 },
    "Probability of being off on a working day (leave, training, sickness): 11 %, plus 8 % of RTT days for contracts over 35 h, a fifth more in August."
  ),
  newPatientShare: assumption(
    "newPatientShare",
    { floor: 0.16, extraAtOpening: 0.5, decayDays: 240 },
    "Probability a consultation is with a patient new to the centre: 66 % at opening, decaying towards 16 %; gives plausible unique-patient counts (about a quarter of consultations)."
  ),
  ageBands: assumption(
    "ageBands",
    [
      ["0-17", 0.08],
      ["18-39", 0.14],
      ["40-64", 0.28],
      ["65-79", 0.3],
      ["80+", 0.2]
    ] as ReadonlyArray<readonly [Events.AgeBand, number]>,
    "Half of the centres' patients are 65 or older (S2); the split between bands is ours."
  ),
  complexShare: assumption(
    "complexShare",
    { default: 0.02, over80: 0.08 },
    "A few per cent of consultations are with complex patients (2 an hour instead of 3, S2), more often among patients aged 80+."
  ),
  unscheduledShare: assumption(
    "unscheduledShare",
    0.15,
    "Share of consultations in slots reserved for unscheduled care (SNP); each is logged with its booked slot."
  ),
  teleShare: assumption("teleShare", 0.03, "Share of teleconsultations."),
  unusedSlotPerClinicianDay: assumption(
    "unusedSlotPerClinicianDay",
    0.001,
    "Probability that a clinician's day leaves a reserved slot unused: almost never, since no centre has had empty slots yet (S2)."
  ),
  homeVisitsPerConsultation: assumption(
    "homeVisitsPerConsultation",
    0.063,
    "Home visits per GP consultation, calibrated on 19,000 home visits by April 2025 (S1) against 300,000 consultations."
  ),
  panel: assumption(
    "panel",
    { targetPerFte: 405, fillDays: 60, hadRegularDoctorShare: 0.06 },
    "A GP's regular-doctor panel grows towards 405 patients per full-time equivalent (35 h) with a time constant of 60 days; 6 % of declarations are patients switching from another doctor. Calibrated on 31,000 patients who regained a regular doctor by April 2025 (S1) and over 35,000 by December 2025 (S2)."
  ),
  panelAttritionPerYear: assumption(
    "panelAttritionPerYear",
    0.02,
    "Share of a panel ending its declaration each year (moves, deaths, changes); patients of a GP who leaves for self-employment follow them."
  ),
  pdsaShiftsPerMonthPerFte: assumption(
    "pdsaShiftsPerMonthPerFte",
    2,
    "About two out-of-hours shifts a month per full-time doctor; the published obligation has no quota."
  ),
  durations: assumption(
    "durations",
    { gp: 20, complex: 30, midwife: 30, ipa: 30, tele: 15 },
    "Minutes per consultation, from the 3-an-hour (2 for complex patients) target (S2)."
  ),
  defaultSeed: assumption("defaultSeed", 2025, "Any integer gives another, equally plausible history.")
} as const

/**
 * The simulation's calibration constants, each with its value and rationale, for reports to
 * show beside simulated figures. They are simulation parameters, not programme policy.
 *
 * @example
 * ```ts
 * import { simulationAssumptions } from "@gip-sante/occitanie"
 *
 * simulationAssumptions.consultationsPerHour.value.gp // 3
 * Object.values(simulationAssumptions).map((a) => a.name)
 * ```
 *
 * @since 0.1.0
 * @category simulation
 */
export const simulationAssumptions: typeof A = A

// -----------------------------------------------------------------------------
// options
// -----------------------------------------------------------------------------

/**
 * Options of the simulation: the seed (any integer, 2025 by default) and the dates of the first
 * and last events to produce (2022-07-01 and 2025-12-31 by default). The history always starts
 * on 2022-07-01, so a window gives the same events as the full run restricted to it.
 *
 * @example
 * ```ts
 * import type { SimulationOptions } from "@gip-sante/occitanie"
 *
 * const firstYear: SimulationOptions = { seed: 7, to: "2023-06-30" }
 * ```
 *
 * @since 0.1.0
 * @category simulation
 */
export interface SimulationOptions {
  readonly seed?: number
  readonly from?: string
  readonly to?: string
}

// -----------------------------------------------------------------------------
// internals
// -----------------------------------------------------------------------------

const start = "2022-07-01"

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
    const first = points[0]!
    if (n < first[0]) return 0
    for (let i = 1; i < points.length; i++) {
      const [d1, v1] = points[i]!
      const [d0, v0] = points[i - 1]!
      if (n <= d1) return v0 + ((v1 - v0) * (n - d0)) / (d1 - d0)
    }
    return points[points.length - 1]![1]
  }
}

/** The age band of a patient, a pure function of its pseudonymous id. */
const ageBandOf = (hash: number): Events.AgeBand =>
  pick(A.ageBands.value, (mix(hash ^ 0x5bd1e995) % 10000) / 10000)

type Profession = "gp" | "midwife" | "ipa" | "secretary"

interface Staff {
  readonly id: string
  readonly profession: Profession
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
  secretaries: number
}

const daysPerWeek = (hours: number): number =>
  hours >= 39 ? 4 : hours >= 35 ? 5 : Math.max(1, Math.ceil(hours / 9))

const centreName = (k: number): { readonly id: string; readonly name: string } =>
  k === 1
    ? { id: "sainte-croix-volvestre", name: "Sainte-Croix-Volvestre" }
    : k === 26
      ? { id: "verdun-sur-garonne", name: "Verdun-sur-Garonne" }
      : { id: `centre-${String(k).padStart(2, "0")}`, name: `Centre de santé n° ${k}` }

// -----------------------------------------------------------------------------
// simulation
// -----------------------------------------------------------------------------

/**
 * The simulated event log, produced lazily in non-decreasing date order (constant memory apart
 * from the programme's state: centres, staff and patient counts). The same options give the
 * same events; throws a `RangeError` on an invalid `from` or `to` date.
 *
 * @example
 * ```ts
 * import { simulate } from "@gip-sante/occitanie"
 *
 * let consultations = 0
 * for (const event of simulate({ seed: 1, to: "2022-12-31" })) {
 *   if (event.type === "consultation") consultations++
 * }
 * ```
 *
 * @since 0.1.0
 * @category simulation
 */
export function* simulate(options: SimulationOptions = {}): Generator<Events.Event, void, undefined> {
  const seed = options.seed ?? A.defaultSeed.value
  const first = Math.max(day(options.from ?? start), day(start))
  const last = day(options.to ?? "2025-12-31")
  const rng = prng(mix(seed) ^ 0x9e3779b9)
  const salt = mix(seed + 0x51ed27)

  // Centres: opening dates from the interpolated history; satellites drawn at random.
  const openCount = interpolate(A.centresOpen.value)
  const totalCentres = A.centresOpen.value[A.centresOpen.value.length - 1]![1]
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
        secretaries: 0
      })
    }
  }

  const targets: ReadonlyArray<readonly [Profession, (n: number) => number]> = [
    ["gp", interpolate(A.gpHires.value)],
    ["midwife", interpolate(A.midwifeHires.value)],
    ["ipa", interpolate(A.ipaHires.value)],
    ["secretary", interpolate(A.secretaryHires.value)]
  ]
  const hired: Record<Profession, number> = { gp: 0, midwife: 0, ipa: 0, secretary: 0 }
  const staff: Array<Staff> = []
  const departures = A.departures.value.map(([d, profession, reason]) => ({
    day: day(d),
    profession,
    reason
  }))
  const lastCentre = centres[centres.length - 1]!
  const consultationsPerHour = A.consultationsPerHour.value
  const panelRate = 1 / A.panel.value.fillDays
  const attritionPerDay = A.panelAttritionPerYear.value / 365
  const pdsaPerDay = (A.pdsaShiftsPerMonthPerFte.value * 12) / 365

  const hire = (n: number, profession: Profession, centre: Centre): Staff => {
    hired[profession]++
    const hours = pick(profession === "secretary" ? A.secretaryWeeklyHours.value : A.weeklyHours.value, rng())
    const s: Staff = {
      id: `${profession}-${hired[profession]}`,
      profession,
      centre,
      hours,
      days: daysPerWeek(hours),
      firstWeekday: Math.floor(rng() * 5),
      hired: n,
      left: Number.POSITIVE_INFINITY,
      panel: []
    }
    if (profession === "secretary") centre.secretaries++
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

    // Openings, each with a founding GP when the GP hires allow it or after April 2025.
    for (const centre of centres) {
      if (centre.opened !== n) continue
      out.push({ type: "centreOpened", date, centreId: centre.id, name: centre.name, sites: centre.sites })
    }
    const open = centres.filter((c) => c.opened <= n)
    // Hires: follow the interpolated cumulative targets; new centres are staffed first.
    for (const [profession, target] of targets) {
      const wanted = Math.floor(target(n) + 1e-9)
      while (hired[profession] < wanted && open.length > 0) {
        const key = (c: Centre) => (profession === "secretary" ? c.secretaries : c.clinicians)
        let best = open[0]!
        let bestKey = Number.POSITIVE_INFINITY
        for (const c of open) {
          const k = key(c) + rng() * 1.5
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
    // New centres after the last hiring target is reached still get a GP on opening day.
    for (const centre of open) {
      if (centre.opened === n && centre.clinicians === 0 && centre.index <= lastCentre.index) {
        const s = hire(n, "gp", centre)
        out.push({
          type: "staffHired",
          date,
          centreId: centre.id,
          staffId: s.id,
          profession: "gp",
          weeklyHours: s.hours
        })
      }
    }
    // Departures.
    for (const d of departures) {
      if (d.day !== n) continue
      const eligible = staff.filter((s) => s.profession === d.profession && s.left > n && n - s.hired >= 180)
      const s = eligible[Math.floor(rng() * eligible.length)]
      if (s === undefined) continue
      s.left = n
      if (s.profession === "secretary") s.centre.secretaries--
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
      if (s.profession === "secretary" || s.left <= n) continue
      const centre = s.centre
      const fte = s.hours / 35
      const isGp = s.profession === "gp"
      // Out-of-hours shifts (GPs only), any day of the week.
      if (isGp && rng() < pdsaPerDay * fte) {
        const kind: Events.EventOf<"pdsaShift">["kind"] =
          weekday === 7 || holiday
            ? "sundayOrHoliday"
            : rng() < 0.4
              ? "night"
              : weekday === 6
                ? "saturdayAfternoon"
                : "weekdayEvening"
        out.push({ type: "pdsaShift", date, centreId: centre.id, clinicianId: s.id, kind })
      }
      // Panel attrition.
      if (isGp && s.panel.length > 0 && rng() < s.panel.length * attritionPerDay) {
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
        (A.absence.value.base + (s.hours > 35 ? A.absence.value.over35h : 0)) *
        (august ? A.absence.value.augustFactor : 1)
      if (rng() < absence) continue

      const tenure = n - s.hired
      const ramp =
        A.rampUp.value.startShare +
        (1 - A.rampUp.value.startShare) * Math.min(1, tenure / A.rampUp.value.days)
      const perHour = consultationsPerHour[s.profession]
      const mean = (s.hours / s.days) * perHour * A.consultingShare.value * ramp * (0.8 + 0.4 * rng())
      const count = Math.floor(mean + rng())
      const age = n - centre.opened
      const newShare =
        A.newPatientShare.value.floor +
        A.newPatientShare.value.extraAtOpening * Math.exp(-age / A.newPatientShare.value.decayDays)
      const panelTarget = A.panel.value.targetPerFte * fte
      // The panel's daily growth, per calendar day, concentrated on the days worked.
      const declarationsWanted = isGp
        ? (Math.max(0, panelTarget - s.panel.length) * panelRate * (7 / s.days)) / (1 - absence)
        : 0
      const declareProbability = count > 0 ? Math.min(0.9, declarationsWanted / count) : 0

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
        const durations = A.durations.value
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
              : isGp
                ? durations.gp
                : durations[s.profession === "midwife" ? "midwife" : "ipa"]
        })
        if (isGp && !centre.declared.has(p) && rng() < declareProbability) {
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
        if (isGp && rng() < A.homeVisitsPerConsultation.value) {
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
 * import type { SimulationSummary } from "@gip-sante/occitanie"
 *
 * const perConsultation = (s: SimulationSummary) => s.homeVisits / s.consultations
 * ```
 *
 * @since 0.1.0
 * @category simulation
 */
export interface SimulationSummary {
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
  readonly secretariesInPost: number
}

/**
 * Runs {@link simulate} and totals its events in one pass (the unique-patient set is the only
 * thing kept in memory).
 *
 * @example
 * ```ts
 * import { simulationSummary } from "@gip-sante/occitanie"
 *
 * const apr2025 = simulationSummary({ to: "2025-04-09" })
 * apr2025.consultations // about 300,000
 * ```
 *
 * @since 0.1.0
 * @category simulation
 */
export const simulationSummary = (options: SimulationOptions = {}): SimulationSummary => {
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
  const professionOf = new Map<string, string>()
  for (const e of simulate(options)) {
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
        professionOf.set(e.staffId, e.profession)
        break
      case "staffLeft": {
        const reason = e.reason ?? "unknown"
        leftByReason[reason] = (leftByReason[reason] ?? 0) + 1
        if (professionOf.get(e.staffId) === "secretary") professionOf.set(e.staffId, "left-secretary")
        else professionOf.set(e.staffId, "left")
        break
      }
      default:
        break
    }
  }
  let clinicians = 0
  let secretaries = 0
  for (const p of professionOf.values()) {
    if (p === "secretary") secretaries++
    else if (!p.startsWith("left")) clinicians++
  }
  const share = (x: number, total: number) => (total === 0 ? 0 : x / total)
  return {
    seed: options.seed ?? A.defaultSeed.value,
    from: options.from ?? start,
    to: options.to ?? "2025-12-31",
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
    secretariesInPost: secretaries
  }
}

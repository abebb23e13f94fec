/**
 * Key performance indicators as accumulators: each KPI is a commutative monoid over events
 * (`empty`, `add`, `merge`) with a `result` in plain, serialisable data, so that the figures do
 * not depend on the order or the chunking of the input. Streaming in constant memory, worker
 * threads and map-reduce are then the same code (DESIGN principle 7).
 *
 * Consultations, unique patients and regular-doctor patients are kept strictly apart: a million
 * consultations are not a million people, and a patient seen once is not a patient followed.
 *
 * @example
 * ```ts
 * import { Events, Kpi } from "@gip-sante/core"
 *
 * declare const events: ReadonlyArray<Events.Event>
 * const kpis = Kpi.fold(Kpi.programmeKpis({ fullTimeWeeklyHours: 35 }), events)
 * kpis.consultations.total // consultations, not people
 * kpis.patients.uniquePatients // people seen in consultation
 * kpis.regularDoctor.regularDoctorPatients // people whose regular doctor is in the programme
 * ```
 *
 * @since 0.1.0
 * @module
 */
import type { LocalDate } from "./Calendar.js"
import type { AgeBand, Event } from "./Events.js"
import * as Hll from "./internal/hyperloglog.js"
import * as StringIndex from "./internal/string-index.js"
import { type Figure, find, matches } from "./Reference.js"

// -----------------------------------------------------------------------------
// models
// -----------------------------------------------------------------------------

/**
 * An accumulator: a commutative monoid over events with a result.
 *
 * - `empty()` makes a fresh state (the identity of `merge`);
 * - `add(state, event)` folds one event in. For speed it **may mutate `state` and return it**:
 *   a state is owned by the fold that made it, so never add to a state you have shared or
 *   merged, and always use the state `add` returns;
 * - `merge(a, b)` combines two states into a new one without changing either; it is associative
 *   and commutative, with `empty()` as identity;
 * - `result(state)` reads the KPI as plain data (numbers, strings, records), without changing
 *   the state.
 *
 * Events a KPI does not concern are ignored by its `add`.
 *
 * @example
 * ```ts
 * import type { Kpi } from "@gip-sante/core"
 *
 * const teleconsultations: Kpi.Accumulator<{ n: number }, number> = {
 *   empty: () => ({ n: 0 }),
 *   add: (s, e) => {
 *     if (e.type === "consultation" && e.mode === "tele") s.n++
 *     return s
 *   },
 *   merge: (a, b) => ({ n: a.n + b.n }),
 *   result: (s) => s.n
 * }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Accumulator<S, R> {
  readonly empty: () => S
  readonly add: (state: S, event: Event) => S
  readonly merge: (a: S, b: S) => S
  readonly result: (state: S) => R
}

/**
 * The state type of an accumulator.
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * type S = Kpi.StateOf<typeof Kpi.homeVisits> // { count: number }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type StateOf<A> = A extends Accumulator<infer S, infer _R> ? S : never

/**
 * The result type of an accumulator.
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * type R = Kpi.ResultOf<typeof Kpi.homeVisits> // number
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type ResultOf<A> = A extends Accumulator<infer _S, infer R> ? R : never

/**
 * Counts by key (centre, site, month, clinician, profession…), keys in sorted order.
 *
 * @example
 * ```ts
 * import type { Kpi } from "@gip-sante/core"
 *
 * const counts: Kpi.Counts = { lodeve: 12, verdun: 3 }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export type Counts = Readonly<Record<string, number>>

// -----------------------------------------------------------------------------
// folding
// -----------------------------------------------------------------------------

/**
 * Folds events into a fresh state and reads the result, with a plain loop (no allocation per
 * event beyond what the accumulator needs).
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * Kpi.fold(Kpi.homeVisits, []) // 0
 * ```
 *
 * @since 0.1.0
 * @category folding
 */
export const fold = <S, R>(accumulator: Accumulator<S, R>, events: ReadonlyArray<Event>): R => {
  const add = accumulator.add
  let state = accumulator.empty()
  for (let i = 0; i < events.length; i++) state = add(state, events[i] as Event)
  return accumulator.result(state)
}

/**
 * Folds each chunk separately and merges the states, as workers or a map-reduce engine would:
 * the result is the same as `fold` over the concatenated chunks.
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * Kpi.foldChunks(Kpi.homeVisits, [[], []]) // 0
 * ```
 *
 * @since 0.1.0
 * @category folding
 */
export const foldChunks = <S, R>(
  accumulator: Accumulator<S, R>,
  chunks: ReadonlyArray<ReadonlyArray<Event>>
): R => {
  const add = accumulator.add
  let total = accumulator.empty()
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c] as ReadonlyArray<Event>
    let state = accumulator.empty()
    for (let i = 0; i < chunk.length; i++) state = add(state, chunk[i] as Event)
    total = accumulator.merge(total, state)
  }
  return accumulator.result(total)
}

// -----------------------------------------------------------------------------
// internal helpers
// -----------------------------------------------------------------------------

const increment = (map: Map<string, number>, key: string, by: number): void => {
  map.set(key, (map.get(key) ?? 0) + by)
}

const mergeCounts = (a: Map<string, number>, b: Map<string, number>): Map<string, number> => {
  const out = new Map(a)
  for (const [key, n] of b) increment(out, key, n)
  return out
}

const sortedKeys = (map: ReadonlyMap<string, unknown>): Array<string> =>
  Array.from(map.keys()).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))

// Sets `key` as an own property, "__proto__" too: an assignment would set the object's prototype
// instead, and a centre or clinician with that id would vanish from the result and its JSON.
const setOwn = <V>(out: Record<string, V>, key: string, value: V): void => {
  if (key === "__proto__")
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
  else out[key] = value
}

const toCounts = (map: ReadonlyMap<string, number>): Counts => {
  const out: Record<string, number> = {}
  for (const key of sortedKeys(map)) setOwn(out, key, map.get(key) ?? 0)
  return out
}

// A share with an empty denominator is 0 rather than NaN, so results stay serialisable JSON.
const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole)

const consultationCounter = (key: (c: Extract<Event, { type: "consultation" }>) => string) => {
  const accumulator: Accumulator<Map<string, number>, Counts> = {
    empty: () => new Map(),
    add: (state, event) => {
      if (event.type === "consultation") increment(state, key(event), 1)
      return state
    },
    merge: mergeCounts,
    result: toCounts
  }
  return accumulator
}

// -----------------------------------------------------------------------------
// consultations
// -----------------------------------------------------------------------------

/**
 * Consultations by centre.
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * Kpi.fold(Kpi.consultationsByCentre, []) // {}
 * ```
 *
 * @since 0.1.0
 * @category consultations
 */
export const consultationsByCentre: Accumulator<Map<string, number>, Counts> = consultationCounter(
  (c) => c.centreId
)

/**
 * Consultations by consultation site (a centre or one of its satellite sites).
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * Kpi.fold(Kpi.consultationsBySite, []) // {}
 * ```
 *
 * @since 0.1.0
 * @category consultations
 */
export const consultationsBySite: Accumulator<Map<string, number>, Counts> = consultationCounter(
  (c) => c.siteId
)

/**
 * Consultations by clinician.
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * Kpi.fold(Kpi.consultationsByClinician, []) // {}
 * ```
 *
 * @since 0.1.0
 * @category consultations
 */
export const consultationsByClinician: Accumulator<Map<string, number>, Counts> = consultationCounter(
  (c) => c.clinicianId
)

/**
 * Consultations by month (`"YYYY-MM"`, the first seven characters of the date). The state counts
 * by day, which needs no string allocation per event; days are rolled up into months on `result`.
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * Kpi.fold(Kpi.consultationsByMonth, []) // {}
 * ```
 *
 * @since 0.1.0
 * @category consultations
 */
export const consultationsByMonth: Accumulator<Map<string, number>, Counts> = {
  ...consultationCounter((c) => c.date),
  result: (byDay) => {
    const byMonth = new Map<string, number>()
    for (const [day, n] of byDay) increment(byMonth, day.slice(0, 7), n)
    return toCounts(byMonth)
  }
}

/**
 * A clinician's consulting time: consultations, minutes spent in them, and consultations per
 * consulting hour (hours from `durationMinutes`, not contract hours; 0 without minutes).
 *
 * @example
 * ```ts
 * import type { Kpi } from "@gip-sante/core"
 *
 * const t: Kpi.ConsultingTime = { consultations: 3, consultingMinutes: 60, consultationsPerHour: 3 }
 * ```
 *
 * @since 0.1.0
 * @category consultations
 */
export interface ConsultingTime {
  readonly consultations: number
  readonly consultingMinutes: number
  readonly consultationsPerHour: number
}

/**
 * Consulting minutes and consultations per hour, by clinician.
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * Kpi.fold(Kpi.consultingTimeByClinician, []) // {}
 * ```
 *
 * @since 0.1.0
 * @category consultations
 */
export const consultingTimeByClinician: Accumulator<
  Map<string, { consultations: number; minutes: number }>,
  Readonly<Record<string, ConsultingTime>>
> = {
  empty: () => new Map(),
  add: (state, event) => {
    if (event.type === "consultation") {
      const entry = state.get(event.clinicianId)
      if (entry === undefined)
        state.set(event.clinicianId, { consultations: 1, minutes: event.durationMinutes })
      else {
        entry.consultations++
        entry.minutes += event.durationMinutes
      }
    }
    return state
  },
  merge: (a, b) => {
    const out = new Map<string, { consultations: number; minutes: number }>()
    for (const [id, e] of a) out.set(id, { consultations: e.consultations, minutes: e.minutes })
    for (const [id, e] of b) {
      const entry = out.get(id)
      if (entry === undefined) out.set(id, { consultations: e.consultations, minutes: e.minutes })
      else {
        entry.consultations += e.consultations
        entry.minutes += e.minutes
      }
    }
    return out
  },
  result: (state) => {
    const out: Record<string, ConsultingTime> = {}
    for (const id of sortedKeys(state)) {
      const e = state.get(id) ?? { consultations: 0, minutes: 0 }
      setOwn(out, id, {
        consultations: e.consultations,
        consultingMinutes: e.minutes,
        consultationsPerHour: share(e.consultations * 60, e.minutes)
      })
    }
    return out
  }
}

/**
 * Consultations of patients aged 65 or more: a share of **consultations**, not of patients
 * (see {@link patients} for the share of unique patients).
 *
 * @example
 * ```ts
 * import type { Kpi } from "@gip-sante/core"
 *
 * const s: Kpi.ConsultationsAged65Plus = { consultations: 4, consultationsAged65Plus: 3, consultationShare65Plus: 0.75 }
 * ```
 *
 * @since 0.1.0
 * @category consultations
 */
export interface ConsultationsAged65Plus {
  readonly consultations: number
  readonly consultationsAged65Plus: number
  readonly consultationShare65Plus: number
}

/**
 * The share of consultations given to patients aged 65 or more.
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * Kpi.fold(Kpi.consultationsAged65Plus, []).consultationShare65Plus // 0
 * ```
 *
 * @since 0.1.0
 * @category consultations
 */
export const consultationsAged65Plus: Accumulator<
  { total: number; senior: number },
  ConsultationsAged65Plus
> = {
  empty: () => ({ total: 0, senior: 0 }),
  add: (state, event) => {
    if (event.type === "consultation") {
      state.total++
      if (event.ageBand === "65-79" || event.ageBand === "80+") state.senior++
    }
    return state
  },
  merge: (a, b) => ({ total: a.total + b.total, senior: a.senior + b.senior }),
  result: (s) => ({
    consultations: s.total,
    consultationsAged65Plus: s.senior,
    consultationShare65Plus: share(s.senior, s.total)
  })
}

/**
 * Unscheduled care (soins non programmés) among consultations.
 *
 * @example
 * ```ts
 * import type { Kpi } from "@gip-sante/core"
 *
 * const u: Kpi.UnscheduledCare = { consultations: 10, unscheduled: 2, unscheduledShare: 0.2 }
 * ```
 *
 * @since 0.1.0
 * @category consultations
 */
export interface UnscheduledCare {
  readonly consultations: number
  readonly unscheduled: number
  readonly unscheduledShare: number
}

/**
 * The share of consultations that were unscheduled care.
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * Kpi.fold(Kpi.unscheduledCare, []).unscheduledShare // 0
 * ```
 *
 * @since 0.1.0
 * @category consultations
 */
export const unscheduledCare: Accumulator<{ total: number; unscheduled: number }, UnscheduledCare> = {
  empty: () => ({ total: 0, unscheduled: 0 }),
  add: (state, event) => {
    if (event.type === "consultation") {
      state.total++
      if (event.scheduling === "unscheduled") state.unscheduled++
    }
    return state
  },
  merge: (a, b) => ({ total: a.total + b.total, unscheduled: a.unscheduled + b.unscheduled }),
  result: (s) => ({
    consultations: s.total,
    unscheduled: s.unscheduled,
    unscheduledShare: share(s.unscheduled, s.total)
  })
}

// -----------------------------------------------------------------------------
// patients
// -----------------------------------------------------------------------------

/**
 * Unique patients seen in consultation, counted exactly (a set of pseudonymous ids: memory grows
 * with the number of patients; see {@link uniquePatientsApproximate} for constant memory).
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * Kpi.fold(Kpi.uniquePatients, []) // 0
 * ```
 *
 * @since 0.1.0
 * @category patients
 */
export const uniquePatients: Accumulator<Set<string>, number> = {
  empty: () => new Set(),
  add: (state, event) => {
    if (event.type === "consultation") state.add(event.patientId)
    return state
  },
  merge: (a, b) => {
    const out = new Set(a)
    for (const id of b) out.add(id)
    return out
  },
  result: (s) => s.size
}

/**
 * Unique patients seen in consultation, estimated with a HyperLogLog sketch of `2^precision`
 * one-byte registers (precision 4 to 18, 14 by default: 16 KiB). The estimate has a relative
 * standard error of `1.04 / √m` with `m = 2^precision` (0.81 % at 14), the small-range
 * correction for low counts, and is sound up to about 10^8 patients. Merging sketches is exact:
 * the merge of two sketches is the sketch of the union.
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * Kpi.fold(Kpi.uniquePatientsApproximate(), []) // 0
 * ```
 *
 * @since 0.1.0
 * @category patients
 */
export const uniquePatientsApproximate = (
  precision: number = Hll.defaultPrecision
): Accumulator<Uint8Array, number> => {
  Hll.make(precision) // checks the precision once, up front
  return {
    empty: () => Hll.make(precision),
    add: (state, event) => (event.type === "consultation" ? Hll.add(state, event.patientId) : state),
    merge: Hll.merge,
    result: Hll.estimate
  }
}

/**
 * The relative standard error of {@link uniquePatientsApproximate} at a precision: `1.04 / √m`,
 * `m = 2^precision`.
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * Kpi.hyperLogLogStandardError(14) // 0.008125
 * ```
 *
 * @since 0.1.0
 * @category patients
 */
export const hyperLogLogStandardError = (precision: number = Hll.defaultPrecision): number =>
  Hll.relativeStandardError(precision)

/**
 * Unique patients and the share of them aged 65 or more: a share of **people**, not of
 * consultations (see {@link consultationsAged65Plus}). A patient counts as 65+ if any of their
 * consultations was in a 65+ band, so the result does not depend on the order of events.
 * `exact` tells whether the counts are exact or HyperLogLog estimates.
 *
 * @example
 * ```ts
 * import type { Kpi } from "@gip-sante/core"
 *
 * const p: Kpi.Patients = { uniquePatients: 2, patientsAged65Plus: 1, patientShare65Plus: 0.5, exact: true }
 * ```
 *
 * @since 0.1.0
 * @category patients
 */
export interface Patients {
  readonly uniquePatients: number
  readonly patientsAged65Plus: number
  readonly patientShare65Plus: number
  readonly exact: boolean
}

/**
 * The state of {@link patients}: every patient id with whether they were seen at 65+, or two
 * HyperLogLog sketches (all patients, patients seen at 65+).
 *
 * @example
 * ```ts
 * import type { Kpi } from "@gip-sante/core"
 *
 * const isExact = (s: Kpi.PatientsState) => s.mode === "exact"
 * ```
 *
 * @since 0.1.0
 * @category patients
 */
export type PatientsState =
  | { readonly mode: "exact"; readonly senior: Map<string, boolean> }
  | { readonly mode: "approximate"; all: Uint8Array; senior: Uint8Array }

/**
 * How patients are counted: `"exact"` (memory grows with patients) or `"approximate"`
 * (HyperLogLog, constant memory, with its precision).
 *
 * @example
 * ```ts
 * import type { Kpi } from "@gip-sante/core"
 *
 * const mode: Kpi.PatientCounting = { mode: "approximate", precision: 14 }
 * ```
 *
 * @since 0.1.0
 * @category patients
 */
export type PatientCounting =
  | { readonly mode: "exact" }
  | { readonly mode: "approximate"; readonly precision?: number }

const isSenior = (ageBand: AgeBand): boolean => ageBand === "65-79" || ageBand === "80+"

// A patient seen in consultation, seen at 65+ or not: one lookup, and a write only for a new
// patient or one now seen at 65+.
const addExact = (state: PatientsState, id: string, senior: boolean): void => {
  if (state.mode !== "exact") return
  const seen = state.senior.get(id)
  if (seen === undefined) state.senior.set(id, senior)
  else if (senior && !seen) state.senior.set(id, true)
}

// The same in sketches: the id hashed once for both.
const addApproximate = (state: PatientsState, id: string, senior: boolean): void => {
  if (state.mode !== "approximate") return
  const h = Hll.hash32(id)
  Hll.addHash(state.all, h)
  if (senior) Hll.addHash(state.senior, h)
}

// The patients KPI from two sketches: all patients, patients seen at 65+.
const approximatePatients = (all: Uint8Array, seniors: Uint8Array): Patients => {
  const unique = Math.round(Hll.estimate(all))
  // The two estimates err independently; a share above 1 would be nonsense.
  const senior = Math.min(unique, Math.round(Hll.estimate(seniors)))
  return {
    uniquePatients: unique,
    patientsAged65Plus: senior,
    patientShare65Plus: share(senior, unique),
    exact: false
  }
}

/**
 * Unique patients seen in consultation and the share of them aged 65 or more, exact or
 * approximate (in approximate mode the 65+ count is a second sketch, so the share carries the
 * error of both estimates).
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * Kpi.fold(Kpi.patients(), []) // { uniquePatients: 0, patientsAged65Plus: 0, patientShare65Plus: 0, exact: true }
 * ```
 *
 * @since 0.1.0
 * @category patients
 */
export const patients = (
  counting: PatientCounting = { mode: "exact" }
): Accumulator<PatientsState, Patients> => {
  if (counting.mode === "exact") {
    return {
      empty: () => ({ mode: "exact", senior: new Map() }),
      add: (state, event) => {
        if (event.type === "consultation") addExact(state, event.patientId, isSenior(event.ageBand))
        return state
      },
      merge: (a, b) => {
        const out = new Map(a.mode === "exact" ? a.senior : undefined)
        if (b.mode === "exact")
          for (const [id, senior] of b.senior) if (senior || !out.has(id)) out.set(id, senior)
        return { mode: "exact", senior: out }
      },
      result: (state) => {
        let unique = 0
        let senior = 0
        if (state.mode === "exact") {
          unique = state.senior.size
          for (const s of state.senior.values()) if (s) senior++
        }
        return {
          uniquePatients: unique,
          patientsAged65Plus: senior,
          patientShare65Plus: share(senior, unique),
          exact: true
        }
      }
    }
  }
  const precision = counting.precision ?? Hll.defaultPrecision
  Hll.make(precision)
  const empty = () => ({
    mode: "approximate" as const,
    all: Hll.make(precision),
    senior: Hll.make(precision)
  })
  return {
    empty,
    add: (state, event) => {
      if (event.type === "consultation") addApproximate(state, event.patientId, isSenior(event.ageBand))
      return state
    },
    merge: (a, b) =>
      a.mode === "approximate" && b.mode === "approximate"
        ? { mode: "approximate", all: Hll.merge(a.all, b.all), senior: Hll.merge(a.senior, b.senior) }
        : empty(),
    result: (state) => {
      if (state.mode !== "approximate") {
        return { uniquePatients: 0, patientsAged65Plus: 0, patientShare65Plus: 0, exact: false }
      }
      return approximatePatients(state.all, state.senior)
    }
  }
}

/**
 * Regular-doctor (médecin traitant) KPIs: patients whose declared regular doctor is in the
 * programme at the end of the events (declared minus ended), and patients who regained one,
 * i.e. declared a programme doctor saying they had no regular doctor before (cumulative: they
 * count even if the declaration ended later).
 *
 * @example
 * ```ts
 * import type { Kpi } from "@gip-sante/core"
 *
 * const r: Kpi.RegularDoctor = { regularDoctorPatients: 989, regainedRegularDoctor: 400 }
 * ```
 *
 * @since 0.1.0
 * @category patients
 */
export interface RegularDoctor {
  readonly regularDoctorPatients: number
  readonly regainedRegularDoctor: number
}

/**
 * What the regular-doctor KPI keeps per patient: the date and rank of the latest declaration
 * event (rank 0 declared, 1 ended, so an end on the day of a declaration wins) and whether any
 * declaration said the patient had no regular doctor.
 *
 * @example
 * ```ts
 * import type { Kpi } from "@gip-sante/core"
 *
 * const active = (p: Kpi.RegularDoctorPatient) => p.latestRank === 0
 * ```
 *
 * @since 0.1.0
 * @category patients
 */
export interface RegularDoctorPatient {
  latestDate: string
  latestRank: 0 | 1
  regained: boolean
}

const laterThan = (date: string, rank: number, than: RegularDoctorPatient): boolean =>
  date > than.latestDate || (date === than.latestDate && rank > than.latestRank)

/**
 * Patients with a regular doctor in the programme, and those who regained one. A patient's
 * latest event wins, "latest" meaning the greatest (date, type rank) with an end ranked after a
 * declaration, so the result does not depend on the order of events (same-day events of the
 * same type have the same effect).
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * Kpi.fold(Kpi.regularDoctor, []) // { regularDoctorPatients: 0, regainedRegularDoctor: 0 }
 * ```
 *
 * @since 0.1.0
 * @category patients
 */
export const regularDoctor: Accumulator<Map<string, RegularDoctorPatient>, RegularDoctor> = {
  empty: () => new Map(),
  add: (state, event) => {
    if (event.type !== "regularDoctorDeclared" && event.type !== "regularDoctorEnded") return state
    const rank = event.type === "regularDoctorDeclared" ? 0 : 1
    const regained = event.type === "regularDoctorDeclared" && !event.hadRegularDoctor
    const entry = state.get(event.patientId)
    if (entry === undefined)
      state.set(event.patientId, { latestDate: event.date, latestRank: rank, regained })
    else {
      if (laterThan(event.date, rank, entry)) {
        entry.latestDate = event.date
        entry.latestRank = rank
      }
      if (regained) entry.regained = true
    }
    return state
  },
  merge: (a, b) => {
    const out = new Map<string, RegularDoctorPatient>()
    for (const [id, p] of a) out.set(id, { ...p })
    for (const [id, p] of b) {
      const entry = out.get(id)
      if (entry === undefined) out.set(id, { ...p })
      else {
        if (laterThan(p.latestDate, p.latestRank, entry)) {
          entry.latestDate = p.latestDate
          entry.latestRank = p.latestRank
        }
        if (p.regained) entry.regained = true
      }
    }
    return out
  },
  result: (state) => {
    let active = 0
    let regained = 0
    for (const p of state.values()) {
      if (p.latestRank === 0) active++
      if (p.regained) regained++
    }
    return { regularDoctorPatients: active, regainedRegularDoctor: regained }
  }
}

// -----------------------------------------------------------------------------
// obligations
// -----------------------------------------------------------------------------

/**
 * Home visits made.
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * Kpi.fold(Kpi.homeVisits, []) // 0
 * ```
 *
 * @since 0.1.0
 * @category obligations
 */
export const homeVisits: Accumulator<{ count: number }, number> = {
  empty: () => ({ count: 0 }),
  add: (state, event) => {
    if (event.type === "homeVisit") state.count++
    return state
  },
  merge: (a, b) => ({ count: a.count + b.count }),
  result: (s) => s.count
}

/**
 * Appointment slots offered, booked and left unused, and the empty-slot rate (unused / offered,
 * 0 when none was offered), the signal of the recruitment rule.
 *
 * @example
 * ```ts
 * import type { Kpi } from "@gip-sante/core"
 *
 * const s: Kpi.Slots = { offered: 10, booked: 9, unused: 1, emptySlotRate: 0.1 }
 * ```
 *
 * @since 0.1.0
 * @category obligations
 */
export interface Slots {
  readonly offered: number
  readonly booked: number
  readonly unused: number
  readonly emptySlotRate: number
}

/**
 * Slots offered and unused, and the empty-slot rate.
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * Kpi.fold(Kpi.slots, []) // { offered: 0, booked: 0, unused: 0, emptySlotRate: 0 }
 * ```
 *
 * @since 0.1.0
 * @category obligations
 */
export const slots: Accumulator<{ offered: number; unused: number }, Slots> = {
  empty: () => ({ offered: 0, unused: 0 }),
  add: (state, event) => {
    if (event.type === "slot") {
      state.offered++
      if (event.status === "unused") state.unused++
    }
    return state
  },
  merge: (a, b) => ({ offered: a.offered + b.offered, unused: a.unused + b.unused }),
  result: (s) => ({
    offered: s.offered,
    booked: s.offered - s.unused,
    unused: s.unused,
    emptySlotRate: share(s.unused, s.offered)
  })
}

/**
 * Out-of-hours (PDSA) shifts covered, in all and by kind of slot.
 *
 * @example
 * ```ts
 * import type { Kpi } from "@gip-sante/core"
 *
 * const p: Kpi.PdsaShifts = { shifts: 2, byKind: { sundayOrHoliday: 2 } }
 * ```
 *
 * @since 0.1.0
 * @category obligations
 */
export interface PdsaShifts {
  readonly shifts: number
  readonly byKind: Counts
}

/**
 * PDSA shifts covered.
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * Kpi.fold(Kpi.pdsaShifts, []) // { shifts: 0, byKind: {} }
 * ```
 *
 * @since 0.1.0
 * @category obligations
 */
export const pdsaShifts: Accumulator<Map<string, number>, PdsaShifts> = {
  empty: () => new Map(),
  add: (state, event) => {
    if (event.type === "pdsaShift") increment(state, event.kind, 1)
    return state
  },
  merge: mergeCounts,
  result: (state) => {
    let shifts = 0
    for (const n of state.values()) shifts += n
    return { shifts, byKind: toCounts(state) }
  }
}

// -----------------------------------------------------------------------------
// staff
// -----------------------------------------------------------------------------

/**
 * Staff at the end of the events: headcount and full-time equivalents (weekly hours over the
 * full-time weekly hours), in all and by profession, and departures by reason (`"unknown"` when
 * none was given).
 *
 * @example
 * ```ts
 * import type { Kpi } from "@gip-sante/core"
 *
 * const s: Kpi.Staff = {
 *   headcount: 2,
 *   headcountByProfession: { gp: 1, midwife: 1 },
 *   fte: 1.9,
 *   fteByProfession: { gp: 0.9, midwife: 1 },
 *   departures: 1,
 *   departuresByReason: { selfEmployed: 1 }
 * }
 * ```
 *
 * @since 0.1.0
 * @category staff
 */
export interface Staff {
  readonly headcount: number
  readonly headcountByProfession: Counts
  readonly fte: number
  readonly fteByProfession: Counts
  readonly departures: number
  readonly departuresByReason: Counts
}

/**
 * What the staff KPI keeps per staff member: their latest movement (rank 0 hired, 1 left, so a
 * departure on the day of a hire wins), with the profession and weekly hours of a hire (empty
 * and 0 for a departure, which says neither). Movements are never mutated, so states can share them.
 *
 * @example
 * ```ts
 * import type { Kpi } from "@gip-sante/core"
 *
 * const inPost = (m: Kpi.StaffMovement) => m.rank === 0
 * ```
 *
 * @since 0.1.0
 * @category staff
 */
export interface StaffMovement {
  readonly date: string
  readonly rank: 0 | 1
  readonly profession: string
  readonly weeklyHours: number
}

// Total order on movements, so that same-day hires with different terms still merge the same way
// whatever the order: date, then rank, then profession, then weekly hours.
const movementAfter = (m: StaffMovement, than: StaffMovement): boolean =>
  m.date !== than.date
    ? m.date > than.date
    : m.rank !== than.rank
      ? m.rank > than.rank
      : m.profession !== than.profession
        ? m.profession > than.profession
        : m.weeklyHours > than.weeklyHours

/**
 * The state of {@link staff}: latest movement by staff id, and departures by reason.
 *
 * @example
 * ```ts
 * import type { Kpi } from "@gip-sante/core"
 *
 * const people = (s: Kpi.StaffState) => s.latest.size
 * ```
 *
 * @since 0.1.0
 * @category staff
 */
export interface StaffState {
  readonly latest: Map<string, StaffMovement>
  readonly departuresByReason: Map<string, number>
}

/**
 * Staff headcount and FTE by profession at the end of the events (hires minus departures: by
 * staff id, the latest movement wins, so the order of events does not matter), and departures by
 * reason. `fullTimeWeeklyHours` (e.g. the policy's `contract.fullTimeWeeklyHours`) must be
 * positive.
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * Kpi.fold(Kpi.staff(35), []).headcount // 0
 * ```
 *
 * @since 0.1.0
 * @category staff
 */
export const staff = (fullTimeWeeklyHours: number): Accumulator<StaffState, Staff> => {
  if (!(fullTimeWeeklyHours > 0) || !Number.isFinite(fullTimeWeeklyHours)) {
    throw new RangeError(`fullTimeWeeklyHours must be a positive number, got ${fullTimeWeeklyHours}`)
  }
  const keep = (latest: Map<string, StaffMovement>, staffId: string, m: StaffMovement): void => {
    const current = latest.get(staffId)
    if (current === undefined) latest.set(staffId, m)
    else if (movementAfter(m, current)) latest.set(staffId, m)
  }
  return {
    empty: () => ({ latest: new Map(), departuresByReason: new Map() }),
    add: (state, event) => {
      if (event.type === "staffHired") {
        keep(state.latest, event.staffId, {
          date: event.date,
          rank: 0,
          profession: event.profession,
          weeklyHours: event.weeklyHours
        })
      } else if (event.type === "staffLeft") {
        keep(state.latest, event.staffId, { date: event.date, rank: 1, profession: "", weeklyHours: 0 })
        increment(state.departuresByReason, event.reason ?? "unknown", 1)
      }
      return state
    },
    merge: (a, b) => {
      const latest = new Map<string, StaffMovement>()
      for (const [id, m] of a.latest) latest.set(id, m)
      for (const [id, m] of b.latest) keep(latest, id, m)
      return { latest, departuresByReason: mergeCounts(a.departuresByReason, b.departuresByReason) }
    },
    result: (state) => {
      const headcount = new Map<string, number>()
      const hours = new Map<string, number>()
      let total = 0
      let totalHours = 0
      // Sum in sorted order: floating-point sums then do not depend on how states were merged.
      for (const id of sortedKeys(state.latest)) {
        const m = state.latest.get(id)
        if (m === undefined || m.rank !== 0) continue
        increment(headcount, m.profession, 1)
        increment(hours, m.profession, m.weeklyHours)
        total++
        totalHours += m.weeklyHours
      }
      const fteByProfession = new Map<string, number>()
      for (const [profession, h] of hours) fteByProfession.set(profession, h / fullTimeWeeklyHours)
      let departures = 0
      for (const n of state.departuresByReason.values()) departures += n
      return {
        headcount: total,
        headcountByProfession: toCounts(headcount),
        fte: totalHours / fullTimeWeeklyHours,
        fteByProfession: toCounts(fteByProfession),
        departures,
        departuresByReason: toCounts(state.departuresByReason)
      }
    }
  }
}

// -----------------------------------------------------------------------------
// programme
// -----------------------------------------------------------------------------

/**
 * Options of {@link programmeKpis}: the full-time weekly hours for FTEs, and how to count
 * unique patients (exact by default).
 *
 * @example
 * ```ts
 * import type { Kpi } from "@gip-sante/core"
 *
 * const options: Kpi.ProgrammeOptions = { fullTimeWeeklyHours: 35, patients: { mode: "approximate" } }
 * ```
 *
 * @since 0.1.0
 * @category programme
 */
export interface ProgrammeOptions {
  readonly fullTimeWeeklyHours: number
  readonly patients?: PatientCounting
}

/**
 * Every programme KPI, consultations, patients and regular-doctor patients kept apart.
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * const summary = (k: Kpi.ProgrammeKpis) => `${k.consultations.total} consultations, ${k.patients.uniquePatients} patients`
 * ```
 *
 * @since 0.1.0
 * @category programme
 */
export interface ProgrammeKpis {
  readonly consultations: {
    readonly total: number
    readonly byCentre: Counts
    readonly bySite: Counts
    readonly byMonth: Counts
    readonly byClinician: Counts
    readonly consultingTimeByClinician: Readonly<Record<string, ConsultingTime>>
    readonly aged65Plus: ConsultationsAged65Plus
    readonly unscheduledCare: UnscheduledCare
  }
  readonly patients: Patients
  readonly regularDoctor: RegularDoctor
  readonly homeVisits: number
  readonly slots: Slots
  readonly pdsaShifts: PdsaShifts
  readonly staff: Staff
}

/**
 * The state of {@link programmeKpis}, laid out for one pass at speed. Read KPIs with `result`:
 * the layout may change between versions.
 *
 * - The consultation KPIs share their counters: one total (for the total and the 65+ and
 *   unscheduled shares), one tally per clinician (for consultations by clinician and consulting
 *   time), counts by centre, site and month in arrays indexed through a `Map` of keys, months as
 *   numbers (`year * 100 + month`, read from the date's characters, so that no string is made per
 *   event). Each clinician's tally remembers the centre and site of their last consultation with
 *   their indices, so that a clinician seen again at the same place needs no lookup by centre or
 *   site.
 * - Clinician and patient ids are numbered by an index of strings (`keys` the ids by number;
 *   `slots` an open-addressing hash table over them), which finds freshly decoded
 *   ids faster than a `Map`; what is kept per id is in an array at the id's number.
 * - `patientFlags` holds one number per patient, so that a consultation costs one lookup and a
 *   regular-doctor event finds the patient already there: bit 0 seen in consultation (exact
 *   mode only), bit 1 seen in consultation at 65+ (exact mode only), bit 2 regained a regular
 *   doctor, and above (`value >> 3`) the latest regular-doctor event, 0 for none, else
 *   `2 × day + rank + 1` with `day = (year × 13 + month) × 32 + day of month` (so that numbers
 *   compare as the dates do) and rank 0 declared, 1 ended. Regular-doctor events with dates that
 *   do not read `"YYYY-MM-DD"` (none for valid events) are kept apart in `otherRegularDoctor`.
 * - In approximate mode `sketch` and `seniorSketch` are the HyperLogLog registers of patients
 *   seen in consultation and of those seen at 65+ (empty in exact mode).
 *
 * Only `Map`s, arrays, typed arrays, strings, numbers and plain objects: a state can be posted to
 * a worker (structured clone) and merged there; indices are positions in the state's own
 * arrays, so they stay valid through a clone.
 *
 * @example
 * ```ts
 * import type { Kpi } from "@gip-sante/core"
 *
 * const consultations = (s: Kpi.ProgrammeState) => s.consultations
 * const centres = (s: Kpi.ProgrammeState) => s.centres.size
 * ```
 *
 * @since 0.1.0
 * @category programme
 */
export interface ProgrammeState {
  /** Consultations in all. */
  consultations: number
  /** Consultations of patients aged 65 or more. */
  aged65Plus: number
  /** Unscheduled consultations. */
  unscheduled: number
  /** Centre id → index of its count in `centreCounts`. */
  readonly centres: Map<string, number>
  readonly centreCounts: Array<number>
  /** Site id → index of its count in `siteCounts`. */
  readonly sites: Map<string, number>
  readonly siteCounts: Array<number>
  /** Month as `year * 100 + month` → index of its count in `monthCounts`. */
  readonly months: Map<number, number>
  readonly monthCounts: Array<number>
  /** The month of the last consultation and its index in `monthCounts` (-1 and -1 for none). */
  lastMonth: number
  lastMonthIndex: number
  /** Consultations by the first seven characters of dates not of the form `"YYYY-MM…"` (none for valid events). */
  readonly otherMonths: Map<string, number>
  /** Clinician ids, numbered (see above). */
  readonly clinicians: { readonly keys: Array<string>; slots: Int32Array }
  /**
   * By clinician number: consultations, consulting minutes, and the centre and site of the
   * clinician's last consultation with their indices in `centreCounts` and `siteCounts`.
   */
  readonly clinicianTallies: Array<{
    consultations: number
    minutes: number
    centreId: string
    centre: number
    siteId: string
    site: number
  }>
  /** Patient ids, numbered (see above). */
  readonly patients: { readonly keys: Array<string>; slots: Int32Array }
  /** By patient number: consultation flags and latest regular-doctor event, packed (see above). */
  readonly patientFlags: Array<number>
  /** Regular-doctor events dated otherwise than `"YYYY-MM-DD"`, as {@link regularDoctor} keeps them. */
  readonly otherRegularDoctor: Map<string, RegularDoctorPatient>
  /** HyperLogLog registers of patients seen in consultation, and at 65+ (approximate mode). */
  readonly sketch: Uint8Array
  readonly seniorSketch: Uint8Array
  homeVisits: number
  slots: StateOf<typeof slots>
  pdsaShifts: StateOf<typeof pdsaShifts>
  staff: StaffState
}

type ClinicianTally = ProgrammeState["clinicianTallies"][number]

// The index of `key`'s count in `counts`, appending a zero count for a new key.
const countIndex = <K>(index: Map<K, number>, counts: Array<number>, key: K): number => {
  let i = index.get(key)
  if (i === undefined) {
    i = counts.length
    counts.push(0)
    index.set(key, i)
  }
  return i
}

// The decimal digit at `i`, or -1.
const digitAt = (text: string, i: number): number => {
  const d = text.charCodeAt(i) - 48
  return d >= 0 && d <= 9 ? d : -1
}

// `year * 100 + month` from a date's first seven characters, or -1 unless they read "YYYY-MM".
const monthNumber = (date: string): number => {
  if (date.charCodeAt(4) !== 45) return -1
  const y0 = digitAt(date, 0)
  const y1 = digitAt(date, 1)
  const y2 = digitAt(date, 2)
  const y3 = digitAt(date, 3)
  const m0 = digitAt(date, 5)
  const m1 = digitAt(date, 6)
  if ((y0 | y1 | y2 | y3 | m0 | m1) < 0) return -1
  return (((y0 * 10 + y1) * 10 + y2) * 10 + y3) * 100 + m0 * 10 + m1
}

// The `"YYYY-MM"` text of a month number, the inverse of `monthNumber`.
const monthText = (month: number): string =>
  `${String(Math.floor(month / 100)).padStart(4, "0")}-${String(month % 100).padStart(2, "0")}`

// `(year * 13 + month) * 32 + day` of a date reading exactly "YYYY-MM-DD" with a month up to 12
// and a day up to 31, or -1: these numbers compare as the date strings do.
const dayCode = (date: string): number => {
  if (date.length !== 10 || date.charCodeAt(7) !== 45) return -1
  const yearMonth = monthNumber(date)
  const d0 = digitAt(date, 8)
  const d1 = digitAt(date, 9)
  if (yearMonth < 0 || (d0 | d1) < 0) return -1
  const month = yearMonth % 100
  const day = d0 * 10 + d1
  return month > 12 || day > 31 ? -1 : (((yearMonth - month) / 100) * 13 + month) * 32 + day
}

// The date of a day code, the inverse of `dayCode`.
const dayText = (code: number): string => {
  const day = code % 32
  const month = Math.floor(code / 32) % 13
  const year = Math.floor(code / 416)
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`
}

// Bits of a packed patient (see `ProgrammeState`).
const consulted = 1
const consultedAt65Plus = 2
const regained = 4

// A packed patient with a regular-doctor event (latest key `2 × day + rank + 1`) folded in.
const withDeclaration = (packed: number, key: number, regainedBit: number): number =>
  (key > packed >> 3 ? key << 3 : packed & ~7) | (packed & 7) | regainedBit

// Packed patients (ids and flags by number) as the regular-doctor KPI keeps them.
const regularDoctorPatients = (
  ids: ReadonlyArray<string>,
  flags: ReadonlyArray<number>
): Map<string, RegularDoctorPatient> => {
  const out = new Map<string, RegularDoctorPatient>()
  for (let i = 0; i < ids.length; i++) {
    const p = flags[i] as number
    const key = p >> 3
    if (key === 0) continue
    out.set(ids[i] as string, {
      latestDate: dayText((key - 1) >> 1),
      latestRank: (key - 1) & 1 ? 1 : 0,
      regained: (p & regained) !== 0
    })
  }
  return out
}

// The regular-doctor KPI of packed patients.
const packedRegularDoctor = (flags: ReadonlyArray<number>): RegularDoctor => {
  let active = 0
  let regainedPatients = 0
  for (const p of flags) {
    const key = p >> 3
    if (key !== 0 && ((key - 1) & 1) === 0) active++
    if (p & regained) regainedPatients++
  }
  return { regularDoctorPatients: active, regainedRegularDoctor: regainedPatients }
}

// Counts of keys indexed into an array, as a `Map` for `toCounts`, adding to `into`.
const indexedCounts = <K>(
  index: ReadonlyMap<K, number>,
  counts: ReadonlyArray<number>,
  keyText: (key: K) => string,
  into: Map<string, number> = new Map()
): Map<string, number> => {
  for (const [key, i] of index) increment(into, keyText(key), counts[i] ?? 0)
  return into
}

// Adds the counts of `fromIndex`/`fromCounts` into `index`/`counts`, in place.
const addIndexedCounts = <K>(
  index: Map<K, number>,
  counts: Array<number>,
  fromIndex: ReadonlyMap<K, number>,
  fromCounts: ReadonlyArray<number>
): void => {
  for (const [key, i] of fromIndex) {
    const j = countIndex(index, counts, key)
    counts[j] = (counts[j] ?? 0) + (fromCounts[i] ?? 0)
  }
}

const emptyClinicianTally = (consultations: number, minutes: number): ClinicianTally => ({
  consultations,
  minutes,
  centreId: "",
  centre: -1,
  siteId: "",
  site: -1
})

const identity = (key: string): string => key

/**
 * All programme KPIs in one pass over the events, each event dispatched on its type. The
 * consultation KPIs are computed together, and unique patients share their table with the
 * regular-doctor KPI (see {@link ProgrammeState}); the result is the same as folding
 * {@link consultationsByCentre}, {@link consultationsBySite}, {@link consultationsByMonth},
 * {@link consultationsByClinician}, {@link consultingTimeByClinician},
 * {@link consultationsAged65Plus}, {@link unscheduledCare}, {@link patients},
 * {@link regularDoctor}, {@link homeVisits}, {@link slots}, {@link pdsaShifts} and
 * {@link staff} separately.
 *
 * @example
 * ```ts
 * import { Kpi } from "@gip-sante/core"
 *
 * const kpis = Kpi.programmeKpis({ fullTimeWeeklyHours: 35 })
 * Kpi.fold(kpis, []).consultations.total // 0
 * ```
 *
 * @since 0.1.0
 * @category programme
 */
export const programmeKpis = (options: ProgrammeOptions): Accumulator<ProgrammeState, ProgrammeKpis> => {
  const counting = options.patients ?? { mode: "exact" }
  const exact = counting.mode === "exact"
  const precision = counting.mode === "approximate" ? (counting.precision ?? Hll.defaultPrecision) : 0
  if (!exact) Hll.make(precision) // checks the precision once, up front
  const sketch = (): Uint8Array => (exact ? new Uint8Array(0) : Hll.make(precision))
  const staffKpi = staff(options.fullTimeWeeklyHours)
  const empty = (): ProgrammeState => ({
    consultations: 0,
    aged65Plus: 0,
    unscheduled: 0,
    centres: new Map(),
    centreCounts: [],
    sites: new Map(),
    siteCounts: [],
    months: new Map(),
    monthCounts: [],
    lastMonth: -1,
    lastMonthIndex: -1,
    otherMonths: new Map(),
    clinicians: StringIndex.make(),
    clinicianTallies: [],
    patients: StringIndex.make(),
    patientFlags: [],
    otherRegularDoctor: new Map(),
    sketch: sketch(),
    seniorSketch: sketch(),
    homeVisits: 0,
    slots: slots.empty(),
    pdsaShifts: pdsaShifts.empty(),
    staff: staffKpi.empty()
  })
  const addConsultation = (s: ProgrammeState, c: Extract<Event, { type: "consultation" }>): void => {
    s.consultations++
    const senior = isSenior(c.ageBand)
    if (senior) s.aged65Plus++
    if (c.scheduling === "unscheduled") s.unscheduled++
    const n = StringIndex.numberOf(s.clinicians, c.clinicianId)
    let clinician = s.clinicianTallies[n]
    if (clinician === undefined) {
      clinician = emptyClinicianTally(0, 0)
      s.clinicianTallies.push(clinician)
    }
    clinician.consultations++
    clinician.minutes += c.durationMinutes
    // The clinician's last centre and site, unless there is none yet (any string, "" too, is an id).
    const centreId = c.centreId
    if (centreId !== clinician.centreId || clinician.centre < 0) {
      clinician.centreId = centreId
      clinician.centre = countIndex(s.centres, s.centreCounts, centreId)
    }
    s.centreCounts[clinician.centre] = (s.centreCounts[clinician.centre] as number) + 1
    const siteId = c.siteId
    if (siteId !== clinician.siteId || clinician.site < 0) {
      clinician.siteId = siteId
      clinician.site = countIndex(s.sites, s.siteCounts, siteId)
    }
    s.siteCounts[clinician.site] = (s.siteCounts[clinician.site] as number) + 1
    const date = c.date
    const month = monthNumber(date)
    if (month < 0) increment(s.otherMonths, date.slice(0, 7), 1)
    else {
      if (month !== s.lastMonth) {
        s.lastMonth = month
        s.lastMonthIndex = countIndex(s.months, s.monthCounts, month)
      }
      s.monthCounts[s.lastMonthIndex] = (s.monthCounts[s.lastMonthIndex] as number) + 1
    }
    if (exact) {
      // One lookup; a write only for a new patient or one now seen at 65+.
      const bits = senior ? consulted | consultedAt65Plus : consulted
      const p = StringIndex.numberOf(s.patients, c.patientId)
      if (p === s.patientFlags.length) s.patientFlags.push(bits)
      else s.patientFlags[p] = (s.patientFlags[p] as number) | bits
    } else {
      const h = Hll.hash32(c.patientId)
      Hll.addHash(s.sketch, h)
      if (senior) Hll.addHash(s.seniorSketch, h)
    }
  }
  const addDeclaration = (
    s: ProgrammeState,
    e: Extract<Event, { type: "regularDoctorDeclared" | "regularDoctorEnded" }>
  ): void => {
    const code = dayCode(e.date)
    if (code < 0) {
      regularDoctor.add(s.otherRegularDoctor, e)
      return
    }
    const declared = e.type === "regularDoctorDeclared"
    const key = code * 2 + (declared ? 0 : 1) + 1
    const regainedBit = declared && !e.hadRegularDoctor ? regained : 0
    const p = StringIndex.numberOf(s.patients, e.patientId)
    if (p === s.patientFlags.length) s.patientFlags.push((key << 3) | regainedBit)
    else s.patientFlags[p] = withDeclaration(s.patientFlags[p] as number, key, regainedBit)
  }
  return {
    empty,
    add: (s, event) => {
      switch (event.type) {
        case "consultation":
          addConsultation(s, event)
          break
        case "homeVisit":
          s.homeVisits++
          break
        case "slot":
          s.slots = slots.add(s.slots, event)
          break
        case "pdsaShift":
          s.pdsaShifts = pdsaShifts.add(s.pdsaShifts, event)
          break
        case "regularDoctorDeclared":
        case "regularDoctorEnded":
          addDeclaration(s, event)
          break
        case "staffHired":
        case "staffLeft":
          s.staff = staffKpi.add(s.staff, event)
          break
        case "centreOpened":
          break
      }
      return s
    },
    merge: (a, b) => {
      const out: ProgrammeState = {
        ...empty(),
        consultations: a.consultations + b.consultations,
        aged65Plus: a.aged65Plus + b.aged65Plus,
        unscheduled: a.unscheduled + b.unscheduled,
        otherRegularDoctor: regularDoctor.merge(a.otherRegularDoctor, b.otherRegularDoctor),
        sketch: exact ? sketch() : Hll.merge(a.sketch, b.sketch),
        seniorSketch: exact ? sketch() : Hll.merge(a.seniorSketch, b.seniorSketch),
        homeVisits: a.homeVisits + b.homeVisits,
        slots: slots.merge(a.slots, b.slots),
        pdsaShifts: pdsaShifts.merge(a.pdsaShifts, b.pdsaShifts),
        staff: staffKpi.merge(a.staff, b.staff)
      }
      for (const s of [a, b]) {
        addIndexedCounts(out.centres, out.centreCounts, s.centres, s.centreCounts)
        addIndexedCounts(out.sites, out.siteCounts, s.sites, s.siteCounts)
        addIndexedCounts(out.months, out.monthCounts, s.months, s.monthCounts)
        for (const [key, n] of s.otherMonths) increment(out.otherMonths, key, n)
        const ids = s.clinicians.keys
        for (let i = 0; i < ids.length; i++) {
          const t = s.clinicianTallies[i] as ClinicianTally
          const n = StringIndex.numberOf(out.clinicians, ids[i] as string)
          const tally = out.clinicianTallies[n]
          if (tally === undefined) out.clinicianTallies.push(emptyClinicianTally(t.consultations, t.minutes))
          else {
            tally.consultations += t.consultations
            tally.minutes += t.minutes
          }
        }
        const patientIds = s.patients.keys
        for (let i = 0; i < patientIds.length; i++) {
          const p = s.patientFlags[i] as number
          const n = StringIndex.numberOf(out.patients, patientIds[i] as string)
          if (n === out.patientFlags.length) out.patientFlags.push(p)
          else {
            const q = out.patientFlags[n] as number
            out.patientFlags[n] = withDeclaration(q | (p & 7), p >> 3, 0)
          }
        }
      }
      return out
    },
    result: (s) => {
      const byClinician = new Map<string, number>()
      const clinicianTimes = new Map<string, ClinicianTally>()
      for (let i = 0; i < s.clinicians.keys.length; i++) {
        const id = s.clinicians.keys[i] as string
        const t = s.clinicianTallies[i] as ClinicianTally
        byClinician.set(id, t.consultations)
        clinicianTimes.set(id, t)
      }
      let unique = 0
      let senior = 0
      if (exact) {
        for (const p of s.patientFlags) {
          if (p & consulted) unique++
          if (p & consultedAt65Plus) senior++
        }
      }
      return {
        consultations: {
          total: s.consultations,
          byCentre: toCounts(indexedCounts(s.centres, s.centreCounts, identity)),
          bySite: toCounts(indexedCounts(s.sites, s.siteCounts, identity)),
          byMonth: toCounts(indexedCounts(s.months, s.monthCounts, monthText, new Map(s.otherMonths))),
          byClinician: toCounts(byClinician),
          consultingTimeByClinician: consultingTimeByClinician.result(clinicianTimes),
          aged65Plus: {
            consultations: s.consultations,
            consultationsAged65Plus: s.aged65Plus,
            consultationShare65Plus: share(s.aged65Plus, s.consultations)
          },
          unscheduledCare: {
            consultations: s.consultations,
            unscheduled: s.unscheduled,
            unscheduledShare: share(s.unscheduled, s.consultations)
          }
        },
        patients: exact
          ? {
              uniquePatients: unique,
              patientsAged65Plus: senior,
              patientShare65Plus: share(senior, unique),
              exact: true
            }
          : approximatePatients(s.sketch, s.seniorSketch),
        regularDoctor:
          s.otherRegularDoctor.size === 0
            ? packedRegularDoctor(s.patientFlags)
            : regularDoctor.result(
                regularDoctor.merge(
                  regularDoctorPatients(s.patients.keys, s.patientFlags),
                  s.otherRegularDoctor
                )
              ),
        homeVisits: s.homeVisits,
        slots: slots.result(s.slots),
        pdsaShifts: pdsaShifts.result(s.pdsaShifts),
        staff: staffKpi.result(s.staff)
      }
    }
  }
}

// -----------------------------------------------------------------------------
// reference figures
// -----------------------------------------------------------------------------

/**
 * Which published figures each comparable KPI is checked against, by figure id (for the
 * Occitanie preset, e.g. `consultations: ["consultations.total.apr2025"]`):
 *
 * - `consultations`: total consultations;
 * - `regularDoctorPatients`: patients whose regular doctor is in the programme at the end;
 * - `regainedRegularDoctor`: patients who declared a programme doctor having had none;
 * - `homeVisits`: home visits;
 * - `patientShare65Plus`: share of unique patients aged 65 or more (people, not consultations).
 *
 * @example
 * ```ts
 * import type { Kpi } from "@gip-sante/core"
 *
 * const mapping: Kpi.FigureMapping = {
 *   consultations: ["consultations.total.apr2025"],
 *   regularDoctorPatients: ["patients.regularDoctorRegained.apr2025"],
 *   homeVisits: ["homeVisits.total.apr2025"],
 *   patientShare65Plus: ["patients.share65Plus.dec2025"]
 * }
 * ```
 *
 * @since 0.1.0
 * @category reference figures
 */
export interface FigureMapping {
  readonly consultations?: ReadonlyArray<string>
  readonly regularDoctorPatients?: ReadonlyArray<string>
  readonly regainedRegularDoctor?: ReadonlyArray<string>
  readonly homeVisits?: ReadonlyArray<string>
  readonly patientShare65Plus?: ReadonlyArray<string>
}

/**
 * A computed KPI beside a published figure: whether it matches the figure as published (exact,
 * about, bound or range, see `Reference.matches`). `status` says why a row was not compared: the
 * figure id is missing from the figures, or the figure is dated otherwise than the computation.
 *
 * @example
 * ```ts
 * import type { Kpi } from "@gip-sante/core"
 *
 * const line = (r: Kpi.Comparison) => `${r.label}: published ${r.published}, computed ${r.computed}`
 * ```
 *
 * @since 0.1.0
 * @category reference figures
 */
export interface Comparison {
  readonly kpi: keyof FigureMapping
  readonly figureId: string
  readonly label: string
  readonly published: number | undefined
  readonly computed: number
  readonly matches: boolean
  readonly status: "compared" | "figureNotFound" | "otherDate"
}

const comparableKpis: ReadonlyArray<keyof FigureMapping> = [
  "consultations",
  "regularDoctorPatients",
  "regainedRegularDoctor",
  "homeVisits",
  "patientShare65Plus"
]

/**
 * Puts computed KPIs beside the published figures the mapping names, for events up to `asOf`.
 * Every mapped id gives a row, in the mapping's order; a figure dated otherwise than `asOf`
 * (a computation to another date cannot confirm or refute it) or not found is not compared, and
 * its row says so with `matches: false`.
 *
 * @example
 * ```ts
 * import { Calendar, Kpi } from "@gip-sante/core"
 * import type { Reference } from "@gip-sante/core"
 *
 * declare const results: Kpi.ProgrammeKpis
 * declare const figures: ReadonlyArray<Reference.Figure>
 * const rows = Kpi.compareWithFigures(results, figures, Calendar.date("2025-04-09"), { consultations: ["consultations.total.apr2025"] })
 * rows.every((r) => r.matches)
 * ```
 *
 * @since 0.1.0
 * @category reference figures
 */
export const compareWithFigures = (
  results: ProgrammeKpis,
  figures: ReadonlyArray<Figure>,
  asOf: LocalDate,
  mapping: FigureMapping,
  tolerance?: number
): ReadonlyArray<Comparison> => {
  const computedOf: Record<keyof FigureMapping, number> = {
    consultations: results.consultations.total,
    regularDoctorPatients: results.regularDoctor.regularDoctorPatients,
    regainedRegularDoctor: results.regularDoctor.regainedRegularDoctor,
    homeVisits: results.homeVisits,
    patientShare65Plus: results.patients.patientShare65Plus
  }
  const rows: Array<Comparison> = []
  for (const kpi of comparableKpis) {
    const computed = computedOf[kpi]
    for (const figureId of mapping[kpi] ?? []) {
      const figure = find(figures, figureId)
      if (figure === undefined) {
        rows.push({
          kpi,
          figureId,
          label: figureId,
          published: undefined,
          computed,
          matches: false,
          status: "figureNotFound"
        })
      } else {
        const sameDate = figure.asOf === asOf
        rows.push({
          kpi,
          figureId,
          label: figure.label,
          published: figure.value,
          computed,
          matches: sameDate && matches(figure, computed, tolerance),
          status: sameDate ? "compared" : "otherDate"
        })
      }
    }
  }
  return rows
}

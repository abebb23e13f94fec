/**
 * fast-check arbitraries for the JSON records the decoders read: events, contracts, ledgers,
 * published figures, obligation logs and programme requests, each valid as generated, to fuzz a
 * decoder from valid input outward (mutate them, plant hostile values in them).
 *
 * @since 0.1.0
 * @module
 */
import * as fc from "fast-check"
import type { LocalDate } from "../Calendar.js"
import { localDate } from "./calendar.js"

const day = (): fc.Arbitrary<LocalDate> =>
  localDate({ min: "2022-01-01" as LocalDate, max: "2027-12-31" as LocalDate })

const id = (prefix: string): fc.Arbitrary<string> =>
  fc.integer({ min: 1, max: 999 }).map((n) => `${prefix}-${n}`)

/**
 * A valid event record of any type (or of the given one), as a JSON Lines file holds it.
 *
 * @example
 * ```ts
 * import { eventJson } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(eventJson(), 3)
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const eventJson = (): fc.Arbitrary<Record<string, unknown>> => {
  const common = { date: day(), centreId: id("centre") }
  return fc.oneof(
    fc.record({
      type: fc.constant("consultation"),
      ...common,
      siteId: id("site"),
      clinicianId: id("gp"),
      patientId: id("p"),
      ageBand: fc.constantFrom("0-17", "18-39", "40-64", "65-79", "80+"),
      complex: fc.boolean(),
      scheduling: fc.constantFrom("scheduled", "unscheduled"),
      mode: fc.constantFrom("inPerson", "tele"),
      durationMinutes: fc.integer({ min: 1, max: 240 })
    }),
    fc.record({ type: fc.constant("homeVisit"), ...common, clinicianId: id("gp"), patientId: id("p") }),
    fc.record({
      type: fc.constant("pdsaShift"),
      ...common,
      clinicianId: id("gp"),
      kind: fc.constantFrom("weekdayEvening", "night", "saturdayAfternoon", "sundayOrHoliday")
    }),
    fc.record({
      type: fc.constant("slot"),
      ...common,
      clinicianId: id("gp"),
      status: fc.constantFrom("booked", "unused"),
      reservedForUnscheduled: fc.boolean()
    }),
    fc.record({
      type: fc.constant("regularDoctorDeclared"),
      ...common,
      clinicianId: id("gp"),
      patientId: id("p"),
      hadRegularDoctor: fc.boolean()
    }),
    fc.record({
      type: fc.constant("regularDoctorEnded"),
      ...common,
      clinicianId: id("gp"),
      patientId: id("p")
    }),
    fc.record({
      type: fc.constant("staffHired"),
      ...common,
      staffId: id("s"),
      profession: fc.constantFrom("gp", "midwife", "ipa", "secretary"),
      weeklyHours: fc.integer({ min: 1, max: 96 }).map((halfHours) => halfHours / 2)
    }),
    fc.record(
      {
        type: fc.constant("staffLeft"),
        ...common,
        staffId: id("s"),
        reason: fc.constantFrom("resignation", "retirement", "endOfContract", "selfEmployed", "other")
      },
      { requiredKeys: ["type", "date", "centreId", "staffId"] }
    ),
    fc.record({
      type: fc.constant("centreOpened"),
      ...common,
      name: fc.constantFrom("Lodève", "Verdun-sur-Garonne", "Figeac"),
      sites: fc.integer({ min: 1, max: 50 })
    })
  )
}

/**
 * A contract as written in JSON, with weekly hours a whole number of minutes from 1 minute to
 * 168 hours (whether a policy's bounds accept them is for `Contract.decode` to say).
 *
 * @example
 * ```ts
 * import { contractJson } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(contractJson(), 2)
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const contractJson = (): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .record({
      id: id("c"),
      profession: fc.constantFrom("gp", "midwife", "ipa", "secretary"),
      weeklyMinutes: fc.oneof(
        fc.integer({ min: 1, max: 168 * 60 }),
        fc.integer({ min: 1, max: 96 }).map((halfHours) => halfHours * 30)
      ),
      daysPerWeek: fc.integer({ min: 1, max: 7 }),
      start: day(),
      lengthInDays: fc.option(fc.integer({ min: 1, max: 3000 }), { nil: undefined }),
      seniorityAtHireYears: fc.oneof(
        fc.integer({ min: 0, max: 45 }),
        fc.integer({ min: 0, max: 180 }).map((q) => q / 4)
      ),
      retiree: fc.boolean()
    })
    .map(({ weeklyMinutes, lengthInDays, start, ...rest }) => {
      const end =
        lengthInDays === undefined
          ? undefined
          : new Date(Date.parse(`${start}T00:00:00Z`) + lengthInDays * 86_400_000).toISOString().slice(0, 10)
      return {
        ...rest,
        weeklyHours: weeklyMinutes / 60,
        start,
        ...(end === undefined ? {} : { end }),
        kind: end === undefined ? "permanent" : "fixedTerm"
      }
    })

const euroText = (maxCents: number) =>
  fc
    .integer({ min: 0, max: maxCents })
    .map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, "0")}`)

/**
 * A ledger in JSON: entries of revenue and cost of a few centres (and the central services),
 * amounts in cents or as euro strings.
 *
 * @example
 * ```ts
 * import { ledgerJson } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(ledgerJson(), 1)
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const ledgerJson = (options: { readonly maxEntries?: number } = {}): fc.Arbitrary<Array<unknown>> =>
  fc.array(
    fc
      .tuple(
        fc.constantFrom(
          ["revenue", "consultations"],
          ["revenue", "homeVisits"],
          ["revenue", "flatPayments"],
          ["revenue", "installationSubsidy"],
          ["revenue", "operatingSubsidy"],
          ["cost", "salaries"],
          ["cost", "supportStaff"],
          ["cost", "rent"],
          ["cost", "runningCosts"],
          ["cost", "openingCosts"],
          ["cost", "centralServices"]
        ),
        fc.record({
          date: day(),
          centreId: fc.constantFrom("muret", "cazeres", "central"),
          amount: fc.oneof(fc.integer({ min: 0, max: 100_000_000 }), euroText(100_000_000)),
          source: fc.constantFrom("lease", "acts of the month", "")
        })
      )
      .map(([[kind, category], entry]) => ({ ...entry, kind, category })),
    { maxLength: options.maxEntries ?? 20 }
  )

/**
 * A list of published figures in JSON, ids unique.
 *
 * @example
 * ```ts
 * import { figuresJson } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(figuresJson(), 1)
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const figuresJson = (): fc.Arbitrary<Array<unknown>> =>
  fc
    .uniqueArray(fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,8}(\.[a-z0-9][a-zA-Z0-9]{0,5}){0,2}$/), {
      maxLength: 6
    })
    .chain((ids) =>
      fc.tuple(
        ...ids.map((figureId) =>
          fc
            .record({
              value: fc.integer({ min: 0, max: 1_000_000 }),
              width: fc.integer({ min: 0, max: 1000 }),
              precision: fc.constantFrom("exact", "about", "atLeast", "atMost", "range"),
              nature: fc.constantFrom("stock", "cumulative", "goal", "rate", "example"),
              asOf: day()
            })
            .map(({ value, width, precision, nature, asOf }) => ({
              id: figureId,
              label: `Figure ${figureId}`,
              value,
              ...(precision === "range" ? { high: value + width } : {}),
              unit: "count",
              asOf,
              nature,
              precision,
              provenance: { kind: "citation", document: "S1", locator: "p. 1" }
            }))
        )
      )
    )
    .map((figures) => [...figures])

/**
 * Obligation logs in JSON: out-of-hours shifts, home visits and slot records.
 *
 * @example
 * ```ts
 * import { obligationLogsJson } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(obligationLogsJson(), 1)
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const obligationLogsJson = (): fc.Arbitrary<Record<string, unknown>> =>
  fc.record({
    shifts: fc.array(
      fc.record({
        clinicianId: id("gp"),
        date: day(),
        kind: fc.constantFrom("weekdayEvening", "night", "saturdayAfternoon", "sundayOrHoliday")
      }),
      { maxLength: 5 }
    ),
    visits: fc.array(fc.record({ clinicianId: id("gp"), date: day() }), { maxLength: 5 }),
    slots: fc.array(
      fc
        .record({
          clinicianId: id("gp"),
          date: day(),
          used: fc.nat({ max: 20 }),
          unused: fc.nat({ max: 20 }),
          other: fc.nat({ max: 40 })
        })
        .map(({ used, unused, other, ...rest }) => ({
          ...rest,
          reserved: used + unused,
          used,
          unused,
          total: used + unused + other
        })),
      { maxLength: 5 }
    )
  })

/**
 * A centre's slots over a period in JSON (`Programme.decodeCentreSlots`).
 *
 * @example
 * ```ts
 * import { centreSlotsJson } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(centreSlotsJson(), 1)
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const centreSlotsJson = (): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .record({
      centreId: id("centre"),
      start: day(),
      offered: fc.nat({ max: 5000 }),
      share: fc.double({ min: 0, max: 1, noNaN: true })
    })
    .map(({ centreId, start, offered, share }) => ({
      centreId,
      period: { start, end: start },
      slotsOffered: offered,
      slotsUnused: Math.floor(offered * share)
    }))

/**
 * A request to open a centre in JSON (`Programme.decodeOpeningRequest`).
 *
 * @example
 * ```ts
 * import { openingRequestJson } from "@gip-sante/core/testing"
 * import * as fc from "fast-check"
 *
 * fc.sample(openingRequestJson(), 1)
 * ```
 *
 * @since 0.1.0
 * @category arbitraries
 */
export const openingRequestJson = (): fc.Arbitrary<Record<string, unknown>> =>
  fc.record(
    {
      centreName: fc.constantFrom("Lodève", "Figeac", "Verdun-sur-Garonne"),
      politicalConsultation: fc.record({ date: day(), favourable: fc.boolean() }),
      clinicianConsultation: fc.record({ date: day(), favourable: fc.boolean() }),
      underServedArea: fc.boolean()
    },
    { requiredKeys: ["centreName", "underServedArea"] }
  )

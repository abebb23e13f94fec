import { fc, test } from "@fast-check/vitest"
import { Events } from "@gip-sante/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { oneOfEachType } from "./event-samples.js"

const consultation = oneOfEachType[0] as Record<string, unknown>

describe("Events", () => {
  it("decodes every event type", () => {
    const records = oneOfEachType
    const { events, rejects } = Events.decodeAll(records)
    expect(rejects).toStrictEqual([])
    expect(events.map((e) => e.type)).toStrictEqual(Events.eventTypes)
  })

  it("keeps going past bad records and says why each was rejected, with its record number", () => {
    const { events, rejects } = Events.decodeAll(
      [
        consultation,
        { ...consultation, date: "2025-02-30", durationMinutes: 0 },
        { type: "lunch" },
        42,
        consultation
      ],
      10
    )
    expect(events).toHaveLength(2)
    expect(rejects.map((r) => [r.record, r.issues.map((i) => `${i.path}: ${i.message}`)])).toStrictEqual([
      [
        11,
        [
          'date: Expected a calendar date "YYYY-MM-DD", got "2025-02-30": days run from 01 to 28 in February 2025',
          "durationMinutes: Expected a value between 1 and 240, got 0"
        ]
      ],
      [
        12,
        [
          'type: Expected an event type (consultation, homeVisit, pdsaShift, slot, regularDoctorDeclared, regularDoctorEnded, staffHired, staffLeft, centreOpened), got "lunch"'
        ]
      ],
      [
        13,
        [
          "type: Expected an event type (consultation, homeVisit, pdsaShift, slot, regularDoctorDeclared, regularDoctorEnded, staffHired, staffLeft, centreOpened)"
        ]
      ]
    ])
  })

  it("decodeCsvRow: empty cells are absent, numbers and booleans converted by field, other cells left as text", () => {
    const header = Object.keys(consultation)
    const cells = header.map((name) => String(consultation[name]))
    expect(Events.decodeCsvRow(header, cells)).toStrictEqual(Result.succeed(consultation))
    expect(Events.decodeCsvRow([...header, "reason"], [...cells, ""])).toStrictEqual(
      Result.succeed(consultation)
    )
    const at = (name: string, cell: string | null) => header.map((h, i) => (h === name ? cell : cells[i]!))
    expect(Events.decodeCsvRow(header, at("durationMinutes", " 20 "))).toStrictEqual(
      Result.succeed({ ...consultation, durationMinutes: 20 })
    )
    const issues = (r: ReturnType<typeof Events.decodeCsvRow>) =>
      Result.isFailure(r) ? r.failure.map((i) => `${i.path}: ${i.message}`) : []
    expect(issues(Events.decodeCsvRow(header, at("durationMinutes", "20 min")))).toStrictEqual([
      'durationMinutes: Expected number, got "20 min"'
    ])
    expect(issues(Events.decodeCsvRow(header, at("complex", "TRUE")))).toStrictEqual([
      'complex: Expected boolean, got "TRUE"'
    ])
    expect(issues(Events.decodeCsvRow(header, at("patientId", null)))).toStrictEqual([
      "patientId: Missing field"
    ])
  })

  it("rejects unknown fields rather than silently dropping them", () => {
    const r = Events.decode({ ...consultation, nir: "1 85 05 78 006 084 36" })
    expect(Result.isFailure(r) && r.failure).toStrictEqual([
      { path: "nir", message: "Unknown field (not part of the format)" }
    ])
  })

  describe("properties", () => {
    test.prop([fc.array(fc.oneof(fc.jsonValue(), fc.constant(consultation)), { maxLength: 30 })])(
      "decoding never throws and loses no record: events + rejects = records read",
      (records) => {
        const { events, rejects } = Events.decodeAll(records)
        expect(events.length + rejects.length).toBe(records.length)
        expect(rejects.every((r, i) => i === 0 || r.record > rejects[i - 1]!.record)).toBe(true)
      }
    )

    test.prop([
      fc
        .record({ type: fc.constantFrom(...Events.eventTypes) }, { requiredKeys: [] })
        .chain((base) => fc.dictionary(fc.string(), fc.jsonValue()).map((extra) => ({ ...extra, ...base })))
    ])("near-miss records of every type are rejected with issues, never thrown", (record) => {
      const r = Events.decode(record)
      if (Result.isFailure(r)) expect(r.failure.length).toBeGreaterThan(0)
    })
  })
})

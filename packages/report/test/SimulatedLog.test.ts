import { fc, test } from "@fast-check/vitest"
import { Contract, Policy } from "@gip-sante/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { Report, SimulatedLog } from "../src/index.js"
import { policy, programme } from "./fixtures.js"

// A short window keeps each simulation small (the CLI's test checks the default window, with its
// snapshots on the comparison dates).
const input: Report.Input = { policy, programme, window: { from: "2022-07-01", to: "2022-12-31" } }
// Stored as a file would keep it, and read back.
const stored = (d: SimulatedLog.Digest) =>
  Result.getOrThrow(SimulatedLog.decode(JSON.parse(JSON.stringify(SimulatedLog.encode(d)))))

describe("SimulatedLog", () => {
  it("a report read from the stored digest of its log is the report simulated", () => {
    const digest = stored(SimulatedLog.make(input)!)
    expect(SimulatedLog.isFor(digest, input)).toBe(true)
    expect(Report.simulated(input, undefined, { digest })).toStrictEqual(Report.simulated(input))
  })

  it("a digest of another log is ignored: the report simulates its own", () => {
    const other = stored(SimulatedLog.make(input, 1)!)
    expect(SimulatedLog.isFor(other, input, 2)).toBe(false)
    const withOther = Report.simulated(input, 2, { digest: other })
    expect(withOther).toStrictEqual(Report.simulated(input, 2))
    expect(withOther.log).not.toStrictEqual(Report.simulated(input, 1).log)
  })

  it("the key follows the seed, the window, the calibration and the full-time week", () => {
    const base = SimulatedLog.key(input)
    expect(SimulatedLog.key(input)).toBe(base)
    expect(SimulatedLog.key(input, programme.simulation!.defaultSeed.value)).toBe(base)
    expect(SimulatedLog.key(input, 1)).not.toBe(base)
    expect(SimulatedLog.key({ ...input, window: { from: "2022-07-01", to: "2023-03-31" } })).not.toBe(base)
    const calibration = programme.simulation!
    const busier = {
      ...programme,
      simulation: { ...calibration, consultingShare: { ...calibration.consultingShare, value: 0.5 } }
    }
    expect(SimulatedLog.key({ ...input, programme: busier })).not.toBe(base)
    // The same policy with a 39-hour full-time week, edited as a region would edit its file.
    const file = JSON.parse(JSON.stringify(Policy.encode(policy)))
    file.parameters[Contract.parameters.fullTimeWeeklyHours.id].history[0].value = 39
    const longerWeek = Policy.decodeUnsafe(file)
    expect(SimulatedLog.key({ ...input, policy: longerWeek })).not.toBe(base)
    const { simulation: _, ...withoutSimulation } = programme
    expect(SimulatedLog.key({ ...input, programme: withoutSimulation })).toBeUndefined()
  })

  it("decode names the field at fault", () => {
    const digest = SimulatedLog.encode(SimulatedLog.make(input)!) as Record<string, unknown>
    const failure = (x: unknown) => {
      const r = SimulatedLog.decode(x)
      return Result.isFailure(r) ? r.failure : "decoded"
    }
    expect(failure([])).toBe("expected a digest of a simulated log, an object")
    expect(failure({ ...digest, version: 2 })).toBe(
      "at version: this digest is of format 2, this version of @gip-sante/report reads format 1: regenerate it"
    )
    expect(failure({ ...digest, key: 1 })).toBe("at key: expected the key of the simulated log, a string")
    expect(failure({ ...digest, seed: 1.5 })).toBe("at seed: expected the seed, a whole number")
    expect(failure({ ...digest, events: -1 })).toBe(
      "at events: expected the number of events, a whole number"
    )
    expect(failure({ ...digest, fold: [] })).toBe(
      "at fold: expected what the report reads from the log, an object"
    )
    expect(failure(digest)).toBe("decoded")
  })

  test.prop([fc.jsonValue()], { seed: 18 })("decode returns a value for any JSON, never throws", (x) => {
    expect(() => SimulatedLog.decode(x)).not.toThrow()
  })

  test.prop(
    [
      fc.record({
        version: fc.constant(1),
        key: fc.string(),
        seed: fc.integer(),
        events: fc.nat(),
        fold: fc.jsonValue()
      })
    ],
    {
      seed: 18
    }
  )("decode never throws on a digest-shaped value with any fold", (x) => {
    expect(() => SimulatedLog.decode(x)).not.toThrow()
  })
})

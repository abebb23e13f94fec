// Decoders of untrusted input never throw (issue 17, defect 1): deeply nested values, BigInt,
// cyclic values and values whose reading throws (getters, proxies) come back as failures with
// the path of the bad field.
import { type fc, test } from "@fast-check/vitest"
import {
  Accounting,
  Contract,
  Events,
  Obligations,
  Parameter,
  Policy,
  Programme,
  Reference
} from "@gip-sante/core"
import {
  centreSlotsJson,
  contractJson,
  cyclic,
  eventJson,
  figuresJson,
  holes,
  hostileValue,
  ledgerJson,
  nested,
  obligationLogsJson,
  openingRequestJson,
  parameterJson,
  policyJson,
  throwingProxy,
  withHostileField,
  withThrowingGetter
} from "@gip-sante/core/testing"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const eventTypesText =
  "consultation, homeVisit, pdsaShift, slot, regularDoctorDeclared, regularDoctorEnded, staffHired, staffLeft, centreOpened"

const failure = <A, E>(r: Result.Result<A, E>): E => {
  if (Result.isSuccess(r)) throw new Error(`expected a failure, got ${JSON.stringify(r.success)}`)
  return r.failure
}

const nestedText = (depth: number) => `{"type":${"[".repeat(depth)}${"]".repeat(depth)}}`

const loop = (): Record<string, unknown> => {
  const value: Record<string, unknown> = { name: "loop" }
  value.self = value
  return value
}

const homeVisit = {
  type: "homeVisit",
  date: "2025-06-02",
  centreId: "c",
  clinicianId: "gp-1",
  patientId: "p-1"
}

describe("Events decoders on hostile input (regressions)", () => {
  it("a type nested 5,000 deep is a failure at type, not a stack overflow", () => {
    const expected = [
      {
        path: "type",
        message: `Expected an event type (${eventTypesText}), got [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[...`
      }
    ]
    expect(failure(Events.decodeJson(nestedText(5000)))).toStrictEqual(expected)
    expect(failure(Events.decodeJsonBytes(new TextEncoder().encode(nestedText(5000))))).toStrictEqual(
      expected
    )
    expect(failure(Events.decode(JSON.parse(nestedText(100_000))))).toStrictEqual(expected)
  })

  it("a BigInt type is a failure at type", () => {
    expect(failure(Events.decode({ type: 1n }))).toStrictEqual([
      { path: "type", message: `Expected an event type (${eventTypesText}), got 1n` }
    ])
  })

  it("a cyclic type is a failure at type", () => {
    expect(failure(Events.decode({ type: loop() }))).toStrictEqual([
      {
        path: "type",
        message: `Expected an event type (${eventTypesText}), got {"name":"loop","self":[Circular]}`
      }
    ])
  })

  it("a type whose getter throws is a failure at type", () => {
    const record = {
      get type(): string {
        throw new Error("boom")
      }
    }
    expect(failure(Events.decode(record))).toStrictEqual([
      { path: "type", message: "Could not be read: reading it failed (boom)" }
    ])
  })

  it("a field whose getter throws is a failure at that field", () => {
    const record = {
      ...homeVisit,
      get patientId(): string {
        throw new Error("boom")
      }
    }
    expect(failure(Events.decode(record))).toStrictEqual([
      { path: "patientId", message: "Could not be read: reading it failed (boom)" }
    ])
  })

  it("a record behind a proxy whose traps throw is a failure, not an exception", () => {
    const trap = () => {
      throw new Error("trap")
    }
    const proxy = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap })
    expect(failure(Events.decode(proxy))).toStrictEqual([
      { path: "(root)", message: "Could not be read: reading it failed (trap)" }
    ])
  })

  it("decodeAll rejects such records with their number and keeps the others", () => {
    const { events, rejects } = Events.decodeAll([homeVisit, { type: 1n }, { type: loop() }, homeVisit])
    expect(events).toHaveLength(2)
    expect(rejects.map((r) => r.record)).toStrictEqual([2, 3])
  })
})

// -----------------------------------------------------------------------------
// the rule: every decoder of untrusted input returns a value or a failure with paths, whatever
// the input
// -----------------------------------------------------------------------------

const emptyPolicy = Policy.decodeUnsafe({
  name: "Test",
  region: "Nowhere",
  version: "1",
  bibliography: {},
  parameters: {}
})

interface Target {
  readonly name: string
  readonly valid: fc.Arbitrary<unknown>
  readonly decode: (input: unknown) => Result.Result<unknown, unknown>
}

const issuesOf = (failure: unknown): ReadonlyArray<unknown> =>
  Array.isArray(failure) ? failure : ((failure as { issues?: ReadonlyArray<unknown> }).issues ?? [])

const targets: ReadonlyArray<Target> = [
  { name: "Events.decode", valid: eventJson(), decode: Events.decode },
  {
    name: "Events.decodeAll",
    valid: eventJson(),
    decode: (input) => {
      const { events, rejects } = Events.decodeAll([input])
      expect(events.length + rejects.length).toBe(1)
      return rejects.length === 0 ? Result.succeed(events[0]) : Result.fail(rejects[0]!.issues)
    }
  },
  { name: "Contract.decode", valid: contractJson(), decode: (input) => Contract.decode(emptyPolicy, input) },
  { name: "Policy.decode", valid: policyJson({ maxParameters: 3 }), decode: Policy.decode },
  {
    name: "Policy.override",
    valid: policyJson({ maxParameters: 2 }).map((p) => ({ parameters: p.parameters })),
    decode: (input) => Policy.override(emptyPolicy, input)
  },
  { name: "Parameter.decode", valid: parameterJson(), decode: (input) => Parameter.decode("p", input) },
  { name: "Reference.decodeFigures", valid: figuresJson(), decode: Reference.decodeFigures },
  { name: "Accounting.decodeLedger", valid: ledgerJson(), decode: Accounting.decodeLedger },
  { name: "Obligations.decodeLogs", valid: obligationLogsJson(), decode: Obligations.decodeLogs },
  { name: "Programme.decodeCentreSlots", valid: centreSlotsJson(), decode: Programme.decodeCentreSlots },
  {
    name: "Programme.decodeOpeningRequest",
    valid: openingRequestJson(),
    decode: Programme.decodeOpeningRequest
  }
]

const expectValueOrIssues = (target: Target, input: unknown): void => {
  const result = target.decode(input)
  expect(Result.isResult(result)).toBe(true)
  if (Result.isSuccess(result)) return
  const issues = issuesOf(result.failure)
  expect(issues.length).toBeGreaterThan(0)
  for (const issue of issues) {
    expect(typeof (issue as Issue).path).toBe("string")
    expect(typeof (issue as Issue).message).toBe("string")
    expect((issue as Issue).message.length).toBeLessThan(1000)
  }
}

interface Issue {
  readonly path: string
  readonly message: string
}

describe("rule: decoders never throw, whatever the input", () => {
  const fixed: ReadonlyArray<[string, unknown]> = [
    ["nested 10,000 deep", nested(10_000, "mixed", 1n)],
    ["cyclic", cyclic("indirect")],
    ["a BigInt", 12n],
    ["a throwing getter", withThrowingGetter({ id: "c1" }, "profession")],
    ["a proxy that throws", throwingProxy("all")],
    ["a proxy whose reads throw", throwingProxy("reads", { shifts: [], visits: [], slots: [] })],
    ["a null-prototype object", Object.create(null)],
    ["a __proto__ key", JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": 1}}')],
    ["an array of 4,294,967,295 holes", holes()],
    ["a typed array of 100,000,000 bytes", new Uint8Array(100_000_000)]
  ]
  for (const target of targets) {
    describe(target.name, () => {
      it.each(fixed)("returns issues for %s", (_, input) => {
        expectValueOrIssues(target, input)
        expectValueOrIssues(target, [input])
        expectValueOrIssues(target, { parameters: { "a.b": input }, history: [input], type: input })
      })

      test.prop([hostileValue({ maxDepth: 2000 })], { numRuns: 60 })("any hostile value", (input) =>
        expectValueOrIssues(target, input.build())
      )

      test.prop([withHostileField(target.valid, { maxDepth: 2000 })], { numRuns: 60 })(
        "a valid record with a hostile value planted in it",
        (input) => expectValueOrIssues(target, input.build())
      )
    })
  }

  it("a hostile field is reported at its path", () => {
    const record = withThrowingGetter(
      {
        id: "c1",
        profession: "gp",
        daysPerWeek: 5,
        start: "2025-01-01",
        seniorityAtHireYears: 0,
        retiree: false,
        kind: "permanent"
      },
      "weeklyHours"
    )
    const r = Contract.decode(emptyPolicy, record)
    expect(Result.isFailure(r) && r.failure.issues).toStrictEqual([
      { path: "weeklyHours", message: "Could not be read: reading it failed (hostile input)" }
    ])
    expect(Result.isFailure(r) && r.failure.contractId).toBe("c1")
  })

  it("an array of billions of holes, or a typed array, is refused at its path without being gone through", () => {
    const issues = (input: unknown) => {
      const r = Accounting.decodeLedger(input)
      return Result.isFailure(r) ? r.failure.issues : []
    }
    expect(issues(holes())).toStrictEqual([
      { path: "(root)", message: "Expected at most 10000000 items, got 4294967295" }
    ])
    expect(issues([{ date: "2025-01-01" }, { nested: [1, holes(20_000_000)] }])).toStrictEqual([
      { path: "[1].nested[1]", message: "Expected at most 10000000 items, got 20000000" }
    ])
    expect(issues([{ amount: new Uint8Array(100_000_000) }])).toStrictEqual([
      {
        path: "[0].amount",
        message:
          "Expected JSON data (objects, arrays, strings, numbers, true, false or null), got a Uint8Array of 100000000 bytes"
      }
    ])
  })

  it("no prototype is polluted", () => {
    for (const target of targets) target.decode(JSON.parse('{"__proto__": {"polluted": true}}'))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

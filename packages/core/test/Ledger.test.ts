// Ledger amounts and totals (issue 17, defect 5): a decoded ledger's amounts add up within the
// integers a number holds exactly, so every total is exact and consolidation adds up to the cent.
import { fc, test } from "@fast-check/vitest"
import { Accounting, Calendar, Money, Policy } from "@gip-sante/core"
import { Result } from "effect"
import { describe, expect, it } from "vitest"

const rent = (amount: number | string, date = "2025-03-01") => ({
  date,
  centreId: "muret",
  kind: "cost",
  category: "rent",
  amount,
  source: "lease"
})

const year = Calendar.yearPeriod(2025)

const withKey = (key: string) =>
  Policy.decodeUnsafe({
    name: "Test",
    region: "Nowhere",
    version: "1",
    bibliography: {},
    parameters: {
      "accounting.allocationKey": {
        label: "Allocation key",
        description: "How central costs are shared.",
        type: "text",
        unit: "none",
        history: [
          {
            from: "2000-01-01",
            value: key,
            provenance: { kind: "assumption", rationale: "A test value", replaceWith: "yours" }
          }
        ]
      }
    }
  })

const issues = (
  r: Result.Result<unknown, { readonly issues: ReadonlyArray<{ path: string; message: string }> }>
) => (Result.isFailure(r) ? r.failure.issues.map((i) => `${i.path}: ${i.message}`) : [])

describe("ledger amounts add up exactly", () => {
  it("rejects a ledger whose amounts add up beyond what cents count exactly, at the entry that goes past", () => {
    expect(issues(Accounting.decodeLedger([rent(9007199254740991), rent(2)]))).toStrictEqual([
      "[1].amount: The ledger's amounts add up to more than 90\u202f071\u202f992\u202f547\u202f409,91\u00a0€ from this entry on: beyond that, totals in cents would not be exact"
    ])
    expect(Result.isSuccess(Accounting.decodeLedger([rent(9007199254740990), rent(1)]))).toBe(true)
  })

  it("consolidation of a ledger built by hand with such amounts is a typed error, not a total one cent off", () => {
    const ledger: Accounting.Ledger = [
      {
        ...rent(0),
        date: Calendar.date("2025-03-01"),
        amount: Money.cents(9007199254740991)
      } as Accounting.Entry,
      { ...rent(0), date: Calendar.date("2025-03-01"), amount: Money.cents(2) } as Accounting.Entry
    ]
    expect(issues(Accounting.consolidate(withKey("equal"), ledger, ["muret"], year))).toStrictEqual([
      "ledger: The amounts of the ledger over 2025-01-01 to 2026-01-01 add up to more than 90\u202f071\u202f992\u202f547\u202f409,91\u00a0€: beyond that, totals in cents would not be exact"
    ])
  })

  const bigAmount = fc.oneof(
    fc.integer({ min: 0, max: 100_000 }),
    fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    fc.constant(Number.MAX_SAFE_INTEGER)
  )
  const entry = fc.record({
    date: fc.constantFrom("2024-12-31", "2025-01-01", "2025-06-15", "2025-12-31", "2026-01-01"),
    centreId: fc.constantFrom("muret", "cazeres", "central", "other"),
    kindCategory: fc.constantFrom<[string, string]>(
      ["revenue", "consultations"],
      ["revenue", "operatingSubsidy"],
      ["cost", "rent"],
      ["cost", "centralServices"]
    ),
    amount: bigAmount
  })
  const ledgerJson = fc.array(entry, { maxLength: 12 }).map((entries) =>
    entries.map(({ kindCategory: [kind, category], ...rest }) => ({
      ...rest,
      kind,
      category,
      source: "test"
    }))
  )

  test.prop(
    [
      ledgerJson,
      fc.constantFrom("equal", "consultations"),
      fc.array(fc.nat(1000), { minLength: 2, maxLength: 2 })
    ],
    {
      seed: 17_05
    }
  )("every ledger decodeLedger accepts consolidates to the cent, with safe totals", (json, key, weights) => {
    const decoded = Accounting.decodeLedger(json)
    const sum = json.reduce((total, e) => total + BigInt(e.amount), 0n)
    expect(Result.isSuccess(decoded)).toBe(sum <= BigInt(Number.MAX_SAFE_INTEGER))
    if (Result.isFailure(decoded)) return
    const consolidated = Accounting.consolidate(withKey(key), decoded.success, ["muret", "cazeres"], year, {
      muret: weights[0]! + 1,
      cazeres: weights[1]!
    })
    const c = Result.getOrThrow(consolidated)
    const total = (pick: (p: Accounting.PnL) => number) =>
      c.centres.reduce((n, centre) => n + BigInt(pick(centre.afterAllocation)), 0n)
    expect(total((p) => p.totalCost)).toBe(BigInt(c.gip.totalCost))
    expect(total((p) => p.totalRevenue)).toBe(BigInt(c.gip.totalRevenue))
    expect(total((p) => p.result)).toBe(BigInt(c.gip.result))
    for (const p of [
      c.gip,
      c.central,
      ...c.centres.flatMap((x) => [x.own, x.centralShare, x.afterAllocation])
    ])
      for (const n of [p.totalCost, p.totalRevenue, p.result]) expect(Number.isSafeInteger(n)).toBe(true)
  })
})

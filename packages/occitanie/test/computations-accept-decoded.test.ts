// The rule (issue 17): for any policy Policy.decode accepts and any contract Contract.decode
// accepts against it, Contract, Pay, Obligations and Accounting return a value or a typed error,
// never an exception and never a number that is not finite or an integer beyond the safe ones.
// The same check as `pnpm fuzz`, which runs it over 10,000 policies with their contracts; here
// fewer, with a fixed seed.
import { test } from "@fast-check/vitest"
import { describe, expect } from "vitest"
import { checkDownstream, downstreamInputs } from "../../../fuzz/src/downstream.js"

describe("rule: computations accept what the decoders accept", () => {
  const counts = new Map<string, number>()
  test.prop([downstreamInputs], { numRuns: 150, seed: 17 })(
    "Contract, Pay, Obligations and Accounting give a value or a typed error on decoded policies and contracts",
    (input) => {
      expect(checkDownstream(input, counts)).toStrictEqual([])
    },
    // About 20 ms a run, more on a busy machine.
    60_000
  )

  test("the runs computed pay for contracts, not only errors", () => {
    expect(counts.get("contracts accepted") ?? 0).toBeGreaterThan(100)
    expect(counts.get("Pay.monthly") ?? 0).toBeGreaterThan(30)
  })
})

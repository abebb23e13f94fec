/**
 * Runs fuzz targets over seeded generated inputs and counts what went wrong: inputs that made
 * the target throw, inputs it accepted though invalid, records it lost (neither decoded nor
 * rejected), and valid inputs it rejected. The same seed gives the same inputs.
 */
import * as fc from "fast-check"

/** What one input gave. */
export interface Verdict {
  // Accepted, but the oracle finds the result invalid: why.
  readonly acceptedInvalid?: string
  // Rejected, but the oracle finds the input valid: why.
  readonly rejectedValid?: string
  // Records neither decoded nor rejected.
  readonly recordsLost?: number
  // How many inputs this was (a file of records counts each record).
  readonly inputs?: number
}

/** What a target gave over all its inputs, with a few examples of each problem. */
export interface Tally {
  inputs: number
  throws: number
  acceptedInvalid: number
  rejectedValid: number
  recordsLost: number
  readonly examples: Array<string>
}

/** A target: generated inputs, and a check of one of them (which may throw: a throw is counted). */
export interface Target<I> {
  readonly name: string
  readonly inputs: fc.Arbitrary<I>
  readonly check: (input: I) => Verdict | Promise<Verdict>
  readonly describe: (input: I) => string
  // About how many inputs a generated item holds (a file of records), to size the batches.
  readonly perItem?: number
}

const short = (text: string) => (text.length > 300 ? `${text.slice(0, 297)}...` : text)

/**
 * Checks at least `runs` inputs of `target` (an item, such as a file, may hold several), generated
 * from `seed` in batches of items.
 */
export const runTarget = async <I>(target: Target<I>, runs: number, seed: number): Promise<Tally> => {
  const tally: Tally = {
    inputs: 0,
    throws: 0,
    acceptedInvalid: 0,
    rejectedValid: 0,
    recordsLost: 0,
    examples: []
  }
  const note = (what: string, input: I, detail: string) => {
    if (tally.examples.length < 5)
      tally.examples.push(`${what}: ${short(detail)}\n    input: ${short(target.describe(input))}`)
  }
  // Batches of items until `runs` inputs are checked (an item may hold several inputs).
  for (let round = 0; tally.inputs < runs; round++) {
    const items = Math.min(500, Math.max(1, Math.ceil((runs - tally.inputs) / (target.perItem ?? 1))))
    const sample = fc.sample(target.inputs, { numRuns: items, seed: seed + round })
    for (const input of sample) {
      let verdict: Verdict
      try {
        verdict = await target.check(input)
      } catch (error) {
        tally.inputs += target.perItem ?? 1
        tally.throws++
        note(
          "throws",
          input,
          error instanceof Error
            ? `${error.name}: ${error.message} ${(error.stack ?? "").split("\n").slice(1, 4).join(" ").replace(/\s+/gu, " ")}`
            : String(error)
        )
        continue
      }
      tally.inputs += verdict.inputs ?? 1
      if (verdict.acceptedInvalid !== undefined) {
        tally.acceptedInvalid++
        note("accepted invalid", input, verdict.acceptedInvalid)
      }
      if (verdict.rejectedValid !== undefined) {
        tally.rejectedValid++
        note("rejected valid", input, verdict.rejectedValid)
      }
      if ((verdict.recordsLost ?? 0) > 0) {
        tally.recordsLost += verdict.recordsLost ?? 0
        note("records lost", input, `${verdict.recordsLost} record(s)`)
      }
    }
  }
  return tally
}

/** A target whatever its inputs' type, ready to run. */
export interface Runnable {
  readonly name: string
  readonly run: (runs: number, seed: number) => Promise<Tally>
}

export const runnable = <I>(target: Target<I>): Runnable => ({
  name: target.name,
  run: (runs, seed) => runTarget(target, runs, seed)
})

/**
 * `pnpm fuzz`: every decoder of untrusted input and the CLI's file readers over at least
 * 100,000 generated inputs each, and the rule that computations accept what the decoders accept
 * over 10,000 policies with their contracts; seeded (the same seed gives the same inputs), with a
 * table of inputs, throws, accepted-invalid, rejected-valid and records lost per target, and
 * examples of each problem. Exits 1 if any count but the inputs is not 0.
 *
 *   pnpm fuzz                      the full run
 *   pnpm fuzz --smoke              a short pass of the same code (CI: part of pnpm check)
 *   pnpm fuzz --seed 42            other inputs
 *   pnpm fuzz --only Events        the targets whose name contains a text
 *   pnpm fuzz --runs 1000          inputs per target (decoders and readers)
 */
import { parseArgs } from "node:util"
import { decoderTargets } from "./decoders.js"
import { downstreamTarget } from "./downstream.js"
import { type Runnable, runnable, type Tally } from "./harness.js"
import { readerTargets } from "./readers.js"

const { values } = parseArgs({
  options: {
    smoke: { type: "boolean" },
    seed: { type: "string" },
    only: { type: "string" },
    runs: { type: "string" }
  }
})

const smoke = values.smoke === true
const seed = Number(values.seed ?? 17)
const runs = Number(values.runs ?? (smoke ? 300 : 100_000))
const downstreamRuns = smoke ? 60 : 10_000
const counts = new Map<string, number>()

// Each target's seed, from the run's seed and the target's name: the same inputs whichever
// targets run (`--only`).
const seedOf = (name: string): number => {
  let h = seed
  for (let i = 0; i < name.length; i++) h = (Math.imul(h, 31) + name.charCodeAt(i)) | 0
  return h
}

const targets: ReadonlyArray<{ readonly target: Runnable; readonly runs: number }> = [
  ...decoderTargets.map((target) => ({ target, runs })),
  ...readerTargets.map((target) => ({ target, runs })),
  {
    target: runnable(downstreamTarget(counts)),
    runs: values.runs === undefined ? downstreamRuns : runs
  }
].filter(({ target }) => values.only === undefined || target.name.includes(values.only))

console.log(`# pnpm fuzz${smoke ? " --smoke (a short pass)" : ""}: seed ${seed}, Node ${process.version}\n`)
console.log("| target | inputs | throws | accepted invalid | rejected valid | records lost | seconds |")
console.log("|---|---:|---:|---:|---:|---:|---:|")
const failures: Array<{ readonly name: string; readonly tally: Tally }> = []
for (const { target, runs: n } of targets) {
  const start = performance.now()
  const tally = await target.run(n, seedOf(target.name))
  const seconds = ((performance.now() - start) / 1000).toFixed(1)
  console.log(
    `| ${target.name} | ${tally.inputs} | ${tally.throws} | ${tally.acceptedInvalid} | ${tally.rejectedValid} | ${tally.recordsLost} | ${seconds} |`
  )
  if (tally.throws + tally.acceptedInvalid + tally.rejectedValid + tally.recordsLost > 0)
    failures.push({ name: target.name, tally })
}
if (counts.size > 0) {
  console.log("\nComputed (successes) under the rule's policies and contracts:")
  console.log([...counts].map(([name, n]) => `${name} ${n}`).join(", "))
}
for (const { name, tally } of failures) {
  console.log(`\n## ${name}\n`)
  for (const example of tally.examples) console.log(`- ${example}`)
}
process.exitCode = failures.length === 0 ? 0 : 1

/**
 * Timing whole programs: each case a fresh process, timed from spawn to exit, so start-up
 * counts. Rounds interleave the cases; each round is one run, and a case's ratio in a run is to
 * the baseline's time in the same round.
 */
import { spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { join } from "node:path"
import { performance } from "node:perf_hooks"
import { fileURLToPath } from "node:url"
import { type Options, type Row, rowsOf } from "./harness.js"

export const root = fileURLToPath(new URL("../../", import.meta.url))
export const cliMain = join(root, "packages/cli/dist/main.js")

/** Fails loudly when the built CLI is missing: the process benchmarks run the built program. */
export const requireBuiltCli = (what: string): void => {
  if (!existsSync(cliMain)) throw new Error(`${cliMain} is missing: run \`pnpm build\` before ${what}`)
}

// Runs a command to its end and returns its wall-clock time in milliseconds, failing loudly if
// it fails or does not print what `check` expects.
export const timeProcess = (args: ReadonlyArray<string>, check: (stdout: string) => boolean): number => {
  const start = performance.now()
  // A first argument "sh" runs a shell command line (two processes at once); otherwise node.
  const r =
    args[0] === "sh"
      ? spawnSync("sh", args.slice(1), { cwd: root, encoding: "utf8" })
      : spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 })
  const ms = performance.now() - start
  if (r.status !== 0 || !check(r.stdout)) {
    throw new Error(`${args.join(" ")} failed (exit ${r.status}): ${r.stderr.slice(0, 500)}`)
  }
  return ms
}

export interface ProcessCase {
  readonly name: string
  readonly args: ReadonlyArray<string>
  readonly check: (stdout: string) => boolean
}

/**
 * Runs the cases in interleaved rounds (after `warmupRounds`), each case `items` of work (1 for
 * "a run of the program"), and gives the rows against `baselines` (the first case by default).
 */
export const processRows = (
  label: string,
  unit: string,
  items: number,
  cases: ReadonlyArray<ProcessCase>,
  options: Options,
  baselines: ReadonlyArray<string> = [cases[0]!.name]
): Array<Row> => {
  const rates = new Map<string, Array<number>>(cases.map((c) => [c.name, []]))
  console.error(`${options.warmupRounds + options.rounds} rounds: ${label}`)
  for (let round = 0; round < options.warmupRounds + options.rounds; round++) {
    for (const c of cases) {
      const ms = timeProcess(c.args, c.check)
      if (round >= options.warmupRounds) rates.get(c.name)!.push((items * 1000) / Math.max(ms, 1e-3))
    }
  }
  return rowsOf(label, unit, rates, baselines)
}

/**
 * KPIs on DuckDB (issue 19): the programme KPIs from one file of simulated events, each case a
 * fresh process of the built `gip-sante` program (start-up, reading, checking, computing),
 * interleaved in rounds after a warm-up: the in-process fold (the baseline), DuckDB over the
 * JSON Lines file, DuckDB over the same events in Parquet (marked as checked when written, and
 * with every row checked again), and DuckDB with approximate unique patients. Every case must
 * print the same consultations total. Median, min and max of the rounds, and ratios to the
 * baseline of the same run.
 */
import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { performance } from "node:perf_hooks"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("../../", import.meta.url))
const cliMain = join(root, "packages/cli/dist/main.js")
const recheck = fileURLToPath(new URL("./duckdb-recheck.mjs", import.meta.url))

const median = (xs: ReadonlyArray<number>): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const run = (args: ReadonlyArray<string>): { readonly ms: number; readonly total: number } => {
  const start = performance.now()
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 })
  const ms = performance.now() - start
  if (r.status !== 0)
    throw new Error(`${args.join(" ")} failed (exit ${r.status}): ${r.stderr.slice(0, 500)}`)
  return { ms, total: (JSON.parse(r.stdout) as { consultations: { total: number } }).consultations.total }
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits })

export const runDuckDbBench = (smoke: boolean): void => {
  if (!existsSync(cliMain))
    throw new Error(`${cliMain} is missing: run \`pnpm build\` before the DuckDB benchmark`)
  const dir = mkdtempSync(join(tmpdir(), "gip-sante-bench-duckdb-"))
  try {
    const jsonl = join(dir, "log.jsonl")
    const parquet = join(dir, "log.parquet")
    const window = smoke ? ["--to", "2022-09-30"] : []
    for (const out of [jsonl, parquet]) {
      const r = spawnSync(process.execPath, [cliMain, "simulate", ...window, "--out", out], {
        encoding: "utf8"
      })
      if (r.status !== 0) throw new Error(`gip-sante simulate failed: ${r.stderr}`)
    }
    const events = Number(
      spawnSync(process.execPath, [cliMain, "kpi", "--events", jsonl], { encoding: "utf8" }).stderr.match(
        /(\d+) record\(s\) read/u
      )?.[1]
    )
    const cases: ReadonlyArray<{ readonly name: string; readonly args: ReadonlyArray<string> }> = [
      { name: "gip-sante kpi, in-process fold (JSON Lines)", args: [cliMain, "kpi", "--events", jsonl] },
      { name: "DuckDB over JSON Lines", args: [cliMain, "kpi", "--engine", "duckdb", "--events", jsonl] },
      {
        name: "DuckDB over Parquet (checked when written)",
        args: [cliMain, "kpi", "--engine", "duckdb", "--events", parquet]
      },
      { name: "DuckDB over Parquet, every row checked again", args: [recheck, parquet] },
      {
        name: "DuckDB over Parquet, approximate unique patients",
        args: [cliMain, "kpi", "--engine", "duckdb", "--patients", "approximate", "--events", parquet]
      }
    ]
    const rounds = smoke ? 1 : 5
    const warmup = smoke ? 0 : 1
    const samples = new Map<string, Array<number>>(cases.map((c) => [c.name, []]))
    const totals = new Set<number>()
    for (let round = 0; round < warmup + rounds; round++) {
      for (const c of cases) {
        const { ms, total } = run(c.args)
        totals.add(total)
        if (round >= warmup) samples.get(c.name)!.push(ms)
      }
    }
    if (totals.size !== 1)
      throw new Error(`the cases disagree on the consultations total: ${[...totals].join(", ")}`)
    const base = median(samples.get(cases[0]!.name)!)
    console.log(
      `### KPIs from one file of ${fmt(events)} simulated events (${fmt(statSync(jsonl).size / 2 ** 20, 1)} MiB of JSON Lines, ${fmt(statSync(parquet).size / 2 ** 20, 1)} MiB of Parquet), each case a fresh process, ${rounds} round(s)${smoke ? " (smoke run: figures meaningless)" : ""}`
    )
    console.log("")
    console.log("| case | median s | min–max s | M events/s | × in-process fold |")
    console.log("|---|---:|---:|---:|---:|")
    for (const c of cases) {
      const xs = samples.get(c.name)!
      const m = median(xs)
      console.log(
        `| ${c.name} | ${fmt(m / 1000, 2)} | ${fmt(Math.min(...xs) / 1000, 2)}–${fmt(Math.max(...xs) / 1000, 2)} | ${fmt(events / m / 1000, 2)} | ${fmt(base / m, 2)} |`
      )
    }
    console.log("")
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

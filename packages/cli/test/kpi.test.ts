import { spawn, spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import type { Events } from "@gip-sante/core"
import { Kpi, Locale } from "@gip-sante/core"
import { simulate } from "@gip-sante/occitanie"
import { beforeAll, describe, expect, it, vi } from "vitest"
import { minSplitBytes } from "../src/events-file.js"

// Each test spawns node (and worker processes); give them room on a loaded machine.
vi.setConfig({ testTimeout: 60_000 })

// These tests run the built binary, as a user would: `node packages/cli/dist/main.js kpi …`.
const root = fileURLToPath(new URL("../../../", import.meta.url))
const main = join(root, "packages/cli/dist/main.js")

const cli = (...args: ReadonlyArray<string>) => {
  const r = spawnSync(process.execPath, [main, ...args], { cwd: root, encoding: "utf8", timeout: 60_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

// Preloaded (`--require`) in the command and, through the options it forks them with, in its worker
// processes (the ones with a channel to their parent). Each worker writes its pid; the first to
// start waits for the other to start too, then exits before sending anything; the other blocks,
// so it would neither send a result nor exit by itself: only the command can end it.
const failingWorkers = `const { appendFileSync, closeSync, openSync, readFileSync } = require("node:fs")
const pids = process.env.GIP_SANTE_TEST_PIDS
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
if (process.send !== undefined) {
  appendFileSync(pids, process.pid + "\\n")
  let first = true
  try {
    closeSync(openSync(pids + ".first", "wx"))
  } catch {
    first = false
  }
  if (first) {
    for (let i = 0; i < 3000 && readFileSync(pids, "utf8").trim().split("\\n").length < 2; i++) sleep(10)
    process.exit(3)
  }
  sleep(120000)
}
`

// Preloaded likewise: each worker writes its pid, then never asks for a part (its requests are
// dropped), and a timer keeps it busy as reading a file would: it would not end by itself.
const waitingWorkers = `const { appendFileSync } = require("node:fs")
if (process.send !== undefined) {
  appendFileSync(process.env.GIP_SANTE_TEST_PIDS, process.pid + "\\n")
  process.send = () => true
  setInterval(() => undefined, 1000)
}
`

// Polls `condition` every 20 ms for at most `ms`; whether it came true.
const eventually = async (condition: () => boolean, ms: number): Promise<boolean> => {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (condition()) return true
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return condition()
}

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

let dir = ""
let events: Array<Events.Event> = []
const file = (name: string) => join(dir, name)

// Node's arguments for `gip-sante kpi --workers 3` (two worker processes) on part1.jsonl, with
// `preload` (a file of the test folder) preloaded in the command and its workers.
const withPreload = (preload: string): Array<string> => [
  "--require",
  file(preload),
  main,
  "kpi",
  "--events",
  file("part1.jsonl"),
  "--workers",
  "3"
]

const jsonl = (es: ReadonlyArray<Events.Event>): string => es.map((e) => `${JSON.stringify(e)}\n`).join("")

const csvCell = (v: unknown): string => {
  if (v === undefined) return ""
  const s = String(v)
  return /[",\n\r]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

const csv = (es: ReadonlyArray<Events.Event>): string => {
  const columns = Array.from(new Set(es.flatMap((e) => Object.keys(e))))
  const rows = es.map((e) => columns.map((c) => csvCell((e as Record<string, unknown>)[c])).join(","))
  return `${[columns.join(","), ...rows].join("\n")}\n`
}

const expected = () =>
  JSON.parse(JSON.stringify(Kpi.fold(Kpi.programmeKpis({ fullTimeWeeklyHours: 35 }), events))) as unknown

beforeAll(() => {
  // The packages are built once by test/build.global.ts.
  dir = mkdtempSync(join(tmpdir(), "gip-sante-kpi-"))
  events = Array.from(simulate({ seed: 7, from: "2024-01-01", to: "2024-03-01" }))
  const half = events.length >> 1
  writeFileSync(file("all.jsonl"), jsonl(events))
  writeFileSync(file("all.csv"), csv(events))
  writeFileSync(file("part1.jsonl"), jsonl(events.slice(0, half)))
  writeFileSync(file("part2.ndjson"), jsonl(events.slice(half)))
}, 150_000)

describe("gip-sante kpi", () => {
  it("has events to work on", () => {
    expect(events.length).toBeGreaterThan(1000)
    expect(events.some((e) => e.type === "consultation")).toBe(true)
  })

  it("--help prints the usage and exits 0", () => {
    const r = cli("kpi", "--help")
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("Usage: gip-sante kpi --events")
    expect(r.stdout).toContain("--workers N")
  })

  it("computes the same KPIs from JSON Lines and CSV, equal to folding the events in memory", () => {
    const a = cli("kpi", "--events", file("all.jsonl"))
    const b = cli("kpi", "--events", file("all.csv"))
    expect(a.code, a.stderr).toBe(0)
    expect(b.code, b.stderr).toBe(0)
    expect(JSON.parse(a.stdout)).toEqual(expected())
    expect(b.stdout).toBe(a.stdout)
    expect(a.stderr).toContain(
      `${Locale.integer(events.length)} record(s) read, ${Locale.integer(events.length)} decoded, 0 rejected`
    )
  })

  it("--workers 2 over 2 files prints exactly the JSON of --workers 1", () => {
    const one = cli("kpi", "--events", file("part1.jsonl"), file("part2.ndjson"), "--workers", "1")
    const two = cli("kpi", "--events", file("part1.jsonl"), file("part2.ndjson"), "--workers", "2")
    expect(one.code, one.stderr).toBe(0)
    expect(two.code, two.stderr).toBe(0)
    expect(two.stdout).toBe(one.stdout)
    expect(JSON.parse(one.stdout)).toEqual(expected())
  })

  it("--workers 2 cuts a large JSON Lines file in byte ranges: same KPIs, rejects at the same file lines", () => {
    const lines = jsonl(events).trimEnd().split("\n")
    // Bad records at the start, in the middle (where the file is cut) and at the end.
    const bad = [1, Math.floor(lines.length / 2), lines.length + 3]
    for (const at of bad) lines.splice(at - 1, 0, `{"type":"consultation","line":${at}}`)
    writeFileSync(file("big.jsonl"), `${lines.join("\r\n")}\r\n`)
    expect(readFileSync(file("big.jsonl")).length).toBeGreaterThan(2 * minSplitBytes)
    const one = cli("kpi", "--events", file("big.jsonl"), "--workers", "1", "--show-rejects", "10")
    const two = cli("kpi", "--events", file("big.jsonl"), "--workers", "2", "--show-rejects", "10")
    expect(one.code, one.stderr).toBe(0)
    expect(two.code, two.stderr).toBe(0)
    expect(two.stdout).toBe(one.stdout)
    expect(JSON.parse(one.stdout)).toEqual(expected())
    expect(two.stderr).toBe(one.stderr)
    for (const at of bad) expect(one.stderr).toContain(`${file("big.jsonl")}:${at}: `)
    expect(one.stderr).toContain(
      `${Locale.integer(events.length + 3)} record(s) read, ${Locale.integer(events.length)} decoded, 3 rejected`
    )
  })

  it("reports bad lines and a truncated CSV row with file:line, exits 0 and counts the good records", () => {
    const good = events.slice(0, 50)
    const lines = jsonl(good).split("\n")
    // Line 3: not JSON; line 5: a consultation without a patient.
    lines.splice(2, 0, "{not json")
    lines.splice(4, 0, JSON.stringify({ ...good[0], patientId: undefined, type: "consultation" }))
    writeFileSync(file("bad.jsonl"), lines.join("\n"))
    const text = csv(good)
    // Cut the last row in the middle: fewer columns than the header.
    const truncated = text.slice(0, text.trimEnd().lastIndexOf(",") - 1)
    writeFileSync(file("truncated.csv"), truncated)
    const r = cli("kpi", "--events", file("bad.jsonl"), file("truncated.csv"), "--workers", "2")
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toContain(`${file("bad.jsonl")}:3: not valid JSON`)
    expect(r.stderr).toMatch(/bad\.jsonl:5: .*patientId/u)
    expect(r.stderr).toContain(`${file("truncated.csv")}:${good.length + 1}: expected`)
    expect(r.stderr).toContain("3 record(s) rejected")
    // 50 good JSON lines and 49 good CSV rows.
    const kept = [...good, ...good.slice(0, 49)]
    const wanted = JSON.parse(JSON.stringify(Kpi.fold(Kpi.programmeKpis({ fullTimeWeeklyHours: 35 }), kept)))
    expect(JSON.parse(r.stdout)).toEqual(wanted)
    expect(r.stderr).toContain("102 record(s) read, 99 decoded, 3 rejected")
  })

  it("--show-rejects limits the list, not the count", () => {
    const r = cli("kpi", "--events", file("bad.jsonl"), file("truncated.csv"), "--show-rejects", "1")
    expect(r.code).toBe(0)
    expect(r.stderr).toContain("3 record(s) rejected (first 1 listed; --show-rejects N to see more)")
  })

  it("exits 1 naming a missing file, and prints no KPIs", () => {
    const missing = file("missing.jsonl")
    const r = cli("kpi", "--events", file("part1.jsonl"), missing, "--workers", "2")
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${missing}: cannot read the file (ENOENT)`)
    expect(r.stdout).toBe("")
  })

  it("--format md and --out write the KPIs to a file", () => {
    const out = file("kpis.md")
    const r = cli("kpi", "--events", file("all.jsonl"), "--format", "md", "--out", out)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toBe("")
    const md = readFileSync(out, "utf8")
    expect(md).toContain("# Programme KPIs")
    expect(md).toContain("| total |")
  })

  it("a worker process that stops before its result fails the run, and no worker process is left", () => {
    writeFileSync(file("failing-workers.cjs"), failingWorkers)
    const pids = file("worker-pids")
    const r = spawnSync(process.execPath, withPreload("failing-workers.cjs"), {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
      env: { ...process.env, GIP_SANTE_TEST_PIDS: pids }
    })
    // Not killed by the timeout: the command ended by itself, having ended the blocked worker.
    expect(r.signal, r.stderr).toBe(null)
    expect(r.status, r.stderr).toBe(1)
    expect(r.stdout).toBe("")
    expect(r.stderr).toContain(
      "gip-sante kpi: a worker process stopped with exit code 3 before sending its result"
    )
    expect(existsSync(pids)).toBe(true)
    const workers = readFileSync(pids, "utf8").trim().split("\n").map(Number)
    expect(workers).toHaveLength(2)
    for (const pid of workers) expect(isRunning(pid), `worker ${pid}`).toBe(false)
  })

  it("worker processes end when the command is killed", async () => {
    writeFileSync(file("waiting-workers.cjs"), waitingWorkers)
    const pids = file("waiting-pids")
    const command = spawn(process.execPath, withPreload("waiting-workers.cjs"), {
      cwd: root,
      stdio: "ignore",
      env: { ...process.env, GIP_SANTE_TEST_PIDS: pids }
    })
    const exited = new Promise((resolve) => command.on("exit", resolve))
    const workers = (): Array<number> =>
      existsSync(pids) ? readFileSync(pids, "utf8").trim().split("\n").map(Number) : []
    try {
      expect(await eventually(() => workers().length === 2, 30_000)).toBe(true)
      // Still waiting for its workers, which never ask for a part.
      expect(command.exitCode).toBe(null)
      for (const pid of workers()) expect(isRunning(pid), `worker ${pid}`).toBe(true)
    } finally {
      command.kill("SIGKILL")
    }
    await exited
    // No handler runs in a process killed by SIGKILL: the workers see their channel close.
    expect(await eventually(() => workers().every((pid) => !isRunning(pid)), 20_000)).toBe(true)
  })

  it("rejects a usage error with exit code 2", () => {
    expect(cli("kpi").code).toBe(2)
    expect(cli("kpi", "--events", file("all.jsonl"), "--workers", "0").code).toBe(2)
    expect(cli("kpi", "--events", file("all.jsonl"), "--format", "xml").code).toBe(2)
  })
})

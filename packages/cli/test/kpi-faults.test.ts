// `gip-sante kpi` on faulty input and interrupted (issue 17): the built command, run as a user
// runs it. Nothing a file holds loses the file or a record; an interrupted run leaves no output,
// no temporary file and no worker process behind.
import { spawn, spawnSync } from "node:child_process"
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import type { Events } from "@gip-sante/core"
import { Kpi, Locale } from "@gip-sante/core"
import { simulate } from "@gip-sante/occitanie"
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest"
import { minSplitBytes } from "../src/events-file.js"

vi.setConfig({ testTimeout: 90_000 })

const root = fileURLToPath(new URL("../../../", import.meta.url))
const main = join(root, "packages/cli/dist/main.js")

const cli = (...args: ReadonlyArray<string>) => {
  const r = spawnSync(process.execPath, [main, ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 90_000,
    maxBuffer: 64 << 20
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

let dir = ""
let events: Array<Events.Event> = []
const file = (name: string) => join(dir, name)
const jsonl = (es: ReadonlyArray<unknown>): string => es.map((e) => `${JSON.stringify(e)}\n`).join("")
const kpisOf = (es: ReadonlyArray<Events.Event>, patients: Kpi.PatientCounting = { mode: "exact" }) =>
  JSON.parse(
    JSON.stringify(Kpi.fold(Kpi.programmeKpis({ fullTimeWeeklyHours: 35, patients }), es))
  ) as unknown

const csvOf = (es: ReadonlyArray<Events.Event>): Array<string> => {
  const columns = Array.from(new Set(es.flatMap((e) => Object.keys(e))))
  return [
    columns.join(","),
    ...es.map((e) => columns.map((c) => String((e as Record<string, unknown>)[c] ?? "")).join(","))
  ]
}

// Whether process `pid` is still running (a zombie, waiting for its parent to read its exit
// status, has ended its work).
const running = (pid: number): boolean => {
  try {
    const state = readFileSync(`/proc/${pid}/stat`, "utf8")
      .replace(/^.*\) /u, "")
      .split(" ")[0]
    return state !== "Z" && state !== "X"
  } catch {
    return false
  }
}

const childrenOf = (pid: number): Array<number> =>
  readdirSync("/proc")
    .filter((entry) => /^\d+$/u.test(entry))
    .filter((entry) => {
      try {
        return (
          readFileSync(`/proc/${entry}/stat`, "utf8")
            .replace(/^.*\) /u, "")
            .split(" ")[1] === String(pid)
        )
      } catch {
        return false
      }
    })
    .map(Number)

// The bytes process `pid` has read so far.
const bytesRead = (pid: number): number => {
  try {
    return Number(/rchar: (\d+)/u.exec(readFileSync(`/proc/${pid}/io`, "utf8"))?.[1] ?? 0)
  } catch {
    return 0
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(() => {
  // The packages are built once by test/build.global.ts.
  dir = mkdtempSync(join(tmpdir(), "gip-sante-faults-"))
  events = Array.from(simulate({ seed: 11, from: "2024-01-01", to: "2024-02-01" }))
}, 150_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("gip-sante kpi on faulty files", () => {
  it("a value nested 5,000 deep is a reject at its line, and every other record is kept (1 and 2 processes)", () => {
    const lines = jsonl(events).trimEnd().split("\n")
    const at = Math.floor(lines.length / 2)
    lines.splice(at - 1, 0, `{"type":${"[".repeat(5000)}${"]".repeat(5000)}}`)
    // Large enough to be cut into byte ranges by 2 processes.
    const copies = Math.ceil((2 * minSplitBytes) / lines.join("\n").length) + 1
    const text = `${Array.from({ length: copies }, () => lines.join("\n")).join("\n")}\n`
    writeFileSync(file("nested.jsonl"), text)
    const one = cli("kpi", "--events", file("nested.jsonl"))
    const two = cli("kpi", "--events", file("nested.jsonl"), "--workers", "2")
    expect(one.code, one.stderr).toBe(0)
    expect(two.stdout).toBe(one.stdout)
    expect(two.stderr).toBe(one.stderr)
    expect(one.stderr).toContain(`${file("nested.jsonl")}:${at}: type: Expected an event type`)
    expect(one.stderr).toContain(
      `${Locale.integer(copies * (events.length + 1))} record(s) read, ${Locale.integer(copies * events.length)} decoded, ${copies} rejected`
    )
    expect(JSON.parse(one.stdout)).toEqual(kpisOf(Array.from({ length: copies }, () => events).flat()))
  })

  it("a 50 MB line is rejected, and the lines around it are read (JSON Lines and CSV)", () => {
    const huge = `{"type":"homeVisit","patientId":"${"x".repeat(50_000_000)}"}`
    writeFileSync(file("huge.jsonl"), `${jsonl(events.slice(0, 10))}${huge}\n${jsonl(events.slice(10, 20))}`)
    const r = cli("kpi", "--events", file("huge.jsonl"))
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toContain(`${file("huge.jsonl")}:11: line longer than 16777216 bytes, not read`)
    expect(JSON.parse(r.stdout)).toEqual(kpisOf(events.slice(0, 20)))
    const [header, ...rows] = csvOf(events.slice(0, 20))
    const cells = header!.split(",").length
    const hugeRow = `homeVisit,${"x".repeat(50_000_000)}${",".repeat(cells - 2)}`
    writeFileSync(file("huge.csv"), [header, ...rows.slice(0, 10), hugeRow, ...rows.slice(10), ""].join("\n"))
    const c = cli("kpi", "--events", file("huge.csv"))
    expect(c.code, c.stderr).toBe(0)
    expect(c.stderr).toContain(`${file("huge.csv")}:12: not valid CSV: a record longer than`)
    expect(c.stdout).toBe(r.stdout)
  })

  it("stray and unclosed quotes in a CSV file are rejects at their lines; the rest of the file is read", () => {
    const [header, ...rows] = csvOf(events.slice(0, 100))
    const broken = [...rows]
    // A quote inside the last cell of line 4; a quote opening the last cell of line 52.
    broken[2] = broken[2]!.replace(/,([^,]*)$/u, ',x"$1')
    broken[50] = broken[50]!.replace(/,([^,]*)$/u, ',"$1')
    writeFileSync(file("quotes.csv"), `${[header, ...broken].join("\n")}\n`)
    const r = cli("kpi", "--events", file("quotes.csv"))
    expect(r.code, r.stderr).toBe(0)
    expect(r.stderr).toContain(
      `${file("quotes.csv")}:4: not valid CSV: a quote inside a cell that does not start with one`
    )
    expect(r.stderr).toContain(
      `${file("quotes.csv")}:52: not valid CSV: a quote opened on this line is never closed`
    )
    expect(r.stderr).toContain("100 record(s) read, 98 decoded, 2 rejected")
    const kept = events.slice(0, 100).filter((_, i) => i !== 2 && i !== 50)
    expect(JSON.parse(r.stdout)).toEqual(kpisOf(kept))
  })

  it("a byte-order mark and CRLF line ends change nothing (JSON Lines and CSV)", () => {
    const some = events.slice(0, 200)
    writeFileSync(file("crlf.jsonl"), `\uFEFF${jsonl(some).replaceAll("\n", "\r\n")}`)
    writeFileSync(file("crlf.csv"), `\uFEFF${csvOf(some).join("\r\n")}\r\n`)
    const a = cli("kpi", "--events", file("crlf.jsonl"))
    const b = cli("kpi", "--events", file("crlf.csv"))
    expect(a.code, a.stderr).toBe(0)
    expect(b.code, b.stderr).toBe(0)
    expect(JSON.parse(a.stdout)).toEqual(kpisOf(some))
    expect(b.stdout).toBe(a.stdout)
  })

  it("a read-only --out fails with exit 1, naming the file, and leaves nothing behind", () => {
    writeFileSync(file("few.jsonl"), jsonl(events.slice(0, 10)))
    // A directory this process cannot write to (as root, permissions do not stop it: /sys does).
    let readOnly = "/sys"
    if (process.getuid?.() !== 0) {
      readOnly = file("read-only")
      mkdirSync(readOnly)
      chmodSync(readOnly, 0o555)
    }
    const out = join(readOnly, "kpis.json")
    const r = cli("kpi", "--events", file("few.jsonl"), "--out", out)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(new RegExp(`${out}: cannot write the file \\((EACCES|EROFS|EPERM)\\)`, "u"))
    expect(r.stdout).toBe("")
    expect(readdirSync(readOnly).filter((name) => name.includes("kpis.json"))).toStrictEqual([])
  })

  it("--max-rejects: more rejects than allowed, or no record decoded, exit 1 without KPIs", () => {
    writeFileSync(file("mixed.jsonl"), `${jsonl(events.slice(0, 10))}{"type":"lunch"}\n{"type":"lunch"}\n`)
    const tolerated = cli("kpi", "--events", file("mixed.jsonl"), "--max-rejects", "2")
    expect(tolerated.code, tolerated.stderr).toBe(0)
    const over = cli("kpi", "--events", file("mixed.jsonl"), "--max-rejects", "1")
    expect(over.code).toBe(1)
    expect(over.stdout).toBe("")
    expect(over.stderr).toContain(
      "gip-sante kpi: 2 record(s) rejected, more than --max-rejects 1 allows; no KPIs printed"
    )
    writeFileSync(file("wrong.jsonl"), '{"type":"lunch"}\n{"not":"an event"}\n')
    const wrong = cli("kpi", "--events", file("wrong.jsonl"))
    expect(wrong.code).toBe(1)
    expect(wrong.stdout).toBe("")
    expect(wrong.stderr).toContain(
      "gip-sante kpi: no record could be decoded (is it an event file?); no KPIs printed"
    )
  })

  it("--patients approximate counts patients with a sketch, the rest as in exact mode", () => {
    writeFileSync(file("month.jsonl"), jsonl(events))
    const r = cli("kpi", "--events", file("month.jsonl"), "--patients", "approximate", "--workers", "2")
    expect(r.code, r.stderr).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual(kpisOf(events, { mode: "approximate" }))
    expect(JSON.parse(r.stdout).patients.exact).toBe(false)
    expect(cli("kpi", "--events", file("month.jsonl"), "--patients", "some").code).toBe(2)
  })
})

// How long this machine takes, right now, to end a busy process holding a large heap once it is
// killed: the part of any measure below that no command can shorten. On a machine busy with
// other work, a process may wait for a core longer than 200 ms whatever it does.
const baselineEndMs = async (): Promise<number> => {
  const busy = spawn(
    process.execPath,
    [
      "-e",
      "const keep = Array.from({ length: 3e6 }, (_, i) => ({ i, s: 'p-' + i })); process.send('ready'); for (;;) keep.length"
    ],
    { stdio: ["ignore", "ignore", "ignore", "ipc"] }
  )
  await new Promise((resolve) => busy.once("message", resolve))
  const exited = new Promise((resolve) => busy.on("exit", resolve))
  busy.kill("SIGKILL")
  const start = performance.now()
  while (running(busy.pid!) && performance.now() - start < 5000) await sleep(2)
  const ms = performance.now() - start
  await exited
  return ms
}

// Runs `attempt` (which returns how long the workers took to end, in ms) up to 3 times until
// one ends them within 200 ms more than the machine needs to end a process at all. A command
// that does not end its workers promptly (they used to run on for a second or two) fails every
// attempt.
const endsWithin200ms = async (attempt: () => Promise<number>): Promise<void> => {
  const times: Array<{ ms: number; baseline: number }> = []
  const ok = (t: { ms: number; baseline: number }) => t.ms < 200 + t.baseline
  for (let i = 0; i < 3 && !times.some(ok); i++)
    times.push({ baseline: await baselineEndMs(), ms: await attempt() })
  const text = times
    .map((t) => `${t.ms.toFixed(0)} ms (a process alone: ${t.baseline.toFixed(0)} ms)`)
    .join(", ")
  expect(times.some(ok), `workers ended after ${text}`).toBe(true)
}

describe("gip-sante kpi interrupted", () => {
  // A file large enough that 2 worker processes are still reading it when the signal comes.
  const big = () => {
    const target = file("big.jsonl")
    if (!existsSync(target)) {
      const text = jsonl(events)
      writeFileSync(target, text.repeat(Math.ceil((120 * minSplitBytes) / text.length)))
    }
    return target
  }

  // Starts `kpi --workers 3` on the big file, waits until its 2 worker processes are reading,
  // sends `signal` to the command, and measures how long its workers take to end.
  const interrupt = async (signal: NodeJS.Signals, out?: string) => {
    const command = spawn(
      process.execPath,
      [main, "kpi", "--events", big(), "--workers", "3", ...(out === undefined ? [] : ["--out", out])],
      { cwd: root, stdio: ["ignore", "pipe", "pipe"] }
    )
    let stdout = ""
    command.stdout.on("data", (chunk) => {
      stdout += chunk
    })
    command.stderr.resume()
    const exited = new Promise<NodeJS.Signals | null>((resolve) => command.on("exit", (_, s) => resolve(s)))
    // Until both workers are reading the file (they have read more than their code).
    let workers: Array<number> = []
    for (let i = 0; i < 3000 && (workers.length < 2 || workers.some((w) => bytesRead(w) < 16 << 20)); i++) {
      await sleep(10)
      workers = childrenOf(command.pid!)
    }
    expect(workers).toHaveLength(2)
    expect(command.exitCode).toBe(null)
    command.kill(signal)
    const start = performance.now()
    while (workers.some(running) && performance.now() - start < 5000) await sleep(2)
    const ms = performance.now() - start
    expect(await exited).toBe(signal)
    expect(stdout).toBe("")
    return ms
  }

  it.each(["SIGINT", "SIGTERM"] as const)(
    "%s during --workers 3: no output, no temporary file, every worker gone within 200 ms",
    async (signal) => {
      const outDir = file(`out-${signal}`)
      mkdirSync(outDir)
      await endsWithin200ms(() => interrupt(signal, join(outDir, "kpis.json")))
      expect(readdirSync(outDir)).toStrictEqual([])
    }
  )

  it("worker processes end within 200 ms when the command is killed (SIGKILL)", async () => {
    await endsWithin200ms(() => interrupt("SIGKILL"))
  })
})

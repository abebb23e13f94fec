import { spawnSync } from "node:child_process"
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { ProgrammeData, Simulation } from "@gip-sante/report"
import { beforeAll, describe, expect, it, vi } from "vitest"

// Each test spawns the built program, which starts DuckDB: room on a loaded machine.
vi.setConfig({ testTimeout: 120_000 })

// As a user runs it: `node packages/cli/dist/main.js …` (built by test/build.global.ts).
const root = fileURLToPath(new URL("../../../", import.meta.url))
const main = join(root, "packages/cli/dist/main.js")

const run = (program: string, args: ReadonlyArray<string>) => {
  const r = spawnSync(process.execPath, [program, ...args], {
    cwd: dir,
    encoding: "utf8",
    timeout: 120_000,
    // A JSON report with every explanation is several MiB: more than spawnSync keeps by default.
    maxBuffer: 256 * 1024 * 1024
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const cli = (...args: ReadonlyArray<string>) => run(main, args)

let dir = ""
const file = (name: string) => join(dir, name)

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "gip-sante-cli-duckdb-"))
  // The simulated log's first year: about 45,000 events.
  expect(cli("simulate", "--to", "2023-06-30", "--out", file("log.jsonl")).code).toBe(0)
  expect(cli("simulate", "--to", "2023-06-30", "--out", file("log.parquet")).code).toBe(0)
})

describe("gip-sante kpi --engine duckdb", () => {
  it("prints byte-identical JSON to the default engine on the simulated log, from JSON Lines and from Parquet", () => {
    const inProcess = cli("kpi", "--events", file("log.jsonl"))
    const fromJsonLines = cli("kpi", "--engine", "duckdb", "--events", file("log.jsonl"))
    const fromParquet = cli("kpi", "--engine", "duckdb", "--workers", "2", "--events", file("log.parquet"))
    expect(inProcess.code).toBe(0)
    expect(fromJsonLines.code).toBe(0)
    expect(fromParquet.code).toBe(0)
    expect(inProcess.stdout.length).toBeGreaterThan(1000)
    expect(fromJsonLines.stdout).toBe(inProcess.stdout)
    expect(fromParquet.stdout).toBe(inProcess.stdout)
    expect(fromParquet.stderr).toBe(inProcess.stderr.replace(file("log.jsonl"), file("log.parquet")))
  })

  it("lists the same rejects as the default engine, at the same lines", () => {
    const good = readFileSync(file("log.jsonl"), "utf8").split("\n").slice(0, 50)
    good.splice(3, 0, "{", '{"type":"lunch"}', "")
    good.splice(
      20,
      0,
      JSON.stringify({
        type: "homeVisit",
        date: "2025-02-30",
        centreId: "c",
        clinicianId: "g",
        patientId: "p"
      })
    )
    writeFileSync(file("bad.jsonl"), good.join("\n"))
    const inProcess = cli("kpi", "--events", file("bad.jsonl"))
    const duckdb = cli("kpi", "--engine", "duckdb", "--events", file("bad.jsonl"))
    expect(duckdb.code).toBe(0)
    expect(duckdb.stderr).toBe(inProcess.stderr)
    expect(duckdb.stderr).toContain(`${file("bad.jsonl")}:4: not valid JSON`)
    expect(duckdb.stdout).toBe(inProcess.stdout)
  })

  it("refuses the option that needs DuckDB with the default engine", () => {
    const r = cli("kpi", "--memory-limit", "600MB", "--events", file("log.jsonl"))
    expect(r.code).toBe(2)
    expect(r.stderr.split("\n")[0]).toBe("--memory-limit needs --engine duckdb")
  })

  it("counts unique patients approximately with --patients approximate, the other KPIs unchanged", () => {
    const exact = JSON.parse(cli("kpi", "--engine", "duckdb", "--events", file("log.parquet")).stdout)
    const approximate = JSON.parse(
      cli("kpi", "--engine", "duckdb", "--patients", "approximate", "--events", file("log.parquet")).stdout
    )
    expect(approximate.patients.exact).toBe(false)
    expect(Math.abs(approximate.patients.uniquePatients / exact.patients.uniquePatients - 1)).toBeLessThan(
      0.5
    )
    expect({ ...approximate, patients: exact.patients }).toStrictEqual(exact)
  })

  it("says plainly when the DuckDB engine is not installed", () => {
    // The program alone, away from the workspace's node_modules.
    const alone = mkdtempSync(join(tmpdir(), "gip-sante-alone-"))
    for (const name of readdirSync(join(root, "packages/cli/dist")))
      if (name.endsWith(".js")) copyFileSync(join(root, "packages/cli/dist", name), join(alone, name))
    const r = run(join(alone, "main.js"), ["kpi", "--engine", "duckdb", "--events", file("log.jsonl")])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      "gip-sante kpi: the DuckDB engine is not installed: npm install @gip-sante/duckdb (it brings DuckDB, about 60 MB, for this platform)\n"
    )
    // The default engine does not need it.
    expect(run(join(alone, "main.js"), ["kpi", "--events", file("log.jsonl")]).code).toBe(0)
  })
})

describe("gip-sante convert and simulate", () => {
  it("converts JSON Lines and CSV to one Parquet file, rejects listed; its KPIs are those of the sources", () => {
    const lines = readFileSync(file("log.jsonl"), "utf8")
      .split("\n")
      .filter((l) => l !== "")
    writeFileSync(file("a.jsonl"), `${lines.slice(0, 100).join("\n")}\n{"type":"homeVisit"}\n`)
    const homeVisits = lines
      .map((l) => JSON.parse(l))
      .filter((e) => e.type === "homeVisit")
      .slice(0, 5)
    const header = ["type", "date", "centreId", "clinicianId", "patientId"]
    writeFileSync(
      file("b.csv"),
      `${[header.join(","), ...homeVisits.map((e) => header.map((h) => e[h]).join(","))].join("\n")}\n`
    )
    const r = cli("convert", file("a.jsonl"), file("b.csv"), "--out", file("ab.parquet"))
    expect(r.code).toBe(0)
    expect(r.stderr.split("\n").slice(0, 1)[0]).toMatch(
      new RegExp(`^${file("a.jsonl")}:101: .*Missing field`, "u")
    )
    expect(r.stderr).toContain("2 file(s): 106 record(s) read, 105 written, 1 rejected")
    const fromSources = cli("kpi", "--events", file("a.jsonl"), file("b.csv"))
    const fromParquet = cli("kpi", "--engine", "duckdb", "--events", file("ab.parquet"))
    expect(fromParquet.stdout).toBe(fromSources.stdout)
  })

  it("writes nothing when a file cannot be read", () => {
    const r = cli("convert", file("missing.jsonl"), "--out", file("none.parquet"))
    expect(r.code).toBe(1)
    expect(readdirSync(dir)).not.toContain("none.parquet")
  })

  it("report --engine duckdb: the same report as the fold, from JSON Lines and from Parquet", () => {
    for (const window of [[], ["--from", "2022-10-01", "--to", "2023-03-31"]]) {
      const json = (engine: string, log: string) =>
        cli("report", "--engine", engine, "--format", "json", ...window, "--events", file(log))
      const fold = json("process", "log.jsonl")
      const duck = json("duckdb", "log.jsonl")
      const parquet = json("duckdb", "log.parquet")
      expect(fold.code).toBe(0)
      expect(duck.code).toBe(0)
      expect(parquet.code).toBe(0)
      const model = JSON.parse(fold.stdout) as { log: { events: number; outsideWindow: number } }
      expect(model.log.events).toBeGreaterThan(1000)
      if (window.length === 0) expect(model.log.outsideWindow).toBe(0)
      else expect(model.log.outsideWindow).toBeGreaterThan(1000)
      expect(duck.stdout).toBe(fold.stdout)
      expect(duck.stderr).toBe(fold.stderr)
      expect(parquet.stdout).toBe(
        fold.stdout.replaceAll(JSON.stringify(file("log.jsonl")), JSON.stringify(file("log.parquet")))
      )
    }
    const md = cli("report", "--engine", "duckdb", "--events", file("log.parquet"))
    expect(md.code).toBe(0)
    expect(md.stdout).toBe(
      cli("report", "--events", file("log.jsonl")).stdout.replaceAll(file("log.jsonl"), file("log.parquet"))
    )
  })

  it("report --engine duckdb needs event files", () => {
    const r = cli("report", "--engine", "duckdb")
    expect(r.code).toBe(2)
    expect(r.stderr.split("\n")[0]).toBe("--engine duckdb reads event files: give them with --events")
  })

  it("simulate --programme: the generic simulation run on that programme data's calibration", () => {
    const cvl = join(root, "packages/centre-val-de-loire/src")
    const r = cli(
      "simulate",
      "--override",
      join(cvl, "override.json"),
      "--programme",
      join(cvl, "programme.json"),
      "--to",
      "2021-06-30",
      "--out",
      file("cvl.jsonl")
    )
    expect(r.code).toBe(0)
    const programme = ProgrammeData.decodeUnsafe(
      JSON.parse(readFileSync(join(cvl, "programme.json"), "utf8"))
    )
    const expected = [...Simulation.simulate(programme.simulation!, { to: "2021-06-30" })]
    expect(expected.length).toBeGreaterThan(100)
    expect(readFileSync(file("cvl.jsonl"), "utf8")).toBe(
      expected.map((e) => `${JSON.stringify(e)}\n`).join("")
    )
    expect(r.stderr).toBe(
      `${file("cvl.jsonl")}: ${expected.length} simulated event(s) written (1 copy, seed ${programme.simulation!.defaultSeed.value})\n`
    )
    const borrowed = cli("simulate", "--override", join(cvl, "override.json"), "--out", file("none.jsonl"))
    expect(borrowed.code).toBe(2)
    expect(borrowed.stderr.split("\n")[0]).toBe(
      `--programme: give the programme data that goes with this policy (or "@gip-sante/occitanie" for Occitanie's); gip-sante never borrows another programme's`
    )
  })

  it("simulate --copies N: N copies with distinct seeds and ids, one Parquet file", () => {
    mkdirSync(file("copies"), { recursive: true })
    const r = cli("simulate", "--to", "2022-12-31", "--copies", "3", "--out", file("copies/log.jsonl"))
    expect(r.code).toBe(0)
    const events = readFileSync(file("copies/log.jsonl"), "utf8")
      .split("\n")
      .filter((l) => l !== "")
      .map((l) => JSON.parse(l) as Record<string, string>)
    const one = cli("simulate", "--to", "2022-12-31", "--out", file("copies/one.jsonl"))
    expect(one.code).toBe(0)
    const first = readFileSync(file("copies/one.jsonl"), "utf8")
      .split("\n")
      .filter((l) => l !== "").length
    expect(new Set(events.map((e) => e.patientId?.slice(0, 3)).filter((p) => p !== undefined))).toStrictEqual(
      new Set(["r0:", "r1:", "r2:"])
    )
    expect(events.filter((e) => e.centreId?.startsWith("r0:")).length).toBe(first)
    expect(r.stderr).toBe(
      `${file("copies/log.jsonl")}: ${events.length} simulated event(s) written (3 copies, seed 2025)\n`
    )
  })
})

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Locale } from "@gip-sante/core"
import { programmeJson, simulate } from "@gip-sante/occitanie"
import { Markdown } from "@gip-sante/report"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { reportCommand } from "../src/report.js"

const headings = Markdown.headings

interface Run {
  readonly code: number
  readonly out: string
  readonly err: string
}

const run = async (args: ReadonlyArray<string>): Promise<Run> => {
  const out: Array<string> = []
  const err: Array<string> = []
  const code = await reportCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join("\n"), err: err.join("\n") }
}

// The full simulation takes a few seconds: each format is rendered once and reused.
let md: Run
let html: Run
let json: Run
const dir = mkdtempSync(join(tmpdir(), "gip-report-"))

beforeAll(async () => {
  md = await run([])
  html = await run(["--format", "html"])
  json = await run(["--format", "json"])
}, 60_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const publishedIds = [
  "consultations.total.apr2025",
  "consultations.total.summer2025",
  "patients.regularDoctorRegained.apr2025",
  "patients.regularDoctorRegained.dec2025",
  "homeVisits.total.apr2025",
  "patients.share65Plus.dec2025",
  "programme.goal.consultations",
  "programme.goal.clinicians"
]

describe("gip-sante report (Markdown)", () => {
  it("has every section and the published figure ids", () => {
    expect(md.code).toBe(0)
    expect(md.err).toBe("")
    for (const heading of Object.values(headings)) expect(md.out).toMatch(new RegExp(`^## ${heading}`, "m"))
    expect(md.out).toContain("## Projection to 2028-12")
    for (const id of publishedIds) expect(md.out).toContain(`\`${id}\``)
    expect(md.out).toContain("SIMULATED")
    expect(md.out).not.toContain("Not available")
  })

  it("follows figures with their explanation", () => {
    expect(md.out.match(/\*\*What it rests on:\*\*/g)?.length).toBeGreaterThanOrEqual(8)
    expect(md.out).toContain("<details><summary>How it is computed</summary>")
    expect(md.out).toContain("Assumptions involved: yes")
  })

  it("keeps consultations, unique patients and regular-doctor patients apart, in French numbers", () => {
    expect(md.out).toMatch(/\| Consultations \| 501\u202f785 \|/)
    expect(md.out).toMatch(/\| Unique patients seen \(people\) \| [\d\u202f]+ \|/)
    expect(md.out).toMatch(/\| Regular-doctor patients .* \| [\d\u202f]+ \|/)
  })
})

describe("gip-sante report (HTML)", () => {
  it("is one self-contained page with three charts", () => {
    expect(html.code).toBe(0)
    const page = html.out
    expect(page.match(/<html/g)?.length).toBe(1)
    expect(page.match(/<svg/g)?.length).toBe(3)
    expect(page.match(/<svg[^>]*>\s*<title/g)?.length).toBe(3)
    expect(page).not.toMatch(/<script/i)
    // Nothing is loaded from elsewhere; links to the sources' public pages are only links.
    expect(page).not.toMatch(/src="https?:|<link[^>]*href="https?:/)
    expect(page.match(/<details>/g)?.length).toBe(page.match(/<\/details>/g)?.length)
    for (const heading of Object.values(headings))
      expect(page).toContain(`<h2>${heading.replace(/'/g, "&#39;")}`)
  })

  it("escapes text", () => {
    // The S2 locators and the simulation's rationales hold quotes and apostrophes.
    expect(html.out).toContain("&#39;")
    expect(html.out).not.toMatch(
      /<(?!\/?(html|head|meta|title|style|body|h1|h2|h3|h4|p|strong|code|span|section|table|thead|tbody|tr|th|td|details|summary|pre|ul|li|div|figure|figcaption|svg|desc|line|text|path|rect|a|q)\b|!doctype)/i
    )
  })
})

describe("gip-sante report (JSON)", () => {
  it("parses and has the sections", () => {
    expect(json.code).toBe(0)
    const data = JSON.parse(json.out) as Record<string, { status?: string; value?: unknown }>
    for (const key of ["headline", "activity", "target", "pay", "staff", "opening", "projection"]) {
      expect(data[key]?.status, key).toBe("ok")
    }
    expect(data.assumptions).toBeDefined()
    const projection = data.projection?.value as {
      consultations: { value: { goalMonthWithPlan: { value: string; explanation: { version: number } } } }
    }
    expect(projection.consultations.value.goalMonthWithPlan.value).toMatch(/^\d{4}-\d{2}$/)
    expect(projection.consultations.value.goalMonthWithPlan.explanation.version).toBe(1)
  })
})

describe("gip-sante report options", () => {
  it("--out with a bad --policy leaves no file", async () => {
    const bad = join(dir, "bad.json")
    writeFileSync(bad, JSON.stringify({ name: "x" }))
    const target = join(dir, "report.html")
    const r = await run([
      "--policy",
      bad,
      "--programme",
      "@gip-sante/occitanie",
      "--format",
      "html",
      "--out",
      target
    ])
    expect(r.code).toBe(1)
    expect(r.err).toContain("issue(s) found")
    expect(existsSync(target)).toBe(false)
    expect(readdirSync(dir)).toEqual(["bad.json"])
  })

  it("--out writes the report over a short window", async () => {
    const target = join(dir, "short.md")
    const r = await run(["--from", "2022-07-01", "--to", "2022-12-31", "--out", target])
    expect(r.code).toBe(0)
    expect(existsSync(target)).toBe(true)
    rmSync(target)
  })

  it("--ledger writes the typical centre's ledger, as CSV or JSON by the file's extension", async () => {
    const csv = join(dir, "ledger.csv")
    const jsonFile = join(dir, "ledger.json")
    const report = join(dir, "with-ledger.md")
    const r = await run(["--from", "2022-07-01", "--to", "2022-12-31", "--out", report, "--ledger", csv])
    expect(r.code).toBe(0)
    const lines = readFileSync(csv, "utf8").trimEnd().split("\n")
    expect(lines[0]).toBe("date,centreId,kind,category,amountCents,amountEuros,source")
    expect(r.err).toContain(`wrote the typical centre's ledger (${lines.length - 1} entries) to ${csv}`)
    const j = await run(["--from", "2022-07-01", "--to", "2022-12-31", "--out", report, "--ledger", jsonFile])
    expect(j.code).toBe(0)
    expect(JSON.parse(readFileSync(jsonFile, "utf8"))).toHaveLength(lines.length - 1)
  })

  it("--ledger fails with code 1 and says why when the programme has no typical centre", async () => {
    const programme = JSON.parse(JSON.stringify(programmeJson))
    delete programme.typicalCentre
    delete programme.economics
    const file = join(dir, "no-centre.json")
    writeFileSync(file, JSON.stringify(programme))
    const r = await run([
      "--programme",
      file,
      "--from",
      "2022-07-01",
      "--to",
      "2022-09-30",
      "--ledger",
      join(dir, "x.csv")
    ])
    expect(r.code).toBe(1)
    expect(r.err).toBe(
      "--ledger: the typical centre's ledger cannot be computed: The programme data describes no typical centre."
    )
    expect(existsSync(join(dir, "x.csv"))).toBe(false)
  })

  it("--help", async () => {
    const r = await run(["--help"])
    expect(r.code).toBe(0)
    expect(r.out).toContain("Usage: gip-sante report")
    expect(r.out).toContain("--events <file|dir>")
    expect(r.out).not.toContain("coming")
  })

  it("rejects a bad format, a bad date and an unknown option with code 2", async () => {
    expect((await run(["--format", "pdf"])).code).toBe(2)
    expect((await run(["--to", "2025-13-01"])).code).toBe(2)
    expect((await run(["--unknown", "x"])).code).toBe(2)
  })
})

describe("gip-sante report --events", () => {
  const eventsDir = mkdtempSync(join(tmpdir(), "gip-report-events-"))
  const events = [...simulate({ seed: 3, from: "2024-01-01", to: "2024-04-01" })]
  const consultations = events.filter((e) => e.type === "consultation").length
  const good = join(eventsDir, "a.jsonl")
  const bad = join(eventsDir, "b.jsonl")
  let jsonRun: Run
  let mdRun: Run

  beforeAll(async () => {
    writeFileSync(good, events.map((e) => `${JSON.stringify(e)}\n`).join(""))
    const first = events[0]
    writeFileSync(
      bad,
      `${JSON.stringify({ ...first, type: "consultation", patientId: undefined })}\n{not json\n`
    )
    writeFileSync(join(eventsDir, "notes.txt"), "not an event file")
    jsonRun = await run(["--events", eventsDir, "--format", "json"])
    mdRun = await run(["--events", eventsDir])
  }, 60_000)

  afterAll(() => rmSync(eventsDir, { recursive: true, force: true }))

  it("reports on the events of the files", () => {
    expect(consultations).toBeGreaterThan(0)
    expect(jsonRun.code).toBe(0)
    const data = JSON.parse(jsonRun.out) as {
      log: { kind: string; files: Array<string>; events: number; rejected: number }
      headline: { status: string; value: { kpis: Array<{ id: string; figure: { value: number } }> } }
      assumptions: { simulation?: unknown }
    }
    expect(data.log.kind).toBe("files")
    expect(data.log.files).toEqual([good, bad])
    expect(data.log.events).toBe(events.length)
    expect(data.log.rejected).toBe(2)
    expect(data.headline.status).toBe("ok")
    expect(data.headline.value.kpis.find((k) => k.id === "consultations")?.figure.value).toBe(consultations)
    expect(data.assumptions.simulation).toBeUndefined()
  })

  it("lists the rejects on standard error with file:line", () => {
    expect(jsonRun.err).toContain(`${bad}:1: `)
    expect(jsonRun.err).toContain(`${bad}:2: not valid JSON`)
    expect(jsonRun.err).toContain("2 record(s) rejected")
    expect(jsonRun.err).toContain(`2 file(s): ${Locale.integer(events.length + 2)} record(s) read`)
  })

  it("states the files used and has no simulated-data banner", () => {
    expect(mdRun.code).toBe(0)
    expect(mdRun.out).not.toContain("Simulated data")
    expect(mdRun.out).not.toContain("SIMULATED")
    expect(mdRun.out).toContain("**Event files.**")
    expect(mdRun.out).toContain(`- \`${good}\``)
    for (const heading of Object.values(headings))
      expect(mdRun.out).toMatch(new RegExp(`^## ${heading}`, "m"))
  })

  it("a file that cannot be read fails with code 1 and writes nothing", async () => {
    const target = join(eventsDir, "report.md")
    const missing = join(eventsDir, "missing.jsonl")
    const r = await run(["--events", good, "--events", missing, "--out", target])
    expect(r.code).toBe(1)
    expect(r.err).toContain(missing)
    expect(existsSync(target)).toBe(false)
  })

  it("a file in an unknown format fails with code 1", async () => {
    const r = await run(["--events", join(eventsDir, "notes.txt")])
    expect(r.code).toBe(1)
    expect(r.err).toContain("unknown format")
  })
})

describe("gip-sante report with a programme data file", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "gip-report-programme-"))
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))
  const write = (name: string, value: unknown) => {
    const file = join(dataDir, name)
    writeFileSync(file, JSON.stringify(value, null, 2))
    return file
  }
  // Where a piece of text is in a file written by `write`: "line:column" (1-based).
  const at = (file: string, piece: string) => {
    const text = readFileSync(file, "utf8")
    const before = text.slice(0, text.indexOf(piece)).split("\n")
    return `${before.length}:${before.at(-1)!.length + 1}`
  }

  it("needs the programme data that goes with a policy given", async () => {
    const r = await run(["--policy", "@gip-sante/occitanie"])
    expect(r.code).toBe(2)
    expect(r.err.split("\n")[0]).toBe(
      "--programme: give the programme data that goes with this policy (or \"@gip-sante/occitanie\" for Occitanie's); gip-sante never borrows another programme's"
    )
  })

  it("without a simulation and without events, says plainly that there is no event log", async () => {
    const { simulation: _none, ...withoutSimulation } = programmeJson
    const file = write("no-simulation.json", withoutSimulation)
    const r = await run(["--policy", "@gip-sante/occitanie", "--programme", file, "--format", "json"])
    expect(r.code).toBe(0)
    const model = JSON.parse(r.out) as { log: { kind: string }; headline: { status: string; reason: string } }
    expect(model.log.kind).toBe("none")
    expect(model.headline).toStrictEqual({
      status: "unavailable",
      reason:
        "No event log was given, so there are no events to count: give the programme's event files, or programme data with a simulation calibration for a simulated log."
    })
    const text = await run(["--policy", "@gip-sante/occitanie", "--programme", file])
    expect(text.out).toContain("**No event log.** This report has no events")
    expect(text.out).not.toContain("SIMULATED")
  })

  it("reports every issue of an invalid programme file with its path, and writes nothing", async () => {
    const file = write("bad.json", {
      ...programmeJson,
      window: { from: "2022-07-01" },
      comparisons: [{ figure: "x.y", kpi: "homeVisits" }]
    })
    const r = await run(["--programme", file, "--policy", "@gip-sante/occitanie"])
    expect(r.code).toBe(1)
    expect(r.err.split("\n")).toStrictEqual([
      `${file}:${at(file, '"window"')}: at window.to: Missing field`,
      `1 issue(s) found in ${file}: not valid programme data`
    ])
  })

  it("refuses a programme file that cites a document the policy does not declare", async () => {
    const file = write("dangling.json", {
      ...programmeJson,
      start: { ...programmeJson.start, provenance: { kind: "citation", document: "cvl-press", locator: "x" } }
    })
    const r = await run(["--programme", file, "--policy", "@gip-sante/occitanie"])
    expect(r.code).toBe(1)
    expect(r.err.split("\n")).toStrictEqual([
      `${file}:${at(file, '"document": "cvl-press"')}: at start.provenance.document: Refers to document "cvl-press", which the policy's bibliography does not declare`,
      `1 citation(s) in ${file} of documents the policy @gip-sante/occitanie does not declare: add them to the policy's bibliography`
    ])
  })
})

describe("gip-sante report for Centre-Val de Loire, as data only", () => {
  const file = (path: string) => fileURLToPath(new URL(path, import.meta.url))
  const args = [
    "--policy",
    file("../../occitanie/policy.json"),
    "--override",
    file("../../centre-val-de-loire/src/override.json"),
    "--programme",
    file("../../centre-val-de-loire/src/programme.json")
  ]

  it("writes the region's own HTML report", async () => {
    const r = await run([...args, "--format", "html"])
    expect(r.code).toBe(0)
    expect(r.err).toBe("")
    expect(r.out).toContain("<h1>Programme report: GIP Pro Santé (Centre-Val de Loire)</h1>")
    expect(r.out).toContain(
      "<strong>Simulated data.</strong> The event log is SIMULATED: produced by the seeded simulation of GIP Pro Santé"
    )
    expect(r.out).not.toMatch(/\bS[12]\b/)
    expect(r.out).toContain("cvl-audit-2023")
  }, 60_000)
})

describe("gip-sante init", () => {
  const folder = join(mkdtempSync(join(tmpdir(), "gip-init-")), "my-region")
  const runInit = async (args: ReadonlyArray<string>) => {
    const out: Array<string> = []
    const err: Array<string> = []
    const code = await (await import("../src/index.js")).run(["init", ...args], {
      out: (l) => out.push(l),
      err: (l) => err.push(l)
    })
    return { code, out: out.join("\n"), err: err.join("\n") }
  }

  it("writes a region's starter files, each pointing at its schema, with no programme's numbers", async () => {
    const r = await runInit([folder, "--start", "2020-06-30", "--region", "Centre-Val de Loire"])
    expect(r.code).toBe(0)
    expect(readdirSync(folder).sort()).toStrictEqual([
      "override.json",
      "override.schema.json",
      "programme.json",
      "programme.schema.json"
    ])
    const override = JSON.parse(readFileSync(join(folder, "override.json"), "utf8"))
    expect(override).toMatchObject({
      $schema: "./override.schema.json",
      region: "Centre-Val de Loire",
      start: "2020-06-30",
      parameters: {}
    })
    const programme = JSON.parse(readFileSync(join(folder, "programme.json"), "utf8"))
    expect(programme).toMatchObject({
      $schema: "./programme.schema.json",
      window: { from: "2020-06-30", to: "2020-12-31" },
      figures: []
    })
  })

  it("replaces nothing, and needs the programme's start", async () => {
    const again = await runInit([folder, "--start", "2020-06-30"])
    expect(again.code).toBe(1)
    expect(again.err).toBe(
      `${join(folder, "override.json")}: the file exists; gip-sante init replaces nothing (no file written)`
    )
    const noStart = await runInit([join(folder, "other")])
    expect(noStart.code).toBe(2)
    expect(noStart.err.split("\n")[0]).toBe("--start: give the day the programme started, written YYYY-MM-DD")
  })
})

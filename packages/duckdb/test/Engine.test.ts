import { existsSync, writeFileSync } from "node:fs"
import { fc, test } from "@fast-check/vitest"
import { Events, Kpi } from "@gip-sante/core"
import { Engine } from "@gip-sante/duckdb"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { log, oddStrings } from "./arbitraries.js"
import { csvCells, csvHeader, scratch, writeCsv, writeLines } from "./files.js"

// Each run opens DuckDB: the properties take seconds, not the default 5 s limit.
const timeout = 120_000

const options = { fullTimeWeeklyHours: 35, keepRejects: Number.MAX_SAFE_INTEGER, threads: 2 }

// The in-process answer: the events decoded (in order) and the rejects, with their numbers.
interface Expected {
  readonly events: Array<Events.Event>
  readonly rejects: Array<Engine.Reject>
}

const expected = (
  file: string,
  unit: "line" | "row",
  decoded: ReadonlyArray<ReturnType<typeof Events.decode> | undefined>
): Expected => {
  const events: Array<Events.Event> = []
  const rejects: Array<Engine.Reject> = []
  decoded.forEach((d, i) => {
    if (d === undefined) return
    if (Result.isSuccess(d)) events.push(d.success)
    else rejects.push({ file, record: i + 1, unit, issues: d.failure })
  })
  return { events, rejects }
}

// JSON Lines as writers spell them: mostly `JSON.stringify`, sometimes with spaces, numbers
// written otherwise (20.0, 2e1), an escaped letter, and lines that are blank or not events.
const spell = (record: Record<string, unknown>, how: number): string => {
  const text = JSON.stringify(record)
  switch (how % 8) {
    case 1:
      return text.replaceAll('":', '": ').replaceAll(',"', ', "')
    case 2:
      return text
        .replace(/"durationMinutes":(\d+)/u, '"durationMinutes":$1.0')
        .replace(/"sites":(\d+)/u, '"sites":$1e0')
    case 3:
      return text.replace(/"type":"c/u, '"type":"\\u0063')
    case 4:
      return `  ${text}\t`
    default:
      return text
  }
}
const extraLines = [
  "",
  "   ",
  "\u00a0",
  "{",
  "[1,2]",
  "null",
  "42",
  '"consultation"',
  "{}",
  '{"type":"homeVisit","type":"slot"}'
]

const sameAsFold = (run: Engine.Run, want: Expected, counting: Kpi.PatientCounting = { mode: "exact" }) => {
  const fold = Kpi.fold(Kpi.programmeKpis({ fullTimeWeeklyHours: 35, patients: counting }), want.events)
  // toEqual, not toStrictEqual: the latter compares `value.constructor`, which is a count when a
  // clinician's id is "constructor". The JSON below is compared byte for byte, key order included:
  // it is what `gip-sante kpi` prints.
  expect(run.kpis).toEqual(fold)
  expect(JSON.stringify(run.kpis)).toBe(JSON.stringify(fold))
  const outcome = run.outcomes[0] as Engine.FileOutcome
  expect(outcome.error).toBeUndefined()
  expect(outcome.rejects).toStrictEqual(want.rejects)
  expect(outcome.counts).toStrictEqual({
    read: want.events.length + want.rejects.length,
    decoded: want.events.length,
    rejected: want.rejects.length
  })
}

describe("Engine: DuckDB equals the in-process fold (differential, fixed seed)", () => {
  test.prop([log, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...extraLines))), fc.nat()], {
    seed: 19,
    numRuns: 30
  })(
    "JSON Lines: same KPIs, same rejects at the same lines, events + rejects = records read",
    async (records, extras, how) => {
      const lines = records.map((r, i) => spell(r, how + i))
      for (const [at, line] of extras) lines.splice(at % (lines.length + 1), 0, line)
      const files = scratch()
      try {
        const file = files.path("log.jsonl")
        writeLines(file, lines)
        const want = expected(
          file,
          "line",
          lines.map((l) => (l.trim() === "" ? undefined : Events.decodeJson(l)))
        )
        sameAsFold(await Engine.programmeKpis([file], options), want)
      } finally {
        files.done()
      }
    },
    timeout
  )

  test.prop([log, fc.nat()], { seed: 19, numRuns: 30 })(
    "CSV: same KPIs, same rejects at the same rows, events + rejects = records read",
    async (records, seed) => {
      const header = csvHeader(seed)
      const rows = records.map((r) => csvCells(header, r))
      const files = scratch()
      try {
        const file = files.path("log.csv")
        writeCsv(file, header, rows)
        const want = expected(
          file,
          "row",
          rows.map((cells) => Events.decodeCsvRow(header, cells))
        )
        sameAsFold(await Engine.programmeKpis([file], options), want)
      } finally {
        files.done()
      }
    },
    timeout
  )

  test.prop([log, fc.boolean()], { seed: 19, numRuns: 20 })(
    "Parquet written by writeParquet (checked when written, or checked again): same KPIs",
    async (records, recheck) => {
      const { events } = Events.decodeAll(records)
      const files = scratch()
      try {
        const file = files.path("log.parquet")
        expect(await Engine.writeParquet(events, file)).toBe(events.length)
        sameAsFold(await Engine.programmeKpis([file], { ...options, recheck }), { events, rejects: [] })
      } finally {
        files.done()
      }
    },
    timeout
  )

  test.prop([fc.constantFrom(...oddStrings), fc.constantFrom(...oddStrings)], { seed: 19, numRuns: 12 })(
    "odd ids as keys of every count: same KPIs in every format",
    async (a, b) => {
      const records = [
        {
          type: "consultation",
          date: "2025-06-02",
          centreId: a,
          siteId: b,
          clinicianId: a,
          patientId: b,
          ageBand: "80+",
          complex: false,
          scheduling: "unscheduled",
          mode: "tele",
          durationMinutes: 20
        },
        { type: "pdsaShift", date: "2025-06-01", centreId: b, clinicianId: b, kind: "night" },
        {
          type: "staffHired",
          date: "2025-06-01",
          centreId: a,
          staffId: a,
          profession: "gp",
          weeklyHours: 27.3
        },
        {
          type: "staffHired",
          date: "2025-06-01",
          centreId: b,
          staffId: b,
          profession: "gp",
          weeklyHours: 35.1
        }
      ]
      const { events } = Events.decodeAll(records)
      const files = scratch()
      try {
        const header = csvHeader(1)
        writeLines(
          files.path("log.jsonl"),
          records.map((r) => JSON.stringify(r))
        )
        writeCsv(
          files.path("log.csv"),
          header,
          records.map((r) => csvCells(header, r))
        )
        await Engine.writeParquet(events, files.path("log.parquet"))
        for (const name of ["log.jsonl", "log.csv", "log.parquet"])
          sameAsFold(await Engine.programmeKpis([files.path(name)], options), { events, rejects: [] })
      } finally {
        files.done()
      }
    },
    timeout
  )
})

const homeVisit = {
  type: "homeVisit",
  date: "2025-06-02",
  centreId: "c1",
  clinicianId: "gp-1",
  patientId: "p-1"
}
const issuesOf = (outcome: Engine.FileOutcome | undefined) =>
  outcome?.rejects.map(
    (r) => `${r.unit} ${r.record}: ${r.issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`
  )

describe("Engine: bad records on the engine path", () => {
  it("JSON Lines: lines that are not UTF-8 are decoded from their bytes, as in-process (byte-order mark, CRLF)", async () => {
    const files = scratch()
    try {
      const file = files.path("log.jsonl")
      const lines = [
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(homeVisit))]),
        Buffer.concat([
          Buffer.from('{"type":"homeVisit","date":"2025-06-02","centreId":"c'),
          Buffer.from([0xff]),
          Buffer.from('","clinicianId":"gp-1","patientId":"p-1"}')
        ]),
        Buffer.from([0x7b, 0xfe]),
        Buffer.from(JSON.stringify({ ...homeVisit, patientId: "p-é" })),
        Buffer.from(""),
        Buffer.from(JSON.stringify({ ...homeVisit, date: "2025-02-30" }))
      ]
      writeFileSync(file, Buffer.concat(lines.flatMap((l) => [l, Buffer.from("\r\n")])))
      const run = await Engine.programmeKpis([file], options)
      expect(issuesOf(run.outcomes[0])).toStrictEqual([
        "line 3: : not valid JSON (Bad control character in string literal in JSON at position 1)".replace(
          /\(.*\)/u,
          `(${(() => {
            try {
              JSON.parse("{\ufffd")
            } catch (e) {
              return (e as Error).message
            }
          })()})`
        ),
        'line 6: date: Expected a calendar date "YYYY-MM-DD", got "2025-02-30": days run from 01 to 28 in February 2025'
      ])
      expect(run.outcomes[0]?.counts).toStrictEqual({ read: 5, decoded: 3, rejected: 2 })
      expect(run.kpis.consultations.total).toBe(0)
      expect(run.kpis.homeVisits).toBe(3)
    } finally {
      files.done()
    }
  })

  it("CSV: rows with another number of cells than the header are rejects at their line, in the in-process words", async () => {
    const files = scratch()
    try {
      const file = files.path("log.csv")
      const header = Object.keys(homeVisit)
      writeFileSync(
        file,
        [
          header.join(","),
          Object.values(homeVisit).join(","),
          "homeVisit,2025-06-02,c1",
          `${Object.values(homeVisit).join(",")},x`,
          Object.values(homeVisit).join(",")
        ].join("\n")
      )
      const run = await Engine.programmeKpis([file], options)
      expect(issuesOf(run.outcomes[0])).toStrictEqual([
        "line 3: : expected 5 columns (as the header), got 3 (truncated row?)",
        "line 4: : expected 5 columns (as the header), got 6"
      ])
      expect(run.outcomes[0]?.counts).toStrictEqual({ read: 4, decoded: 2, rejected: 2 })
      expect(run.kpis.homeVisits).toBe(2)
    } finally {
      files.done()
    }
  })

  it("Parquet: rows that are not events (wrong types, excess columns, nulls) are rejects at their row, with Events.decode's issues", async () => {
    const files = scratch()
    try {
      const good = files.path("good.parquet")
      await Engine.writeParquet([homeVisit as never], good)
      // A file written by another tool: durationMinutes as text, an excess column.
      const foreign = files.path("foreign.parquet")
      const { DuckDBInstance } = await import("@duckdb/node-api")
      const db = await DuckDBInstance.create(":memory:")
      const connection = await db.connect()
      await connection.run(
        `COPY (SELECT * FROM (VALUES
          ('homeVisit', '2025-06-02', 'c1', 'gp-1', 'p-1', NULL, NULL),
          ('consultation', '2025-06-02', 'c1', 'gp-1', 'p-2', '20', NULL),
          ('homeVisit', '2025-06-02', 'c1', 'gp-1', NULL, NULL, NULL),
          ('homeVisit', '2025-06-02', 'c1', 'gp-1', 'p-3', NULL, 7)
        ) AS t("type", "date", "centreId", "clinicianId", "patientId", "durationMinutes", "note")) TO '${foreign}' (FORMAT parquet)`
      )
      connection.closeSync()
      db.closeSync()
      const run = await Engine.programmeKpis([good, foreign], options)
      expect(issuesOf(run.outcomes[0])).toStrictEqual([])
      expect(issuesOf(run.outcomes[1])).toStrictEqual([
        'row 2: siteId: Missing field; ageBand: Missing field; complex: Missing field; scheduling: Missing field; mode: Missing field; durationMinutes: Expected number, got "20"',
        "row 3: patientId: Missing field",
        "row 4: note: Unknown field (not part of the format)"
      ])
      expect(run.outcomes.map((o) => o.counts)).toStrictEqual([
        { read: 1, decoded: 1, rejected: 0 },
        { read: 4, decoded: 1, rejected: 3 }
      ])
      expect(run.kpis.homeVisits).toBe(2)
    } finally {
      files.done()
    }
  })

  it("directories and globs are read in name order; missing files, unknown formats and lone carriage returns are file errors", async () => {
    const files = scratch()
    try {
      writeLines(files.path("b.jsonl"), [JSON.stringify(homeVisit)])
      writeLines(files.path("a.jsonl"), [JSON.stringify(homeVisit)])
      writeLines(files.path("notes.txt"), ["not events"])
      writeFileSync(files.path("cr.ndjson"), `${JSON.stringify(homeVisit)}\r${JSON.stringify(homeVisit)}\n`)
      const dir = files.path("")
      const run = await Engine.programmeKpis(
        [dir, files.path("*.jsonl"), files.path("missing.jsonl"), files.path("notes.txt")],
        options
      )
      expect(
        run.outcomes.map((o) => [o.file.slice(dir.length + 1), o.error?.replace(/\(.*\)/u, "(…)")])
      ).toStrictEqual([
        ["a.jsonl", undefined],
        ["b.jsonl", undefined],
        ["cr.ndjson", "cannot read the file (…)"],
        ["a.jsonl", undefined],
        ["b.jsonl", undefined],
        ["missing.jsonl", "cannot read the file (…)"],
        ["notes.txt", "unknown format: use .jsonl, .ndjson, .csv or .parquet"]
      ])
      expect(run.kpis.homeVisits).toBe(4)
    } finally {
      files.done()
    }
  })
})

describe("Engine: Parquet files checked when written", () => {
  it("writeParquet refuses events that are not valid, writing nothing", async () => {
    const files = scratch()
    try {
      const file = files.path("log.parquet")
      await expect(
        Engine.writeParquet([{ ...homeVisit, date: "2025-02-30" } as never], file)
      ).rejects.toThrow(
        "Engine.writeParquet: 1 of the events are not valid events (decode them with Events.decode first)"
      )
      expect(existsSync(file)).toBe(false)
    } finally {
      files.done()
    }
  })

  it("convert writes the valid events of text files, marked as checked; KPIs over it equal KPIs over the text", async () => {
    const files = scratch()
    try {
      const jsonl = files.path("log.jsonl")
      writeLines(jsonl, [JSON.stringify(homeVisit), "{", JSON.stringify({ ...homeVisit, patientId: "p-é" })])
      const parquet = files.path("log.parquet")
      const { written, outcomes } = await Engine.convert([jsonl], parquet, { threads: 2 })
      expect(written).toBe(2)
      expect(outcomes[0]?.counts).toStrictEqual({ read: 3, decoded: 2, rejected: 1 })
      const fromText = await Engine.programmeKpis([jsonl], options)
      const fromParquet = await Engine.programmeKpis([parquet], options)
      const rechecked = await Engine.programmeKpis([parquet], { ...options, recheck: true })
      expect(JSON.stringify(fromParquet.kpis)).toBe(JSON.stringify(fromText.kpis))
      expect(JSON.stringify(rechecked.kpis)).toBe(JSON.stringify(fromText.kpis))
      expect(rechecked.outcomes[0]?.counts).toStrictEqual({ read: 2, decoded: 2, rejected: 0 })
    } finally {
      files.done()
    }
  })
})

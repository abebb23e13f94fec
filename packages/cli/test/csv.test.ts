// The CSV reader on broken files (issue 17, defects 3, 4 and 7): a row that is not valid CSV is
// a reject at its line, never a lost file; an unclosed quote is reported where it opens and
// reading goes on at the next line; records have a length cap; numbers are checked in linear time.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { performance } from "node:perf_hooks"
import type { Events } from "@gip-sante/core"
import { afterAll, describe, expect, it } from "vitest"
import { type FileOutcome, maxCsvRecordChars, streamFile } from "../src/events-file.js"

const dir = mkdtempSync(join(tmpdir(), "gip-sante-csv-"))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let fileNumber = 0

const header = "type,date,centreId,clinicianId,patientId"
const row = (n: number) => `homeVisit,2025-06-02,c,gp-1,p${n}`

const read = async (text: string): Promise<{ outcome: FileOutcome; events: Array<Events.Event> }> => {
  const file = join(dir, `f${fileNumber++}.csv`)
  writeFileSync(file, text)
  const events: Array<Events.Event> = []
  const outcome = await streamFile(file, (e) => events.push(e), { keepRejects: 100 })
  return { outcome, events }
}

const lines = (outcome: FileOutcome) => outcome.rejects.map((r) => r.line)
const patients = (events: ReadonlyArray<Events.Event>) =>
  events.map((e) => (e.type === "homeVisit" ? e.patientId : e.type))

describe("CSV reader on broken files", () => {
  it("a stray quote in a cell rejects that row only, at its line", async () => {
    const { outcome, events } = await read(
      `${header}\n${row(1)}\nhomeVisit,2025-06-02,c,gp-1,p"2\n${row(3)}\n`
    )
    expect(outcome.error).toBeUndefined()
    expect(outcome.counts).toStrictEqual({ read: 3, decoded: 2, rejected: 1 })
    expect(outcome.rejects).toStrictEqual([
      {
        file: outcome.file,
        line: 3,
        issues: [
          { path: "", message: "not valid CSV: a quote inside a cell that does not start with one (field 5)" }
        ]
      }
    ])
    expect(patients(events)).toStrictEqual(["p1", "p3"])
  })

  it("an unclosed quote is reported at the line where it opens, and reading goes on at the next line", async () => {
    const rows = Array.from({ length: 100 }, (_, i) => row(i + 2))
    rows[50] = 'homeVisit,2025-06-02,c,gp-1,"p52'
    const { outcome, events } = await read(`${header}\n${rows.join("\n")}\n`)
    expect(outcome.error).toBeUndefined()
    expect(outcome.counts).toStrictEqual({ read: 100, decoded: 99, rejected: 1 })
    expect(lines(outcome)).toStrictEqual([52])
    expect(outcome.rejects[0]?.issues).toStrictEqual([
      { path: "", message: "not valid CSV: a quote opened on this line is never closed" }
    ])
    expect(events).toHaveLength(99)
  })

  it("a closing quote followed by text rejects its row, and the next rows are read", async () => {
    const { outcome, events } = await read(
      `${header}\n${row(1)}\nhomeVisit,2025-06-02,c,gp-1,"p2"x\n${row(3)}\n${row(4)}\n`
    )
    expect(outcome.counts).toStrictEqual({ read: 4, decoded: 3, rejected: 1 })
    expect(lines(outcome)).toStrictEqual([3])
    expect(patients(events)).toStrictEqual(["p1", "p3", "p4"])
  })

  it("counts lines through blank lines, CRLF line ends, a byte-order mark and quoted line breaks", async () => {
    const text = `\uFEFF${header}\r\n\r\n${row(1)}\r\nhomeVisit,2025-06-02,"c\r\nc",gp-1,p2\r\n\r\nhomeVisit,2025-06-02,c,gp-1,p"3\r\n${row(4)}\r\n`
    const { outcome, events } = await read(text)
    expect(outcome.counts).toStrictEqual({ read: 4, decoded: 3, rejected: 1 })
    expect(lines(outcome)).toStrictEqual([7])
    expect(patients(events)).toStrictEqual(["p1", "p2", "p4"])
  })

  it("a record longer than the cap is rejected at its line, and the next rows are read", async () => {
    const long = `homeVisit,2025-06-02,c,gp-1,${"p".repeat(maxCsvRecordChars + 10)}`
    const { outcome, events } = await read(`${header}\n${row(1)}\n${long}\n${row(3)}\n`)
    expect(outcome.counts).toStrictEqual({ read: 3, decoded: 2, rejected: 1 })
    expect(outcome.rejects[0]).toStrictEqual({
      file: outcome.file,
      line: 3,
      issues: [{ path: "", message: "not valid CSV: a record longer than 1\u202f048\u202f576 characters" }]
    })
    expect(patients(events)).toStrictEqual(["p1", "p3"])
  })

  it("a header that is not valid CSV makes the file unreadable, with its reason", async () => {
    const { outcome } = await read(`type,da"te\n${row(1)}\n`)
    expect(outcome.error).toBe(
      "cannot read the header row (line 1): not valid CSV: a quote inside a cell that does not start with one (field 2)"
    )
  })

  it("a __proto__ column is an unknown field, like any other", async () => {
    const { outcome } = await read(`${header},__proto__\n${row(1)},x\n`)
    expect(outcome.counts).toStrictEqual({ read: 1, decoded: 0, rejected: 1 })
    expect(outcome.rejects[0]?.issues).toStrictEqual([
      { path: "__proto__", message: "Unknown field (not part of the format)" }
    ])
  })

  it("checks a long number cell in linear time", async () => {
    const timeFor = async (digits: number) => {
      const text = `type,date,centreId,siteId,clinicianId,patientId,ageBand,complex,scheduling,mode,durationMinutes\n${Array.from(
        { length: 20 },
        () => `consultation,2025-06-02,c,s,gp-1,p-1,65-79,false,scheduled,inPerson,${"1".repeat(digits)}x`
      ).join("\n")}\n`
      const start = performance.now()
      const { outcome } = await read(text)
      expect(outcome.counts.rejected).toBe(20)
      return performance.now() - start
    }
    await timeFor(1000)
    // Quadratic, 8 times the digits took 64 times as long (issue 17: 0.39 s at 10 KB, 3.8 s at 40 KB).
    const small = Math.min(await timeFor(20_000), await timeFor(20_000))
    const large = Math.min(await timeFor(160_000), await timeFor(160_000))
    expect(large / small).toBeLessThan(24)
  })
})

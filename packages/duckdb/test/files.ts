// Writing test logs as files, the way a region's tools would: JSON Lines (one JSON object per
// line, blank lines allowed) and CSV (a header, RFC 4180 quoting).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { EventTable } from "@gip-sante/duckdb"

/** A fresh directory, removed by `done`. */
export const scratch = (): { readonly path: (name: string) => string; readonly done: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), "gip-sante-duckdb-test-"))
  return { path: (name) => join(dir, name), done: () => rmSync(dir, { recursive: true, force: true }) }
}

export const writeLines = (file: string, lines: ReadonlyArray<string>): void =>
  writeFileSync(file, lines.map((l) => `${l}\n`).join(""))

/** A record's fields as CSV cells under `header`: absent and null fields are empty cells. */
export const csvCells = (
  header: ReadonlyArray<string>,
  record: Readonly<Record<string, unknown>>
): Array<string> =>
  header.map((name) => {
    const value = record[name]
    return value === undefined || value === null
      ? ""
      : typeof value === "string"
        ? value
        : JSON.stringify(value)
  })

const csvCell = (cell: string): string =>
  /[",\r\n]|^\s|\s$/u.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell

export const writeCsv = (
  file: string,
  header: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<string>>
): void => writeFileSync(file, [header, ...rows].map((row) => `${row.map(csvCell).join(",")}\r\n`).join(""))

/** The event table's columns and one field of no event, in a shuffled order. */
export const csvHeader = (seed: number): Array<string> => {
  const names = [...EventTable.columnNames, "extra"]
  let s = seed >>> 0
  for (let i = names.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0
    const j = s % (i + 1)
    ;[names[i], names[j]] = [names[j] as string, names[i] as string]
  }
  return names
}

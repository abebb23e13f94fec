/**
 * The `gip-sante init` command: writes a region's starter files into a folder: an override of the
 * Occitanie policy and programme data, each with the JSON Schema an editor checks it against.
 * The files hold no number of any programme: the region fills them in, with a source or a
 * flagged assumption for every value.
 *
 * @since 0.1.0
 * @module
 */
import { mkdir, stat } from "node:fs/promises"
import { join } from "node:path"
import { Calendar, Policy, Requirements } from "@gip-sante/core"
import { ProgrammeData } from "@gip-sante/report"
import { parseCommandArgs } from "./args.js"
import type { Io } from "./io.js"
import { writeAtomically } from "./output.js"

const initUsage = `Usage: gip-sante init <folder> --start <YYYY-MM-DD> [--region <name>] [--name <name>]

Writes a region's starter files into the folder (created if need be), for the region to fill in
with an editor:
  override.json             an override of the Occitanie policy: the region's name, its
                            programme's start, and no parameter yet
  programme.json            the region's programme data: its start and the report's window, no
                            figure, no scenario, no simulation yet
  override.schema.json      the JSON Schemas the two files point at ("$schema"), so that an
  programme.schema.json     editor checks them as they are typed
No file is replaced: the command stops if one exists. Then: gip-sante validate --override
<folder>/override.json, and gip-sante report --override <folder>/override.json --programme
<folder>/programme.json.

Options:
  --start <YYYY-MM-DD>     The day the region's programme started (its first contracts).
  --region <name>          The region's name (default: "My region").
  --name <name>            The programme's name (default: "My programme").
  -h, --help               Show this help.`

const initOptions = {
  help: { type: "boolean", short: "h" },
  start: { type: "string" },
  region: { type: "string" },
  name: { type: "string" }
} as const

const placeholder = (what: string) => ({
  kind: "assumption" as const,
  rationale: `A placeholder written by gip-sante init: replace it with ${what}, and its source.`,
  replaceWith: what
})

// The starter programme data: its start, the report's window (the start's year), nothing else.
const programmeOf = (name: string, region: string, start: Calendar.LocalDate): ProgrammeData.Encoded => ({
  $schema: "./programme.schema.json",
  name,
  region,
  version: "0.1.0",
  description: `The programme data of ${name} (${region}).`,
  start: { value: start, provenance: placeholder("the day the programme started") },
  window: { from: start, to: `${Calendar.yearOf(start)}-12-31` },
  figures: [],
  comparisons: [],
  payExamples: []
})

const overrideOf = (name: string, region: string, start: Calendar.LocalDate): Policy.Patch => ({
  $schema: "./override.schema.json",
  name,
  region,
  version: "0.1.0",
  description: `The policy of ${name} (${region}), as an override of the Occitanie policy.`,
  start,
  parameters: {}
})

const exists = async (file: string): Promise<boolean> => {
  try {
    await stat(file)
    return true
  } catch {
    return false
  }
}

/**
 * Runs `gip-sante init` with its arguments and returns the exit code: 0 when the files are
 * written, 1 when one exists already or cannot be written, 2 on a usage error.
 *
 * @example
 * ```ts
 * import { run } from "@gip-sante/cli"
 *
 * await run(["init", "my-region", "--start", "2020-06-30", "--region", "Centre-Val de Loire"], { out: console.log, err: console.error })
 * ```
 *
 * @since 0.1.0
 * @category commands
 */
export const initCommand = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const parsed = parseCommandArgs(args, initOptions, initUsage, io)
  if (parsed === undefined) return 2
  const { positionals, values } = parsed
  if (values.help === true) {
    io.out(initUsage)
    return 0
  }
  const [folder, ...extra] = positionals
  const start = values.start === undefined ? undefined : Calendar.parseDate(values.start)
  const usageError =
    folder === undefined
      ? "Which folder? Give the folder to write the files into"
      : extra.length > 0
        ? `Unexpected argument "${extra[0]}"`
        : start === undefined
          ? "--start: give the day the programme started, written YYYY-MM-DD"
          : start._tag === "Failure"
            ? `--start: expected a date written YYYY-MM-DD, got "${values.start}"`
            : undefined
  if (usageError !== undefined || folder === undefined || start === undefined || start._tag === "Failure") {
    io.err(`${usageError}\n\n${initUsage}`)
    return 2
  }
  const region = values.region ?? "My region"
  const name = values.name ?? "My programme"
  const files: ReadonlyArray<readonly [string, unknown]> = [
    ["override.json", overrideOf(name, region, start.success)],
    ["programme.json", programmeOf(name, region, start.success)],
    ["override.schema.json", Policy.overrideJsonSchema({ requirements: Requirements.all })],
    ["programme.schema.json", ProgrammeData.jsonSchema()]
  ]
  for (const [file] of files) {
    if (await exists(join(folder, file))) {
      io.err(`${join(folder, file)}: the file exists; gip-sante init replaces nothing (no file written)`)
      return 1
    }
  }
  try {
    await mkdir(folder, { recursive: true })
  } catch (error) {
    io.err(`${folder}: cannot create the folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
    return 1
  }
  for (const [file, json] of files) {
    if (!(await writeAtomically(join(folder, file), `${JSON.stringify(json, null, 2)}\n`, io))) return 1
    io.out(`${join(folder, file)} written`)
  }
  return 0
}

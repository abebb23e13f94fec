/**
 * `@gip-sante/cli`: the `gip-sante` command line, as a function you can call from code or tests.
 *
 * @example
 * ```ts
 * import { run } from "@gip-sante/cli"
 *
 * const lines: Array<string> = []
 * const code = await run(["validate", "policy.json"], { out: (l) => lines.push(l), err: (l) => lines.push(l) })
 * ```
 *
 * @since 0.1.0
 * @module @gip-sante/cli
 */
import { parseArgs } from "node:util"
import { Policy, Provenance } from "@gip-sante/core"
import { Handbook } from "@gip-sante/report"
import type { Io } from "./io.js"
import { kpiCommand } from "./kpi.js"
import { writeAtomically } from "./output.js"
import { loadPolicy, loadWithBase, preset } from "./policy-file.js"
import { reportCommand } from "./report.js"
import { version } from "./version.js"

export type { Io } from "./io.js"

const usage = `Usage: gip-sante <command> [options]

Commands:
  validate <policy.json>   Check a region's policy file: every issue with its path; exit 1 if invalid.
  handbook                 Print the policy handbook (rules, parameters with their sources, documents).
  diff <a.json> <b.json>   Show the parameters whose values differ between two policies.
  kpi --events <files…>    Compute the programme's KPIs from event files, streamed, in parallel.
  report                   The programme report (Markdown, HTML with charts, or JSON).

Options:
  -h, --help               Show this help (also: gip-sante <command> --help).
  -V, --version            Print the version of gip-sante.

Wherever a policy file is expected, "${preset}" stands for the embedded Occitanie policy.`

const baseHelp = `  --base <policy.json>     Read the file as an override (a patch) of this base policy instead
                           of a full policy; "${preset}" is the embedded Occitanie policy.`

const validateUsage = `Usage: gip-sante validate [--base <policy.json>] <policy.json>

Decodes a policy file and checks every parameter: units, value types, dated histories
(order, overlaps, declared gaps), salary grids and citations against the bibliography.
Prints every issue with its path and exits with code 1 if there is any.

Options:
${baseHelp}
  -h, --help               Show this help.`

const handbookUsage = `Usage: gip-sante handbook [--policy <policy.json>] [--base <policy.json>] [--format md|html] [--out <file>]

Generates the policy handbook from the policy data and the rules' metadata (with
@gip-sante/report): every rule (its parameters, sources and worked examples, computed from the
policy), every parameter with its whole history and the provenance of each value (values no
source gives are badged ASSUMPTION), what an override changed from its base and what it inherits,
and the documents the policy cites.

Options:
  --policy <policy.json>   The policy to document (default: the embedded Occitanie policy).
${baseHelp}
  --format md|html         Markdown (default) or one self-contained HTML page.
  --out <file>             Write to this file (replaced only once the handbook is complete)
                           instead of standard output.
  -h, --help               Show this help.`

const diffUsage = `Usage: gip-sante diff [--override] <a.json> <b.json>

Shows what policy b changes against policy a: each parameter whose values (or effective dates,
type or unit) differ, with both histories, values and sources, and the documents b adds or drops.
Exits with code 0 whatever the differences; 1 if a file is invalid.

Options:
  --override               Read b as an override (a patch) of a rather than as a full policy.
  -h, --help               Show this help.`

type Options = Parameters<typeof parseArgs>[0] extends infer C ? NonNullable<C> : never

// Parses arguments; a usage error (unknown option, missing value) is reported, never thrown.
const parse = <const O extends NonNullable<Options["options"]>>(
  args: ReadonlyArray<string>,
  options: O,
  help: string,
  io: Io
) => {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options })
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${help}`)
    return undefined
  }
}

const validate = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const parsed = parse(
    args,
    { help: { type: "boolean", short: "h" }, base: { type: "string" } },
    validateUsage,
    io
  )
  if (parsed === undefined) return 2
  const { positionals, values } = parsed
  if (values.help === true) {
    io.out(validateUsage)
    return 0
  }
  const [file, ...extra] = positionals
  if (file === undefined || extra.length > 0) {
    io.err(validateUsage)
    return 2
  }
  const p = await loadWithBase(file, values.base, io)
  if (p === undefined) return 1
  const assumptions = Policy.assumptions(p).length
  const overrides =
    p.lineage === undefined
      ? ""
      : `; overrides ${p.lineage.overridden.length} parameter(s) of "${p.lineage.base.name}" (${p.lineage.base.region})`
  io.out(
    `${file}: valid policy "${p.name}" (${p.region}, version ${p.version}): ${Policy.parameterIds(p).length} parameters, ${assumptions} assumed value(s) to review${overrides}`
  )
  return 0
}

const handbook = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const parsed = parse(
    args,
    {
      help: { type: "boolean", short: "h" },
      policy: { type: "string" },
      base: { type: "string" },
      format: { type: "string" },
      out: { type: "string" }
    },
    handbookUsage,
    io
  )
  if (parsed === undefined) return 2
  const { positionals, values } = parsed
  if (values.help === true) {
    io.out(handbookUsage)
    return 0
  }
  const format = values.format ?? "md"
  if (positionals.length > 0 || (format !== "md" && format !== "html")) {
    io.err(
      `${positionals.length > 0 ? `Unexpected argument "${positionals[0]}"` : `Unknown format "${format}": use md or html`}\n\n${handbookUsage}`
    )
    return 2
  }
  if (values.base !== undefined && values.policy === undefined) {
    io.err(`--base needs --policy <override.json>\n\n${handbookUsage}`)
    return 2
  }
  const p = await loadWithBase(values.policy ?? preset, values.base, io)
  if (p === undefined) return 1
  const text = format === "html" ? Handbook.html(p) : Handbook.markdown(p)
  if (values.out === undefined) {
    io.out(text.endsWith("\n") ? text.slice(0, -1) : text)
    return 0
  }
  if (!(await writeAtomically(values.out, text, io))) return 1
  io.out(`${values.out}: handbook of "${p.name}" (${p.region}, version ${p.version}) written`)
  return 0
}

const historyLines = (
  policy: Policy.Policy,
  difference: Policy.Difference,
  history: Policy.Difference["before"]
): Array<string> => {
  const p = Policy.parameter(policy, difference.parameterId)
  if (history === undefined || p === undefined) return ["    (no such parameter)"]
  return history.map(
    (entry) =>
      `    ${entry.from} to ${entry.to ?? "(open)"}: ${Handbook.valueLine(p, entry.value)}  [${
        Provenance.isAssumption(entry.provenance)
          ? `ASSUMPTION: ${entry.provenance.rationale}`
          : Provenance.describe(entry.provenance)
      }]`
  )
}

const diff = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const parsed = parse(
    args,
    { help: { type: "boolean", short: "h" }, override: { type: "boolean" } },
    diffUsage,
    io
  )
  if (parsed === undefined) return 2
  const { positionals, values } = parsed
  if (values.help === true) {
    io.out(diffUsage)
    return 0
  }
  const [fileA, fileB, ...extra] = positionals
  if (fileA === undefined || fileB === undefined || extra.length > 0) {
    io.err(diffUsage)
    return 2
  }
  const a = await loadPolicy(fileA, undefined, "", io)
  if (a === undefined) return 1
  const b = await loadPolicy(fileB, values.override === true ? a : undefined, fileA, io)
  if (b === undefined) return 1
  const name = (p: Policy.Policy) => `"${p.name}" (${p.region}, version ${p.version})`
  const differences = Policy.diff(a, b)
  io.out(`a: ${fileA}: ${name(a)}`)
  io.out(`b: ${fileB}: ${name(b)}`)
  if (b.lineage !== undefined) {
    io.out(
      `b overrides ${b.lineage.base.name} (${b.lineage.base.region}, version ${b.lineage.base.version}): ${
        b.lineage.overridden.length === 0 ? "no parameter" : b.lineage.overridden.join(", ")
      }`
    )
  }
  io.out("")
  io.out(differences.length === 0 ? "No parameter differs." : `${differences.length} parameter(s) differ:`)
  for (const d of differences) {
    io.out("")
    io.out(`${d.parameterId}: ${d.label} (${d.unit})`)
    io.out("  in a:")
    for (const line of historyLines(a, d, d.before)) io.out(line)
    io.out("  in b:")
    for (const line of historyLines(b, d, d.after)) io.out(line)
  }
  const added = Object.keys(b.bibliography).filter((id) => !Object.hasOwn(a.bibliography, id))
  const dropped = Object.keys(a.bibliography).filter((id) => !Object.hasOwn(b.bibliography, id))
  for (const [label, ids, from] of [
    ["Documents b adds", added, b],
    ["Documents b drops", dropped, a]
  ] as const) {
    if (ids.length === 0) continue
    io.out("")
    io.out(`${label}:`)
    for (const id of ids.sort()) io.out(`  ${id}: ${from.bibliography[id]!.title}`)
  }
  return 0
}

/**
 * Runs the command line with `args` (without the program name) and returns the exit code:
 * 0 on success, 1 when the input is invalid, 2 on a usage error.
 *
 * @example
 * ```ts
 * import { run } from "@gip-sante/cli"
 *
 * await run(["--help"], { out: console.log, err: console.error }) // 0
 * ```
 *
 * @since 0.1.0
 * @category commands
 */
export const run = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const [command, ...rest] = args
  switch (command) {
    case "validate":
      return validate(rest, io)
    case "handbook":
      return handbook(rest, io)
    case "kpi":
      return kpiCommand(rest, io)
    case "report":
      return reportCommand(rest, io)
    case "diff":
      return diff(rest, io)
    case undefined:
    case "-h":
    case "--help":
    case "help":
      io.out(usage)
      return command === undefined ? 2 : 0
    case "-V":
    case "--version":
      io.out(version)
      return 0
    default:
      io.err(`Unknown command "${command}".\n\n${usage}`)
      return 2
  }
}

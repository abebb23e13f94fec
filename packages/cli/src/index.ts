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
import { Policy, Provenance } from "@gip-sante/core"
import { Handbook } from "@gip-sante/report"
import { parseCommandArgs } from "./args.js"
import { convertCommand } from "./convert.js"
import { initCommand } from "./init.js"
import type { Io } from "./io.js"
import { kpiCommand } from "./kpi.js"
import { writeAtomically } from "./output.js"
import { loadPolicyStack, policyHelp, policyOptions, policySources, preset } from "./policy-file.js"
import { loadProgramme } from "./programme-file.js"
import { reportCommand } from "./report.js"
import { schemaCommand } from "./schemas.js"
import { simulateCommand } from "./simulate.js"
import { version } from "./version.js"

export type { Io } from "./io.js"

const usage = `Usage: gip-sante <command> [options]

Commands:
  validate [policy.json]   Check a policy, or a policy and its overrides: every issue with its file,
                           line, column and path; exit 1 if invalid.
  handbook                 Print the policy handbook (rules, parameters with their sources, documents).
  diff                     Show what overrides change in a policy, or what differs between two policies.
  kpi --events <files…>    Compute the programme's KPIs from event files, streamed, in parallel
                           (or by DuckDB: --engine duckdb, also over Parquet files).
  report                   The programme report (Markdown, HTML with charts, or JSON).
  schema <kind>            Print the JSON Schema of a file a region writes (policy, override,
                           programme).
  init <folder>            Write a region's starter files (override, programme data, schemas).
  convert <files…> --out <file.parquet>
                           Convert event files to Parquet, every record checked (DuckDB).
  simulate --out <file>    Write the simulated event log (JSON Lines or Parquet), in copies.

Options:
  -h, --help               Show this help (also: gip-sante <command> --help).
  -V, --version            Print the version of gip-sante.

Every command runs on a policy: --policy <file> (by default the embedded Occitanie policy,
"${preset}") with any number of --override <file>, applied in order.`

const validateUsage = `Usage: gip-sante validate [--policy <policy.json> | <policy.json>] [--override <override.json>]…

Decodes a policy, and the overrides stacked on it, in one pass: shape, units and value types,
values within their unit's bounds, dated histories (order, overlaps, declared gaps) and each
override's values, salary grids, citations against the bibliography. Prints every issue with its
file, line, column and path, and exits with code 1 if there is any.

Options:
${policyHelp}
  -h, --help               Show this help.`

const handbookUsage = `Usage: gip-sante handbook [--policy <policy.json>] [--override <override.json>]… [--programme <programme.json>] [--format md|html] [--out <file>]

Generates the policy handbook from the policy data and the rules' metadata (with
@gip-sante/report): every rule (its parameters, sources and worked examples, computed from the
policy), every parameter with its whole history and the provenance of each value (values no
source gives are badged ASSUMPTION), what the overrides changed from the base and what they inherit,
and the documents the policy cites. With programme data, also its published figures and every
value of its scenarios and plans that the report cites, each with its source: the report links
its figures to these entries (write the handbook beside the report, as handbook.md or
handbook.html).

Options:
${policyHelp}
  --programme <file>       The programme data ("${preset}" for Occitanie's, the default with the
                           default policy; none otherwise unless given).
  --format md|html         Markdown (default) or one self-contained HTML page.
  --out <file>             Write to this file (replaced only once the handbook is complete)
                           instead of standard output.
  -h, --help               Show this help.`

const diffUsage = `Usage: gip-sante diff [--policy <policy.json>] --override <override.json>…
       gip-sante diff <a.json> <b.json>

Shows what a policy changes against another: each parameter whose values (or effective dates,
type or unit) differ, with both histories, values and sources, and the documents added or
dropped. With --override: the policy (a) against the policy with its overrides applied (b). With
two files: two full policies. Exits with code 0 whatever the differences; 1 if a file is invalid.

Options:
${policyHelp}
  -h, --help               Show this help.`

const validate = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const parsed = parseCommandArgs(
    args,
    { help: { type: "boolean", short: "h" }, ...policyOptions },
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
  const sources = policySources(values, file)
  if (extra.length > 0 || "usageError" in sources) {
    io.err(
      `${"usageError" in sources ? sources.usageError : `Unexpected argument "${extra[0]}"`}\n\n${validateUsage}`
    )
    return 2
  }
  const loaded = await loadPolicyStack(sources, io, { checkPreset: true })
  if (loaded === undefined) return 1
  const p = loaded.policy
  const assumptions = Policy.assumptions(p).length
  const overrides =
    p.lineage === undefined
      ? ""
      : `; overrides ${p.lineage.overridden.length} parameter(s) of "${p.lineage.base.name}" (${p.lineage.base.region})`
  io.out(
    `${loaded.label}: valid policy "${p.name}" (${p.region}, version ${p.version}): ${Policy.parameterIds(p).length} parameters, ${assumptions} assumed value(s) to review${overrides}`
  )
  return 0
}

const handbook = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const parsed = parseCommandArgs(
    args,
    {
      help: { type: "boolean", short: "h" },
      ...policyOptions,
      programme: { type: "string" },
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
  const sources = policySources(values)
  const usageError =
    positionals.length > 0
      ? `Unexpected argument "${positionals[0]}"`
      : format !== "md" && format !== "html"
        ? `Unknown format "${format}": use md or html`
        : "usageError" in sources
          ? sources.usageError
          : undefined
  if (usageError !== undefined || "usageError" in sources) {
    io.err(`${usageError}\n\n${handbookUsage}`)
    return 2
  }
  const loaded = await loadPolicyStack(sources, io)
  if (loaded === undefined) return 1
  const p = loaded.policy
  const programmeFile =
    values.programme ?? (values.policy === undefined && values.override === undefined ? preset : undefined)
  const programme = programmeFile === undefined ? undefined : await loadProgramme(programmeFile, loaded, io)
  if (programmeFile !== undefined && programme === undefined) return 1
  const options = programme === undefined ? {} : { programme }
  const text = format === "html" ? Handbook.html(p, options) : Handbook.markdown(p, options)
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

// What one override of a lineage did, in a line.
const layerSummary = (layer: Policy.Lineage["layers"][number]): string => {
  const parts = [
    layer.start === undefined ? undefined : `starts the programme on ${layer.start}`,
    layer.replaced.length === 0
      ? undefined
      : `replaces ${layer.replaced.map((r) => `${r.parameterId} from ${r.from}${r.to === undefined ? "" : ` to ${r.to}`}`).join(", ")}`,
    layer.unitChanged.length === 0
      ? undefined
      : `switches ${layer.unitChanged.map((u) => `${u.parameterId} from ${u.from} to ${u.to}`).join(", ")}`,
    layer.inheritedFromStart.length === 0
      ? undefined
      : `moves ${layer.inheritedFromStart.length} inherited value(s) to its start (${layer.inheritedFromStart.map((m) => m.parameterId).join(", ")})`,
    layer.documentsAdded.length === 0 ? undefined : `adds documents ${layer.documentsAdded.join(", ")}`,
    layer.rules.length === 0 ? undefined : `restates the sources of ${layer.rules.join(", ")}`
  ].filter((part) => part !== undefined)
  return `"${layer.name}" (${layer.region}, version ${layer.version}): ${parts.length === 0 ? "changes nothing" : parts.join("; ")}`
}

const diff = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const parsed = parseCommandArgs(
    args,
    { help: { type: "boolean", short: "h" }, ...policyOptions },
    diffUsage,
    io
  )
  if (parsed === undefined) return 2
  const { positionals, values } = parsed
  if (values.help === true) {
    io.out(diffUsage)
    return 0
  }
  const sources = policySources(values)
  const twoFiles = positionals.length === 2
  const usageError =
    "usageError" in sources
      ? sources.usageError
      : twoFiles && (values.policy !== undefined || sources.overrides.length > 0)
        ? "Compare either two files, or a policy with its overrides (--policy, --override), not both"
        : !twoFiles && positionals.length > 0
          ? `Give two policy files to compare, or --override <file>: got ${positionals.length} file(s)`
          : !twoFiles && sources.overrides.length === 0
            ? "Nothing to compare: give --override <file> (what it changes in the policy) or two policy files"
            : undefined
  if (usageError !== undefined || "usageError" in sources) {
    io.err(`${usageError}\n\n${diffUsage}`)
    return 2
  }
  const [fileA, fileB] = twoFiles ? [positionals[0]!, positionals[1]!] : [sources.policy, undefined]
  const loadedA = await loadPolicyStack({ policy: fileA, overrides: [] }, io)
  if (loadedA === undefined) return 1
  const loadedB = await loadPolicyStack(fileB === undefined ? sources : { policy: fileB, overrides: [] }, io)
  if (loadedB === undefined) return 1
  const a = loadedA.policy
  const b = loadedB.policy
  const name = (p: Policy.Policy) => `"${p.name}" (${p.region}, version ${p.version})`
  const differences = Policy.diff(a, b)
  io.out(`a: ${loadedA.label}: ${name(a)}`)
  io.out(`b: ${loadedB.label}: ${name(b)}`)
  if (b.lineage !== undefined) {
    io.out(
      `b overrides ${b.lineage.base.name} (${b.lineage.base.region}, version ${b.lineage.base.version}): ${
        b.lineage.overridden.length === 0 ? "no parameter" : b.lineage.overridden.join(", ")
      }`
    )
    b.lineage.layers.forEach((layer, i) => {
      io.out(`  ${i + 1}. ${layerSummary(layer)}`)
    })
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
  // What the rules rest on is policy data too: a region may restate it.
  const ruleIds = [...new Set([...Object.keys(a.rules ?? {}), ...Object.keys(b.rules ?? {})])].sort()
  const sourcesOf = (p: Policy.Policy, id: string) =>
    (p.rules !== undefined && Object.hasOwn(p.rules, id) ? p.rules[id]!.sources : []).map(Provenance.describe)
  const restated = ruleIds.filter(
    (id) => JSON.stringify(sourcesOf(a, id)) !== JSON.stringify(sourcesOf(b, id))
  )
  if (restated.length > 0) {
    io.out("")
    io.out("Rules whose sources differ:")
    for (const id of restated) {
      io.out(`  ${id}:`)
      io.out(`    in a: ${sourcesOf(a, id).join("; ") || "(none)"}`)
      io.out(`    in b: ${sourcesOf(b, id).join("; ") || "(none)"}`)
    }
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
    case "convert":
      return convertCommand(rest, io)
    case "simulate":
      return simulateCommand(rest, io)
    case "diff":
      return diff(rest, io)
    case "init":
      return initCommand(rest, io)
    case "schema":
      return schemaCommand(rest, io)
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

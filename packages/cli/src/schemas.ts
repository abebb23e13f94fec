/**
 * The files a region writes, each with its JSON Schema (generated from the code, for editors)
 * and its decoder (what `validate` checks), and the `gip-sante schema` command that prints or
 * writes a schema. One table, so that the schema corpus tests every kind the same way.
 *
 * @since 0.1.0
 * @module
 */
import { Policy, Requirements } from "@gip-sante/core"
import { policyJson as occitanie, policy as occitaniePolicy } from "@gip-sante/occitanie"
import { ProgrammeData } from "@gip-sante/report"
import * as Result from "effect/Result"
import { parseCommandArgs } from "./args.js"
import type { Io } from "./io.js"
import { writeAtomically } from "./output.js"

/**
 * A kind of file a region writes: what it is, its JSON Schema, and the issues the command line
 * finds in one (none when it is valid).
 *
 * @example
 * ```ts
 * import type { FileKind } from "./schemas.js" // internal to @gip-sante/cli
 *
 * const valid = (kind: FileKind, json: unknown) => kind.issues(json).length === 0
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface FileKind {
  readonly description: string
  readonly jsonSchema: () => Record<string, unknown>
  readonly issues: (json: unknown) => ReadonlyArray<Policy.Issue>
}

const issuesOf = (result: Result.Result<unknown, Policy.PolicyError>) =>
  Result.isFailure(result) ? result.failure.issues : []

/**
 * Every kind of file, by the name `gip-sante schema <name>` takes. An override is checked as
 * `validate --override` does: on the embedded Occitanie policy; programme data, with the
 * embedded Occitanie policy's bibliography for its citations (as `report` checks it with the
 * policy it is given).
 *
 * @example
 * ```ts
 * import { fileKinds } from "./schemas.js" // internal to @gip-sante/cli
 *
 * Object.keys(fileKinds) // ["policy", "override", "programme"]
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export const fileKinds: Readonly<Record<string, FileKind>> = {
  policy: {
    description: "a full policy, usable by every module",
    jsonSchema: () => Policy.jsonSchema({ requirements: Requirements.all }),
    issues: (json) => issuesOf(Policy.decode(json, { requirements: Requirements.all }))
  },
  override: {
    description: "an override: a region's changes to a base policy",
    jsonSchema: () => Policy.overrideJsonSchema({ requirements: Requirements.all }),
    issues: (json) => issuesOf(Policy.decodeLayers([occitanie, json], { requirements: Requirements.all }))
  },
  programme: {
    description: "a programme's data: published figures, scenarios, simulation calibration",
    jsonSchema: () => ProgrammeData.jsonSchema(),
    issues: (json) => {
      const decoded = ProgrammeData.decode(json)
      return Result.isFailure(decoded)
        ? decoded.failure.issues
        : ProgrammeData.citationIssues(decoded.success, occitaniePolicy.bibliography)
    }
  }
}

const schemaUsage = `Usage: gip-sante schema <${Object.keys(fileKinds).join("|")}> [--out <file>]

Prints the JSON Schema (draft 2020-12) of a file a region writes, generated from the code, for
an editor to check the file as it is typed: point the file's "$schema" at it.
${Object.entries(fileKinds)
  .map(([name, kind]) => `  ${name.padEnd(24)} ${kind.description}`)
  .join("\n")}

The same schemas ship in @gip-sante/core (schemas/policy.schema.json, schemas/override.schema.json)
and @gip-sante/report (schemas/programme.schema.json).
\`gip-sante validate\` checks more than a schema can (dates of histories, citations, constraints
between parameters).

Options:
  --out <file>             Write the schema to this file instead of standard output.
  -h, --help               Show this help.`

/**
 * Runs `gip-sante schema` with its arguments and returns the exit code: 0 on success, 1 when
 * the file cannot be written, 2 on a usage error.
 *
 * @example
 * ```ts
 * import { schemaCommand } from "./schemas.js" // internal to @gip-sante/cli
 *
 * await schemaCommand(["override", "--out", "override.schema.json"], { out: console.log, err: console.error })
 * ```
 *
 * @since 0.1.0
 * @category commands
 */
export const schemaCommand = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const parsed = parseCommandArgs(
    args,
    { help: { type: "boolean", short: "h" }, out: { type: "string" } },
    schemaUsage,
    io
  )
  if (parsed === undefined) return 2
  const { positionals, values } = parsed
  if (values.help === true) {
    io.out(schemaUsage)
    return 0
  }
  const [name, ...extra] = positionals
  const kind = name !== undefined && Object.hasOwn(fileKinds, name) ? fileKinds[name] : undefined
  if (kind === undefined || extra.length > 0) {
    io.err(
      `${name === undefined ? "Which schema?" : kind === undefined ? `Unknown kind of file "${name}"` : `Unexpected argument "${extra[0]}"`}: use ${Object.keys(fileKinds).join(" or ")}\n\n${schemaUsage}`
    )
    return 2
  }
  const text = `${JSON.stringify(kind.jsonSchema(), null, 2)}\n`
  if (values.out === undefined) {
    io.out(text.slice(0, -1))
    return 0
  }
  if (!(await writeAtomically(values.out, text, io))) return 1
  io.out(`${values.out}: JSON Schema of ${kind.description} written`)
  return 0
}

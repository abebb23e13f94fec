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
import { readFile } from "node:fs/promises"
import { parseArgs } from "node:util"
import { Policy } from "@gip-sante/core"
import { Result } from "effect"

/**
 * Where the command writes: one call per line, standard output and standard error.
 *
 * @example
 * ```ts
 * import type { Io } from "@gip-sante/cli"
 *
 * const io: Io = { out: console.log, err: console.error }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Io {
  readonly out: (line: string) => void
  readonly err: (line: string) => void
}

const usage = `Usage: gip-sante <command> [options]

Commands:
  validate <policy.json>   Check a region's policy file: every issue with its path; exit 1 if invalid.

Options:
  -h, --help               Show this help (also: gip-sante <command> --help).`

const validateUsage = `Usage: gip-sante validate <policy.json>

Decodes a policy file and checks every parameter: units, value types, dated histories
(order, overlaps, declared gaps), salary grids and citations against the bibliography.
Prints every issue with its path and exits with code 1 if there is any.`

const readJson = async (file: string, io: Io): Promise<Result.Result<unknown, undefined>> => {
  let text: string
  try {
    text = await readFile(file, "utf8")
  } catch (error) {
    io.err(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
    return Result.fail(undefined)
  }
  try {
    return Result.succeed(JSON.parse(text) as unknown)
  } catch (error) {
    io.err(`${file}: not valid JSON (${(error as Error).message})`)
    return Result.fail(undefined)
  }
}

const validate = async (args: ReadonlyArray<string>, io: Io): Promise<number> => {
  const { positionals, values } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { help: { type: "boolean", short: "h" } }
  })
  if (values.help === true) {
    io.out(validateUsage)
    return 0
  }
  const [file, ...extra] = positionals
  if (file === undefined || extra.length > 0) {
    io.err(validateUsage)
    return 2
  }
  const json = await readJson(file, io)
  if (Result.isFailure(json)) return 1
  const policy = Policy.decode(json.success)
  if (Result.isFailure(policy)) {
    io.err(`${file}: ${policy.failure.issues.length} issue(s) found`)
    for (const issue of policy.failure.issues) io.err(`  at ${issue.path}: ${issue.message}`)
    return 1
  }
  const p = policy.success
  const assumptions = Policy.assumptions(p).length
  io.out(
    `${file}: valid policy "${p.name}" (${p.region}, version ${p.version}): ${Policy.parameterIds(p).length} parameters, ${assumptions} assumed value(s) to review`
  )
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
    case undefined:
    case "-h":
    case "--help":
    case "help":
      io.out(usage)
      return command === undefined ? 2 : 0
    default:
      io.err(`Unknown command "${command}".\n\n${usage}`)
      return 2
  }
}

/**
 * The policy a command runs on, for every command: a base policy (`--policy FILE`, by default
 * the embedded Occitanie policy) and the overrides stacked on it (`--override FILE`, repeatable,
 * applied in order). Reads the files (a UTF-8 byte-order mark is accepted), decodes the stack in
 * one pass, checks that every module of the library can use the result (`Requirements.all`), and
 * reports every issue as `file:line:column: at path: message`, in the file that holds it.
 * Internal to the package (not exported from index.ts).
 *
 * @since 0.1.0
 * @module
 */
import { readFile } from "node:fs/promises"
import { Policy, Requirements } from "@gip-sante/core"
import { policy as occitanie, policyJson as occitanieJson } from "@gip-sante/occitanie"
import * as Result from "effect/Result"
import type { Io } from "./io.js"
import { indexJson, positionAt } from "./json-position.js"

/** Where a policy file is expected, this name stands for the embedded Occitanie policy. */
export const preset = "@gip-sante/occitanie"

/** The options of every command that runs on a policy, for `parseArgs`. */
export const policyOptions = {
  policy: { type: "string" },
  override: { type: "string", multiple: true },
  // Replaced by --policy and --override; kept only to say so.
  base: { type: "string" }
} as const

/** The help lines of {@link policyOptions}. */
export const policyHelp = `  --policy <file>          The base policy (default: the embedded Occitanie policy, "${preset}").
  --override <file>        An override (a region's changes) applied to the policy; repeat it to
                           apply several, in order. The lineage records each one.`

/** The files a command's policy is made of. */
export interface PolicySources {
  readonly policy: string
  readonly overrides: ReadonlyArray<string>
}

/**
 * The policy files named by the options (`--policy` or a positional file standing for it), or
 * a usage error.
 */
export const policySources = (
  values: {
    readonly policy?: string | undefined
    readonly override?: ReadonlyArray<string> | undefined
    readonly base?: string | undefined
  },
  positional?: string
): PolicySources | { readonly usageError: string } => {
  if (values.base !== undefined)
    return {
      usageError: `--base was replaced: give the base with --policy <file> and the override with --override <file>`
    }
  if (values.policy !== undefined && positional !== undefined)
    return { usageError: `Give the policy once: "${positional}" or --policy ${values.policy}` }
  return { policy: positional ?? values.policy ?? preset, overrides: values.override ?? [] }
}

/** A file read for the stack (or any JSON file a command reads): its name, its text (without byte-order mark) and its JSON. */
export interface Layer {
  readonly file: string
  readonly text: string | undefined
  readonly json: unknown
}

export const readLayer = async (file: string, io: Io): Promise<Layer | undefined> => {
  if (file === preset) return { file, text: undefined, json: occitanieJson }
  let text: string
  try {
    text = await readFile(file, "utf8")
  } catch (error) {
    io.err(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
    return undefined
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  try {
    return { file, text, json: JSON.parse(text) as unknown }
  } catch (error) {
    const message = (error as Error).message
    const at = /position (\d+)/u.exec(message)
    const where =
      at === null ? "" : (({ line, column }) => `:${line}:${column}`)(positionAt(text, Number(at[1])))
    io.err(`${file}${where}: not valid JSON (${message})`)
    return undefined
  }
}

/** The policy a command runs on, and how to name it in messages. */
export interface LoadedPolicy {
  readonly policy: Policy.Policy
  /** The files, `base.json + override.json`. */
  readonly label: string
}

/**
 * Reads and decodes the policy stack, reporting every issue (with file, line and column) on
 * `io.err`. Undefined when a file cannot be read or the stack is not valid. The embedded policy
 * alone is taken as decoded at start-up unless `checkPreset`.
 */
export const loadPolicyStack = async (
  sources: PolicySources,
  io: Io,
  options: { readonly checkPreset?: boolean } = {}
): Promise<LoadedPolicy | undefined> => {
  const files = [sources.policy, ...sources.overrides]
  const label = files.join(" + ")
  // The embedded policy alone is checked by the preset's tests; `validate` checks it anyway.
  if (sources.policy === preset && sources.overrides.length === 0 && options.checkPreset !== true)
    return { policy: occitanie, label }
  const layers: Array<Layer> = []
  let unreadable = false
  for (const file of files) {
    const layer = await readLayer(file, io)
    if (layer === undefined) unreadable = true
    else layers.push(layer)
  }
  if (unreadable) return undefined
  const decoded = Policy.decodeLayers(
    layers.map((l) => l.json),
    { requirements: Requirements.all }
  )
  if (Result.isSuccess(decoded)) return { policy: decoded.success, label }
  reportIssues(decoded.failure.issues, layers, io)
  return undefined
}

/**
 * An issue as the command line prints it: `file:line:column: at path: message`, the line and
 * column found in the file's text (when it was read from a file).
 */
export const issueLine = (
  file: string,
  index: ReturnType<typeof indexJson> | undefined,
  issue: { readonly path: string; readonly message: string }
): string => {
  const keys = Policy.pathKeys(issue.path)
  const where =
    index === undefined || keys === undefined
      ? ""
      : (({ line, column }) => `:${line}:${column}`)(index.locate(keys))
  return `${file}${where}: at ${issue.path}: ${issue.message}`
}

const reportIssues = (issues: ReadonlyArray<Policy.Issue>, layers: ReadonlyArray<Layer>, io: Io): void => {
  const indexes = layers.map((layer) => (layer.text === undefined ? undefined : indexJson(layer.text)))
  for (const issue of issues) {
    const layer = issue.layer ?? 0
    const file = layers[layer]?.file ?? "?"
    const index = indexes[layer]
    io.err(issueLine(file, index, issue))
  }
  const files = new Set(issues.map((issue) => issue.layer ?? 0)).size
  io.err(
    `${issues.length} issue(s) found in ${files === 1 ? layers[issues[0]?.layer ?? 0]?.file : `${files} files`}: ${
      layers.length === 1
        ? "not a valid policy"
        : `the policy ${layers.map((l) => l.file).join(" + ")} is not valid`
    }`
  )
}

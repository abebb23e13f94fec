// Reading policy files for the commands: a JSON file decoded as a policy (or as an override of
// a base policy), or the embedded Occitanie preset by its package name, every issue reported
// with the file name and the path of the bad field. Internal to the package (not exported from
// index.ts).
import { readFile } from "node:fs/promises"
import { Policy } from "@gip-sante/core"
import { policy as occitanie } from "@gip-sante/occitanie"
import * as Result from "effect/Result"
import type { Io } from "./io.js"

// Where a policy file is expected, this name stands for the embedded Occitanie policy.
export const preset = "@gip-sante/occitanie"

export const readJson = async (file: string, io: Io): Promise<Result.Result<unknown, undefined>> => {
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

const reportIssues = (file: string, error: Policy.PolicyError, io: Io, context = ""): void => {
  io.err(`${file}: ${error.issues.length} issue(s) found${context}`)
  for (const issue of error.issues) io.err(`  at ${issue.path}: ${issue.message}`)
}

/**
 * Reads a policy file (or the embedded preset), or an override of `base`, reporting every issue
 * with the file name and its path. Undefined when the file is not a valid policy.
 */
export const loadPolicy = async (
  file: string,
  base: Policy.Policy | undefined,
  baseName: string,
  io: Io
): Promise<Policy.Policy | undefined> => {
  if (file === preset && base === undefined) return occitanie
  const json = await readJson(file, io)
  if (Result.isFailure(json)) return undefined
  const decoded = base === undefined ? Policy.decode(json.success) : Policy.override(base, json.success)
  if (Result.isFailure(decoded)) {
    reportIssues(file, decoded.failure, io, base === undefined ? "" : ` (as an override of ${baseName})`)
    return undefined
  }
  return decoded.success
}

// A policy file, read as an override of `baseFile` when one is given.
export const loadWithBase = async (
  file: string,
  baseFile: string | undefined,
  io: Io
): Promise<Policy.Policy | undefined> => {
  if (baseFile === undefined) return loadPolicy(file, undefined, "", io)
  const base = await loadPolicy(baseFile, undefined, "", io)
  return base === undefined ? undefined : loadPolicy(file, base, baseFile, io)
}

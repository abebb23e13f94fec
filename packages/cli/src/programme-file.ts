// Reading a programme data file for `gip-sante report`: a JSON file decoded as programme data, or
// the embedded Occitanie programme by its package name, every issue reported with the file name
// and the path of the bad field, citations checked against the policy's bibliography. Internal
// to the package (not exported from index.ts).
import type { Policy } from "@gip-sante/core"
import { programme as occitanie } from "@gip-sante/occitanie"
import { ProgrammeData } from "@gip-sante/report"
import * as Result from "effect/Result"
import type { Io } from "./io.js"
import { preset, readJson } from "./policy-file.js"

/**
 * Reads a programme data file (or the embedded preset's), reporting every issue with the file
 * name and its path. Undefined when the file is not valid programme data for `policy`.
 */
export const loadProgramme = async (
  file: string,
  policy: Policy.Policy,
  io: Io
): Promise<ProgrammeData.Programme | undefined> => {
  let programme: ProgrammeData.Programme
  if (file === preset) programme = occitanie
  else {
    const json = await readJson(file, io)
    if (Result.isFailure(json)) return undefined
    const decoded = ProgrammeData.decode(json.success)
    if (Result.isFailure(decoded)) {
      io.err(`${file}: ${decoded.failure.issues.length} issue(s) found (as programme data)`)
      for (const issue of decoded.failure.issues) io.err(`  at ${issue.path}: ${issue.message}`)
      return undefined
    }
    programme = decoded.success
  }
  const dangling = ProgrammeData.citationIssues(programme, policy.bibliography)
  if (dangling.length > 0) {
    io.err(
      `${file}: ${dangling.length} citation(s) of documents the policy "${policy.name}" does not declare`
    )
    for (const issue of dangling) io.err(`  at ${issue.path}: ${issue.message}`)
    return undefined
  }
  return programme
}

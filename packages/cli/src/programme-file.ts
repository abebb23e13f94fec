// Reading a programme data file for `gip-sante report`: a JSON file (a UTF-8 byte-order mark is
// accepted) decoded as programme data, or the embedded Occitanie programme by its package name;
// every issue reported as `file:line:column: at path: message`, citations checked against the
// policy's bibliography. Internal to the package (not exported from index.ts).
import type { Issue } from "@gip-sante/core"
import { programme as occitanie } from "@gip-sante/occitanie"
import { ProgrammeData } from "@gip-sante/report"
import * as Result from "effect/Result"
import type { Io } from "./io.js"
import { indexJson } from "./json-position.js"
import { issueLine, type LoadedPolicy, preset, readLayer } from "./policy-file.js"

const report = (file: string, text: string | undefined, issues: ReadonlyArray<Issue.Issue>, io: Io): void => {
  const index = text === undefined ? undefined : indexJson(text)
  for (const issue of issues) io.err(issueLine(file, index, issue))
}

/**
 * Reads a programme data file (or the embedded preset's), reporting every issue with the file
 * name, its line and column and its path. Undefined when the file is not valid programme data
 * for the policy.
 */
export const loadProgramme = async (
  file: string,
  loaded: LoadedPolicy,
  io: Io
): Promise<ProgrammeData.Programme | undefined> => {
  let programme: ProgrammeData.Programme
  let text: string | undefined
  if (file === preset) programme = occitanie
  else {
    const layer = await readLayer(file, io)
    if (layer === undefined) return undefined
    text = layer.text
    const decoded = ProgrammeData.decode(layer.json)
    if (Result.isFailure(decoded)) {
      report(file, text, decoded.failure.issues, io)
      io.err(`${decoded.failure.issues.length} issue(s) found in ${file}: not valid programme data`)
      return undefined
    }
    programme = decoded.success
  }
  const dangling = ProgrammeData.citationIssues(programme, loaded.policy.bibliography)
  if (dangling.length > 0) {
    report(file, text, dangling, io)
    io.err(
      `${dangling.length} citation(s) in ${file} of documents the policy ${loaded.label} does not declare: add them to the policy's bibliography`
    )
    return undefined
  }
  return programme
}

/**
 * The usage error of a command given a policy (or overrides) but no programme data: the
 * programme's figures and calibration go with its own policy, never borrowed from Occitanie's.
 */
export const programmeUsageError = (values: {
  readonly programme?: string | undefined
  readonly policy?: string | undefined
  readonly override?: ReadonlyArray<string> | undefined
}): string | undefined =>
  values.programme === undefined && (values.policy !== undefined || values.override !== undefined)
    ? `--programme: give the programme data that goes with this policy (or "${preset}" for Occitanie's); gip-sante never borrows another programme's`
    : undefined

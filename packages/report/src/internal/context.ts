// What every section of the report is computed from, and the helpers they share. Internal.
import { Calendar, Explanation, type Issue, type Policy, type Provenance } from "@gip-sante/core"
import * as Result from "effect/Result"
import type * as ProgrammeData from "../ProgrammeData.js"
import type { Log, Section } from "../Report.js"
import type { Fold } from "./fold.js"

export interface Context {
  readonly policy: Policy.Policy
  readonly programme: ProgrammeData.Programme
  readonly window: { readonly from: string; readonly to: string }
  readonly fold: Fold
  readonly log: Log
  readonly fullTime: number
}

const issueText = (e: unknown): string =>
  typeof e === "object" && e !== null && "issues" in e && Array.isArray((e as { issues: unknown }).issues)
    ? (e as { issues: ReadonlyArray<Issue.Issue> }).issues.map((i) => `${i.path}: ${i.message}`).join("; ")
    : e instanceof Error
      ? e.message
      : String(e)

/** A section computed, or unavailable with the reason (an error's issues, in words). */
export const section = <A>(compute: () => Result.Result<A, unknown> | A): Section<A> => {
  try {
    const r = compute()
    if (Result.isResult(r))
      return Result.isSuccess(r)
        ? { status: "ok", value: r.success as A }
        : { status: "unavailable", reason: issueText(r.failure) }
    return { status: "ok", value: r }
  } catch (e) {
    return { status: "unavailable", reason: issueText(e) }
  }
}

export const unavailable = <A>(reason: string): Section<A> => ({ status: "unavailable", reason })

/** The reason a section that counts events gives when there are none. */
export const noEvents =
  "No event log was given, so there are no events to count: give the programme's event files, or programme data with a simulation calibration for a simulated log."

/** How the explanations name the event log. */
export const logWords = (log: Log): string =>
  log.kind === "simulated"
    ? `in the simulated log (seed ${log.seed}; synthetic data, not a record of what happened)`
    : log.kind === "files"
      ? "in the event files"
      : "in the events given"

/** Which events were counted, for an explanation: their kind, their dates and the log. */
export const countedIn = (what: string, from: string, to: string, log: Log): string =>
  `${what} dated ${from} to ${to} ${logWords(log)}`

/**
 * An explanation step for a value of the programme data: the value read, under a source that
 * names its place in the programme data and its provenance (citation or assumption).
 */
export const dataStep = (
  label: string,
  where: string,
  from: string,
  provenance: Provenance.Provenance,
  value?: Explanation.Value
): Explanation.Step =>
  Explanation.step(label, {
    ...(value === undefined ? {} : { value }),
    source: { parameterId: `programmeData.${where}`, from: Calendar.date(from), provenance }
  })

/** The professions the programme data gives as support staff (no clinical activity). */
export const supportProfessions = (programme: ProgrammeData.Programme): ReadonlySet<string> =>
  new Set([
    ...(programme.simulation?.hires ?? []).filter((h) => h.role === "support").map((h) => h.profession),
    ...(programme.typicalCentre?.staff ?? []).filter((s) => s.role === "support").map((s) => s.profession)
  ])

/**
 * Reading several policy values and keeping every issue, not only the first. Internal.
 */
import * as Result from "effect/Result"
import type { PolicyError } from "../Policy.js"

/** A list of issues and a function that takes a read's value or adds its issues to the list. */
export const collector = () => {
  const issues: Array<PolicyError["issues"][number]> = []
  const collect = <A>(r: Result.Result<A, PolicyError>): A | undefined => {
    if (Result.isSuccess(r)) return r.success
    issues.push(...r.failure.issues)
    return undefined
  }
  return { issues, collect }
}

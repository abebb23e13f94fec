// What a report's input gives once read: its window and the policy's full-time week. Internal to
// the package; shared by the report and the digest of its simulated log.
import { Calendar, Contract, Policy } from "@gip-sante/core"
import * as Result from "effect/Result"
import type { Input } from "../Report.js"

export const windowOf = (input: Input) => input.window ?? input.programme.window

export const fullTimeOf = (input: Input): number => {
  const read = Policy.read(
    input.policy,
    Contract.parameters.fullTimeWeeklyHours,
    Calendar.date(windowOf(input).to)
  )
  return Result.isSuccess(read) ? read.success.value : 35
}

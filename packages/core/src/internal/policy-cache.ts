// A cache of values prepared from a policy (a module's `prepare`), so that convenience forms
// such as `Pay.monthly` read and check the policy once per stretch of dates, not once per call.
// Internal to core.
//
// Keyed on the policy object itself, weakly: policies are immutable values and an override makes
// a new object, so a policy that changes is another key and nothing stale can be read; a policy
// no longer used is collected with its entries.
//
// Within one policy, a prepared value depends on the date only through the parameter values in
// force on it. Those change only on the dates where some history entry or declared gap starts or
// ends; between two consecutive such dates (a "stretch") every parameter has the same value, so a
// value prepared for one date of a stretch serves every date of it, re-dated by the caller's
// `rebase`. Only successes are kept: a failure's message names the date it was asked about.
//
// Bound: per policy and cache, at most `maxKeys` keys (a profession, say) and, per key, at most
// `maxStretches` stretches; the oldest entry inserted is dropped first.

import * as Result from "effect/Result"
import type * as Policy from "../Policy.js"

/** The dates where a value of some parameter of a policy starts or stops, sorted, unique. */
const changeDatesOf = (policy: Policy.Policy): ReadonlyArray<string> => {
  const dates = new Set<string>()
  for (const id of Object.keys(policy.parameters)) {
    const parameter = policy.parameters[id]!
    for (const entry of parameter.history) {
      dates.add(entry.from)
      if (entry.to !== undefined) dates.add(entry.to)
    }
    for (const gap of parameter.gaps ?? []) {
      dates.add(gap.from)
      dates.add(gap.to)
    }
  }
  return [...dates].sort()
}

interface Stretches {
  readonly changeDates: ReadonlyArray<string>
  // The last date asked about and its stretch: calls in a loop mostly ask about the same date.
  lastDate: string | undefined
  lastStretch: number
}

const stretchesByPolicy = /* @__PURE__ */ new WeakMap<Policy.Policy, Stretches>()

/** The number of change dates on or before `date`: dates with the same number share values. */
export const stretchOf = (policy: Policy.Policy, date: string): number => {
  let stretches = stretchesByPolicy.get(policy)
  if (stretches === undefined) {
    stretches = { changeDates: changeDatesOf(policy), lastDate: undefined, lastStretch: 0 }
    stretchesByPolicy.set(policy, stretches)
  }
  if (date === stretches.lastDate) return stretches.lastStretch
  const dates = stretches.changeDates
  let low = 0
  let high = dates.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (dates[mid]! <= date) low = mid + 1
    else high = mid
  }
  stretches.lastDate = date
  stretches.lastStretch = low
  return low
}

/** A cache of prepared values of one kind (see the module's comment). */
export interface PolicyCache<A, Arg, E> {
  /**
   * The value prepared for `key` (what `arg` stands for) on `date`: from the cache when one was
   * prepared for a date of the same stretch (re-dated if needed), else prepared now, and kept
   * when it succeeds.
   */
  readonly get: (policy: Policy.Policy, date: string, key: string, arg: Arg) => Result.Result<A, E>
  /** How many values are kept for `policy` (for tests of the bound). */
  readonly size: (policy: Policy.Policy) => number
}

export interface Bounds {
  readonly maxKeys: number
  readonly maxStretches: number
}

const dropOldest = <K, V>(map: Map<K, V>, max: number): void => {
  if (map.size < max) return
  const oldest = map.keys().next()
  if (oldest.done !== true) map.delete(oldest.value)
}

/**
 * A cache of the values `prepare` gives, each for a date (`dateOf`) that `rebase` moves to
 * another date of the same stretch. `prepare` is passed once, not per call, so that a hit makes
 * no closure.
 */
export const make = <A, Arg, E>(
  bounds: Bounds,
  prepare: (policy: Policy.Policy, date: string, arg: Arg) => Result.Result<A, E>,
  dateOf: (a: A) => string,
  rebase: (a: A, date: string) => A
): PolicyCache<A, Arg, E> => {
  // policy → key → stretch → a successful prepared value (as a success, to return it as is).
  const entries = new WeakMap<Policy.Policy, Map<string, Map<number, Result.Success<A, never>>>>()
  const get = (policy: Policy.Policy, date: string, key: string, arg: Arg): Result.Result<A, E> => {
    let byKey = entries.get(policy)
    if (byKey === undefined) {
      byKey = new Map()
      entries.set(policy, byKey)
    }
    let byStretch = byKey.get(key)
    if (byStretch === undefined) {
      dropOldest(byKey, bounds.maxKeys)
      byStretch = new Map()
      byKey.set(key, byStretch)
    }
    const stretch = stretchOf(policy, date)
    const kept = byStretch.get(stretch)
    if (kept !== undefined) {
      if (dateOf(kept.success) === date) return kept
      const moved = Result.succeed(rebase(kept.success, date)) as Result.Success<A, never>
      byStretch.set(stretch, moved)
      return moved
    }
    const prepared = prepare(policy, date, arg)
    if (Result.isSuccess(prepared)) {
      dropOldest(byStretch, bounds.maxStretches)
      byStretch.set(stretch, prepared as Result.Success<A, never>)
    }
    return prepared
  }
  const size = (policy: Policy.Policy): number => {
    let n = 0
    for (const byStretch of entries.get(policy)?.values() ?? []) n += byStretch.size
    return n
  }
  return { get, size }
}

/**
 * The date rules of a list of dated values: a parameter's history, or the values an override
 * gives for a parameter. Internal: `Parameter.validate` and `Policy` apply them.
 */
import { formatPath, type Issue } from "./issues.js"

/** A dated value, reduced to its dates (dates written `YYYY-MM-DD` compare as text). */
export interface Dated {
  readonly from: string
  readonly to?: string | undefined
}

/** A range without value, with the reason it is allowed. */
export interface Gap {
  readonly from: string
  readonly to: string
  readonly reason: string
}

/**
 * The problems with the dates of `entries` (named `field` at `path`): values in date order,
 * none ending before it starts, no overlap, and no range without value unless `gaps` declares
 * it. An override's `values` get no `gaps`: they replace one continuous range of the base.
 */
export const dateIssues = (
  entries: ReadonlyArray<Dated>,
  gaps: ReadonlyArray<Gap> | undefined,
  path: ReadonlyArray<PropertyKey>,
  field: "history" | "values"
): Array<Issue> => {
  const issues: Array<Issue> = []
  const at = (...keys: ReadonlyArray<PropertyKey>) => formatPath([...path, field, ...keys])
  if (entries.length === 0) {
    issues.push({
      path: formatPath([...path, field]),
      message:
        field === "history" ? "A parameter needs at least one dated value" : "Give at least one dated value"
    })
  }
  const declaredGaps = gaps ?? []
  const usedGaps = new Set<number>()
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!
    if (entry.to !== undefined && entry.to <= entry.from) {
      issues.push({
        path: at(i, "to"),
        message: `Expected an end date after the start date ${entry.from}, got ${entry.to}`
      })
    }
    if (i === 0) continue
    const previous = entries[i - 1]!
    if (entry.from <= previous.from) {
      issues.push({
        path: at(i, "from"),
        message: `Values must be in date order: ${entry.from} does not come after the previous value's start ${previous.from}`
      })
    } else if (previous.to === undefined) {
      issues.push({
        path: at(i - 1, "to"),
        message: `This value has no end date but another value starts on ${entry.from}: give it "to": "${entry.from}"`
      })
    } else if (previous.to > entry.from) {
      issues.push({
        path: at(i, "from"),
        message: `Overlaps the previous value, which runs until ${previous.to}`
      })
    } else if (previous.to < entry.from) {
      const gap = declaredGaps.findIndex((g) => g.from === previous.to && g.to === entry.from)
      if (gap >= 0) usedGaps.add(gap)
      else
        issues.push({
          path: at(i, "from"),
          message:
            field === "history"
              ? `No value is in force from ${previous.to} to ${entry.from}: close the gap or declare it in "gaps" with a reason`
              : `No value is given from ${previous.to} to ${entry.from}: an override's values replace one continuous range, so close the gap (to keep the base's value in between, repeat it)`
        })
    }
  }
  declaredGaps.forEach((gap, g) => {
    if (!usedGaps.has(g)) {
      issues.push({
        path: formatPath([...path, "gaps", g]),
        message: `Declared gap ${gap.from} to ${gap.to} does not match a gap in the history`
      })
    }
  })
  return issues
}

/**
 * "Did you mean …?": the closest known name to a mistyped one. Internal.
 */

// Edit distance (insertions, deletions, substitutions, and swaps of two neighbours, each 1)
// between two short strings; stops early once it exceeds `limit`.
const distance = (a: string, b: string, limit: number): number => {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before: Array<number> = []
  let previous: Array<number> = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current: Array<number> = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1)
      current.push(d)
      if (d < best) best = d
    }
    if (best > limit) return limit + 1
    before = previous
    previous = current
  }
  return previous[b.length]!
}

/**
 * The candidate closest to `name`, if one is close enough to be a typing mistake: at most 1
 * edit for names up to 4 characters, 2 up to 12, 3 beyond. Ties go to the first candidate.
 */
export const closest = (name: string, candidates: Iterable<string>): string | undefined => {
  const limit = name.length <= 4 ? 1 : name.length <= 12 ? 2 : 3
  let best: string | undefined
  let bestDistance = limit + 1
  for (const candidate of candidates) {
    if (candidate === name) continue
    const d = distance(name.toLowerCase(), candidate.toLowerCase(), limit)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}

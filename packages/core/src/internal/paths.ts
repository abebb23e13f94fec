/**
 * Reading back the paths that issues print (`parameters["pay.gp.grid"].values[0].value`), so
 * that an issue found in a merged policy can be moved to the file it comes from, and a program
 * can find the place in the text. Internal: `Policy.pathKeys` is the public form.
 */

const identifierStart = /[A-Za-z_$]/
const identifierPart = /[A-Za-z0-9_$]/

/**
 * The keys of a path written by `formatPath`, or undefined if the text is not such a path.
 * `(root)` is the empty path.
 */
export const parsePath = (text: string): Array<string | number> | undefined => {
  if (text === "(root)") return []
  if (text === "") return undefined
  const keys: Array<string | number> = []
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (c === "[") {
      if (text[i + 1] === '"') {
        // A JSON string: find its closing quote, skipping escaped characters.
        let j = i + 2
        while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1
        if (j >= text.length || text[j + 1] !== "]") return undefined
        let key: unknown
        try {
          key = JSON.parse(text.slice(i + 1, j + 1))
        } catch {
          return undefined
        }
        keys.push(key as string)
        i = j + 2
      } else {
        const close = text.indexOf("]", i)
        const digits = close < 0 ? "" : text.slice(i + 1, close)
        if (!/^(0|[1-9]\d*)$/.test(digits)) return undefined
        keys.push(Number(digits))
        i = close + 1
      }
    } else {
      if (c === ".") {
        if (keys.length === 0) return undefined
        i++
      } else if (keys.length > 0) return undefined
      if (i >= text.length || !identifierStart.test(text[i]!)) return undefined
      let j = i + 1
      while (j < text.length && identifierPart.test(text[j]!)) j++
      keys.push(text.slice(i, j))
      i = j
    }
  }
  return keys
}

/**
 * Where a path lies in a JSON document, in reading order: at each level the position of the
 * key among the object's keys (the order of the file) or the array index. A key the document
 * lacks comes after its siblings. Compare with {@link compareOrder}.
 */
export const documentOrder = (root: unknown, keys: ReadonlyArray<string | number>): Array<number> => {
  const order: Array<number> = []
  let current: unknown = root
  for (const key of keys) {
    if (Array.isArray(current) && typeof key === "number") {
      order.push(key)
      current = current[key]
    } else if (current !== null && typeof current === "object" && !Array.isArray(current)) {
      const position = Object.keys(current).indexOf(String(key))
      if (position < 0) {
        order.push(Number.MAX_SAFE_INTEGER)
        return order
      }
      order.push(position)
      current = (current as Record<string, unknown>)[String(key)]
    } else {
      order.push(Number.MAX_SAFE_INTEGER)
      return order
    }
  }
  return order
}

/** Orders two {@link documentOrder} positions: a parent before its children. */
export const compareOrder = (a: ReadonlyArray<number>, b: ReadonlyArray<number>): number => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return a.length - b.length
}

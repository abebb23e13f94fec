/**
 * Where a path of a JSON document is in its text: the line and column an editor jumps to for
 * an issue at `parameters["pay.gp.grid"].values[0].value`. Internal to the package.
 *
 * @since 0.1.0
 * @module
 */
import { findNodeAtLocation, type Node, parseTree } from "jsonc-parser"

/** A place in a text: 0-based offset, 1-based line and column (in UTF-16 code units). */
export interface Position {
  readonly offset: number
  readonly line: number
  readonly column: number
}

/** The position of an offset of `text`. */
export const positionAt = (text: string, offset: number): Position => {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { offset, line, column: offset - lineStart + 1 }
}

/** A JSON text indexed once, to find the position of many paths. */
export interface JsonIndex {
  /**
   * Where the node at `keys` starts: the key of an object's member, the start of an array's
   * element. For a path the document lacks (a missing field), the deepest part that exists.
   */
  readonly locate: (keys: ReadonlyArray<string | number>) => Position
}

/** Indexes a JSON text (without its byte-order mark). */
export const indexJson = (text: string): JsonIndex => {
  const root = parseTree(text, [], { allowTrailingComma: false, disallowComments: true })
  const start = (node: Node): number =>
    node.parent?.type === "property" && node.parent.children?.[0] !== undefined
      ? node.parent.children[0].offset
      : node.offset
  return {
    locate: (keys) => {
      if (root === undefined) return positionAt(text, 0)
      let found: Node = root
      for (let length = 1; length <= keys.length; length++) {
        const node = findNodeAtLocation(root, keys.slice(0, length) as Array<string | number>)
        if (node === undefined) break
        found = node
      }
      return positionAt(text, start(found))
    }
  }
}

// Reads the lines of a byte range of a file in large blocks, for JSON Lines event files: faster
// than `readline` (no per-line promise or event, no string per line: each line is handed over
// as a range of bytes), in constant memory (two reused blocks and one buffer for a line that
// spans blocks, bounded by `maxLineBytes`), with backpressure by construction (at most one
// block is read ahead). Internal to the package (not exported from index.ts).
//
// Ranges let several workers share one file. A line belongs to the range holding its first byte:
// a range starting inside a line skips to the next line, and a range ending inside a line reads
// it to its end. So the ranges of any cut of a file, read one after the other, give each line of
// the file exactly once; each range numbers its lines from 1 and says how many it has, from
// which the caller makes file line numbers.
import { type FileHandle, open } from "node:fs/promises"

// A part of a file: bytes from `start` (included) to `end` (excluded; Infinity: to the end).
export interface ByteRange {
  readonly start: number
  readonly end: number
}

export const wholeFile: ByteRange = { start: 0, end: Number.POSITIVE_INFINITY }

export interface LineReaderOptions {
  // Bytes read at once (at least 16).
  readonly blockBytes?: number
  // A line of more bytes than this (its "\n" not counted, the "\r" before it counted) is not
  // kept: `onTooLong` is called with its number and the line skipped.
  readonly maxLineBytes?: number
}

// 1 MiB per read: the next block is read while this one is split, and fewer, larger reads cost
// less waiting (measured: bench/, 64 KiB reads left the thread idle a sixth of the time).
export const defaultBlockBytes = 1 << 20
export const defaultMaxLineBytes = 1 << 24

const LF = 0x0a
const CR = 0x0d

// Whether the file starts with a UTF-8 byte-order mark.
const startsWithByteOrderMark = async (handle: FileHandle): Promise<boolean> => {
  const head = Buffer.alloc(3)
  let filled = 0
  while (filled < 3) {
    const { bytesRead } = await handle.read(head, filled, 3 - filled, filled)
    if (bytesRead === 0) return false
    filled += bytesRead
  }
  return head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf
}

/**
 * Calls `onLine` for each line of `range` of `file`: the line's bytes, `bytes[start]` to
 * `bytes[end]` excluded, without its "\n" or "\r\n" (valid only during the call: the buffer is
 * reused), and its number from 1 within the range; and `onTooLong` for each line over
 * `maxLineBytes`. A byte-order mark at the start of the file is dropped. Resolves to the number
 * of lines of the range; rejects only on an I/O error (missing file…).
 */
export const readLines = async (
  file: string,
  range: ByteRange,
  onLine: (bytes: Buffer, start: number, end: number, line: number) => void,
  onTooLong: (line: number) => void,
  options: LineReaderOptions = {}
): Promise<number> => {
  if (range.end <= range.start) return 0
  const maxLineBytes = options.maxLineBytes ?? defaultMaxLineBytes
  const blockBytes = Math.max(16, options.blockBytes ?? defaultBlockBytes)
  const handle = await open(file, "r")
  let pending: Promise<number> | undefined
  try {
    let line = 0
    // The line being read when the range starts or when it is too long is skipped through its
    // line break. A range that does not start the file starts one byte early: if the byte
    // before `start` ends a line, the line at `start` is this range's.
    let skipping = range.start !== 0
    let position = range.start !== 0 ? range.start - 1 : (await startsWithByteOrderMark(handle)) ? 3 : 0
    // The start of a line that the block ended in, its first byte at file offset `carryStart`.
    let carry = Buffer.allocUnsafe(0)
    let carryLength = 0
    let carryStart = 0
    // Whether the line starting at file offset `offset` is this range's. The file's first line
    // is the first range's even when a byte-order mark, dropped, pushes it past a tiny range.
    const owned = (offset: number): boolean => offset < range.end || (line === 0 && range.start === 0)
    // Hands over the line of `bytes` from `from` to `to` (a line break or, for the file's last
    // line, its end), "\r" before a line break dropped.
    const emit = (bytes: Buffer, from: number, to: number, atBreak: boolean): void => {
      line++
      onLine(bytes, from, atBreak && to > from && bytes[to - 1] === CR ? to - 1 : to, line)
    }

    // Hands over the complete lines of `view` from `from` to the line break at `lastLf`; false
    // once a line is not this range's.
    const splitLines = (view: Buffer, viewStart: number, from: number, lastLf: number): boolean => {
      const lastStart = lastLf > from ? Math.max(from, view.lastIndexOf(LF, lastLf - 1) + 1) : from
      // Whether a line may be too long or not this range's. When neither can be (the usual case),
      // the loop does no check per line.
      const mustCheck = lastLf - from > maxLineBytes || viewStart + lastStart >= range.end
      for (let at = from; at <= lastLf; ) {
        const lf = view.indexOf(LF, at)
        if (mustCheck) {
          if (!owned(viewStart + at)) return false
          if (lf - at > maxLineBytes) {
            line++
            onTooLong(line)
            at = lf + 1
            continue
          }
        }
        emit(view, at, lf, true)
        at = lf + 1
      }
      return true
    }

    // Takes in a block read at file offset `blockStart`; false once a line is not this range's.
    const take = (view: Buffer, blockStart: number): boolean => {
      let from = 0
      if (skipping) {
        const lf = view.indexOf(LF)
        if (lf === -1) return true
        skipping = false
        from = lf + 1
      } else if (carryLength > 0) {
        // The block ends the carried line, or continues it.
        const lf = view.indexOf(LF)
        const end = lf === -1 ? view.length : lf
        if (carryLength + end > maxLineBytes) {
          if (!owned(carryStart)) return false
          line++
          onTooLong(line)
          carryLength = 0
          if (lf === -1) {
            skipping = true
            return true
          }
        } else {
          if (carryLength + end > carry.length) {
            const larger = Buffer.allocUnsafe(
              Math.min(maxLineBytes, Math.max(2 * carry.length, carryLength + end))
            )
            carry.copy(larger, 0, 0, carryLength)
            carry = larger
          }
          view.copy(carry, carryLength, 0, end)
          carryLength += end
          if (lf === -1) return true
          if (!owned(carryStart)) return false
          emit(carry, 0, carryLength, true)
          carryLength = 0
        }
        from = lf + 1
      }
      const lastLf = view.lastIndexOf(LF)
      if (lastLf >= from && !splitLines(view, blockStart, from, lastLf)) return false
      // The rest, the start of a line that a later block goes on with.
      const rest = Math.max(from, lastLf + 1)
      if (rest < view.length) {
        if (!owned(blockStart + rest)) return false
        if (view.length - rest > maxLineBytes) {
          line++
          onTooLong(line)
          skipping = true
        } else {
          if (view.length - rest > carry.length)
            carry = Buffer.allocUnsafe(Math.min(maxLineBytes, blockBytes))
          view.copy(carry, 0, rest)
          carryLength = view.length - rest
          carryStart = blockStart + rest
        }
      }
      return true
    }

    // Two blocks: one is read into while the other is split.
    let block = Buffer.allocUnsafe(blockBytes)
    let spare = Buffer.allocUnsafe(blockBytes)
    const readBlock = (into: Buffer, at: number): Promise<number> =>
      handle.read(into, 0, blockBytes, at).then((r) => r.bytesRead)
    pending = readBlock(block, position)
    for (;;) {
      const bytesRead = await pending
      pending = undefined
      const blockStart = position
      position += bytesRead
      if (bytesRead === 0) {
        // The file's last line, without a line break.
        if (carryLength > 0 && owned(carryStart)) emit(carry, 0, carryLength, false)
        return line
      }
      // The next block is read while this one is split.
      const current = block
      block = spare
      spare = current
      pending = readBlock(block, position)
      if (!take(current.subarray(0, bytesRead), blockStart)) return line
    }
  } finally {
    // A read ahead still running must end before the file is closed.
    if (pending !== undefined) await pending.catch(() => 0)
    await handle.close()
  }
}

// Reads the lines of a byte range of a file in large chunks, for JSON Lines event files: faster
// than `readline` (no per-line promise or event), in constant memory (one reused buffer, lines
// bounded by `maxLineBytes`), with backpressure by construction (the next chunk is read only
// once the previous one is processed). Internal to the package (not exported from index.ts).
//
// Ranges let several workers share one file. A line belongs to the range holding its first byte:
// a range starting inside a line skips to the next line, and a range ending inside a line reads
// it to its end. So the ranges of any cut of a file, read one after the other, give each line of
// the file exactly once; each range numbers its lines from 1 and says how many it has, from
// which the caller makes file line numbers.
import { open } from "node:fs/promises"

// A part of a file: bytes from `start` (included) to `end` (excluded; Infinity: to the end).
export interface ByteRange {
  readonly start: number
  readonly end: number
}

export const wholeFile: ByteRange = { start: 0, end: Number.POSITIVE_INFINITY }

export interface LineReaderOptions {
  // Bytes read at once (the buffer grows, up to `maxLineBytes`, only for a longer line).
  readonly chunkBytes?: number
  // A longer line is not kept: `onTooLong` is called with its number and the rest skipped. A
  // line is kept when it fits, with its line break, in a buffer of `chunkBytes` doubled as many
  // times as stays within `maxLineBytes`.
  readonly maxLineBytes?: number
}

// 64 KiB: the string of a buffer's lines stays a small heap object. A 1 MiB string goes to V8's
// large-object space, on fresh pages, and made reading twice as slow (measured: bench/ hand loop).
export const defaultChunkBytes = 1 << 16
export const defaultMaxLineBytes = 1 << 24

const LF = 0x0a
const CR = 0x0d

/**
 * Calls `onLine` for each line of `range` of `file` (line numbers from 1 within the range, the
 * line's text without its "\n" or "\r\n"), and `onTooLong` for each line over `maxLineBytes`.
 * A byte-order mark at the start of the file is dropped. Bytes that are not UTF-8 become U+FFFD
 * (as `readline` does). Resolves to the number of lines of the range; rejects only on an I/O
 * error (missing file…).
 */
export const readLines = async (
  file: string,
  range: ByteRange,
  onLine: (text: string, line: number) => void,
  onTooLong: (line: number) => void,
  options: LineReaderOptions = {}
): Promise<number> => {
  if (range.end <= range.start) return 0
  const maxLineBytes = options.maxLineBytes ?? defaultMaxLineBytes
  let buffer = Buffer.allocUnsafe(Math.max(16, options.chunkBytes ?? defaultChunkBytes))
  const handle = await open(file, "r")
  try {
    // A range that does not start the file starts one byte early and skips through the first
    // line break: if the byte before `start` ends a line, the line at `start` is this range's.
    let position = range.start === 0 ? 0 : range.start - 1
    let skipping = range.start !== 0
    let bufferStart = position // file offset of buffer[0]
    let filled = 0
    let line = 0
    let atFileStart = range.start === 0
    // Whether the line starting at `offset` is this range's. The file's first line is the first
    // range's even when a byte-order mark, dropped, pushes its text past a tiny range's end.
    const owned = (offset: number): boolean => offset < range.end || (line === 0 && range.start === 0)
    for (;;) {
      if (filled === buffer.length) {
        // The unfinished line fills the buffer: a long line.
        if (buffer.length * 2 <= maxLineBytes) {
          const larger = Buffer.allocUnsafe(buffer.length * 2)
          buffer.copy(larger, 0, 0, filled)
          buffer = larger
        } else {
          if (!skipping) {
            if (!owned(bufferStart)) return line
            line++
            onTooLong(line)
            skipping = true
          }
          bufferStart += filled
          filled = 0
        }
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, position)
      position += bytesRead
      filled += bytesRead
      const eof = bytesRead === 0
      if (atFileStart && filled >= 3) {
        atFileStart = false
        if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
          buffer.copy(buffer, 0, 3, filled)
          filled -= 3
          bufferStart += 3
        }
      }
      const view = buffer.subarray(0, filled)
      let from = 0
      let done = false
      if (skipping) {
        const lf = view.indexOf(LF)
        if (lf !== -1) {
          skipping = false
          from = lf + 1
        }
      }
      // The usual case: every complete line of the buffer is this range's (the last one starts
      // before the range's end). One string for all of them, split at "\n" (a UTF-8 line break
      // is one byte that no other character contains), costs less than one per line.
      const lastLf = skipping || filled === 0 ? -1 : view.lastIndexOf(LF, filled - 1)
      const lastLineStart = lastLf > from ? Math.max(from, view.lastIndexOf(LF, lastLf - 1) + 1) : from
      if (lastLf >= from && bufferStart + lastLineStart < range.end) {
        const text = view.toString("utf8", from, lastLf)
        let start = 0
        for (;;) {
          const end = text.indexOf("\n", start)
          const stop = end === -1 ? text.length : end
          line++
          onLine(text.slice(start, stop > start && text.charCodeAt(stop - 1) === CR ? stop - 1 : stop), line)
          if (end === -1) break
          start = end + 1
        }
        from = lastLf + 1
      }
      for (;;) {
        const lf = view.indexOf(LF, from)
        if (lf === -1) break
        if (skipping) skipping = false
        else if (!owned(bufferStart + from)) {
          done = true
          break
        } else {
          line++
          const to = lf > from && view[lf - 1] === CR ? lf - 1 : lf
          onLine(view.toString("utf8", from, to), line)
        }
        from = lf + 1
      }
      if (done) return line
      if (eof) {
        // The last line, without a final line break.
        if (from < filled && !skipping && owned(bufferStart + from)) {
          line++
          onLine(view.toString("utf8", from, filled), line)
        }
        return line
      }
      // Keep the start of the unfinished line at the front of the buffer.
      if (from > 0) {
        buffer.copy(buffer, 0, from, filled)
        bufferStart += from
        filled -= from
      }
    }
  } finally {
    await handle.close()
  }
}

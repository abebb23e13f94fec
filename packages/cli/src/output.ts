/**
 * Writing the command line's output files. Internal to the package.
 *
 * @since 0.1.0
 * @module
 */
import { randomBytes } from "node:crypto"
import { rename, rm, writeFile } from "node:fs/promises"
import { basename, dirname, join, resolve } from "node:path"
import type { Io } from "./io.js"

// Writes `text` to `file` through a temporary file in the same directory, renamed only once
// complete: a failure never leaves a partial file behind.
export const writeAtomically = async (file: string, text: string, io: Io): Promise<boolean> => {
  const target = resolve(file)
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`)
  try {
    await writeFile(temporary, text, { encoding: "utf8", flag: "wx" })
    await rename(temporary, target)
    return true
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined)
    io.err(`${file}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
    return false
  }
}

// Has `write` make the file through a temporary file beside it, renamed only once `write` has
// resolved: a failure (or an error thrown by `write`) never leaves a partial file behind.
export const replaceAtomically = async <A>(
  file: string,
  write: (temporary: string) => Promise<A>
): Promise<A> => {
  const target = resolve(file)
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`)
  try {
    const result = await write(temporary)
    await rename(temporary, target)
    return result
  } finally {
    await rm(temporary, { force: true }).catch(() => undefined)
  }
}

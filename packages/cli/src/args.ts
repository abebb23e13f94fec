/**
 * A command's arguments parsed as `node:util` `parseArgs` does, strictly, with positionals; a
 * usage error (an unknown option, a missing value) is written with the command's help, never
 * thrown. Internal to the package (not exported from index.ts).
 *
 * @since 0.1.0
 * @module
 */
import { type ParseArgsConfig, parseArgs } from "node:util"
import type { Io } from "./io.js"

/** The options a command accepts, as `parseArgs` takes them. */
export type Options = NonNullable<ParseArgsConfig["options"]>

interface Config<O extends Options> {
  readonly args: Array<string>
  readonly allowPositionals: true
  readonly strict: true
  readonly options: O
}

/** A command's arguments parsed with `options`. */
export type Parsed<O extends Options> = ReturnType<typeof parseArgs<Config<O>>>

/** The arguments parsed, or undefined once the usage error has been written with `help`. */
export const parseCommandArgs = <const O extends Options>(
  args: ReadonlyArray<string>,
  options: O,
  help: string,
  io: Io
): Parsed<O> | undefined => {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options })
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${help}`)
    return undefined
  }
}

// Parsing a command's arguments. Internal to the package.
import { type ParseArgsConfig, parseArgs } from "node:util"
import type { Io } from "./io.js"

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>

type Parsed<O extends OptionsConfig> = ReturnType<
  typeof parseArgs<{ args: Array<string>; allowPositionals: true; strict: true; options: O }>
>

// Parses arguments; a usage error (unknown option, missing value) is reported with the command's
// help, never thrown: undefined then.
export const parseCommandArgs = <const O extends OptionsConfig>(
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

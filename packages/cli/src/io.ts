/**
 * Where the command line writes.
 *
 * @since 0.1.0
 * @module
 */

/**
 * Where the command writes: one call per line, standard output and standard error.
 *
 * @example
 * ```ts
 * import type { Io } from "@gip-sante/cli"
 *
 * const io: Io = { out: console.log, err: console.error }
 * ```
 *
 * @since 0.1.0
 * @category models
 */
export interface Io {
  readonly out: (line: string) => void
  readonly err: (line: string) => void
}

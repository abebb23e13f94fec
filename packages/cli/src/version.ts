import { createRequire } from "node:module"

// Replaced by the build with the `version` of package.json (tsup.config.ts); undefined when the
// command runs from the sources (`pnpm gip-sante` in the workspace), which read package.json.
declare const __GIP_SANTE_CLI_VERSION__: string | undefined

/** The version of `@gip-sante/cli`, as its package.json gives it. */
export const version: string =
  typeof __GIP_SANTE_CLI_VERSION__ === "string"
    ? __GIP_SANTE_CLI_VERSION__
    : (createRequire(import.meta.url)("../package.json") as { readonly version: string }).version

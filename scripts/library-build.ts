/**
 * The build of the library packages (`@gip-sante/core`, `@gip-sante/report`,
 * `@gip-sante/occitanie`), in one place: their `tsup.config.ts` only pass these options on, so that moving to tsup's successor tsdown
 * (which also emits one module per source module, with declarations) is a change to this file
 * and to those one-line configs.
 *
 * - A module in `dist` for each module in `src` (no bundling): a bundler then leaves out the
 *   modules an application does not import, which `"sideEffects": false` allows.
 * - What a module builds while it loads is marked pure (`pure-annotations.ts`): a bundler also
 *   drops the schemas, error classes and rules of an imported module that the application never
 *   reaches.
 * - Declarations from tsc, one `.d.ts` (with its map into `src`) per module, resolved against the
 *   other packages' built declarations (`tsconfig.build.json` clears the source condition).
 */
import { readFile } from "node:fs/promises"
import type { Options } from "tsup"
import { annotatePure } from "./pure-annotations.js"

type EsbuildPlugin = NonNullable<Options["esbuildPlugins"]>[number]

const pureAnnotations: EsbuildPlugin = {
  name: "pure-annotations",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => ({
      contents: annotatePure(path, await readFile(path, "utf8")),
      loader: "ts"
    }))
  }
}

/** The tsup options of a library package; its `tsup.config.ts` passes them to `defineConfig`. */
export const libraryBuild: Options = {
  entry: ["src/**/*.ts"],
  format: ["esm"],
  target: "node20",
  bundle: false,
  esbuildPlugins: [pureAnnotations],
  sourcemap: true,
  // The maps point at the sources shipped in `src/`, as written (not as annotated for the build).
  esbuildOptions(options) {
    options.sourcesContent = false
  },
  clean: true,
  onSuccess: "tsc -p tsconfig.build.json"
}

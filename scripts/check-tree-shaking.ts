/**
 * Checks that a built package does no work a bundler must keep: for every module in `dist`,
 * bundling a bare `import` of it (as if `"sideEffects"` said nothing) must leave nothing but the
 * imports of other packages. A top-level call that is neither marked pure by the build
 * (`pure-annotations.ts`) nor free of effects would stay in every application that imports the
 * module, used or not; this names the module and prints what would stay.
 *
 * Usage, from a package folder after its build: `tsx ../../scripts/check-tree-shaking.ts`.
 * Exits with code 1 if any module keeps code.
 */
import { readdirSync } from "node:fs"
import { join, resolve } from "node:path"
import { build, type Plugin } from "esbuild"

const dist = resolve("dist")

const modules = (readdirSync(dist, { recursive: true, encoding: "utf8" }) as Array<string>)
  .filter((file) => file.endsWith(".js"))
  .sort()

// Resolves the package's own files without reading its package.json, so that `"sideEffects":
// false` does not hide what a module keeps; other packages stay imports.
const ownFilesOnly: Plugin = {
  name: "own-files-only",
  setup(b) {
    b.onResolve({ filter: /.*/ }, ({ path, resolveDir }) =>
      path.startsWith(".") || path.startsWith("/") ? { path: resolve(resolveDir, path) } : { external: true }
    )
  }
}

const kept = async (file: string, minify: boolean): Promise<string> => {
  const result = await build({
    stdin: { contents: `import ${JSON.stringify(join(dist, file))}`, resolveDir: dist },
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    minify,
    legalComments: "none",
    logLevel: "silent",
    plugins: [ownFilesOnly]
  })
  return result.outputFiles[0]?.text ?? ""
}

let failures = 0
for (const file of modules) {
  const code = (await kept(file, true)).replace(/import(?:[^"]*?from)?\s*"[^"]*";?/g, "").trim()
  if (code === "") continue
  failures++
  const readable = (await kept(file, false)).replace(/^import [^;]*;$/gm, "").trim()
  console.error(`dist/${file} does work when it loads that a bundler must keep:\n${readable}\n`)
}
if (failures > 0) {
  console.error(
    `${failures} of ${modules.length} modules keep code an application cannot leave out. Build values at load time only in top-level declarations (the build marks those pure), not in bare statements.`
  )
  process.exit(1)
}
console.log(`${modules.length} modules in dist: none does work a bundler must keep.`)

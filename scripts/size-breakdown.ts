/**
 * What each module of a built package weighs in an application's bundle: for every namespace the
 * package's entry exports, the minified bytes its own module adds when everything is imported,
 * the gzip bytes saved by not importing it (what its module and the code only it needs add),
 * and the gzip size of importing it alone (with what it needs). Bundled as `size-limit` does for
 * the budgets: esbuild, browser, ES module, minified, the peer dependencies left out.
 *
 * Usage, from a package folder after its build: `tsx ../../scripts/size-breakdown.ts`.
 */
import { readFileSync } from "node:fs"
import { resolve } from "node:path"
import { gzipSync } from "node:zlib"
import { build, type Metafile } from "esbuild"

const manifest = JSON.parse(readFileSync("package.json", "utf8")) as {
  peerDependencies?: Record<string, string>
}
const entry = resolve("dist/index.js")
const names = Object.keys(await import(entry)).sort()

const bundle = async (imported: ReadonlyArray<string>): Promise<{ gzip: number; metafile: Metafile }> => {
  const result = await build({
    stdin: {
      contents: `import { ${imported.join(", ")} } from ${JSON.stringify(entry)}\nconsole.log(${imported.join(", ")})`,
      resolveDir: process.cwd()
    },
    bundle: true,
    write: false,
    metafile: true,
    minify: true,
    format: "esm",
    platform: "browser",
    external: Object.keys(manifest.peerDependencies ?? {})
  })
  return { gzip: gzipSync(result.outputFiles[0]!.contents).length, metafile: result.metafile }
}

const kB = (bytes: number): string => (bytes / 1000).toFixed(1)
const all = await bundle(names)
const inputs = Object.values(all.metafile.outputs)[0]!.inputs
const ownBytes = (name: string): number =>
  Object.entries(inputs).find(([path]) => path.endsWith(`dist/${name}.js`))?.[1].bytesInOutput ?? 0

const rows: Array<{ name: string; own: number; saved: number; alone: number }> = []
for (const name of names) {
  rows.push({
    name,
    own: ownBytes(name),
    saved: all.gzip - (await bundle(names.filter((n) => n !== name))).gzip,
    alone: (await bundle([name])).gzip
  })
}
rows.sort((a, b) => b.saved - a.saved || b.own - a.own)

console.log(`Everything imported: ${kB(all.gzip)} kB gzip\n`)
console.log(
  "| module | own code, minified (kB) | saved by not importing it (kB gzip) | imported alone (kB gzip) |"
)
console.log("|---|--:|--:|--:|")
for (const row of rows) console.log(`| ${row.name} | ${kB(row.own)} | ${kB(row.saved)} | ${kB(row.alone)} |`)
const internal = Object.entries(inputs)
  .filter(([path]) => path.includes("dist/internal/"))
  .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
console.log("\nInternal modules, minified (kB), counted above in the modules that use them:")
for (const [path, { bytesInOutput }] of internal)
  console.log(`- ${path.slice(path.indexOf("internal/"))}: ${kB(bytesInOutput)}`)

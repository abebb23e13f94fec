import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { defineConfig } from "tsup"

// The DuckDB engine, an optional dependency with a native module, is never bundled: it stays an
// import, loaded only by the commands that use it (see duckdb-engine.ts).
const optional = [/^@gip-sante\/duckdb/, /^@duckdb\//]

// The packages whose code went into the bundled programs (the inputs of which esbuild kept some
// bytes), with the licence each ships. Written beside the programs, since MIT asks that the
// notice go with the code. A package without a licence file stops the build.
const writeNotices = (): void => {
  const meta = JSON.parse(readFileSync("dist/metafile-esm.json", "utf8")) as {
    outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>
  }
  const folders = new Set<string>()
  for (const output of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const at = input.lastIndexOf("node_modules/")
      if (at === -1 || bytesInOutput === 0) continue
      const [scope = "", name = ""] = input.slice(at + "node_modules/".length).split("/")
      folders.add(`${input.slice(0, at)}node_modules/${scope.startsWith("@") ? `${scope}/${name}` : scope}`)
    }
  }
  const notices = [...folders].sort().map((folder) => {
    const { name, version, license } = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"))
    const file = readdirSync(folder).find((f) => /^licen[cs]e/i.test(f))
    if (file === undefined) throw new Error(`${name} is bundled into the programs but ships no licence file`)
    return `## ${name} ${version} (${typeof license === "string" ? license : JSON.stringify(license)})\n\n${readFileSync(join(folder, file), "utf8").trim()}\n`
  })
  writeFileSync(
    "dist/THIRD-PARTY-LICENSES.md",
    `# Third-party code in the gip-sante programs\n\nindex.js, main.js, kpi-worker.js and the chunk-*.js files they load hold these packages' code.\n\n${notices.join("\n")}`
  )
  rmSync("dist/metafile-esm.json")
}

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string }

// The library (`@gip-sante/cli`) and the programs (`gip-sante` and its worker processes) are
// bundled together with everything they use, in chunks that all three load (all but the optional DuckDB engine): Node loads a bundle
// in half the time of effect's hundreds of modules (start-up of `gip-sante kpi` 0.24 s → 0.13 s,
// see docs/benchmarks.md), in each worker too, and the package needs no dependency at run time,
// so that its tarball installs on its own (`npm install -g`). The library's declarations still
// name `@gip-sante/core`, for the policy the handbook functions take (README: Installing).
export default defineConfig({
  entry: ["src/index.ts", "src/main.ts", "src/kpi-worker.ts"],
  format: ["esm"],
  target: "node20",
  platform: "node",
  // Everything but the DuckDB engine, which stays an import.
  noExternal: [/^(?!@gip-sante\/duckdb|@duckdb\/)/],
  external: optional,
  define: { __GIP_SANTE_CLI_VERSION__: JSON.stringify(version) },
  dts: { entry: "src/index.ts", compilerOptions: { customConditions: [] } },
  // Maps of the bundle would weigh 4 MB in the package, for stack traces that Node does not map
  // unless asked (--enable-source-maps).
  sourcemap: false,
  metafile: true,
  onSuccess: async () => writeNotices()
})

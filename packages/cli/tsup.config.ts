import { readFileSync, rmSync, writeFileSync } from "node:fs"
import { defineConfig, type Options } from "tsup"

const common: Options = { format: ["esm"], target: "node20", platform: "node", sourcemap: true }

// The packages whose code went into the bundled programs (from esbuild's list of inputs), with
// the licence each ships. Written beside the programs, since MIT asks that the notice go with
// the code.
const writeNotices = (): void => {
  const meta = JSON.parse(readFileSync("dist/metafile-esm.json", "utf8")) as {
    inputs: Record<string, unknown>
  }
  const packages = new Set<string>()
  for (const input of Object.keys(meta.inputs)) {
    const at = input.lastIndexOf("node_modules/")
    if (at === -1) continue
    const [scope, name] = input.slice(at + "node_modules/".length).split("/")
    packages.add(scope?.startsWith("@") ? `${scope}/${name}` : (scope as string))
  }
  const notices = [...packages].sort().map((name) => {
    const { version, license } = JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8"))
    return `## ${name} ${version} (${license})\n\n${readFileSync(`node_modules/${name}/LICENSE`, "utf8").trim()}\n`
  })
  writeFileSync(
    "dist/THIRD-PARTY-LICENSES.md",
    `# Third-party code in the gip-sante programs\n\nmain.js and kpi-worker.js hold these packages' code.\n\n${notices.join("\n")}`
  )
  rmSync("dist/metafile-esm.json")
}

export default defineConfig([
  // The library (`@gip-sante/cli`): its dependencies stay imports, so that an application shares
  // one copy of effect and the core with it.
  {
    ...common,
    entry: ["src/index.ts"],
    dts: { entry: "src/index.ts", compilerOptions: { customConditions: [] } }
  },
  // The programs (`gip-sante` and its worker processes): bundled with everything they use, in a
  // chunk that both load, which Node loads in half the time of effect's hundreds of modules
  // (start-up of `gip-sante kpi` 0.24 s → 0.13 s, see docs/benchmarks.md), in each worker too.
  {
    ...common,
    entry: ["src/main.ts", "src/kpi-worker.ts"],
    noExternal: [/./],
    // Maps of the bundle would weigh 4 MB in the package, for stack traces that Node does not map
    // unless asked (--enable-source-maps).
    sourcemap: false,
    metafile: true,
    onSuccess: async () => writeNotices()
  }
])

/**
 * Packs every package under `packages/` and uses the tarballs as a user would, outside the
 * workspace, with plain npm (it needs the npm registry for the packages' own dependencies):
 *
 * 1. installs all the tarballs (and fast-check, the optional peer of `@gip-sante/core/testing`)
 *    into a temporary project;
 * 2. type-checks `install-client/*.ts` and an import of every entry point of every package under
 *    `moduleResolution` `nodenext` and `bundler`, with the libraries' declarations checked too;
 * 3. runs the clients in Node, compiled by tsc, against the installed packages, and the
 *    installed `gip-sante` program;
 * 4. bundles the client for the browser with esbuild (effect and all) and runs that bundle;
 * 5. installs the CLI tarball alone as a global command (into a temporary prefix), then runs
 *    `gip-sante --version` and `gip-sante report`.
 *
 * Usage, from the repository root after `pnpm build`: `pnpm check:install`. Exits with code 1
 * on the first failure, with the output of the step that failed.
 */
import { execFileSync } from "node:child_process"
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { build } from "esbuild"

const root = fileURLToPath(new URL("../", import.meta.url))
const started = performance.now()
const project = mkdtempSync(join(tmpdir(), "gip-sante-install-"))
const tarballs = join(project, "tarballs")

const step = (title: string): void => {
  console.log(`\n${title} (${((performance.now() - started) / 1000).toFixed(1)} s)`)
}

/** Runs a command; on failure, prints what it wrote and stops the check. */
const exec = (command: string, args: ReadonlyArray<string>, cwd: string): string => {
  try {
    return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string }
    console.error(`\n${command} ${args.join(" ")} failed (in ${cwd}):\n${stdout ?? ""}${stderr ?? ""}`)
    process.exit(1)
  }
}

const fail = (message: string): never => {
  console.error(`\n${message}`)
  process.exit(1)
}

interface Manifest {
  readonly name: string
  readonly version: string
  readonly exports?: Record<string, unknown>
  readonly devDependencies?: Record<string, string>
}
const manifestOf = (folder: string): Manifest =>
  JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as Manifest

// Every folder of packages/ is a published package, including those added after this script.
const packages = readdirSync(join(root, "packages"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({
    folder: join(root, "packages", entry.name),
    manifest: manifestOf(join(root, "packages", entry.name))
  }))

step(`Packing ${packages.length} packages into ${tarballs}`)
mkdirSync(tarballs)
// npm's name for a package's tarball: `@gip-sante/cli` 0.1.0 is gip-sante-cli-0.1.0.tgz.
const tarball = new Map<string, string>()
for (const { folder, manifest } of packages) {
  exec("pnpm", ["pack", "--pack-destination", tarballs], folder)
  tarball.set(
    manifest.name,
    join(tarballs, `${manifest.name.replace(/^@/, "").replace("/", "-")}-${manifest.version}.tgz`)
  )
  console.log(`  ${manifest.name}@${manifest.version}`)
}
const tarballFiles = readdirSync(tarballs).map((file) => join(tarballs, file))
if (
  tarballFiles.length !== packages.length ||
  [...tarball.values()].some((file) => !tarballFiles.includes(file))
) {
  fail(`Expected the tarballs ${[...tarball.values()].join(", ")}, found ${tarballFiles.join(", ")}`)
}

step("Installing the tarballs with npm into a new project")
const core = manifestOf(join(root, "packages/core"))
writeFileSync(
  join(project, "package.json"),
  JSON.stringify({ name: "gip-sante-install-check", private: true, type: "module" }, null, 2)
)
exec(
  "npm",
  [
    "install",
    "--no-audit",
    "--no-fund",
    "--loglevel=error",
    ...tarballFiles,
    `fast-check@${core.devDependencies?.["fast-check"] ?? "latest"}`
  ],
  project
)
const installed = (name: string): string => manifestOf(join(project, "node_modules", name)).version
console.log(
  `  effect ${installed("effect")} (the peer dependency, as npm resolved it), fast-check ${installed("fast-check")}`
)

step("Type-checking the clients and every entry point under nodenext and bundler resolution")
cpSync(join(root, "scripts/install-client"), project, { recursive: true })
// Every entry point a package exports (but its JSON files and package.json), imported once.
const entryPoints = packages.flatMap(({ manifest }) =>
  Object.entries(manifest.exports ?? {})
    .filter(([subpath, target]) => target !== null && !subpath.includes("*") && !subpath.endsWith(".json"))
    .map(([subpath]) => (subpath === "." ? manifest.name : `${manifest.name}${subpath.slice(1)}`))
)
writeFileSync(
  join(project, "entry-points.ts"),
  [
    ...entryPoints.map((id, i) => `import * as entry${i} from "${id}"`),
    `const entries = { ${entryPoints.map((id, i) => `"${id}": entry${i}`).join(", ")} }`,
    "for (const [id, entry] of Object.entries(entries)) {",
    '  if (Object.keys(entry).length === 0) throw new Error(id + " exports nothing")',
    "}",
    'console.log("ok: " + Object.keys(entries).length + " entry points load: " + Object.keys(entries).join(", "))',
    ""
  ].join("\n")
)
const compilerOptions = { strict: true, target: "ES2022", lib: ["ES2022", "DOM"], types: [] }
const files = ["client.ts", "cli-client.ts", "entry-points.ts"]
const tsconfigs = {
  // Under nodenext the installed declarations are checked too (ours, and effect's they import:
  // most of the 20 s this takes); under bundler, what differs is how imports resolve, so the
  // declarations are not checked a second time.
  nodenext: { module: "NodeNext", moduleResolution: "NodeNext", outDir: "out", skipLibCheck: false },
  bundler: { module: "Preserve", moduleResolution: "Bundler", noEmit: true, skipLibCheck: true }
}
const tsc = join(root, "node_modules/typescript/bin/tsc")
for (const [resolution, options] of Object.entries(tsconfigs)) {
  writeFileSync(
    join(project, `tsconfig.${resolution}.json`),
    JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, files }, null, 2)
  )
  exec(process.execPath, [tsc, "-p", `tsconfig.${resolution}.json`], project)
  console.log(`  ${resolution}: no error`)
}

step("Running the clients in Node against the installed packages")
const runNode = (file: string): string => {
  const output = exec(process.execPath, [file], project)
  console.log(output.replace(/^/gm, "  ").trimEnd())
  return output
}
const nodeOutput = runNode("out/client.js")
runNode("out/cli-client.js")
runNode("out/entry-points.js")
const cliVersion = manifestOf(join(root, "packages/cli")).version
const localVersion = exec(join(project, "node_modules/.bin/gip-sante"), ["--version"], project).trim()
if (localVersion !== cliVersion)
  fail(`node_modules/.bin/gip-sante --version printed ${localVersion}, not ${cliVersion}`)
console.log(`  ok: node_modules/.bin/gip-sante --version prints ${localVersion}`)

step("Bundling the client for the browser (esbuild, minified, effect included) and running the bundle")
const bundle = await build({
  entryPoints: [join(project, "client.ts")],
  absWorkingDir: project,
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  outfile: join(project, "browser/client.js"),
  metafile: true,
  logLevel: "error"
})
const bytes = Object.values(bundle.metafile.outputs).reduce((total, output) => total + output.bytes, 0)
console.log(`  ${(bytes / 1000).toFixed(1)} kB minified`)
writeFileSync(join(project, "browser/package.json"), JSON.stringify({ type: "module" }))
if (runNode("browser/client.js") !== nodeOutput)
  fail("The browser bundle printed something else than the client in Node.")

step("Installing the CLI tarball alone as a global command")
const prefix = join(project, "global")
exec(
  "npm",
  [
    "install",
    "--global",
    "--prefix",
    prefix,
    "--no-audit",
    "--no-fund",
    "--loglevel=error",
    tarball.get("@gip-sante/cli")!
  ],
  project
)
const globalBin = join(prefix, "bin/gip-sante")
const globalVersion = exec(globalBin, ["--version"], tmpdir()).trim()
if (globalVersion !== cliVersion) fail(`gip-sante --version printed ${globalVersion}, not ${cliVersion}`)
console.log(`  ok: gip-sante --version prints ${globalVersion}`)
const report = exec(globalBin, ["report"], tmpdir())
if (!report.startsWith("# ")) fail(`gip-sante report printed no report:\n${report.slice(0, 500)}`)
console.log(
  `  ok: gip-sante report prints ${report.split("\n").length} lines, starting "${report.split("\n")[0]}"`
)

rmSync(project, { recursive: true, force: true })
step("All good")

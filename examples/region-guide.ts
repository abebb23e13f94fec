/**
 * Runs docs/adapting-to-your-region.md as a region would follow it, in a fresh folder: writes
 * every file the guide shows (a code block whose info string names a file, such as
 * ```json my-region/override.json) and runs every `sh` block's `gip-sante` commands, from the
 * sources, checking each exit code (0, or the one a line's `# exit N` states) and what it says
 * when the line's comment quotes it (`says "…"`). A guide that drifts from the tools fails
 * `pnpm examples`.
 */
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("../", import.meta.url))
const guide = readFileSync(join(root, "docs/adapting-to-your-region.md"), "utf8")
const cli = join(root, "packages/cli/src/main.ts")
// tsx, resolved from here: the commands run in a folder outside the repository.
const tsx = import.meta.resolve("tsx")
const work = mkdtempSync(join(tmpdir(), "gip-region-guide-"))

// Splits a command line into its words, with double-quoted words kept whole.
const words = (line: string): Array<string> =>
  [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!)

// An installed package's files are, in this repository, the package's folder.
const inRepository = (arg: string): string =>
  arg.replace(
    /^node_modules\/@gip-sante\/([\w-]+)\//,
    (_, name: string) => `${join(root, "packages", name)}/`
  )

let steps = 0
const fail = (message: string): never => {
  console.error(message)
  rmSync(work, { recursive: true, force: true })
  process.exit(1)
}

for (const block of guide.matchAll(/```(\w+)(?: ([^\n]+))?\n([\s\S]*?)```/g)) {
  const [, language, file, body] = block as unknown as [string, string, string | undefined, string]
  if (file !== undefined) {
    mkdirSync(dirname(join(work, file)), { recursive: true })
    writeFileSync(join(work, file), body)
    console.log(`wrote ${file} (${body.split("\n").length - 1} lines)`)
    steps++
    continue
  }
  if (language !== "sh") continue
  for (const raw of body.replace(/\\\n\s*/g, " ").split("\n")) {
    const line = raw.trim()
    if (line === "" || line.startsWith("#")) continue
    const [command, comment] = line.split(/\s+#\s*/, 2) as [string, string | undefined]
    const expected = Number(/exit (\d+)/.exec(comment ?? "")?.[1] ?? 0)
    const says = /says "([^"]+)"/.exec(comment ?? "")?.[1]
    const [program, ...args] = words(command)
    if (program !== "gip-sante") fail(`The guide runs "${program}": only gip-sante commands are run here`)
    const r = spawnSync(
      process.execPath,
      ["--conditions=@gip-sante/source", "--import", tsx, cli, ...args.map(inRepository)],
      {
        cwd: work,
        encoding: "utf8"
      }
    )
    if (r.status !== expected)
      fail(
        `"${command}" exited with ${r.status}, the guide says ${expected}\n${r.stdout.slice(-1500)}\n${r.stderr.slice(-3000)}`
      )
    if (says !== undefined && !`${r.stdout}${r.stderr}`.includes(says))
      fail(`"${command}" does not say "${says}"`)
    const out = args.indexOf("--out")
    if (out !== -1 && !existsSync(join(work, args[out + 1]!))) fail(`"${command}" wrote no ${args[out + 1]}`)
    console.log(`ok (exit ${expected}): ${command}`)
    steps++
  }
}
const report = readFileSync(join(work, "my-region/report.md"), "utf8")
if (!report.includes("**No event log.**"))
  fail("The report without events does not say that there is no event log")
console.log(`${steps} steps of docs/adapting-to-your-region.md ran in ${work}`)
rmSync(work, { recursive: true, force: true })

// The `@gip-sante/cli` library as a Node application calls it, against the installed packages:
// scripts/check-install.ts type-checks and runs it. It throws if a command does not succeed.
import { run } from "@gip-sante/cli"

const lines: Array<string> = []
const io = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) }

const code = await run(["validate", "node_modules/@gip-sante/occitanie/policy.json"], io)
if (code !== 0) throw new Error(`gip-sante validate exited with ${code}:\n${lines.join("\n")}`)
console.log(`ok: ${lines.join(" ")}`)

// The handbook (made by @gip-sante/report, bundled into the command) on the embedded policy.
lines.length = 0
const handbookCode = await run(["handbook"], io)
const handbook = lines.join("\n")
if (handbookCode !== 0) throw new Error(`gip-sante handbook exited with ${handbookCode}:\n${handbook}`)
if (!handbook.includes("ASSUMPTION")) throw new Error("the handbook flags no assumption")
console.log(`ok: the handbook has ${handbook.split("\n").length} lines`)

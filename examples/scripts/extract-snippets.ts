/**
 * Extracts every ```ts block of the hand-written guides (README.md and docs/*.md) into
 * examples/.snippets/, one file per block, so that `pnpm examples` type-checks and runs them:
 * a guide cannot show code that does not work.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { basename, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("../../", import.meta.url))
const out = join(root, "examples/.snippets")
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

const guides = [
  "README.md",
  ...readdirSync(join(root, "docs"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`)
]
let count = 0
for (const guide of guides) {
  const text = readFileSync(join(root, guide), "utf8")
  const blocks = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!)
  blocks.forEach((code, i) => {
    const name = `${basename(guide, ".md").toLowerCase()}-${i + 1}.ts`
    writeFileSync(
      join(out, name),
      `// Extracted from ${guide}, block ${i + 1}. Do not edit: edit the guide.\n${code}export {}\n`
    )
    count++
  })
}
console.log(`extracted ${count} snippets from ${guides.length} guides into examples/.snippets`)

import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

// Root Vitest 4 config. The file keeps its historical name (DESIGN.md), but uses `test.projects`
// since Vitest 4 removed the workspace-array format. Tests run on sources, never on `dist/`:
// each package's entry points are aliased to their `src/` files.
const src = (path: string) => fileURLToPath(new URL(path, import.meta.url))

const alias = [
  { find: /^@gip-sante\/core$/, replacement: src("./packages/core/src/index.ts") },
  { find: /^@gip-sante\/core\/testing$/, replacement: src("./packages/core/src/testing.ts") },
  { find: /^@gip-sante\/occitanie$/, replacement: src("./packages/occitanie/src/index.ts") },
  { find: /^@gip-sante\/report$/, replacement: src("./packages/report/src/index.ts") },
  {
    find: /^@gip-sante\/centre-val-de-loire$/,
    replacement: src("./packages/centre-val-de-loire/src/index.ts")
  },
  { find: /^@gip-sante\/duckdb$/, replacement: src("./packages/duckdb/src/index.ts") },
  { find: /^@gip-sante\/cli$/, replacement: src("./packages/cli/src/index.ts") }
]

const project = (name: string, globalSetup: ReadonlyArray<string> = []) => ({
  resolve: { alias },
  test: {
    name,
    root: src(`./packages/${name}`),
    include: ["test/**/*.test.ts"],
    globalSetup: [...globalSetup],
    // Tests are fast alone (the slowest, simulating a whole event log, take 1 to 3 s); on a
    // machine shared with other work they may take several times that without being wrong.
    testTimeout: 30_000
  }
})

export default defineConfig({
  test: {
    projects: [
      project("core"),
      project("report"),
      project("occitanie"),
      project("centre-val-de-loire"),
      project("duckdb"),
      project("cli", ["test/build.global.ts"]),
      // The build and packaging scripts at the root.
      { test: { name: "scripts", root: src("./scripts"), include: ["test/**/*.test.ts"] } }
    ]
  }
})

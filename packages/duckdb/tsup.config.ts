import { defineConfig } from "tsup"

// Kept deliberately small so that a later move to tsdown is a one-file change.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  target: "node20",
  dts: { compilerOptions: { customConditions: [] } },
  sourcemap: true,
  clean: true,
  treeshake: true
})

import { defineConfig } from "tsup"

export default defineConfig({
  entry: ["src/index.ts", "src/main.ts", "src/kpi-worker.ts"],
  format: ["esm"],
  target: "node20",
  platform: "node",
  dts: { entry: "src/index.ts", compilerOptions: { customConditions: [] } },
  sourcemap: true,
  clean: true
})

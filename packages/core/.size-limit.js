// Size budgets of issue 18, measured the way an application's bundler would see the package: the
// built dist (run `pnpm build` first), bundled for the browser with esbuild, minified, gzip, with
// the peer dependencies (effect, fast-check) left out as the application's own.
const dist = "dist/index.js"
const asBrowserModule = (config) => ({ ...config, format: "esm", platform: "browser" })

export default [
  { name: "Money alone", path: dist, import: "{ Money }", limit: "5 kB" },
  { name: "Money + Calendar + Pay", path: dist, import: "{ Money, Calendar, Pay }", limit: "15 kB" },
  { name: "all of core", path: dist, import: "*", limit: "30 kB" }
].map((check) => ({ ...check, gzip: true, modifyEsbuildConfig: asBrowserModule }))

// Size budgets of issue 18, measured the way an application's bundler sees the package: the built
// dist (run `pnpm build` first) bundled for the browser by esbuild, minified, gzip, with the peer
// dependencies (effect, fast-check) left to the application. `pnpm size` at the root runs them;
// packages/core/README.md reports the figures.
const dist = "dist/index.js"
const asBrowserModule = (config) => ({ ...config, format: "esm", platform: "browser" })

export default [
  { name: "Money alone", path: dist, import: "{ Money }", limit: "5 kB" },
  { name: "Money + Calendar + Pay", path: dist, import: "{ Money, Calendar, Pay }", limit: "15 kB" },
  // Issue 18 asks for 30 kB. Everything imported, nothing can be left out, and the modules' code
  // weighs 46.7 kB (per-module breakdown in the README): 30 kB cannot be met without removing
  // features. This limit only stops it from growing unnoticed until the lead decides. Issue 15
  // (part A) added 7.9 kB: policies decoded with their overrides in one pass, usable by every
  // module (Policy 7.5 → 19.4 kB minified, Requirements 4.6 kB), so the guard moved to 56 kB.
  // Issue 16 added 5.3 kB: one parameter per contribution line (Contributions, read by Pay), so
  // the guard moved to 61 kB.
  { name: "all of core (issue 18 budget: 30 kB, not met)", path: dist, import: "*", limit: "61 kB" }
].map((check) => ({ ...check, gzip: true, modifyEsbuildConfig: asBrowserModule }))

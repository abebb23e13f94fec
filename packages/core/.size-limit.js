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
  // weighs about 49 kB (per-module breakdown in the README): 30 kB cannot be met without removing
  // features. This limit only stops it from growing unnoticed until the lead decides. Issue 15
  // (part A) added 7.9 kB: policies decoded with their overrides in one pass, usable by every
  // module (Policy 7.5 → 19.4 kB minified, Requirements 4.6 kB). Issue 17 (hardening) added
  // 2.5 kB: decoders that never throw (bounded previews, values that cannot be read, lists too
  // long to go through), hours in whole minutes, exact-total checks and their messages. Issue 16
  // added about 5 kB: one parameter per contribution line (Contributions, read by Pay) and the
  // one fr-FR Locale; issue 18 the cache of prepared policy data.
  { name: "all of core (issue 18 budget: 30 kB, not met)", path: dist, import: "*", limit: "66 kB" }
].map((check) => ({ ...check, gzip: true, modifyEsbuildConfig: asBrowserModule }))

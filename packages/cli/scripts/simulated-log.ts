/**
 * Writes `src/simulated-log.json`, the digest of the Occitanie preset's default simulated log
 * that the default `gip-sante report` reads instead of simulating (see src/simulated-log.ts).
 * Run it (`pnpm simulated-log` at the root) after changing the simulation, its calibration, the
 * programme data or what the report reads from a log: the test `simulated-log.test.ts` fails
 * until the file is regenerated.
 */
import { writeFileSync } from "node:fs"
import { freshDigestText, shippedPath } from "../src/simulated-log.js"

const text = freshDigestText()
writeFileSync(new URL("../src/simulated-log.json", import.meta.url), text)
console.log(`wrote ${shippedPath} (${text.length.toLocaleString("en-US")} bytes)`)

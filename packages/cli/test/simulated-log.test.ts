import { readFileSync } from "node:fs"
import { policy, programme } from "@gip-sante/occitanie"
import { Report, SimulatedLog } from "@gip-sante/report"
import { describe, expect, it } from "vitest"
import { freshDigestText, shippedDigest, shippedPath } from "../src/simulated-log.js"

describe("the shipped digest of the preset's simulated log", () => {
  it(`${shippedPath} is up to date (if not, run: pnpm simulated-log, and commit the file)`, () => {
    const shipped = readFileSync(new URL("../src/simulated-log.json", import.meta.url), "utf8")
    const fresh = freshDigestText()
    if (shipped !== fresh) {
      throw new Error(
        `${shippedPath} is stale: the simulation, its calibration, the programme data or what the report reads from a log changed since it was written. The default report would show the old log. Run: pnpm simulated-log, and commit the file.`
      )
    }
    expect(shipped).toBe(fresh)
  }, 60_000)

  it("is the digest the default report asks for, and gives the report simulated", () => {
    const digest = shippedDigest()
    expect(digest).toBeDefined()
    expect(SimulatedLog.isFor(digest!, { policy, programme })).toBe(true)
    expect((digest!.fold as { snapshots: Map<string, unknown> }).snapshots.size).toBe(3)
    expect(Report.simulated({ policy, programme }, undefined, { digest: digest! })).toStrictEqual(
      Report.simulated({ policy, programme })
    )
  }, 60_000)
})

import { spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { Policy } from "@gip-sante/core"
import { policy, policyJson } from "@gip-sante/occitanie"
import { beforeAll, describe, expect, it, vi } from "vitest"

// Each test spawns node; give them room on a loaded machine.
vi.setConfig({ testTimeout: 30_000 })

// These tests run the built binary, as a user would: `node packages/cli/dist/main.js …`.
const root = fileURLToPath(new URL("../../../", import.meta.url))
const main = join(root, "packages/cli/dist/main.js")
const presetFile = join(root, "packages/occitanie/policy.json")

const cli = (...args: ReadonlyArray<string>) => {
  const r = spawnSync(process.execPath, [main, ...args], { cwd: root, encoding: "utf8", timeout: 60_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

let dir = ""
const fixture = (name: string, content: unknown): string => {
  const file = join(dir, name)
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2))
  return file
}

const clone = (): Policy.Encoded => JSON.parse(JSON.stringify(policyJson)) as Policy.Encoded

const assumptionEntry = {
  from: "2022-06-17",
  value: 44,
  provenance: { kind: "assumption", rationale: "At most 44 h a week", replaceWith: "the GIP's rule" }
}

beforeAll(() => {
  // The packages are built once by test/build.global.ts.
  dir = mkdtempSync(join(tmpdir(), "gip-sante-cli-"))
}, 150_000)

describe("--help", () => {
  it.each([[], ["validate"], ["handbook"], ["diff"], ["schema"]])(
    "gip-sante %s --help prints the usage and exits 0",
    (...command) => {
      const r = cli(...command, "--help")
      expect(r.code).toBe(0)
      expect(r.stdout).toContain("Usage: gip-sante")
      if (command.length > 0) expect(r.stdout).toContain(`gip-sante ${command[0]}`)
    }
  )

  it("an unknown command or option is a usage error (exit 2)", () => {
    expect(cli("frobnicate").code).toBe(2)
    const r = cli("handbook", "--colour")
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("--colour")
    expect(cli("handbook", "--format", "pdf").code).toBe(2)
  })
})

describe("--version", () => {
  // The version is written into the program when it is built: it must be package.json's.
  const { version } = JSON.parse(readFileSync(join(root, "packages/cli/package.json"), "utf8")) as {
    version: string
  }

  it.each(["--version", "-V"])("%s prints the version in package.json and exits 0", (flag) => {
    expect(cli(flag)).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" })
  })

  it("is listed in the help", () => {
    expect(cli("--help").stdout).toContain("-V, --version            Print the version of gip-sante.")
  })
})

describe("validate", () => {
  it("accepts the preset's policy.json", () => {
    const r = cli("validate", presetFile)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('valid policy "Ma santé, ma région"')
    expect(r.stdout).toContain(`${Policy.assumptions(policy).length} assumed value(s)`)
  })

  it("rejects a file that is not JSON, naming the file", () => {
    const file = fixture("broken.json", '{ "name": "Broken", ')
    const r = cli("validate", file)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(
      `${file}:1:21: not valid JSON (Expected double-quoted property name in JSON at position 20)`
    )
  })

  it("rejects a value of the wrong type, with its path", () => {
    const json = clone() as unknown as { parameters: Record<string, { history: Array<{ value: unknown }> }> }
    json.parameters["consultation.targetPerHour"]!.history[0]!.value = "three"
    const file = fixture("wrong-type.json", json)
    const r = cli("validate", file)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(file)
    expect(r.stderr).toContain('parameters["consultation.targetPerHour"].history[0].value')
  })

  it("rejects an unknown field, with its path", () => {
    const json = { ...clone(), colour: "blue" }
    const file = fixture("unknown-field.json", json)
    const r = cli("validate", file)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(file)
    expect(r.stderr).toMatch(/at colour: Unknown field/)
  })

  it("checks an override against its base: an unknown parameter or a change of unit is reported", () => {
    const file = fixture("bad-override.json", {
      parameters: {
        "contract.noSuchThing": { values: [assumptionEntry] },
        "contract.maxWeeklyHours": { unit: "hoursPerDay" }
      }
    })
    const r = cli("validate", "--policy", presetFile, "--override", file)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${file}:3:5: at parameters["contract.noSuchThing"]: Unknown parameter`)
    expect(r.stderr).toContain(
      `${file}:17:7: at parameters["contract.maxWeeklyHours"].unit: Cannot change the unit`
    )
  })

  it("says where --base went", () => {
    const r = cli("validate", "--base", presetFile, "x.json")
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(
      "--base was replaced: give the base with --policy <file> and the override with --override <file>"
    )
  })

  it("reports an override's issues at their line and column, in the override, a byte-order mark accepted", () => {
    const text = `{
  "region": "Centre-Val de Loire",
  "parameters": {
    "contributions.csgDeductible.employeeRate": {
      "values": [{ "from": "2020-06-30", "value": 81.5, "provenance": { "kind": "citation", "document": "CVL9", "locator": "x" } }]
    }
  }
}`
    const file = fixture("bom-override.json", `\uFEFF${text}`)
    const r = cli("validate", "--override", file)
    expect(r.code).toBe(1)
    expect(r.stderr.split("\n").filter((line) => line !== "")).toStrictEqual([
      `${file}:5:42: at parameters["contributions.csgDeductible.employeeRate"].values[0].value: Expected a share between 0 and 1 (0.815 for 81.5 %), got 81.5`,
      `${file}:5:93: at parameters["contributions.csgDeductible.employeeRate"].values[0].provenance.document: Refers to document "CVL9", which the bibliography does not declare`,
      `2 issue(s) found in ${file}: the policy @gip-sante/occitanie + ${file} is not valid`
    ])
  })

  it("applies several overrides in order and reports the stack", () => {
    const first = fixture("first.json", {
      name: "First",
      parameters: { "contract.maxWeeklyHours": { values: [assumptionEntry] } }
    })
    const second = fixture("second.json", {
      name: "Second",
      parameters: {
        "contract.maxWeeklyHours": { values: [{ ...assumptionEntry, from: "2024-01-01", value: 40 }] }
      }
    })
    const r = cli("validate", "--override", first, "--override", second)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`@gip-sante/occitanie + ${first} + ${second}: valid policy "Second"`)
    const d = cli("diff", "--override", first, "--override", second)
    expect(d.code).toBe(0)
    expect(d.stdout).toContain(
      '  1. "First" (Occitanie, version 2025.12.0): replaces contract.maxWeeklyHours from 2022-06-17'
    )
    expect(d.stdout).toContain(
      '  2. "Second" (Occitanie, version 2025.12.0): replaces contract.maxWeeklyHours from 2024-01-01'
    )
    expect(d.stdout).toContain("2024-01-01 to (open): 40 h / week")
  })

  it("accepts a valid override of the embedded preset", () => {
    const file = fixture("override.json", {
      region: "Centre-Val de Loire",
      parameters: { "contract.maxWeeklyHours": { values: [assumptionEntry] } }
    })
    const r = cli("validate", "--policy", "@gip-sante/occitanie", "--override", file)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("overrides 1 parameter(s)")
  })
})

describe("diff", () => {
  it("shows what an overridden copy changes, with both histories and sources", () => {
    const overridden = Policy.override(policy, {
      name: "GIP Pro Santé",
      region: "Centre-Val de Loire",
      parameters: { "contract.maxWeeklyHours": { values: [assumptionEntry] } }
    })
    if (overridden._tag !== "Success") throw new Error(overridden.failure.message)
    const file = fixture("cvl.json", Policy.encode(overridden.success))
    const r = cli("diff", presetFile, file)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("1 parameter(s) differ")
    expect(r.stdout).toContain("contract.maxWeeklyHours")
    expect(r.stdout).toContain("in a:")
    expect(r.stdout).toContain("in b:")
    expect(r.stdout).toContain("ASSUMPTION: At most 44 h a week")
    expect(r.stdout).toContain("b overrides Ma santé, ma région")
  })

  it("compares a policy with its override with --override", () => {
    const file = fixture("cvl-patch.json", {
      parameters: { "contract.maxWeeklyHours": { values: [assumptionEntry] } }
    })
    const r = cli("diff", "--policy", presetFile, "--override", file)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("contract.maxWeeklyHours")
  })

  it("shows the rules whose sources an override restates", () => {
    const file = fixture("rules-override.json", {
      rules: {
        "programme.recruitment.keepRecruiting": {
          sources: [{ kind: "assumption", rationale: "Our own rule", replaceWith: "the GIP's rule" }]
        }
      }
    })
    const r = cli("diff", "--override", file)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      [
        "Rules whose sources differ:",
        "  programme.recruitment.keepRecruiting:",
        "    in a: S2: recruiting stops for a centre once its slots go empty, which has not happened yet, « On arrêtera de recruter quand il y aura des créneaux vides »",
        "    in b: assumption: Our own rule"
      ].join("\n")
    )
  })

  it("says so when nothing differs", () => {
    const r = cli("diff", presetFile, "@gip-sante/occitanie")
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("No parameter differs.")
  })

  it("reports an invalid file and exits 1", () => {
    const file = fixture("diff-broken.json", "[")
    const r = cli("diff", presetFile, file)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`${file}: not valid JSON`)
  })
})

describe("handbook", () => {
  it("prints the Markdown handbook: every parameter, one ASSUMPTION badge per assumed value", () => {
    const r = cli("handbook")
    expect(r.code).toBe(0)
    for (const id of Policy.parameterIds(policy)) expect(r.stdout).toContain(`\`${id}\``)
    // Every document a parameter cites has its entry; a document cited by nothing is not listed.
    for (const id of Policy.parameterIds(policy))
      for (const entry of Policy.parameter(policy, id)!.history)
        if (entry.provenance.kind === "citation")
          expect(r.stdout).toContain(`id="document-${entry.provenance.document}"`)
    // The policy's part (before the programme data's) has one badge per assumed value.
    const policyPart = r.stdout.slice(0, r.stdout.indexOf("## Published figures"))
    expect(policyPart.match(/\*\*ASSUMPTION\*\*/g)?.length).toBe(Policy.assumptions(policy).length)
    expect(r.stdout).not.toContain("FAILING")
  })

  it("is the same from --policy with the preset's policy.json and programme data", () => {
    expect(cli("handbook", "--policy", presetFile, "--programme", "@gip-sante/occitanie").stdout).toBe(
      cli("handbook").stdout
    )
  })

  it("documents the programme data only when it has some: none with --policy alone", () => {
    expect(cli("handbook", "--policy", presetFile).stdout).not.toContain("## Published figures")
    expect(cli("handbook").stdout).toContain('<a id="figure-consultations.total.apr2025"></a>')
  })

  it("shows what an override changed from its base", () => {
    const file = fixture("hb-override.json", {
      region: "Centre-Val de Loire",
      parameters: { "contract.maxWeeklyHours": { values: [assumptionEntry] } }
    })
    const r = cli("handbook", "--policy", presetFile, "--override", file)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("## Changes from the base policy")
    expect(r.stdout).toContain("(`contract.maxWeeklyHours`)")
  })

  it("writes self-contained, escaped HTML to --out", () => {
    const json = clone()
    const out = join(dir, "handbook.html")
    const file = fixture("hostile.json", { ...json, name: "<script>alert(1)</script>" })
    const r = cli("handbook", "--policy", file, "--format", "html", "--out", out)
    expect(r.code).toBe(0)
    const html = readFileSync(out, "utf8")
    expect(html.startsWith("<!doctype html>")).toBe(true)
    expect(html).not.toContain("<script")
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;")
    expect(html.match(/class="assumption"/g)?.length).toBe(Policy.assumptions(policy).length)
  })

  it("leaves no file behind when the input is invalid", () => {
    const sub = mkdtempSync(join(dir, "out-"))
    const out = join(sub, "handbook.md")
    const bad = fixture("hb-bad.json", { ...clone(), version: 7 })
    const r = cli("handbook", "--policy", bad, "--out", out)
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(bad)
    expect(r.stderr).toContain("at version:")
    expect(existsSync(out)).toBe(false)
    expect(readdirSync(sub)).toEqual([])
  })

  it("keeps the preset's handbook under review (snapshot)", async () => {
    const r = cli("handbook")
    expect(r.code).toBe(0)
    await expect(`${r.stdout}`).toMatchFileSnapshot("__snapshots__/handbook.md")
  })
})

describe("schema", () => {
  it.each(["policy", "override"])("prints the %s schema @gip-sante/core ships", (kind) => {
    const r = cli("schema", kind)
    expect(r.code).toBe(0)
    expect(`${r.stdout}`).toBe(readFileSync(join(root, `packages/core/schemas/${kind}.schema.json`), "utf8"))
  })

  it("writes it to --out, and refuses an unknown kind", () => {
    const out = join(dir, "override.schema.json")
    const r = cli("schema", "override", "--out", out)
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(
      `${out}: JSON Schema of an override: a region's changes to a base policy written`
    )
    expect(JSON.parse(readFileSync(out, "utf8")).title).toBe("@gip-sante policy override")
    const bad = cli("schema", "programmes")
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('Unknown kind of file "programmes": use policy or override')
  })
})

describe("kpi on a policy stack", () => {
  it("takes the full-time week from the policy and its overrides, unless --full-time-hours is given", () => {
    const events = fixture(
      "staff.jsonl",
      `${JSON.stringify({ type: "staffHired", date: "2025-06-02", centreId: "c", staffId: "gp-1", profession: "gp", weeklyHours: 35 })}\n`
    )
    const fte = (...args: ReadonlyArray<string>) => {
      const r = cli("kpi", "--events", events, ...args)
      expect(r.code).toBe(0)
      return (JSON.parse(r.stdout) as { staff: { fte: number } }).staff.fte
    }
    const forty = fixture("forty-hours.json", {
      parameters: {
        "contract.fullTimeWeeklyHours": { values: [{ ...assumptionEntry, value: 40 }] },
        "contract.maxWeeklyHours": { values: [{ ...assumptionEntry, value: 44 }] }
      }
    })
    expect(fte()).toBe(1)
    expect(fte("--override", forty)).toBe(0.875)
    expect(fte("--override", forty, "--full-time-hours", "35")).toBe(1)
    const bad = cli(
      "kpi",
      "--events",
      events,
      "--override",
      fixture("kpi-bad.json", {
        parameters: { "contract.fullTimeWeeklyHours": { values: [{ ...assumptionEntry, value: 200 }] } }
      })
    )
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain(
      "Expected a number of hours between 0 and 168 (the hours of a week), got 200"
    )
  })
})

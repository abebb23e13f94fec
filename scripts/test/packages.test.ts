import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import getReleasePlan from "@changesets/get-release-plan"
import { describe, expect, it } from "vitest"

// Every folder of packages/ is a published package: the ones added later are checked too.
const root = fileURLToPath(new URL("../../", import.meta.url))
const folders = readdirSync(join(root, "packages"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

interface Manifest {
  readonly name: string
  readonly version: string
  readonly repository?: unknown
  readonly homepage?: unknown
  readonly bugs?: unknown
}
const manifest = (folder: string): Manifest =>
  JSON.parse(readFileSync(join(root, folder, "package.json"), "utf8")) as Manifest

describe("package metadata", () => {
  // The project's home is given once, in the root package.json; each package points into it.
  const home = manifest(".")
  const repositoryUrl = (home.repository as { url: string }).url
  const webUrl = repositoryUrl.replace(/^git\+/, "").replace(/\.git$/, "")

  it("the root names the repository, its home page and where to report a problem", () => {
    expect(webUrl).toMatch(/^https:\/\/github\.com\/[\w-]+\/[\w-]+$/)
    expect(home.homepage).toBe(`${webUrl}#readme`)
    expect(home.bugs).toEqual({ url: `${webUrl}/issues` })
  })

  it.each(folders)("packages/%s points into the root's repository", (folder) => {
    const { repository, homepage, bugs } = manifest(`packages/${folder}`)
    expect({ repository, homepage, bugs }).toEqual({
      repository: { type: "git", url: repositoryUrl, directory: `packages/${folder}` },
      homepage: `${webUrl}/tree/main/packages/${folder}#readme`,
      bugs: { url: `${webUrl}/issues` }
    })
  })
})

type Version = readonly [number, number, number]
const parse = (version: string): Version | undefined => {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version)
  return m === null ? undefined : [Number(m[1]), Number(m[2]), Number(m[3])]
}
const isNewer = (a: Version, b: Version): boolean =>
  a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] > b[2]

const sinceTags = (folder: string): ReadonlyArray<{ readonly where: string; readonly version: string }> => {
  const src = join(root, "packages", folder, "src")
  return (readdirSync(src, { recursive: true, encoding: "utf8" }) as Array<string>)
    .filter((file) => file.endsWith(".ts"))
    .flatMap((file) =>
      readFileSync(join(src, file), "utf8")
        .split("\n")
        .flatMap((line, i) => {
          const m = /@since\s+(\S+)/.exec(line)
          return m === null ? [] : [{ where: `packages/${folder}/src/${file}:${i + 1}`, version: m[1]! }]
        })
    )
}

describe("@since tags", () => {
  it("isNewer orders versions part by part", () => {
    expect(isNewer([0, 1, 0], [0, 0, 9])).toBe(true)
    expect(isNewer([0, 1, 0], [0, 1, 0])).toBe(false)
    expect(isNewer([0, 9, 9], [1, 0, 0])).toBe(false)
    expect(isNewer([1, 0, 1], [1, 0, 0])).toBe(true)
  })

  // What `changeset version` would publish from the pending changesets (a package with none keeps
  // its version): an API cannot be documented as added in a version that will not have it.
  it.each(folders)(
    "packages/%s: no tag is newer than the version the changesets will publish",
    async (folder) => {
      const { name, version } = manifest(`packages/${folder}`)
      const plan = await getReleasePlan(root)
      const next = plan.releases.find((r) => r.name === name)?.newVersion ?? version
      const nextVersion = parse(next)!
      const tags = sinceTags(folder)
      expect(tags.filter((t) => parse(t.version) === undefined)).toEqual([])
      const tooNew = tags.filter((t) => isNewer(parse(t.version)!, nextVersion))
      expect(tooNew, `next version of ${name}: ${next}`).toEqual([])
    }
  )
})

import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { beforeAll, describe, expect, it } from "vitest"
import { reportCommand } from "../src/report.js"

const chromiumPath = "/usr/bin/chromium"
const artifacts = fileURLToPath(new URL("../../../.artifacts/", import.meta.url))

// In CI, running as root, try to install chromium once (bounded); elsewhere only use it if present.
const ensureChromium = (): boolean => {
  if (existsSync(chromiumPath)) return true
  if (process.env.CI !== undefined && process.getuid?.() === 0) {
    try {
      // A fresh machine has no package lists yet: refresh them first.
      const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
      execFileSync("apt-get", ["update"], { stdio: "ignore", timeout: 180_000, env })
      execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], {
        stdio: "ignore",
        timeout: 300_000,
        env
      })
    } catch {
      // left to the skip below
    }
  }
  return existsSync(chromiumPath)
}

const hasChromium = ensureChromium()
if (!hasChromium) {
  console.warn(
    `browser.test.ts: ${chromiumPath} not found; the HTML report is not rendered in a browser (skipped).`
  )
}

describe("gip-sante report --format html in a browser", () => {
  let page = ""

  beforeAll(async () => {
    if (!hasChromium) return
    const lines: Array<string> = []
    const code = await reportCommand(["--format", "html"], {
      out: (l) => lines.push(l),
      err: (l) => lines.push(l)
    })
    expect(code).toBe(0)
    page = lines.join("\n")
  }, 60_000)

  it.skipIf(!hasChromium)(
    "renders, with three visible charts and no console error",
    async () => {
      const { chromium } = await import("playwright-core")
      const browser = await chromium.launch({
        executablePath: chromiumPath,
        args: [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run"
        ]
      })
      try {
        const tab = await browser.newPage({ viewport: { width: 1100, height: 900 } })
        const errors: Array<string> = []
        tab.on("console", (m) => {
          if (m.type() === "error") errors.push(m.text())
        })
        tab.on("pageerror", (e) => errors.push(e.message))
        const requests: Array<string> = []
        tab.on("request", (r) => requests.push(r.url()))
        await tab.setContent(page, { waitUntil: "load" })
        expect(await tab.title()).toContain("Programme report")
        const boxes = await tab.$$eval("svg", (svgs) =>
          svgs.map((s) => {
            const r = s.getBoundingClientRect()
            return { width: r.width, height: r.height, title: s.querySelector("title")?.textContent ?? "" }
          })
        )
        expect(boxes.filter((b) => b.width > 0 && b.height > 0 && b.title !== "")).toHaveLength(3)
        expect(await tab.locator("h2").count()).toBeGreaterThanOrEqual(8)
        expect(errors).toEqual([])
        expect(requests.filter((u) => !u.startsWith("about:") && !u.startsWith("data:"))).toEqual([])
        mkdirSync(artifacts, { recursive: true })
        await tab.screenshot({ path: `${artifacts}report.png`, fullPage: true })
      } finally {
        await browser.close()
      }
    },
    60_000
  )

  // What a person reads on a desktop and on a phone: nothing runs off the page unseen (a table
  // wider than the page scrolls inside its own wrapper) and every in-page link has its target.
  it.skipIf(!hasChromium)(
    "at 1280 px and 390 px, no table is clipped without a scroll wrapper and every in-page link resolves, in the report and the handbook",
    async () => {
      const { Handbook } = await import("@gip-sante/report")
      const occitanie = await import("@gip-sante/occitanie")
      const handbook = Handbook.html(occitanie.policy, { programme: occitanie.programme })
      const { chromium } = await import("playwright-core")
      const browser = await chromium.launch({
        executablePath: chromiumPath,
        args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
      })
      try {
        for (const width of [1280, 390]) {
          const tab = await browser.newPage({ viewport: { width, height: 900 } })
          for (const [name, html] of [
            ["report", page],
            ["handbook", handbook]
          ] as const) {
            await tab.setContent(html, { waitUntil: "load" })
            await tab.evaluate(() => {
              for (const d of document.querySelectorAll("details")) d.open = true
            })
            const found = await tab.evaluate(() => {
              const scrolls = (e: Element | null): boolean => {
                for (let p = e; p !== null && p !== document.body; p = p.parentElement) {
                  const overflow = getComputedStyle(p).overflowX
                  if (overflow === "auto" || overflow === "scroll") return true
                }
                return false
              }
              const page = document.documentElement.clientWidth
              const clipped = [...document.querySelectorAll("table")]
                .filter((t) => t.getBoundingClientRect().right > page + 1 && !scrolls(t))
                .map((t) => t.querySelector("th")?.textContent ?? "a table")
              const missing = [...document.querySelectorAll('a[href^="#"]')]
                .map((a) => decodeURIComponent((a.getAttribute("href") ?? "").slice(1)))
                .filter((id) => document.getElementById(id) === null)
              return {
                clipped,
                missing,
                links: document.querySelectorAll('a[href^="#"]').length,
                pageOverflow: document.documentElement.scrollWidth - page
              }
            })
            expect({ name, width, ...found, links: found.links > 0 }).toStrictEqual({
              name,
              width,
              clipped: [],
              missing: [],
              links: true,
              pageOverflow: 0
            })
          }
          await tab.close()
        }
      } finally {
        await browser.close()
      }
    },
    120_000
  )
})

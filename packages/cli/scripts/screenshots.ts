/**
 * Screenshots of the HTML report and handbook as a person sees them, at a desktop width (1280
 * px) and a phone width (390 px), in headless Chromium: the top of the page, the first wide
 * table, the charts, and the whole page. Written to `.artifacts/screenshots/` at the repository
 * root, for a person to look at (they are not compared automatically; browser.test.ts checks
 * what can be checked: no clipped table, every in-page link resolving).
 *
 *   pnpm --filter @gip-sante/cli screenshots [--chromium /usr/bin/chromium]
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { policy, programme } from "@gip-sante/occitanie"
import { Handbook, Html, Report } from "@gip-sante/report"
import { chromium } from "playwright-core"

const { values } = parseArgs({ options: { chromium: { type: "string", default: "/usr/bin/chromium" } } })
const out = fileURLToPath(new URL("../../../.artifacts/screenshots/", import.meta.url))
mkdirSync(out, { recursive: true })

const pages = {
  report: Html.report(Report.simulated({ policy, programme })),
  handbook: Handbook.html(policy, { programme })
}
for (const [name, html] of Object.entries(pages)) writeFileSync(`${out}${name}.html`, html)

const browser = await chromium.launch({
  executablePath: values.chromium,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
})
try {
  for (const width of [1280, 390]) {
    const tab = await browser.newPage({ viewport: { width, height: width === 390 ? 844 : 900 } })
    for (const name of Object.keys(pages)) {
      await tab.goto(`file://${out}${name}.html`)
      await tab.screenshot({ path: `${out}${name}-${width}-top.png` })
      await tab.screenshot({ path: `${out}${name}-${width}-full.png`, fullPage: true })
      if (name === "report") {
        await tab.evaluate(() => {
          for (const d of document.querySelectorAll("details")) d.open = true
        })
        for (const [i, selector] of [
          "#headline table",
          "#opening table",
          "#opening svg",
          "#projection svg"
        ].entries()) {
          const element = tab.locator(selector).first()
          if ((await element.count()) === 0) continue
          await element.scrollIntoViewIfNeeded()
          await tab.screenshot({
            path: `${out}${name}-${width}-${i + 1}-${selector.replace(/[#\s]+/gu, "-").replace(/^-/u, "")}.png`
          })
        }
      }
    }
    await tab.close()
  }
} finally {
  await browser.close()
}
console.log(`screenshots written to ${out}`)

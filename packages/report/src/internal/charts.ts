// Inline SVG charts for the HTML report: a line chart (one or more series over months) and a bar
// chart (one value per category, negative values below the axis). Axes have round ticks and
// French numbers; every chart has a title, a description and a legend that matches its marks.
// Internal.
import * as Format from "../Format.js"
import { htmlText as h } from "./escape.js"

export interface Series {
  readonly label: string
  readonly colour: string
  readonly dashed?: boolean
  readonly values: ReadonlyArray<number>
}

export type Chart =
  | {
      readonly kind: "lines"
      readonly id: string
      readonly title: string
      readonly description: string
      readonly months: ReadonlyArray<string>
      readonly series: ReadonlyArray<Series>
      /** A horizontal line (a goal), with its label. */
      readonly level?: { readonly value: number; readonly label: string }
      readonly format: (v: number) => string
    }
  | {
      readonly kind: "bars"
      readonly id: string
      readonly title: string
      readonly description: string
      readonly bars: ReadonlyArray<{ readonly label: string; readonly value: number }>
      readonly format: (v: number) => string
    }

const W = 720
const H = 300
const M = { left: 84, right: 20, top: 20, bottom: 56 }

/** Round ticks covering [min, max]: steps of 1, 2 or 5 times a power of ten. */
export const ticks = (min: number, max: number, count = 5): Array<number> => {
  const span = max - min || Math.abs(max) || 1
  const raw = span / count
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 5, 10].map((k) => k * power).find((s) => s >= raw) ?? 10 * power
  const out: Array<number> = []
  for (let v = Math.floor(min / step) * step; v <= max + step * 1e-9; v += step)
    out.push(Number(v.toPrecision(12)))
  if (out.at(-1)! < max) out.push(out.at(-1)! + step)
  return out
}

/** A short French label for an axis tick: `250 k`, `1,5 M`. */
export const compact = (v: number): string =>
  Math.abs(v) >= 1e6
    ? `${Format.decimal(v / 1e6, 1)} M`
    : Math.abs(v) >= 1e4
      ? `${Format.integer(v / 1e3)} k`
      : Format.integer(v)

const frame = (lo: number, hi: number, format: (v: number) => string) => {
  const t = ticks(lo, hi)
  const min = t[0]!
  const max = t.at(-1)!
  const y = (v: number) => M.top + ((max - v) / (max - min || 1)) * (H - M.top - M.bottom)
  const grid = t
    .map(
      (v) =>
        `<line x1="${M.left}" y1="${y(v).toFixed(1)}" x2="${W - M.right}" y2="${y(v).toFixed(1)}" stroke="${v === 0 ? "#444" : "#ddd"}"/><text x="${M.left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="11">${h(format(v))}</text>`
    )
    .join("")
  return {
    y,
    body: `<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${H - M.bottom}" stroke="#444"/>${grid}`
  }
}

const legend = (items: ReadonlyArray<{ label: string; colour: string; dashed?: boolean; box?: boolean }>) =>
  items
    .map((item, i) => {
      const x = M.left + i * 220
      const yy = H - 12
      const mark = item.box
        ? `<rect x="${x}" y="${yy - 9}" width="14" height="10" fill="${item.colour}"/>`
        : `<line x1="${x}" y1="${yy - 4}" x2="${x + 18}" y2="${yy - 4}" stroke="${item.colour}" stroke-width="2"${item.dashed === true ? ' stroke-dasharray="6 4"' : ""}/>`
      return `${mark}<text x="${x + 22}" y="${yy}" font-size="11">${h(item.label)}</text>`
    })
    .join("")

const linesBody = (c: Extract<Chart, { kind: "lines" }>): string => {
  const all = c.series.flatMap((s) => s.values)
  const hi = Math.max(1, ...all, c.level === undefined ? 0 : c.level.value * 1.05)
  const { y, body } = frame(0, hi, c.format)
  const n = c.months.length
  const x = (i: number) => M.left + (n <= 1 ? 0 : (i / (n - 1)) * (W - M.left - M.right))
  // The first month is labelled unless a January label comes too close after it for both
  // labels to be read (a label is about 56 px wide).
  const firstJanuary = c.months.findIndex((m) => m.endsWith("-01"))
  const firstLabelled = firstJanuary === -1 || x(firstJanuary) - x(0) >= 64
  const years = c.months
    .map((m, i) =>
      m.endsWith("-01") || (i === 0 && firstLabelled)
        ? `<line x1="${x(i).toFixed(1)}" y1="${H - M.bottom}" x2="${x(i).toFixed(1)}" y2="${H - M.bottom + 4}" stroke="#444"/><text x="${x(i).toFixed(1)}" y="${H - M.bottom + 16}" text-anchor="middle" font-size="11">${h(m.endsWith("-01") ? m.slice(0, 4) : m)}</text>`
        : ""
    )
    .join("")
  const paths = c.series
    .map(
      (s) =>
        `<path d="${s.values.map((v, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ")}" fill="none" stroke="${s.colour}" stroke-width="2"${s.dashed === true ? ' stroke-dasharray="6 4"' : ""}/>`
    )
    .join("")
  const level =
    c.level === undefined
      ? ""
      : `<line x1="${M.left}" y1="${y(c.level.value).toFixed(1)}" x2="${W - M.right}" y2="${y(c.level.value).toFixed(1)}" stroke="#cf222e" stroke-width="1.5"/><text x="${W - M.right}" y="${(y(c.level.value) - 4).toFixed(1)}" text-anchor="end" font-size="11" fill="#cf222e">${h(c.level.label)}</text>`
  return `${body}${years}${level}${paths}${legend([
    ...c.series.map((s) => ({
      label: s.label,
      colour: s.colour,
      ...(s.dashed === true ? { dashed: true } : {})
    })),
    ...(c.level === undefined ? [] : [{ label: c.level.label, colour: "#cf222e" }])
  ])}`
}

const barsBody = (c: Extract<Chart, { kind: "bars" }>): string => {
  const values = c.bars.map((b) => b.value)
  const { y, body } = frame(Math.min(0, ...values), Math.max(0, ...values), c.format)
  const band = (W - M.left - M.right) / Math.max(1, c.bars.length)
  const bars = c.bars
    .map((b, i) => {
      const top = y(Math.max(0, b.value))
      const height = Math.max(1, Math.abs(y(b.value) - y(0)))
      const bx = M.left + i * band + band * 0.2
      return `<rect x="${bx.toFixed(1)}" y="${top.toFixed(1)}" width="${(band * 0.6).toFixed(1)}" height="${height.toFixed(1)}" fill="${b.value < 0 ? "#cf222e" : "#2da44e"}"><title>${h(`${b.label}: ${c.format(b.value)}`)}</title></rect><text x="${(bx + band * 0.3).toFixed(1)}" y="${H - M.bottom + 16}" text-anchor="middle" font-size="11">${h(b.label)}</text>`
    })
    .join("")
  // The legend names only the colours the bars use.
  return `${body}${bars}${legend([
    ...(values.some((v) => v < 0) ? [{ label: "deficit", colour: "#cf222e", box: true }] : []),
    ...(values.some((v) => v >= 0) ? [{ label: "surplus", colour: "#2da44e", box: true }] : [])
  ])}`
}

/** The chart as an inline SVG figure with its title, description and caption. */
export const svg = (c: Chart): string =>
  `<figure><svg id="${c.id}" role="img" aria-labelledby="${c.id}-title ${c.id}-desc" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg"><title id="${c.id}-title">${h(c.title)}</title><desc id="${c.id}-desc">${h(c.description)}</desc>${c.kind === "lines" ? linesBody(c) : barsBody(c)}</svg><figcaption>${h(c.title)}. ${h(c.description)}</figcaption></figure>`

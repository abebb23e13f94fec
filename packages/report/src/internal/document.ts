// A small document model (headings, paragraphs, lists, tables, explanations, charts) and its two
// renderers, Markdown and self-contained HTML: the report and the handbook are built once as
// blocks and written in either format, so the two cannot say different things. Internal.
import { type Chart, svg } from "./charts.js"
import { htmlText, markdownText } from "./escape.js"

/** A piece of text: plain (escaped by the renderer), code, strong, or a link within the page. */
export type Inline =
  | string
  | { readonly code: string }
  | { readonly strong: string }
  | { readonly link: string; readonly href: string; readonly code?: true }
  | { readonly badge: string; readonly tone: "assumption" | "warning" }
  | { readonly anchor: string }
  /** A source's own words, in its language (a BCP 47 tag), shown in « ». */
  | { readonly quote: string; readonly lang?: string | undefined }

export type Text = string | ReadonlyArray<Inline>

export type Block =
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3; readonly text: string; readonly id?: string }
  | { readonly kind: "paragraph"; readonly text: Text }
  | { readonly kind: "note"; readonly tone: "simulated" | "info" | "error"; readonly text: Text }
  | { readonly kind: "list"; readonly items: ReadonlyArray<Text> }
  | {
      readonly kind: "table"
      readonly head: ReadonlyArray<string>
      readonly rows: ReadonlyArray<ReadonlyArray<Text>>
      /** Columns whose cells are numbers: right-aligned. */
      readonly numeric?: ReadonlyArray<number>
      /** Columns whose cells are short and kept on one line (dates, periods, ids). */
      readonly nowrap?: ReadonlyArray<number>
      /** Shown folded, under this summary. */
      readonly folded?: string
    }
  | {
      readonly kind: "explanations"
      readonly summary: string
      readonly items: ReadonlyArray<{ readonly title: string; readonly text: string }>
    }
  | { readonly kind: "chart"; readonly chart: Chart }
  | { readonly kind: "section"; readonly id: string; readonly blocks: ReadonlyArray<Block> }

// -----------------------------------------------------------------------------
// Markdown
// -----------------------------------------------------------------------------

// A link target in Markdown: brackets, parentheses and spaces (ids such as
// `programmeData.payExamples[s2-gp-27h]`) percent-encoded so the link is not cut short.
const markdownHref = (href: string): string =>
  href.replace(/[()[\] ]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

const mdInline = (piece: Inline): string => {
  if (typeof piece === "string") return markdownText(piece)
  if ("strong" in piece) return `**${markdownText(piece.strong)}**`
  if ("link" in piece)
    return piece.code === true
      ? `[\`${piece.link.replace(/`/g, "'")}\`](${markdownHref(piece.href)})`
      : `[${markdownText(piece.link)}](${markdownHref(piece.href)})`
  if ("code" in piece) return `\`${piece.code.replace(/`/g, "'")}\``
  if ("anchor" in piece) return `<a id="${piece.anchor}"></a>`
  if ("quote" in piece) return `« ${markdownText(piece.quote)} »`
  return `**${markdownText(piece.badge)}**`
}

const mdText = (text: Text): string =>
  typeof text === "string" ? markdownText(text) : text.map(mdInline).join("")

const mdTable = (
  head: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<Text>>,
  numeric: ReadonlyArray<number>
) => [
  `| ${head.map(markdownText).join(" | ")} |`,
  `|${head.map((_, i) => (numeric.includes(i) ? "---:" : "---")).join("|")}|`,
  ...rows.map((row) => `| ${row.map(mdText).join(" | ")} |`)
]

const mdBlock = (block: Block): Array<string> => {
  switch (block.kind) {
    case "heading":
      return [
        `${"#".repeat(block.level)} ${markdownText(block.text)}${block.id === undefined ? "" : ` <a id="${block.id}"></a>`}`,
        ""
      ]
    case "paragraph":
      return [mdText(block.text), ""]
    case "note":
      return [`> ${mdText(block.text)}`, ""]
    case "list":
      return [...block.items.map((item) => `- ${mdText(item)}`), ""]
    case "table": {
      const table = mdTable(block.head, block.rows, block.numeric ?? [])
      return block.folded === undefined
        ? [...table, ""]
        : [`<details><summary>${markdownText(block.folded)}</summary>`, "", ...table, "", "</details>", ""]
    }
    case "explanations":
      return block.items.length === 0
        ? []
        : [
            `<details><summary>${markdownText(block.summary)}</summary>`,
            "",
            ...block.items.flatMap((item) => [
              `**${markdownText(item.title)}**`,
              "",
              "```text",
              item.text,
              "```",
              ""
            ]),
            "</details>",
            ""
          ]
    case "chart":
      return []
    case "section":
      return block.blocks.flatMap(mdBlock)
  }
}

/** The blocks as Markdown. */
export const markdown = (blocks: ReadonlyArray<Block>): string =>
  `${blocks.flatMap(mdBlock).join("\n").trimEnd()}\n`

// -----------------------------------------------------------------------------
// HTML
// -----------------------------------------------------------------------------

const htmlInline = (piece: Inline): string => {
  if (typeof piece === "string") return htmlText(piece)
  if ("strong" in piece) return `<strong>${htmlText(piece.strong)}</strong>`
  if ("link" in piece)
    return `<a href="${htmlText(piece.href)}">${piece.code === true ? `<code>${htmlText(piece.link)}</code>` : htmlText(piece.link)}</a>`
  if ("code" in piece) return `<code>${htmlText(piece.code)}</code>`
  if ("anchor" in piece) return `<span id="${htmlText(piece.anchor)}"></span>`
  if ("quote" in piece)
    return `<q${piece.lang === undefined ? "" : ` lang="${htmlText(piece.lang)}"`}>${htmlText(piece.quote)}</q>`
  return `<span class="${piece.tone}">${htmlText(piece.badge)}</span>`
}

const htmlTextOf = (text: Text): string =>
  typeof text === "string" ? htmlText(text) : text.map(htmlInline).join("")

const htmlTable = (
  head: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<Text>>,
  numeric: ReadonlyArray<number>,
  nowrap: ReadonlyArray<number>
) => {
  const cls = (i: number) =>
    numeric.includes(i) ? ' class="num"' : nowrap.includes(i) ? ' class="nowrap"' : ""
  return `<div class="table"><table><thead><tr>${head.map((c, i) => `<th${cls(i)}>${htmlText(c)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${htmlTextOf(c)}</td>`).join("")}</tr>`)
    .join("")}</tbody></table></div>`
}

const htmlBlock = (block: Block): string => {
  switch (block.kind) {
    case "heading":
      return `<h${block.level}${block.id === undefined ? "" : ` id="${htmlText(block.id)}"`}>${htmlText(block.text)}</h${block.level}>`
    case "paragraph":
      return `<p>${htmlTextOf(block.text)}</p>`
    case "note":
      return `<p class="${block.tone}">${htmlTextOf(block.text)}</p>`
    case "list":
      return `<ul>${block.items.map((item) => `<li>${htmlTextOf(item)}</li>`).join("")}</ul>`
    case "table": {
      const table = htmlTable(block.head, block.rows, block.numeric ?? [], block.nowrap ?? [])
      return block.folded === undefined
        ? table
        : `<details><summary>${htmlText(block.folded)}</summary>${table}</details>`
    }
    case "explanations":
      return block.items.length === 0
        ? ""
        : `<details><summary>${htmlText(block.summary)}</summary>${block.items
            .map((item) => `<h4>${htmlText(item.title)}</h4><pre>${htmlText(item.text)}</pre>`)
            .join("")}</details>`
    case "chart":
      return svg(block.chart)
    case "section":
      return `<section id="${htmlText(block.id)}">${block.blocks.map(htmlBlock).join("")}</section>`
  }
}

const style = `body{font-family:system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
.table{overflow-x:auto;margin:.5rem 0 1rem}table{border-collapse:collapse;font-size:.9rem}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f3f3f3}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}th.num{white-space:normal}.nowrap{white-space:nowrap}
q{quotes:"« " " »"}a code{color:#0b5394}
details{margin:.5rem 0 1rem;background:#fafafa;border:1px solid #e5e5e5;padding:.25rem .75rem}summary{cursor:pointer;color:#0b5394}
pre{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.8rem}h4{margin:.75rem 0 .25rem;font-size:.9rem}
.simulated{background:#fff4ce;border:1px solid #e0c050;padding:.5rem 1rem}.info{background:#eef4fb;border:1px solid #b9d1ea;padding:.5rem 1rem}
.error{color:#a00}.assumption{background:#ffe08a;color:#5a3d00;font-weight:bold;padding:0 .3rem;border-radius:.2rem}
.warning{background:#ffd6d6;color:#700;font-weight:bold;padding:0 .3rem;border-radius:.2rem}
code{background:#f2f2f2;padding:0 .2rem}a,code{overflow-wrap:anywhere}h4,li,p{overflow-wrap:anywhere}figure{margin:1rem 0;overflow-x:auto}figcaption{font-size:.85rem;color:#555}
svg{max-width:100%;height:auto;background:#fff}
@media (max-width:40rem){body{margin:1rem auto}figure svg{max-width:none;width:42rem}}
@media print{body{max-width:none;margin:0;font-size:10pt}.table,figure{overflow:visible}table{font-size:8pt}figure svg{width:100%}
tr,figure{break-inside:avoid}h2,h3,h4{break-after:avoid}a{color:inherit}
a[href^="http"]::after{content:" (" attr(href) ")";font-size:8pt;overflow-wrap:anywhere}}`

/** The blocks as one self-contained HTML page (inline style and SVG, no script). */
export const html = (title: string, blocks: ReadonlyArray<Block>): string =>
  [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${htmlText(title)}</title>`,
    `<style>${style}</style>`,
    "</head>",
    "<body>",
    ...blocks.map(htmlBlock),
    "</body>",
    "</html>",
    ""
  ].join("\n")

// Escaping text for the documents this package writes, in Markdown and in HTML. Internal.

// Escapes the characters that Markdown (or raw HTML inside it) would interpret, and keeps the
// text on one line (a table cell, a list item).
export const markdownText = (text: string): string =>
  text
    .replace(/\r?\n/g, " ")
    .replace(/[\\`*_[\]|#]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")

// Escapes text for HTML content and attribute values.
export const htmlText = (text: string): string =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;")

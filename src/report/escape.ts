/** Making user text safe for the formats the reports write. */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML and SVG, in content and in attribute values alike. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML[c] ?? c);

/**
 * Text for Markdown: characters that would turn into emphasis, links, code or
 * raw HTML are backslash-escaped, and so is anything at the start of a line
 * that would make it a heading, quote, list item or table row. A `|` inside a
 * line needs no escape: a table needs a delimiter row, which starts with
 * `|`, `-` or `:`, each escaped at the start of a line.
 */
export const escapeMarkdown = (s: string): string =>
  s
    .replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`)
    .split('\n')
    .map((line) => line.replace(/^(\s*)([#+|:-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2'))
    .join('\n');

/**
 * The one way text from sets, answers and imported files reaches a terminal:
 * control characters are made visible as `<U+XXXX>`, so nothing such a text
 * holds can move the cursor, retitle the window, write the clipboard or clear
 * the screen. Line breaks and tabs stay (a long answer keeps its lines); a
 * carriage return, ESC, the other C0 and C1 controls, DEL, the bidi
 * embeddings, overrides and isolates do not.
 */

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const visible = (c: string) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;

export const safeText = (s: string): string => s.replace(UNSAFE, visible);

/** For a text shown on one line (a title, a table cell): line breaks and tabs become spaces as well. */
export const safeLine = (s: string): string => safeText(s).replace(/[\n\t]/g, ' ');

/** The unsafe characters a text holds, each once, as `U+XXXX` (for `sets validate`). */
export const unsafeChars = (s: string): string[] => [...new Set(s.match(UNSAFE) ?? [])].map((c) => visible(c).slice(1, -1));

// eslint-disable-next-line no-control-regex
const SGR = /(\x1b\[[0-9;]*m)/;

/**
 * For a line already styled by the theme (colours are SGR sequences,
 * ESC[…m): those stay, every other control character is made visible. Used
 * where the text was put together elsewhere (reports, walk-throughs).
 */
export const safeStyled = (line: string): string =>
  line
    .split(SGR)
    .map((part, i) => (i % 2 === 1 ? part : safeText(part)))
    .join('');

/** A document written to stdout (md, csv, json): made safe when stdout is a terminal, kept byte for byte when it goes to a pipe or file. */
export const forTerminal = (ctx: { readonly streams: { readonly stdout: { readonly isTTY?: boolean } } }, text: string): string =>
  ctx.streams.stdout.isTTY ? safeText(text) : text;

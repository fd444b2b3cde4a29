/**
 * Lines written for the eye, said for the ear (the accessible mode): a
 * heading drawn with rules ("── Scaling ──") becomes its words, a star before
 * "key point" goes (the words are there), an arrow of change becomes a word.
 */
export const spokenLine = (line: string): string =>
  line
    // a title that ends in its own mark ("What has already changed?") takes no colon after it
    .replace(/^(\s*)── (.*) ──$/, (_, lead: string, title: string) => `${lead}${title}${/[.?!:…]$/.test(title) ? '' : ':'}`)
    .replace(/★ /g, '')
    .replace(/\s+$/, '');

/**
 * A table row as one labelled line, for the accessible mode: "id 0b7c1d2e,
 * when 22 Nov 2026, client P., …"; an empty value is left out, a free text
 * (`said`) follows a colon.
 */
export const labelledLine = (cells: readonly (readonly [label: string, value: string, said?: 'said'])[]): string =>
  cells
    .filter(([, v]) => v.trim() !== '')
    .map(([label, v, said]) => (said ? `${label}: ${v}` : `${label} ${v}`))
    .join(', ');

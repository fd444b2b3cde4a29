/** The pictures of the reports said in words (spoken.ts), in en and nl. */

const en = {
  /** "3.5 of 10" (a scale from 0) or "3 on 1 to 5" */
  valueOf: (v: string, min: string, max: string, fromZero: boolean) => (fromZero ? `${v} of ${max}` : `${v} on ${min} to ${max}`),
  goodEnough: (g: string) => `good enough: ${g}`,
  sinceLast: (before: string, now: string, change: string) => `since last time: ${before} to ${now}, ${change}`,
  up: (d: string) => `up ${d}`,
  down: (d: string) => `down ${d}`,
  same: 'the same',
  /** the first sentence about a series: what it is, whose, how many sessions */
  seriesHead: (title: string, who: string | undefined, count: number, min: string, max: string) =>
    `${title}${who ? ` (${who})` : ''} — ${count === 1 ? '1 session' : `${count} sessions`}, on a scale from ${min} to ${max}.`,
  client: (c: string) => `client ${c}`,
  person: (p: string) => `for ${p}`,
  first: (v: string, d: string) => `First ${v} on ${d}`,
  lowest: (v: string, d: string) => `lowest ${v} on ${d}`,
  highest: (v: string, d: string) => `highest ${v} on ${d}`,
  last: (v: string, d: string) => `last ${v} on ${d}`,
  only: (v: string, d: string) => `One answer: ${v} on ${d}.`,
  change: (c: string) => `Since the session before: ${c}.`,
  goal: (g: string) => `Good enough: ${g}.`,
  noPoints: 'No scale answers yet.',
  // the overview of many clients, one labelled line each
  ovClient: (c: string) => `client ${c}`,
  ovNobody: 'no client',
  ovScale: (q: string) => `scale ${q}`,
  ovLatest: (v: string) => `latest ${v}`,
  ovChange: (c: string) => `${c} since the session before`,
  ovFirstOnly: 'first session',
  ovCount: (n: number) => (n === 1 ? '1 session' : `${n} sessions`),
  ovLast: (d: string) => `last on ${d}`,
};

const nl: typeof en = {
  valueOf: (v, min, max, fromZero) => (fromZero ? `${v} van ${max}` : `${v} op ${min} tot ${max}`),
  goodEnough: (g) => `goed genoeg: ${g}`,
  sinceLast: (before, now, change) => `sinds vorige keer: ${before} naar ${now}, ${change}`,
  up: (d) => `${d} omhoog`,
  down: (d) => `${d} omlaag`,
  same: 'gelijk',
  seriesHead: (title, who, count, min, max) =>
    `${title}${who ? ` (${who})` : ''} — ${count === 1 ? '1 gesprek' : `${count} gesprekken`}, op een schaal van ${min} tot ${max}.`,
  client: (c) => `cliënt ${c}`,
  person: (p) => `voor ${p}`,
  first: (v, d) => `Eerst ${v} op ${d}`,
  lowest: (v, d) => `laagst ${v} op ${d}`,
  highest: (v, d) => `hoogst ${v} op ${d}`,
  last: (v, d) => `laatst ${v} op ${d}`,
  only: (v, d) => `Eén antwoord: ${v} op ${d}.`,
  change: (c) => `Sinds het gesprek ervoor: ${c}.`,
  goal: (g) => `Goed genoeg: ${g}.`,
  noPoints: 'Nog geen schaalantwoorden.',
  ovClient: (c) => `cliënt ${c}`,
  ovNobody: 'geen cliënt',
  ovScale: (q) => `schaal ${q}`,
  ovLatest: (v) => `laatst ${v}`,
  ovChange: (c) => `${c} sinds het gesprek ervoor`,
  ovFirstOnly: 'eerste gesprek',
  ovCount: (n) => (n === 1 ? '1 gesprek' : `${n} gesprekken`),
  ovLast: (d) => `laatst op ${d}`,
};

/** Both languages, for the test that checks they hold the same keys. */
export const catalogue = { en, nl };
export const spokenMessages = (lang: string): typeof en => (lang === 'nl' ? nl : en);

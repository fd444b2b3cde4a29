/** Filtered queries over the rows: the raw-text search prefilter, the head filter, id prefixes. */
import { fold, type CompiledFilter } from '../filter.js';
import type { Entry } from '../../domain/types.js';
import type { Rows } from './rows.js';
import type { Needs } from './scan.js';

/** Entries of one start time, in the order of sortNewestFirst: id from high to low, then as they came. */
const inOrder = (run: { row: number; entry: Entry }[]): Entry[] =>
  run
    .sort((a, b) => (a.entry.id < b.entry.id ? 1 : a.entry.id > b.entry.id ? -1 : a.row - b.row))
    .map((x) => x.entry);

/** Chars JSON.stringify escapes, and lone surrogates: a word with one is not looked for in the raw text. */
const ESCAPED = /["\\\u0000-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The words that can be looked for in a line's raw JSON text, folded as a
 * whole: if the entry's search text holds such a word, so does the folded
 * line. Left out (checked only on the parsed entry): words with a char JSON
 * escapes, words starting with a combining mark (it could join the letter of
 * an escape such as `\n` before it), and words with a sigma (its lower case
 * depends on the letter before it).
 */
export const rawWords = (words: readonly string[]): string[] =>
  words.filter((w) => !ESCAPED.test(w) && !/^\p{M}/u.test(w) && !/[σς]/u.test(w));

/** Could the line hold all `words`? Lines with `\u` or `\/` escapes (oplos writes neither for text) are not judged. */
const mayHold = (text: string, words: readonly string[]): boolean => {
  if (words.length === 0 || text.includes('\\u') || text.includes('\\/')) return true;
  const folded = fold(text);
  return words.every((w) => folded.includes(w));
};

/** Does the row's head pass the filter (everything but the words)? Exact for the fields it has. */
const headPasses = (rows: Rows, i: number, c: CompiledFilter, clientFold: Map<string, string>, tagFold: Map<readonly string[], Set<string>>): boolean => {
  const known = rows.known(i);
  if (known) return c.keep(known);
  const scan = rows.scan;
  if (c.client !== undefined) {
    const raw = scan.client[i] ?? '';
    let f = clientFold.get(raw);
    if (f === undefined) {
      f = fold(raw.trim());
      clientFold.set(raw, f);
    }
    if (f !== c.client) return false;
  }
  if (c.set !== undefined && scan.set[i] !== c.set) return false;
  const t = scan.time[i] as number;
  if (c.from !== undefined && t < c.from) return false;
  if (c.to !== undefined && t >= c.to) return false;
  if (c.tags.length > 0) {
    const list = scan.tags[i] as readonly string[];
    let own = tagFold.get(list);
    if (own === undefined) {
      own = new Set(list.map(fold));
      tagFold.set(list, own);
    }
    if (!c.tags.every((t) => own.has(t))) return false;
  }
  return true;
};

/** The fields a filter needs from each line's head. */
export const needsOf = (c: CompiledFilter): Needs => ({
  set: c.set !== undefined,
  client: c.client !== undefined,
  tags: c.tags.length > 0,
});

/**
 * The entries that pass `c`, newest first: what filterEntries gives for all
 * of them. Rows are taken newest first in batches (all rows at or after a
 * time found from the sorted start times), so `-n 5` sorts and reads only a
 * few; a batch that yields too few entries is followed by a bigger one.
 */
export const queryRows = (rows: Rows, c: CompiledFilter): Entry[] => {
  const words = rawWords(c.words);
  const clientFold = new Map<string, string>();
  const tagFold = new Map<readonly string[], Set<string>>();
  const byHead = c.client !== undefined || c.set !== undefined || c.from !== undefined || c.to !== undefined || c.tags.length > 0;
  const candidates: number[] = [];
  for (let i = 0; i < rows.count; i++)
    if ((!byHead && rows.known(i) === undefined) || headPasses(rows, i, c, clientFold, tagFold)) candidates.push(i);
  const times = new Float64Array(candidates.length);
  for (let k = 0; k < candidates.length; k++) times[k] = rows.time(candidates[k] as number);
  const sorted = times.slice().sort();

  const limit = c.limit ?? Infinity;
  const out: Entry[] = [];
  let done = 0; // candidates taken so far: all those at or after `upper`
  let upper = Infinity;
  let batch = Number.isFinite(limit) ? Math.max(2 * limit, 16) : candidates.length;
  while (out.length < limit && done < candidates.length) {
    const lower = sorted[Math.max(0, candidates.length - done - batch)] as number;
    const picked: number[] = [];
    for (let k = 0; k < candidates.length; k++) {
      const t = times[k] as number;
      if (t >= lower && t < upper) picked.push(candidates[k] as number);
    }
    picked.sort((a, b) => rows.time(b) - rows.time(a) || a - b);
    for (let k = 0; k < picked.length && out.length < limit; ) {
      // the rows of one start time together, so that ties go by id as sortNewestFirst has them
      const t = rows.time(picked[k] as number);
      const run: { row: number; entry: Entry }[] = [];
      for (; k < picked.length && rows.time(picked[k] as number) === t; k++) {
        const i = picked[k] as number;
        let entry = rows.known(i); // known entries passed c.keep in headPasses
        if (!entry) {
          const text = rows.text(i);
          if (!mayHold(text, words)) continue;
          entry = rows.entry(i, text);
          if (!c.keep(entry)) continue;
        }
        run.push({ row: i, entry });
      }
      for (const e of run.length > 1 ? inOrder(run) : run.map((x) => x.entry)) out.push(e);
    }
    done += picked.length;
    upper = lower;
    batch *= 4;
  }
  return out.length > limit ? out.slice(0, limit) : out;
};

/**
 * The ids that start with `want`, in readAll's order (newest first, then id
 * from high to low, then as they came), each with the row readAll's
 * `all.find((e) => e.id === id)` would give: the first of that id.
 */
export const idsStartingWith = (rows: Rows, want: string): { ids: string[]; rowOf: Map<string, number> } => {
  const idOf = (i: number): string => rows.known(i)?.id ?? (rows.scan.ids[i] as string);
  const matching: number[] = [];
  for (let i = 0; i < rows.count; i++) if (idOf(i).startsWith(want)) matching.push(i);
  matching.sort((a, b) => {
    const x = idOf(a);
    const y = idOf(b);
    return rows.time(b) - rows.time(a) || (x < y ? 1 : x > y ? -1 : a - b);
  });
  const rowOf = new Map<string, number>();
  for (const i of matching) if (!rowOf.has(idOf(i))) rowOf.set(idOf(i), i);
  return { ids: matching.map(idOf), rowOf };
};

/** Reading one entry line: its start time alone, or the whole line parsed when it is not the usual form. */
import { entryProblem } from '../shape.js';
import type { Entry } from '../../domain/types.js';
import { escaped, isoTime, K_ID, K_STARTED, lit, OPEN_BRACE, QUOTE, strEnd, timeAt } from './bytes.js';
import { NotFast } from './not-fast.js';
import type { Needs, ScanParts } from './scan.js';

/** Do the needs take reading each line's whole head? */
export const headsNeeded = (needs: Needs): boolean => needs.set === true || needs.client === true || needs.tags === true || needs.status === true;

/**
 * Reads one line's start time (and id) into `scan`, with a few native
 * searches: false when it is not the usual form. The first `,"startedAt":"`
 * of a line with no `{` before it is a key of the entry itself: any other
 * object would have to open with a `{` first, and in a JSON string a `"` is
 * always escaped.
 */
export const readStart = (scan: ScanParts, v: Buffer, s: number, end: number, pos: number, needs: Needs, watch: ReadonlySet<string>): boolean => {
  if (lit(v, s, K_ID) < 0) return false;
  const q = v.indexOf(K_STARTED, s);
  if (q < 0 || q >= end) return false;
  const brace = v.indexOf(OPEN_BRACE, s + 1);
  if (brace >= 0 && brace < q) return false;
  const a = q + K_STARTED.length;
  let time = v[a + 24] === QUOTE ? isoTime(v, a, a + 24) : NaN;
  if (Number.isNaN(time)) {
    const b = strEnd(v, a, end);
    if (b < 0) return false;
    time = timeAt(v, a, b, escaped);
    if (Number.isNaN(time)) return false;
  }
  if (needs.ids || watch.size > 0) {
    const idEnd = v.indexOf(QUOTE, s + K_ID.length);
    if (idEnd < 0 || idEnd > q) return false;
    const id = v.toString('latin1', s + K_ID.length, idEnd);
    if (watch.has(id)) scan.present.add(id);
    if (needs.ids) scan.ids.push(id);
  }
  scan.from.push(pos + s);
  scan.to.push(pos + end);
  scan.time.push(time);
  return true;
};

/** A line of another form: parsed whole; one that is not a good entry gives up. */
export const parseLine = (scan: ScanParts, v: Buffer, s: number, end: number, pos: number, needs: Needs, watch: ReadonlySet<string>): void => {
  const e = parseEntry(v.toString('utf8', s, end));
  const row = scan.from.length;
  scan.parsed.set(row, e);
  if (watch.has(e.id)) scan.present.add(e.id);
  scan.from.push(pos + s);
  scan.to.push(pos + end);
  scan.time.push(Date.parse(e.startedAt));
  if (headsNeeded(needs)) {
    scan.complete.push(e.status === 'complete');
    scan.finished.push(e.finishedAt === undefined ? NaN : Date.parse(e.finishedAt));
  }
  if (needs.set) scan.set.push(e.set);
  if (needs.client) scan.client.push(e.client);
  if (needs.tags) scan.tags.push(e.tags);
  if (needs.ids) scan.ids.push(e.id);
};

/** One entry's JSON text, parsed and checked; anything wrong gives up (the full read reports it). */
export const parseEntry = (text: string): Entry => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new NotFast('a line is not JSON');
  }
  if (entryProblem(value) !== undefined) throw new NotFast('a line is not a good entry');
  return value as Entry;
};

/**
 * Reading a plain journal without parsing all of it, for the commands that
 * only read (`journal list/show/export`, `progress`, the last session of
 * `start`).
 *
 * The file oplos writes (serializeDoc in document.ts) is
 *
 *     {"version":1,"entries":[
 *     {"id":"…","set":"…",…,"startedAt":"…",…,"answers":[…]},
 *     …
 *     {"id":"…",…}]}
 *
 * one entry per line. The file is read in chunks of 1 MB (never as one big
 * string, which for 50,000 sessions costs more than everything else), and of
 * each line only a little is looked at:
 *
 * - For the start time (all a plain `list -n 5` or `--search` needs): the
 *   first `,"startedAt":"` of the line, found natively, with no `{` before it
 *   on the line. It is then a key of the entry itself, not of an answer or
 *   another object: those open with a `{`, and inside a JSON string every `"`
 *   is escaped, so the text can only be a key.
 * - For client, set, tags, status or finish time: the whole head, byte by
 *   byte, which must be the keys oplos writes before `"answers"` in oplos's
 *   order (id, set, setRevision, lang, client, tags, status, startedAt,
 *   finishedAt), and the line's end (`]}`, or `,"finishedAt":"…"}` as a
 *   finished session has it).
 *
 * Then only the lines that can make the cut are parsed (JSON.parse),
 * shape-checked and filtered exactly, newest first: with `-n 5`, about five.
 * A search first looks for its words in the line's raw text (see rawWords).
 *
 * A line of another form (another key order, other keys) is parsed whole
 * while scanning: it costs time, not correctness. Anything else unexpected
 * (an encrypted file, another version or layout, a line that is not `{…},`
 * or, the last, `{…}]}`, a damaged line that gets parsed) gives up
 * (`NotFast`), and the caller reads the file the full way, with all its
 * checks (exit 3, the file untouched).
 *
 * What the full read checks and this does not: the lines never parsed. A
 * damaged answer in an old session shows only when that session is read
 * (and on any full read: every write, for one). Two things JSON.stringify
 * never writes, only a hand edit can: a key twice in one entry (the head's
 * first value may then decide whether the entry is looked at), and an entry
 * whose first key is not `id`, which an older oplos put on the line of the
 * entry before it, where it is not seen (the next write gives it a line of
 * its own).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { fold, type CompiledFilter } from './filter.js';
import { CURRENT_VERSION } from './migrations.js';
import { entryProblem } from './shape.js';
import type { Entry } from './types.js';

/** The fast path does not apply (or found something to leave to the full read). */
export class NotFast extends Error {
  constructor(why: string) {
    super(`journal fast read: ${why}`);
  }
}

const ascii = (s: string): Buffer => Buffer.from(s, 'latin1');

const HEAD = ascii(`{"version":${CURRENT_VERSION},"entries":[\n`);
const EMPTY = ascii(`{"version":${CURRENT_VERSION},"entries":[]}\n`);
const K_ID = ascii('{"id":"');
const K_SET = ascii(',"set":"');
const K_REVISION = ascii(',"setRevision":');
const K_LANG = ascii(',"lang":"');
const K_CLIENT = ascii(',"client":"');
const K_TAGS = ascii(',"tags":[');
const K_STATUS = ascii(',"status":"');
const K_STARTED = ascii(',"startedAt":"');
const K_FINISHED = ascii(',"finishedAt":"');
const K_ANSWERS = ascii(',"answers":[');
const V_COMPLETE = ascii('complete"');
const V_UNFINISHED = ascii('unfinished"');

const CHUNK = 1 << 20;
/** After this many lines read one by one, the rest comes from one read of the whole file. */
const SINGLE_READS = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const NEWLINE = 0x0a;

/** `lit` at `i` in `v`? The index after it, or -1. */
const lit = (v: Buffer, i: number, lit: Buffer): number => {
  if (i < 0 || i + lit.length > v.length) return -1;
  for (let k = 0; k < lit.length; k++) if (v[i + k] !== lit[k]) return -1;
  return i + lit.length;
};

/** Did the string `strEnd` last scanned hold a backslash escape? */
let escaped = false;

/** From just after a string's opening quote: the index of its closing quote (before `e`), or -1. */
const strEnd = (v: Buffer, i: number, e: number): number => {
  escaped = false;
  for (; i < e; i++) {
    const c = v[i] as number;
    if (c === QUOTE) return i;
    if (c === BACKSLASH) {
      escaped = true;
      i++;
    } else if (c < 0x20) return -1;
  }
  return -1;
};

const isDigit = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x39;

/** The end of a JSON number at `i` (before `e`), or -1. */
const numEnd = (v: Buffer, i: number, e: number): number => {
  let j = i;
  if (v[j] === 0x2d) j++;
  if (v[j] === 0x30) j++;
  else if (isDigit(v[j])) while (isDigit(v[j])) j++;
  else return -1;
  if (v[j] === 0x2e) {
    j++;
    if (!isDigit(v[j])) return -1;
    while (isDigit(v[j])) j++;
  }
  if (v[j] === 0x65 || v[j] === 0x45) {
    j++;
    if (v[j] === 0x2b || v[j] === 0x2d) j++;
    if (!isDigit(v[j])) return -1;
    while (isDigit(v[j])) j++;
  }
  return j <= e ? j : -1;
};

/** Days since 1970-01-01 of a (proleptic Gregorian) date; a day past the month's end runs on, as Date.parse does. */
const daysFromCivil = (y: number, m: number, d: number): number => {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
};

/**
 * The time of `YYYY-MM-DDTHH:MM:SS.mmmZ` (what toISOString writes) in bytes
 * `a`..`b`, as Date.parse gives it, without making a string; NaN for any
 * other text (which then goes to Date.parse).
 */
const isoTime = (v: Buffer, a: number, b: number): number => {
  if (b - a !== 24 || v[a + 4] !== 0x2d || v[a + 7] !== 0x2d || v[a + 10] !== 0x54 || v[a + 13] !== 0x3a) return NaN;
  if (v[a + 16] !== 0x3a || v[a + 19] !== 0x2e || v[a + 23] !== 0x5a) return NaN;
  // straight-line on purpose: this runs once per line, mostly before the JIT has warmed up
  const y0 = (v[a] as number) - 48;
  const y1 = (v[a + 1] as number) - 48;
  const y2 = (v[a + 2] as number) - 48;
  const y3 = (v[a + 3] as number) - 48;
  const mo0 = (v[a + 5] as number) - 48;
  const mo1 = (v[a + 6] as number) - 48;
  const d0 = (v[a + 8] as number) - 48;
  const d1 = (v[a + 9] as number) - 48;
  const h0 = (v[a + 11] as number) - 48;
  const h1 = (v[a + 12] as number) - 48;
  const mi0 = (v[a + 14] as number) - 48;
  const mi1 = (v[a + 15] as number) - 48;
  const s0 = (v[a + 17] as number) - 48;
  const s1 = (v[a + 18] as number) - 48;
  const ms0 = (v[a + 20] as number) - 48;
  const ms1 = (v[a + 21] as number) - 48;
  const ms2 = (v[a + 22] as number) - 48;
  // every one a digit: none negative or above 15 (one test), none above 9 (the ranges below check the tens)
  if (((y0 | y1 | y2 | y3 | mo0 | mo1 | d0 | d1 | h0 | h1 | mi0 | mi1 | s0 | s1 | ms0 | ms1 | ms2) & ~15) !== 0) return NaN;
  if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || mo1 > 9 || d1 > 9 || h1 > 9 || mi1 > 9 || s1 > 9 || ms0 > 9 || ms1 > 9 || ms2 > 9) return NaN;
  const mo = mo0 * 10 + mo1;
  const d = d0 * 10 + d1;
  const h = h0 * 10 + h1;
  const mi = mi0 * 10 + mi1;
  const s = s0 * 10 + s1;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return NaN;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  return daysFromCivil(y, mo, d) * 86_400_000 + h * 3_600_000 + mi * 60_000 + s * 1000 + ms0 * 100 + ms1 * 10 + ms2;
};

/** The string in bytes `a`..`b` (inside quotes), escapes resolved; undefined when they are not valid JSON. */
const strAt = (v: Buffer, a: number, b: number, withEscapes: boolean): string | undefined => {
  const raw = v.toString('utf8', a, b);
  if (!withEscapes) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return undefined;
  }
};

/** The time of a date string in bytes `a`..`b`: fast for oplos's own form, else Date.parse; NaN when it is none. */
const timeAt = (v: Buffer, a: number, b: number, withEscapes: boolean): number => {
  const t = withEscapes ? NaN : isoTime(v, a, b);
  if (!Number.isNaN(t)) return t;
  const s = strAt(v, a, b, withEscapes);
  return s === undefined ? NaN : Date.parse(s);
};

/** The time the scan takes from a date text without escapes: always what Date.parse gives (NaN included). */
export const timeOf = (text: string): number => {
  const b = Buffer.from(text, 'utf8');
  return timeAt(b, 0, b.length, false);
};

/** Which fields a read needs beyond the start time. */
export interface Needs {
  /** status, and the finish time (for the last session) */
  readonly status?: boolean;
  readonly set?: boolean;
  readonly client?: boolean;
  readonly tags?: boolean;
  /** every id (for `get`) */
  readonly ids?: boolean;
}

/**
 * The entry lines of a journal file: where each is, its start time and the
 * fields asked for. Row `i` is line `i` (entry `i` of the document).
 */
export interface Scan {
  /** the open file (undefined when there is none); closeScan closes it */
  readonly fd: number | undefined;
  readonly size: number;
  /** byte range of each entry's JSON text, without the `,` or `]}` after it */
  readonly from: number[];
  readonly to: number[];
  /** start time (ms), as Date.parse gives it */
  readonly time: number[];
  /** the other fields, when needed (else empty) */
  readonly complete: boolean[];
  readonly set: string[];
  readonly client: (string | undefined)[];
  readonly tags: (readonly string[])[];
  /** finish time (ms); NaN when there is none */
  readonly finished: number[];
  readonly ids: string[];
  /** lines parsed whole while scanning (their head was not the usual one) */
  readonly parsed: Map<number, Entry>;
  /** the ids of `watch` that are in the journal */
  readonly present: Set<string>;
}

const emptyScan = (fd: number | undefined, size: number): Scan => ({
  fd,
  size,
  from: [],
  to: [],
  time: [],
  complete: [],
  set: [],
  client: [],
  tags: [],
  finished: [],
  ids: [],
  parsed: new Map(),
  present: new Set(),
});

/** Do the needs take reading each line's whole head? */
const headsNeeded = (needs: Needs): boolean => needs.set === true || needs.client === true || needs.tags === true || needs.status === true;

/**
 * Opens and scans `file`; a missing file is an empty journal. NotFast when
 * the fast path does not apply (the file is closed then).
 */
export const scanJournal = (file: string, needs: Needs, watch: ReadonlySet<string>): Scan => {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return emptyScan(undefined, 0);
    throw new NotFast('cannot open');
  }
  try {
    return scanOpen(fd, needs, watch);
  } catch (e) {
    closeSync(fd);
    if (e instanceof NotFast) throw e;
    throw new NotFast(String(e));
  }
};

const scanOpen = (fd: number, needs: Needs, watch: ReadonlySet<string>): Scan => {
  const size = fstatSync(fd).size;
  const scan = emptyScan(fd, size);
  let buf = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(size, EMPTY.length)));
  let pos = 0; // file offset of buf[0]
  let r = readSync(fd, buf, 0, buf.length, 0);
  if (r === size && size === EMPTY.length && lit(buf.subarray(0, r), 0, EMPTY) === r) return scan;
  if (lit(buf.subarray(0, r), 0, HEAD) < 0) throw new NotFast('not the plain layout of this version');
  let s = HEAD.length; // line start in buf
  const heads = headsNeeded(needs);
  const tagCache = new Map<string, readonly string[]>();
  let v = buf.subarray(0, r);
  for (;;) {
    const e = v.indexOf(NEWLINE, s);
    if (e < 0) {
      if (pos + r >= size) throw new NotFast('no newline at the end');
      if (s === 0) buf = Buffer.allocUnsafe(buf.length * 2); // a line longer than the buffer
      pos += s;
      r = readSync(fd, buf, 0, buf.length, pos);
      if (r <= 0) throw new NotFast('file ended early');
      v = buf.subarray(0, r);
      s = 0;
      continue;
    }
    const last = pos + e === size - 1;
    // `{…},` or, the last, `{…}]}`
    let end: number;
    if (last) {
      if (e - s < 5 || v[e - 1] !== CLOSE_BRACE || v[e - 2] !== CLOSE_BRACKET || v[e - 3] !== CLOSE_BRACE) throw new NotFast('bad last line');
      end = e - 2;
    } else {
      if (e - s < 3 || v[e - 1] !== COMMA || v[e - 2] !== CLOSE_BRACE) throw new NotFast('bad line');
      end = e - 1;
    }
    const read = heads ? readHead(scan, v, s, end, pos, needs, watch, tagCache) : readStart(scan, v, s, end, pos, needs, watch);
    if (!read) parseLine(scan, v, s, end, pos, needs, watch);
    if (last) return scan;
    s = e + 1;
  }
};

/**
 * Reads one line's start time (and id) into `scan`, with a few native
 * searches: false when it is not the usual form. The first `,"startedAt":"`
 * of a line with no `{` before it is a key of the entry itself: any other
 * object would have to open with a `{` first, and in a JSON string a `"` is
 * always escaped.
 */
const readStart = (scan: Scan, v: Buffer, s: number, end: number, pos: number, needs: Needs, watch: ReadonlySet<string>): boolean => {
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

/**
 * Reads one line's head (the keys before the answers, in oplos's order) and
 * end into `scan`; false when it is not the usual form.
 */
const readHead = (
  scan: Scan,
  v: Buffer,
  s: number,
  end: number,
  pos: number,
  needs: Needs,
  watch: ReadonlySet<string>,
  tagCache: Map<string, readonly string[]>,
): boolean => {
  let i = lit(v, s, K_ID);
  if (i < 0) return false;
  const idStart = i;
  // the id's closing quote; an id that is not letters, digits, - and _ fails the shape check when parsed
  i = v.indexOf(QUOTE, i);
  const idLength = i - idStart;
  if (i < 0 || i >= end || idLength < 1 || idLength > 128) return false;

  i = lit(v, i + 1, K_SET);
  if (i < 0) return false;
  const setStart = i;
  const setEnd = strEnd(v, i, end);
  if (setEnd < 0) return false;
  const setEscaped = escaped;
  i = setEnd + 1;

  const afterRevision = lit(v, i, K_REVISION);
  if (afterRevision >= 0) {
    i = numEnd(v, afterRevision, end);
    if (i < 0) return false;
  }

  i = lit(v, i, K_LANG);
  if (i < 0) return false;
  i = strEnd(v, i, end);
  if (i < 0) return false;
  i++;

  let clientStart = -1;
  let clientEnd = -1;
  let clientEscaped = false;
  const afterClient = lit(v, i, K_CLIENT);
  if (afterClient >= 0) {
    clientStart = afterClient;
    clientEnd = strEnd(v, afterClient, end);
    if (clientEnd < 0) return false;
    clientEscaped = escaped;
    i = clientEnd + 1;
  }

  i = lit(v, i, K_TAGS);
  if (i < 0) return false;
  const tagsStart = i;
  if (v[i] !== CLOSE_BRACKET) {
    for (;;) {
      if (v[i] !== QUOTE) return false;
      i = strEnd(v, i + 1, end);
      if (i < 0) return false;
      i++;
      if (v[i] === CLOSE_BRACKET) break;
      if (v[i] !== COMMA) return false;
      i++;
    }
  }
  const tagsEnd = i;
  i++;

  i = lit(v, i, K_STATUS);
  if (i < 0) return false;
  let complete = true;
  let j = lit(v, i, V_COMPLETE);
  if (j < 0) {
    complete = false;
    j = lit(v, i, V_UNFINISHED);
    if (j < 0) return false;
  }

  i = lit(v, j, K_STARTED);
  if (i < 0) return false;
  const startedEnd = strEnd(v, i, end);
  if (startedEnd < 0) return false;
  const time = timeAt(v, i, startedEnd, escaped);
  if (Number.isNaN(time)) return false;
  i = startedEnd + 1;

  let finished = NaN;
  const afterFinished = lit(v, i, K_FINISHED);
  if (afterFinished >= 0) {
    const finishedEnd = strEnd(v, afterFinished, end);
    if (finishedEnd < 0) return false;
    finished = timeAt(v, afterFinished, finishedEnd, escaped);
    if (Number.isNaN(finished)) return false;
    i = finishedEnd + 1;
  }

  if (lit(v, i, K_ANSWERS) < 0) return false;

  // The end: the answers last (`]}`), or a finish time after them (`,"finishedAt":"…"}`).
  if (v[end - 1] !== CLOSE_BRACE) return false;
  if (v[end - 2] !== CLOSE_BRACKET) {
    if (v[end - 2] !== QUOTE || !Number.isNaN(finished)) return false;
    let q = end - 3;
    while (q > i && v[q] !== QUOTE && v[q] !== BACKSLASH) q--;
    if (v[q] !== QUOTE || lit(v, q - K_FINISHED.length + 1, K_FINISHED) !== q + 1) return false;
    finished = timeAt(v, q + 1, end - 2, false);
    if (Number.isNaN(finished)) return false;
  }

  let set = '';
  let client: string | undefined;
  let tags: readonly string[] = [];
  if (needs.set) {
    const x = strAt(v, setStart, setEnd, setEscaped);
    if (x === undefined) return false;
    set = x;
  }
  if (needs.client && clientStart >= 0) {
    client = strAt(v, clientStart, clientEnd, clientEscaped);
    if (client === undefined) return false;
  }
  if (needs.tags) {
    const raw = v.toString('utf8', tagsStart, tagsEnd);
    let list = tagCache.get(raw);
    if (list === undefined) {
      try {
        list = JSON.parse(`[${raw}]`) as string[];
      } catch {
        return false;
      }
      tagCache.set(raw, list);
    }
    tags = list;
  }
  let id = '';
  if (needs.ids || watch.size > 0) {
    id = v.toString('latin1', idStart, idStart + idLength);
    if (watch.has(id)) scan.present.add(id);
  }

  scan.from.push(pos + s);
  scan.to.push(pos + end);
  scan.time.push(time);
  scan.complete.push(complete);
  scan.finished.push(finished);
  if (needs.set) scan.set.push(set);
  if (needs.client) scan.client.push(client);
  if (needs.tags) scan.tags.push(tags);
  if (needs.ids) scan.ids.push(id);
  return true;
};

/** A line of another form: parsed whole; one that is not a good entry gives up. */
const parseLine = (scan: Scan, v: Buffer, s: number, end: number, pos: number, needs: Needs, watch: ReadonlySet<string>): void => {
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
const parseEntry = (text: string): Entry => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new NotFast('a line is not JSON');
  }
  if (entryProblem(value) !== undefined) throw new NotFast('a line is not a good entry');
  return value as Entry;
};

/** Closes the file of a scan. */
export const closeScan = (scan: Scan): void => {
  if (scan.fd !== undefined) closeSync(scan.fd);
};

/**
 * The entries of a scan (and the open drafts after them), read and checked
 * one by one when asked for.
 */
export class Rows {
  /** rows 0…lines-1 are the journal's lines, the rest the drafts */
  readonly lines: number;
  readonly count: number;
  private whole: Buffer | undefined;
  private singleReads = 0;

  private readonly draftTimes: readonly number[];

  constructor(
    readonly scan: Scan,
    private readonly drafts: readonly Entry[],
  ) {
    this.lines = scan.from.length;
    this.count = this.lines + drafts.length;
    this.draftTimes = drafts.map((e) => Date.parse(e.startedAt));
  }

  time(i: number): number {
    return i < this.lines ? (this.scan.time[i] as number) : (this.draftTimes[i - this.lines] as number);
  }

  /** The entry already at hand: a draft, or a line parsed while scanning. */
  known(i: number): Entry | undefined {
    return i < this.lines ? this.scan.parsed.get(i) : this.drafts[i - this.lines];
  }

  /** The JSON text of line `i`. */
  text(i: number): string {
    const from = this.scan.from[i] as number;
    const to = this.scan.to[i] as number;
    if (!this.whole && this.singleReads >= SINGLE_READS) {
      const all = Buffer.allocUnsafe(this.scan.size);
      let got = 0;
      while (got < all.length) {
        const n = readSync(this.scan.fd as number, all, got, all.length - got, got);
        if (n <= 0) throw new NotFast('file ended early');
        got += n;
      }
      this.whole = all;
    }
    if (this.whole) return this.whole.toString('utf8', from, to);
    this.singleReads++;
    const b = Buffer.allocUnsafe(to - from);
    let got = 0;
    while (got < b.length) {
      const n = readSync(this.scan.fd as number, b, got, b.length - got, from + got);
      if (n <= 0) throw new NotFast('file ended early');
      got += n;
    }
    return b.toString('utf8');
  }

  /** Row `i` as an entry: parsed and checked, and it must agree with what its head said. */
  entry(i: number, text?: string): Entry {
    const known = this.known(i);
    if (known) return known;
    const e = parseEntry(text ?? this.text(i));
    const { time, complete, ids } = this.scan;
    if (
      Date.parse(e.startedAt) !== time[i] ||
      (complete.length > 0 && (e.status === 'complete') !== complete[i]) ||
      (ids.length > 0 && e.id !== ids[i])
    )
      throw new NotFast('a line says other than its head');
    return e;
  }
}

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

/** A client label as the last session matches it: trimmed, folded; none when empty. */
const label = (client: string | undefined): string | undefined => {
  const t = client?.trim().normalize('NFC').toLocaleLowerCase();
  return t ? t : undefined;
};

/** Session time: the finish time, else the start time. */
const sessionTime = (e: Entry): number => new Date(e.finishedAt ?? e.startedAt).getTime();

export interface LastSessionQuery {
  /** the session's set and the set it continues, if any */
  readonly sets: readonly string[];
  /** the client label; none for sessions without a client */
  readonly client?: string;
}

/**
 * The newest complete session of the same client (labels trimmed, ignoring
 * case; no client matches no client) whose set is one of `sets`, by finish
 * time (else start time); of equal times, the last in readAll's order: what
 * the engine's findLastSession gives for readAll.
 */
export const pickLastSession = (entries: readonly Entry[], q: LastSessionQuery): Entry | undefined => {
  const client = label(q.client);
  let best: Entry | undefined;
  let bestTime = -Infinity;
  for (const e of entries) {
    if (e.status !== 'complete' || !q.sets.includes(e.set) || label(e.client) !== client) continue;
    const time = sessionTime(e);
    if (Number.isNaN(time)) continue;
    if (time >= bestTime) {
      best = e;
      bestTime = time;
    }
  }
  return best;
};

/** pickLastSession over the journal's lines: only the newest candidates are parsed. */
export const lastSessionRows = (rows: Rows, q: LastSessionQuery): Entry | undefined => {
  const client = label(q.client);
  const scan = rows.scan;
  const labels = new Map<string | undefined, string | undefined>();
  let bestTime = -Infinity;
  let best: number[] = [];
  for (let i = 0; i < rows.lines; i++) {
    if (!scan.complete[i] || !q.sets.includes(scan.set[i] as string)) continue;
    const raw = scan.client[i];
    let l = labels.get(raw);
    if (l === undefined && !labels.has(raw)) {
      l = label(raw);
      labels.set(raw, l);
    }
    if (l !== client) continue;
    const f = scan.finished[i] as number;
    const time = Number.isNaN(f) ? (scan.time[i] as number) : f;
    if (time > bestTime) {
      bestTime = time;
      best = [i];
    } else if (time === bestTime) best.push(i);
  }
  if (best.length === 0) return undefined;
  // the tied ones in readAll's order, then the engine's rule
  const run = best.map((row) => ({ row, entry: rows.entry(row) }));
  run.sort((a, b) => rows.time(b.row) - rows.time(a.row) || (a.entry.id < b.entry.id ? 1 : a.entry.id > b.entry.id ? -1 : a.row - b.row));
  const chosen = pickLastSession(
    run.map((x) => x.entry),
    q,
  );
  if (!chosen || sessionTime(chosen) !== bestTime) throw new NotFast('a line says other than its head');
  return chosen;
};

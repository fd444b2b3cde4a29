/** Byte-level scanning of a journal line: the literals oplos writes, JSON strings and numbers, and start times. */
import { CURRENT_VERSION } from '../migrations.js';

const ascii = (s: string): Buffer => Buffer.from(s, 'latin1');

export const HEAD = ascii(`{"version":${CURRENT_VERSION},"entries":[\n`);
export const EMPTY = ascii(`{"version":${CURRENT_VERSION},"entries":[]}\n`);
export const K_ID = ascii('{"id":"');
export const K_SET = ascii(',"set":"');
export const K_REVISION = ascii(',"setRevision":');
export const K_LANG = ascii(',"lang":"');
export const K_CLIENT = ascii(',"client":"');
export const K_TAGS = ascii(',"tags":[');
export const K_STATUS = ascii(',"status":"');
export const K_STARTED = ascii(',"startedAt":"');
export const K_FINISHED = ascii(',"finishedAt":"');
export const K_ANSWERS = ascii(',"answers":[');
export const V_COMPLETE = ascii('complete"');
export const V_UNFINISHED = ascii('unfinished"');

export const CHUNK = 1 << 20;
/** After this many lines read one by one, the rest comes from one read of the whole file. */
export const SINGLE_READS = 64;

export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const COMMA = 0x2c;
export const OPEN_BRACE = 0x7b;
export const CLOSE_BRACE = 0x7d;
export const CLOSE_BRACKET = 0x5d;
export const NEWLINE = 0x0a;

/** `lit` at `i` in `v`? The index after it, or -1. */
export const lit = (v: Buffer, i: number, lit: Buffer): number => {
  if (i < 0 || i + lit.length > v.length) return -1;
  for (let k = 0; k < lit.length; k++) if (v[i + k] !== lit[k]) return -1;
  return i + lit.length;
};

/** Did the string `strEnd` last scanned hold a backslash escape? */
export let escaped = false;

/** From just after a string's opening quote: the index of its closing quote (before `e`), or -1. */
export const strEnd = (v: Buffer, i: number, e: number): number => {
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
export const numEnd = (v: Buffer, i: number, e: number): number => {
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
export const isoTime = (v: Buffer, a: number, b: number): number => {
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
export const strAt = (v: Buffer, a: number, b: number, withEscapes: boolean): string | undefined => {
  const raw = v.toString('utf8', a, b);
  if (!withEscapes) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return undefined;
  }
};

/** The time of a date string in bytes `a`..`b`: fast for oplos's own form, else Date.parse; NaN when it is none. */
export const timeAt = (v: Buffer, a: number, b: number, withEscapes: boolean): number => {
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

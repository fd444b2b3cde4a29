/**
 * Choosing sessions: by client, set, date range, words, tags, and the n
 * newest (`journal list/export`, `progress`). All conditions must hold.
 */
import { addDays } from 'date-fns/addDays';
import { EXIT } from '../errors.js';
import { sortNewestFirst } from './order.js';
import { local, localMoment } from '../domain/time-zone.js';
import { fail, journalTexts } from './messages.js';
import type { Entry } from '../domain/types.js';

export interface EntryFilter {
  /** the client label, exactly but ignoring case */
  readonly client?: string;
  /** the set id */
  readonly set?: string;
  /** first day, `YYYY-MM-DD`, inclusive (local time) */
  readonly from?: string;
  /** last day, `YYYY-MM-DD`, inclusive (local time) */
  readonly to?: string;
  /** words that must all occur (ignoring case) in the questions, answers, client or set */
  readonly search?: string;
  /** tags that must all be present (ignoring case) */
  readonly tags?: readonly string[];
  /** only the n newest */
  readonly limit?: number;
}

/** Text as filters compare it: NFC, lower case (the user's locale). */
export const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase();

/**
 * The start of the local day `YYYY-MM-DD`; anything else (2026-02-30 too)
 * is exit 2 naming the option. What date-fns' parse(value, 'yyyy-MM-dd')
 * gives, without loading its parsers for every list (a test compares them).
 */
export const parseDay = (value: string, option: string, lang: string): Date => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  const day = localMoment(y, mo - 1, d); // in the run's time zone (domain/time-zone.ts)
  const seen = local(day);
  // year 0000 is refused, as date-fns' yyyy refuses it (years count from 1)
  if (!m || y === 0 || seen.getFullYear() !== y || seen.getMonth() !== mo - 1 || seen.getDate() !== d)
    throw fail(EXIT.usage, journalTexts(lang).badDate(option, value));
  return day;
};

/** All the text of an entry a search looks through, folded to lower case. */
const haystack = (e: Entry): string => {
  const parts: string[] = [e.set, e.client ?? ''];
  for (const a of e.answers) {
    parts.push(a.asked);
    if (a.value !== undefined) parts.push(Array.isArray(a.value) ? a.value.join('\n') : String(a.value));
  }
  return fold(parts.join('\n'));
};

/** A filter with its dates, limit, words and tags worked out once; `keep` is its exact test of one entry. */
export interface CompiledFilter {
  /** the client label, trimmed and folded */
  readonly client: string | undefined;
  readonly set: string | undefined;
  /** start of the first day (ms), inclusive */
  readonly from: number | undefined;
  /** start of the day after the last day (ms), exclusive */
  readonly to: number | undefined;
  /** folded search words, all of which must occur */
  readonly words: readonly string[];
  /** folded tags, all of which must be present */
  readonly tags: readonly string[];
  readonly limit: number | undefined;
  readonly keep: (e: Entry) => boolean;
}

/** Checks and works out a filter. Bad dates or a bad limit are exit 2. */
export const compileFilter = (f: EntryFilter, lang = 'en'): CompiledFilter => {
  const from = f.from === undefined ? undefined : parseDay(f.from, 'from', lang).getTime();
  // the day after, in the run's zone (a day of 23 or 25 hours included)
  const to = f.to === undefined ? undefined : addDays(local(parseDay(f.to, 'to', lang)), 1).getTime();
  if (f.limit !== undefined && (!Number.isInteger(f.limit) || f.limit < 1)) throw fail(EXIT.usage, journalTexts(lang).badLimit(f.limit));
  const client = f.client === undefined ? undefined : fold(f.client.trim());
  const words = f.search === undefined ? [] : fold(f.search).split(/\s+/).filter(Boolean);
  const tags = (f.tags ?? []).map(fold);
  const set = f.set;

  const keep = (e: Entry): boolean => {
    if (client !== undefined && fold((e.client ?? '').trim()) !== client) return false;
    if (set !== undefined && e.set !== set) return false;
    if (from !== undefined || to !== undefined) {
      const started = Date.parse(e.startedAt);
      if (from !== undefined && started < from) return false;
      if (to !== undefined && started >= to) return false;
    }
    if (tags.length > 0) {
      const own = new Set(e.tags.map(fold));
      if (!tags.every((t) => own.has(t))) return false;
    }
    if (words.length > 0) {
      const text = haystack(e);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  };
  return { client, set, from, to, words, tags, limit: f.limit, keep };
};

/** The entries that match, newest first (sorted once, after filtering). Bad dates or a bad limit are exit 2. */
export const filterEntries = (entries: readonly Entry[], f: EntryFilter, lang = 'en'): Entry[] => {
  const c = compileFilter(f, lang);
  const out = sortNewestFirst(entries.filter(c.keep));
  return c.limit === undefined ? out : out.slice(0, c.limit);
};

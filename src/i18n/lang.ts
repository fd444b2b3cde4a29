import type { Locale } from 'date-fns';
import { nl as nlLocale } from 'date-fns/locale/nl';
import { enGB } from 'date-fns/locale/en-GB';
import type { LocalText } from '../sets/types.js';

import { isLang } from './lang-code.js';

export { UI_LANGS, isLang, langFromLocale, type Lang } from './lang-code.js';

/** The text in `lang`, else in the first of `languages` that has one, else any. */
export const pick = (text: LocalText | undefined, lang: string, languages: readonly string[] = []): string => {
  if (!text) return '';
  const own = text[lang];
  if (own !== undefined) return own;
  for (const l of languages) {
    const t = text[l];
    if (t !== undefined) return t;
  }
  return Object.values(text)[0] ?? '';
};

const WORDS = {
  nl: { and: 'en', yes: 'ja', no: 'nee', you: 'je' },
  en: { and: 'and', yes: 'yes', no: 'no', you: 'you' },
} as const;

const words = (lang: string) => WORDS[isLang(lang) ? lang : 'en'];

/** `a`, `a and b`, `a, b and c` in the language. */
export const joinAnd = (items: readonly string[], lang: string): string => {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${words(lang).and} ${items[items.length - 1]}`;
};

export const yesNo = (value: boolean, lang: string): string => (value ? words(lang).yes : words(lang).no);

/** The word for "you" used for `{{client}}` when a session has no client label. */
export const youWord = (lang: string): string => words(lang).you;

export const dateLocale = (lang: string): Locale => (lang === 'nl' ? nlLocale : enGB);

const DAY = 24 * 60 * 60 * 1000;

// building an Intl formatter costs milliseconds: one per language, made when first needed
const formats = new Map<string, Intl.RelativeTimeFormat>();
const relativeFormat = (lang: string): Intl.RelativeTimeFormat => {
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })));
  return f;
};

/**
 * "3 weeks ago" / "3 weken geleden", "yesterday" / "gisteren": the unit a
 * person would use (Intl knows weeks, which date-fns' distance does not).
 */
export const relativeDate = (date: Date, now: Date, lang: string): string => {
  const diff = date.getTime() - now.getTime();
  const days = diff / DAY;
  const abs = Math.abs(days);
  const rtf = relativeFormat(isLang(lang) ? lang : 'en');
  const minutes = diff / 60_000;
  if (Math.abs(minutes) < 1) return rtf.format(0, 'second');
  if (Math.abs(minutes) < 60) return rtf.format(Math.round(minutes), 'minute');
  if (abs < 1) return rtf.format(Math.round(minutes / 60), 'hour');
  if (abs < 14) return rtf.format(Math.round(days), 'day');
  if (abs < 60) return rtf.format(Math.round(days / 7), 'week');
  if (abs < 365) return rtf.format(Math.round(days / 30.44), 'month');
  return rtf.format(Math.round(days / 365.25), 'year');
};

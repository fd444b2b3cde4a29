import type { Locale, Month } from 'date-fns';
import { nl as nlLocale } from 'date-fns/locale/nl';
import { enGB } from 'date-fns/locale/en-GB';
import type { LocalText } from '../domain/local-text.js';

import { i18nWords } from './messages.js';
import { local } from '../domain/time-zone.js';

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

/** `a`, `a and b`, `a, b and c` in the language. */
export const joinAnd = (items: readonly string[], lang: string): string => {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${i18nWords(lang).and} ${items[items.length - 1]}`;
};

export const yesNo = (value: boolean, lang: string): string => (value ? i18nWords(lang).yes : i18nWords(lang).no);

/** The word for "you" used for `{{client}}` when a session has no client label. */
export const youWord = (lang: string, formal = false): string => (formal ? i18nWords(lang).youFormal : i18nWords(lang).you);

export const dateLocale = (lang: string): Locale => (lang === 'nl' ? nlLocale : enGB);

const DAY = 24 * 60 * 60 * 1000;

type Unit = 'xMinutes' | 'xHours' | 'xDays' | 'xWeeks' | 'xMonths' | 'xYears';

/**
 * "3 weeks ago" / "3 weken geleden", "yesterday" / "gisteren": the unit a
 * person would use. The words come from date-fns' locales (Intl's relative
 * time format would do too, but building one costs ~10 ms at start-up).
 */
export const relativeDate = (date: Date, now: Date, lang: string): string => {
  const diff = date.getTime() - now.getTime();
  const minutes = diff / 60_000;
  const days = diff / DAY;
  const abs = Math.abs(days);
  const near = i18nWords(lang).near;
  const say = (unit: Unit, n: number) =>
    dateLocale(lang).formatDistance?.(unit, Math.max(1, Math.abs(n)), { addSuffix: true, comparison: diff < 0 ? -1 : 1 }) ?? '';
  if (Math.abs(minutes) < 1) return near.now;
  if (Math.abs(minutes) < 60) return say('xMinutes', Math.round(minutes));
  if (abs < 1) return say('xHours', Math.round(minutes / 60));
  const whole = Math.round(days);
  if (whole === -1) return near.yesterday;
  if (whole === 1) return near.tomorrow;
  if (abs < 14) return say('xDays', whole);
  if (abs < 60) return say('xWeeks', Math.round(days / 7));
  if (abs < 365) return say('xMonths', Math.round(days / 30.44));
  return say('xYears', Math.round(days / 365.25));
};

/**
 * "3 Nov 2026" / "3 nov. 2026": date-fns' format(d, 'd MMM yyyy') with the
 * locale's month names, without loading all of format's formatters (test/
 * dates-as-date-fns.test.ts holds the two equal). The one medium date of oplos:
 * journal lists and the chart's date range both use it.
 */
export const mediumDate = (moment: Date, lang: string): string => {
  const d = local(moment);
  const month = dateLocale(lang).localize.month(d.getMonth() as Month, { width: 'abbreviated' });
  return `${d.getDate()} ${month} ${String(d.getFullYear()).padStart(4, '0')}`;
};

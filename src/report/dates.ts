/** Dates as the reports show them, in a given language (local time). */
import { format } from 'date-fns/format';
import { dateLocale, mediumDate as medium } from '../i18n/lang.js';
import { local } from '../domain/time-zone.js';

/** The moment in the run's local time (domain/time-zone.ts). */
const at = (iso: string | Date): Date => local(typeof iso === 'string' ? new Date(iso) : iso);

/** "3 nov" / "3 Nov": for chart axes (the Dutch abbreviation's dot dropped). */
export const shortDate = (iso: string | Date, lang: string): string =>
  format(at(iso), 'd MMM', { locale: dateLocale(lang) }).replace(/\.$/, '');

/** "3 november 2026" / "3 November 2026". */
export const longDate = (iso: string | Date, lang: string): string => format(at(iso), 'd MMMM yyyy', { locale: dateLocale(lang) });

/** "3 november 2026, 09:30". */
export const dateTime = (iso: string | Date, lang: string): string => format(at(iso), 'd MMMM yyyy, HH:mm', { locale: dateLocale(lang) });

/** "3 nov. 2026" / "3 Nov 2026": the one implementation, in i18n/lang.ts. */
/** The calendar year, in the local time zone (the charts' axis shows it where the data spans years). */
export const yearOf = (iso: string | Date): number => at(iso).getFullYear();

export const mediumDate = (iso: string | Date, lang: string): string => medium(at(iso), lang);

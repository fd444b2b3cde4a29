/**
 * What a removal takes away, in words a person can check before saying yes:
 * how many sessions, of which client(s), from which date to which.
 */
import type { Entry } from '../../domain/types.js';
import { dateLocale } from '../../i18n/lang.js';
import { local } from '../../domain/time-zone.js';
import type { Month } from 'date-fns';
import { journalMessages } from '../messages-journal.js';

const day = (iso: string, lang: string): string => {
  const d = local(new Date(iso));
  if (Number.isNaN(d.getTime())) return iso;
  const month = dateLocale(lang).localize.month(d.getMonth() as Month, { width: 'abbreviated' });
  return `${d.getDate()} ${month} ${d.getFullYear()}`;
};

/** "3 sessions of Z-3, held 2 Mar 2026 – 5 Apr 2026" / "3 gesprekken met Z-3, gehouden 2 mrt. 2026 – 5 apr. 2026". */
export const whatGoes = (entries: readonly Entry[], lang: string): string => {
  const w = journalMessages(lang).whatGoes;
  const labels = [...new Set(entries.map((e) => e.client ?? w.noClient))];
  const shown = labels.slice(0, 3).join(', ') + (labels.length > 3 ? ` ${w.more(labels.length - 3)}` : '');
  const times = entries.map((e) => e.startedAt).sort();
  const first = times[0];
  const last = times[times.length - 1];
  const when =
    first === undefined || last === undefined
      ? ''
      : day(first, lang) === day(last, lang)
        ? w.on(day(first, lang))
        : w.span(day(first, lang), day(last, lang));
  return `${w.sessions(entries.length)}${labels.length ? w.of(shown) : ''}${when}`;
};

/** One session in one line: when, client, set, status, its scales and its last key point. */
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { local } from '../../domain/time-zone.js';
import type { Entry } from '../../domain/types.js';
import type { QuestionSet } from '../../sets/types.js';
import { mediumDate, relativeDate } from '../../i18n/lang.js';
import { findQuestion } from '../../engine/session-context.js';
import { numberText } from '../../i18n/count.js';

/**
 * Recent dates read as "2 days ago"; older ones as "3 Nov 2026" / "3 nov. 2026"
 * (mediumDate).
 */
export const whenText = (iso: string, now: Date, lang: string): string => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const days = differenceInCalendarDays(local(now), local(d)); // calendar days in the run's zone
  if (days >= 0 && days < 7) return relativeDate(d, now, lang);
  return mediumDate(d, lang);
};

const STEP_IDS = new Set(['step', 'next-step']);

export interface Glance {
  readonly scales: string;
  readonly keyPoint: string;
}

export const glance = (entry: Entry, set: QuestionSet | undefined): Glance => {
  const scales: string[] = [];
  let keyPoint = '';
  let step = '';
  for (const a of entry.answers) {
    // in a session held with several people, whose scale or key point it is ("Paul: now 3,5")
    const who = a.participant !== undefined ? `${a.participant}: ` : '';
    if (a.kind === 'scale' && typeof a.value === 'number') scales.push(`${who}${a.question} ${numberText(a.value, entry.lang)}`);
    const q = findQuestion(set, a.question);
    if (q?.highlight && typeof a.value === 'string') keyPoint = `${who}${a.value}`;
    // the small step is what a practitioner looks for first
    if (STEP_IDS.has(a.question) && typeof a.value === 'string') step = `${who}${a.value}`;
  }
  keyPoint = step || keyPoint;
  return { scales: scales.join(', '), keyPoint: keyPoint.replace(/\s+/g, ' ') };
};

export const clip = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, Math.max(0, n - 1))}…`);

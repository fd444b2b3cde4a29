/**
 * The pictures said in words, for a screen reader (the accessible mode,
 * docs/accessibility.md) and for the html report's text alternatives: a scale
 * as "3.5 of 10; good enough: 7", a progress series as sentences (first,
 * lowest, highest, last, the change since the session before), an overview
 * row as one labelled line. Numbers are written in the language (3,5 in Dutch).
 */
import type { ProgressSeries } from './progress-series.js';
import type { OverviewRow } from './progress-overview.js';
import { numberText } from '../i18n/count.js';
import { mediumDate } from './dates.js';
import { spokenMessages } from './messages-spoken.js';

/** "up 2", "down 0.5", "the same". */
export const changeWords = (before: number, now: number, lang: string): string => {
  const w = spokenMessages(lang);
  const d = Math.round((now - before) * 100) / 100;
  if (d > 0) return w.up(numberText(d, lang));
  if (d < 0) return w.down(numberText(-d, lang));
  return w.same;
};

export interface ScaleWords {
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly goal?: number;
  /** the value given in the session before, when there was one */
  readonly before?: number;
}

/** "3.5 of 10; good enough: 7; since last time: 3 to 3.5, up 0.5" — a scale bar in words. */
export const scaleSentence = (s: ScaleWords, lang: string): string => {
  const w = spokenMessages(lang);
  const num = (n: number) => numberText(n, lang);
  const parts = [w.valueOf(num(s.value), num(s.min), num(s.max), s.min === 0)];
  if (s.goal !== undefined) parts.push(w.goodEnough(num(s.goal)));
  if (s.before !== undefined) parts.push(w.sinceLast(num(s.before), num(s.value), changeWords(s.before, s.value, lang)));
  return parts.join('; ');
};

/**
 * A progress series as sentences: what it is and whose; first, lowest,
 * highest and last value with their dates; the change since the session
 * before; the good-enough number.
 */
export const seriesSentences = (s: ProgressSeries, lang: string): string[] => {
  const w = spokenMessages(lang);
  const num = (n: number) => numberText(n, lang);
  const date = (iso: string) => mediumDate(iso, lang);
  const who = [s.client !== undefined ? w.client(s.client) : undefined, s.participant !== undefined ? w.person(s.participant) : undefined]
    .filter(Boolean)
    .join(', ');
  const out = [w.seriesHead(s.title, who || undefined, s.points.length, num(s.min), num(s.max))];
  const points = s.points;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) out.push(w.noPoints);
  else if (points.length === 1) out.push(w.only(num(first.value), date(first.date)));
  else {
    // the earliest of equal lows and highs: where it was first reached
    const lowest = points.reduce((a, p) => (p.value < a.value ? p : a), first);
    const highest = points.reduce((a, p) => (p.value > a.value ? p : a), first);
    out.push(
      `${[w.first(num(first.value), date(first.date)), w.lowest(num(lowest.value), date(lowest.date)), w.highest(num(highest.value), date(highest.date)), w.last(num(last.value), date(last.date))].join('; ')}.`,
    );
    const before = points[points.length - 2]!;
    out.push(w.change(changeWords(before.value, last.value, lang)));
  }
  if (s.goal !== undefined) out.push(w.goal(num(s.goal)));
  return out;
};

/** One row of the progress overview as a labelled line: "client P., scale now, latest 5, up 2 since the session before, 4 sessions, last on 22 Nov 2026". */
export const overviewSentence = (o: OverviewRow, lang: string): string => {
  const w = spokenMessages(lang);
  return [
    o.client !== undefined ? w.ovClient(o.client) : w.ovNobody,
    ...(o.participant !== undefined ? [w.person(o.participant)] : []), // whose scale, in a session with several people
    w.ovScale(o.question),
    w.ovLatest(numberText(o.latest, lang)),
    o.previous !== undefined ? w.ovChange(changeWords(o.previous, o.latest, lang)) : w.ovFirstOnly,
    w.ovCount(o.count),
    w.ovLast(mediumDate(o.lastDate, lang)),
  ].join(', ');
};

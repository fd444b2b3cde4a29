/**
 * `oplos progress` without a client: one line per client and scale — the
 * latest value, the change since the session before, how many sessions —
 * newest first, instead of every chart of every client.
 */
import type { ProgressSeries } from './progress-series.js';
import { numberText } from '../i18n/count.js';

export interface OverviewRow {
  readonly client?: string;
  readonly question: string;
  /** whose scale it is, in sessions held with several people */
  readonly participant?: string;
  readonly latest: number;
  /** the value of the session before the latest, when there is one */
  readonly previous?: number;
  readonly count: number;
  /** the latest session's start (ISO) */
  readonly lastDate: string;
}

export const overviewRows = (series: readonly ProgressSeries[]): OverviewRow[] =>
  series
    .filter((s) => s.points.length > 0)
    .map((s) => {
      const last = s.points[s.points.length - 1]!;
      const before = s.points[s.points.length - 2];
      return {
        ...(s.client !== undefined ? { client: s.client } : {}),
        question: s.question,
        ...(s.participant !== undefined ? { participant: s.participant } : {}),
        latest: last.value,
        ...(before ? { previous: before.value } : {}),
        count: s.points.length,
        lastDate: last.date,
      };
    })
    .sort(
      (a, b) =>
        b.lastDate.localeCompare(a.lastDate) || (a.client ?? '').localeCompare(b.client ?? '') || a.question.localeCompare(b.question),
    );

/** "↑ +2", "↓ −1", "→ 0", or "·" for a single session. */
export const trendText = (latest: number, previous: number | undefined, lang = 'en'): string => {
  if (previous === undefined) return '·';
  const d = Math.round((latest - previous) * 100) / 100;
  if (d > 0) return `↑ +${numberText(d, lang)}`;
  if (d < 0) return `↓ −${numberText(-d, lang)}`;
  return '→ 0';
};

/** "now 3 → 5 ↑": a scale's change since the session before, for a follow-up summary. */
export const changeText = (question: string, previous: number, latest: number, nowWord: string, lang = 'en'): string =>
  `${question}: ${nowWord} ${numberText(previous, lang)} → ${numberText(latest, lang)} ${latest > previous ? '↑' : latest < previous ? '↓' : '='}`;

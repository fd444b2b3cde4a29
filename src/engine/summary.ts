/**
 * The data of a session's closing summary: the highlighted answers and the
 * scales (with the good-enough number from a `goal-for` scale), in the order
 * they were answered. Skipped answers, and answers to questions the set no
 * longer has, are left out.
 */
import type { Entry } from '../domain/types.js';
import type { QuestionSet, ScaleQuestion } from '../sets/types.js';
import { findQuestion, textLang } from './context.js';
import { formatValue } from './fill.js';

export interface HighlightSummary {
  readonly question: string;
  /** the question as it was shown */
  readonly asked: string;
  /** the answer as text (a list joined with "and", a choice's label, yes/no) */
  readonly value: string;
  /** a list's items, for showing them one a line */
  readonly items?: readonly string[];
}

export interface ScaleSummary {
  readonly id: string;
  readonly asked: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** the good-enough number, from the scale whose `goal-for` names this one */
  readonly goal?: number;
}

export interface SessionSummary {
  readonly highlights: readonly HighlightSummary[];
  readonly scales: readonly ScaleSummary[];
}

export const summarize = (set: QuestionSet, entry: Entry, lang: string): SessionSummary => {
  const l = textLang(set, lang);
  const highlights: HighlightSummary[] = [];
  const scaled: { q: ScaleQuestion; asked: string; value: number }[] = [];
  for (const a of entry.answers) {
    const q = findQuestion(set, a.question);
    if (!q || a.skipped || a.value === undefined) continue;
    if (q.highlight) {
      highlights.push({
        question: q.id,
        asked: a.asked,
        value: formatValue(a.value, l, q, set.languages),
        ...(Array.isArray(a.value) ? { items: [...(a.value as readonly string[])] } : {}),
      });
    }
    if (q.kind === 'scale' && typeof a.value === 'number') scaled.push({ q, asked: a.asked, value: a.value });
  }
  const shownIds = new Set(scaled.filter((s) => !s.q.goalFor).map((s) => s.q.id));
  const scales: ScaleSummary[] = [];
  for (const { q, asked, value } of scaled) {
    if (q.goalFor && shownIds.has(q.goalFor)) continue;
    const goal = scaled.find((s) => s.q.goalFor === q.id)?.value;
    scales.push({ id: q.id, asked, value, min: q.min, max: q.max, ...(goal !== undefined ? { goal } : {}) });
  }
  return { highlights, scales };
};

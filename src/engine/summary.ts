/**
 * The data of a session's closing summary: the highlighted answers and the
 * scales (with the good-enough number from a `goal-for` scale), in the order
 * they were answered. Skipped answers, and answers to questions the set no
 * longer has, are left out.
 */
import type { Entry } from '../domain/types.js';
import type { QuestionSet, ScaleQuestion } from '../sets/types.js';
import { findQuestion, textLang } from './session-context.js';
import { formatValue } from './fill.js';

export interface HighlightSummary {
  readonly question: string;
  /** the question as it was shown */
  readonly asked: string;
  /** the answer as text (a list joined with "and", a choice's label, yes/no) */
  readonly value: string;
  /** a list's items, for showing them one a line */
  readonly items?: readonly string[];
  /** the participant who gave it, in a session held with several people */
  readonly participant?: string;
}

export interface ScaleSummary {
  readonly id: string;
  readonly asked: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** the good-enough number, from the scale whose `goal-for` names this one */
  readonly goal?: number;
  /** the participant who gave it, in a session held with several people */
  readonly participant?: string;
}

export interface SessionSummary {
  readonly highlights: readonly HighlightSummary[];
  readonly scales: readonly ScaleSummary[];
}

export const summarize = (set: QuestionSet, entry: Entry, lang: string): SessionSummary => {
  const l = textLang(set, lang);
  const highlights: HighlightSummary[] = [];
  const scaled: { q: ScaleQuestion; asked: string; value: number; participant?: string }[] = [];
  // in a session held with several people, each answer is shown with whose it is
  const who = (p: string | undefined, asked: string) => (p !== undefined ? `${p}: ${asked}` : asked);
  const of = (p: string | undefined) => (p !== undefined ? { participant: p } : {});
  for (const a of entry.answers) {
    const q = findQuestion(set, a.question);
    if (!q || a.skipped || a.value === undefined) continue;
    if (q.highlight) {
      highlights.push({
        question: q.id,
        asked: who(a.participant, a.asked),
        ...of(a.participant),
        value: formatValue(a.value, l, q, set.languages),
        ...(Array.isArray(a.value) ? { items: [...(a.value as readonly string[])] } : {}),
      });
    }
    if (q.kind === 'scale' && typeof a.value === 'number')
      scaled.push({ q, asked: who(a.participant, a.asked), value: a.value, ...of(a.participant) });
  }
  const shownIds = new Set(scaled.filter((s) => !s.q.goalFor).map((s) => s.q.id));
  const scales: ScaleSummary[] = [];
  for (const { q, asked, value, participant } of scaled) {
    if (q.goalFor && shownIds.has(q.goalFor)) continue;
    const goal = scaled.find((s) => s.q.goalFor === q.id && s.participant === participant)?.value;
    scales.push({ id: q.id, asked, value, min: q.min, max: q.max, ...(goal !== undefined ? { goal } : {}), ...of(participant) });
  }
  return { highlights, scales };
};

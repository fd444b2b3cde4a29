/**
 * A practitioner's preparation sheet for a client: what their earlier
 * sessions said (dates, scales and their trend, the key points such as the
 * small steps they chose), then the questions of the coming session with the
 * references to the last session already filled in.
 */
import type { Entry } from '../domain/types.js';
import type { QuestionSet, Ref, Template } from '../sets/types.js';
import { findLastSession, textLang } from '../engine/index.js';
import { fillRef } from '../engine/fill.js';
import type { EvalContext } from '../engine/context.js';
import { pick, relativeDate } from '../i18n/lang.js';
import { progressSeries } from '../report/progress-series.js';
import { answerLine, keyPoints, questionOf, setTitle } from '../report/format-answer.js';
import { longDate } from '../report/dates.js';
import { describeConditionBody } from '../sets/describe-condition.js';
import { placeholderText } from './demo-steps.js';
import { walkTexts } from './texts.js';
import { findQuestion } from '../engine/context.js';

export interface SheetSession {
  readonly id: string;
  readonly date: string;
  readonly ago: string;
  readonly set: string;
  /** the highlighted answers other than scales: best hopes, the step agreed, the observation task … */
  readonly keyPoints: readonly { readonly asked: string; readonly value: string }[];
  /** the session's scale answers, in the order asked */
  readonly scales: readonly { readonly question: string; readonly value: number }[];
}

export interface SheetScale {
  readonly question: string;
  readonly title: string;
  readonly values: readonly number[];
  readonly trend: 'up' | 'down' | 'same' | 'one';
  readonly goal?: number;
}

export interface SheetQuestion {
  readonly phase: string;
  readonly id: string;
  readonly text: string;
  readonly when?: string;
  readonly highlight: boolean;
}

export interface PrepareSheet {
  readonly client: string;
  readonly set: string;
  readonly lastDate?: string;
  readonly sessions: readonly SheetSession[];
  readonly scales: readonly SheetScale[];
  readonly questions: readonly SheetQuestion[];
}

const fillKnown = (t: Template | undefined, ctx: EvalContext): string => {
  const lookup = (id: string) => findQuestion(ctx.set, id);
  const shown = (p: Ref) => placeholderText({ source: '', parts: [p] }, ctx.lang, lookup);
  return (t?.parts ?? []).map((p) => (typeof p === 'string' ? p : p.type === 'answer' ? shown(p) : (fillRef(p, ctx) ?? shown(p)))).join('');
};

export const prepareSheet = (
  set: QuestionSet,
  client: string,
  entries: readonly Entry[],
  sets: ReadonlyMap<string, QuestionSet>,
  uiLang: string,
  now: Date,
): PrepareSheet => {
  const lang = textLang(set, uiLang);
  // `entries` are the client's sessions (the caller matches the label as journal list --client does)
  const own = entries
    .filter((e) => e.status === 'complete')
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  // newest first: what was agreed last time is what a practitioner reads first
  const sessions = [...own].reverse().map((e) => {
    const s = sets.get(e.set);
    return {
      id: e.id,
      date: longDate(e.startedAt, uiLang),
      ago: relativeDate(new Date(e.startedAt), now, uiLang),
      set: setTitle(e.set, s, uiLang),
      keyPoints: keyPoints(e, s)
        .filter((a) => a.kind !== 'scale')
        .map((a) => ({ asked: a.asked, value: answerLine(a, questionOf(a, s), e.lang, s?.languages) })),
      scales: e.answers.flatMap((a) => (a.kind === 'scale' && !a.skipped && typeof a.value === 'number' ? [{ question: a.question, value: a.value }] : [])),
    };
  });
  const scales = progressSeries(own, sets).map((s) => {
    const values = s.points.map((p) => p.value);
    const first = values[0] ?? 0;
    const last = values[values.length - 1] ?? 0;
    const trend: SheetScale['trend'] = values.length < 2 ? 'one' : last > first ? 'up' : last < first ? 'down' : 'same';
    return { question: s.question, title: s.title, values, trend, ...(s.goal !== undefined ? { goal: s.goal } : {}) };
  });
  const last = findLastSession(own, { set, client: own[own.length - 1]?.client ?? client });
  const continued = set.continues ? sets.get(set.continues) : undefined;
  const ctx: EvalContext = { set, lang, client, ...(last ? { last } : {}), ...(continued ? { continued } : {}), now, answers: [] };
  const lookup = (id: string) => findQuestion(set, id);
  const questions = set.questions.map((q) => {
    const phase = set.phases.find((p) => p.id === q.phase);
    return {
      phase: phase ? pick(phase.title, lang, set.languages) : q.phase,
      id: q.id,
      text: `${q.for === 'practitioner' ? `[${walkTexts(lang).practitionerNote}] ` : ''}${fillKnown(q.ask[lang] ?? q.ask[set.languages[0] ?? ''], ctx)}`,
      ...(q.when ? { when: describeConditionBody(q.when.ast, lang, lookup, { byText: true }) } : {}),
      highlight: q.highlight,
    };
  });
  return {
    client,
    set: pick(set.title, lang, set.languages),
    ...(last ? { lastDate: longDate(last.startedAt, uiLang) } : {}),
    sessions,
    scales,
    questions,
  };
};

/**
 * A practitioner's preparation sheet for a client: what their earlier
 * sessions said (dates, scales and their trend, the key points such as the
 * small steps they chose), then the questions of the coming session with the
 * references to the last session already filled in, as the next session
 * will ask them (its `fallback` where the last session has nothing to fill in).
 * In sessions held with several people every answer and scale says whose it
 * is, and a per-person question that reads differently for each is given once
 * per person (the people of the last session, who are likely there again).
 */
import type { Entry } from '../domain/types.js';
import type { Question, QuestionSet, Ref, Template } from '../sets/types.js';
import { findLastSession, textLang } from '../engine/index.js';
import { fillRef } from '../engine/fill.js';
import type { EvalContext } from '../engine/session-context.js';
import { pick, relativeDate } from '../i18n/lang.js';
import { progressSeries } from '../report/progress-series.js';
import { answerLine, keyPoints, questionOf, scaleWords, setTitle } from '../report/format-answer.js';
import { longDate } from '../report/dates.js';
import { describeConditionBody } from '../sets/describe-condition.js';
import { placeholderText } from '../walkthrough/demo-steps.js';
import { walkTexts } from '../walkthrough/messages.js';
import { findQuestion } from '../engine/session-context.js';

export interface SheetSession {
  readonly id: string;
  readonly date: string;
  readonly ago: string;
  readonly set: string;
  /** the highlighted answers other than scales: best hopes, the step agreed, the observation task … */
  readonly keyPoints: readonly { readonly asked: string; readonly value: string; readonly participant?: string }[];
  /** the session's scale answers, in the order asked; `words`: the scale in a few words (its question's first sentence) */
  readonly scales: readonly { readonly question: string; readonly words: string; readonly value: number; readonly participant?: string }[];
  /** the session's language: its numbers are written in it */
  readonly lang: string;
}

export interface SheetScale {
  readonly question: string;
  readonly title: string;
  /** the scale in a few words */
  readonly words: string;
  /** whose scale it is, in sessions held with several people */
  readonly participant?: string;
  readonly values: readonly number[];
  readonly trend: 'up' | 'down' | 'same' | 'one';
  readonly goal?: number;
}

export interface SheetQuestion {
  readonly phase: string;
  readonly id: string;
  readonly text: string;
  /** a per-person question: asked of each of these in turn (when they are known from the last session) */
  readonly each?: readonly string[];
  /** a per-person question whose text differs by person: the person it is put to here (named in `text` too) */
  readonly participant?: string;
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

/**
 * The text as the next session will show it: references to the last session, the client and the
 * participant filled in; answers of the coming session as placeholders. `undefined` when a reference
 * to the last session cannot be filled (the session then asks the fallback, or passes the question over).
 */
const fillKnown = (t: Template | undefined, ctx: EvalContext): string | undefined => {
  const lookup = (id: string) => findQuestion(ctx.set, id);
  const shown = (p: Ref) => placeholderText({ source: '', parts: [p] }, ctx.lang, lookup);
  let out = '';
  for (const p of t?.parts ?? []) {
    if (typeof p === 'string') out += p;
    else if (p.type === 'answer') out += shown(p);
    else {
      const filled = fillRef(p, ctx);
      if (filled === undefined) return undefined;
      out += filled;
    }
  }
  return out;
};

/** The question as the next session asks it (the fallback where needed), or undefined when it will not be asked. */
const askedText = (q: Question, ctx: EvalContext): string | undefined =>
  fillKnown(q.ask[ctx.lang] ?? q.ask[ctx.set.languages[0] ?? ''], ctx) ??
  (q.fallback ? pick(q.fallback, ctx.lang, ctx.set.languages) : undefined);

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
  const own = entries.filter((e) => e.status === 'complete').sort((a, b) => a.startedAt.localeCompare(b.startedAt));
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
        .map((a) => ({
          asked: a.asked,
          value: answerLine(a, questionOf(a, s), e.lang, s?.languages),
          ...(a.participant !== undefined ? { participant: a.participant } : {}),
        })),
      scales: e.answers.flatMap((a) =>
        a.kind === 'scale' && !a.skipped && typeof a.value === 'number'
          ? [
              {
                question: a.question,
                words: scaleWords(a.asked) || a.question,
                value: a.value,
                ...(a.participant !== undefined ? { participant: a.participant } : {}),
              },
            ]
          : [],
      ),
      lang: e.lang,
    };
  });
  const scales = progressSeries(own, sets).map((s) => {
    const values = s.points.map((p) => p.value);
    const first = values[0] ?? 0;
    const last = values[values.length - 1] ?? 0;
    const trend: SheetScale['trend'] = values.length < 2 ? 'one' : last > first ? 'up' : last < first ? 'down' : 'same';
    return {
      question: s.question,
      title: s.title,
      words: scaleWords(s.asked) || s.question,
      ...(s.participant !== undefined ? { participant: s.participant } : {}),
      values,
      trend,
      ...(s.goal !== undefined ? { goal: s.goal } : {}),
    };
  });
  const last = findLastSession(own, { set, client: own[own.length - 1]?.client ?? client });
  const continued = set.continues ? sets.get(set.continues) : undefined;
  const ctx: EvalContext = { set, lang, client, ...(last ? { last } : {}), ...(continued ? { continued } : {}), now, answers: [] };
  const lookup = (id: string) => findQuestion(set, id);
  // the people of the last session: a per-person question is put to each of them in turn
  const people = last?.participants ?? [];
  const questions = set.questions.flatMap((q): SheetQuestion[] => {
    const phase = set.phases.find((p) => p.id === q.phase);
    const note = q.for === 'practitioner' ? `[${walkTexts(lang).practitionerNote}] ` : '';
    const common = {
      phase: phase ? pick(phase.title, lang, set.languages) : q.phase,
      id: q.id,
      ...(q.when ? { when: describeConditionBody(q.when.ast, lang, lookup, { byText: true }) } : {}),
      highlight: q.highlight,
    };
    if (q.per !== 'participant' || people.length === 0) {
      const text = askedText(q, ctx);
      return text === undefined ? [] : [{ ...common, text: `${note}${text}` }];
    }
    // per person: each one's own text ("How did your step go?" filled with their own step)
    const texts = people.map((participant) => ({ participant, text: askedText(q, { ...ctx, participant }) }));
    const asked = texts.filter((t): t is { participant: string; text: string } => t.text !== undefined);
    if (asked.length === 0) return [];
    if (asked.length === people.length && asked.every((t) => t.text === asked[0]!.text))
      return [{ ...common, text: `${note}${asked[0]!.text}`, each: people }];
    // as the session puts it: "[note] Paul: …"
    return asked.map((t) => ({ ...common, text: `${note}${t.participant}: ${t.text}`, participant: t.participant }));
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

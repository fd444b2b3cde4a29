/**
 * A trainer's walk through a set: each question with its phase, purpose,
 * why, example answer and the follow-ups that depend on it. With `auto`, the
 * example answers are played through the real session engine, so only the
 * questions they lead to appear, with their references filled in.
 */
import type { Phase, Question, QuestionSet, Ref, Template } from '../sets/types.js';
import type { Clock } from '../engine/ports.js';
import { runScripted } from '../engine/index.js';
import { pick } from '../i18n/lang.js';
import { describeConditionBody } from '../sets/describe-condition.js';
import { conditionQuestions } from './condition-refs.js';
import { exampleAnswers, exampleWords } from './example.js';
import { findQuestion } from '../engine/context.js';

export interface FollowUp {
  readonly id: string;
  readonly text: string;
  readonly condition: string;
}

export interface WalkStep {
  readonly index: number;
  readonly total: number;
  readonly phase: Phase;
  readonly phaseTitle: string;
  readonly purpose?: string;
  readonly question: Question;
  readonly text: string;
  readonly help?: string;
  readonly why?: string;
  readonly example?: string;
  readonly when?: string;
  readonly fallback?: string;
  readonly followUps: readonly FollowUp[];
}

const refName = (r: Ref): string => {
  switch (r.type) {
    case 'answer':
      return r.prop ? `${r.question}.${r.prop}` : r.question;
    case 'last':
      return `last.${r.question}${r.prop ? `.${r.prop}` : ''}`;
    case 'lastDate':
      return 'last.date';
    case 'client':
      return 'client';
    case 'participant':
      return 'participant';
  }
};

/** A template with its references shown as [name], for reading a set without a session. */
export const placeholderText = (t: Template | undefined): string =>
  (t?.parts ?? []).map((p) => (typeof p === 'string' ? p : `[${refName(p)}]`)).join('');

const template = (lt: Readonly<Record<string, Template>> | undefined, lang: string, set: QuestionSet) =>
  lt ? (lt[lang] ?? lt[set.languages[0] ?? '']) : undefined;

export const walkLang = (set: QuestionSet, lang: string) => (set.languages.includes(lang) ? lang : (set.languages[0] ?? lang));

export const demoSteps = (set: QuestionSet, uiLang: string, opts: { auto?: boolean; clock?: Clock } = {}): WalkStep[] => {
  const lang = walkLang(set, uiLang);
  const asked = new Map<string, string>();
  if (opts.auto) {
    const clock = opts.clock ?? { now: () => new Date() };
    const { entry } = runScripted({ set, lang, clock, answers: exampleAnswers(set, lang) });
    for (const a of entry.answers) asked.set(a.question, a.asked);
  }
  const lookup = (id: string) => findQuestion(set, id);
  const questions = opts.auto ? set.questions.filter((q) => asked.has(q.id)) : set.questions;
  return questions.map((q, i) => {
    const phase = set.phases.find((p) => p.id === q.phase) ?? set.phases[0]!;
    const followUps = set.questions
      .filter((later) => later.when && conditionQuestions(later.when.ast).has(q.id))
      .map((later) => ({
        id: later.id,
        text: placeholderText(template(later.ask, lang, set)),
        condition: describeConditionBody(later.when!.ast, lang, lookup),
      }));
    const purpose = phase.purpose ? pick(phase.purpose, lang, set.languages) : undefined;
    const help = q.help ? placeholderText(template(q.help, lang, set)) : undefined;
    const why = q.why ? pick(q.why, lang, set.languages) : undefined;
    const example = exampleWords(q, lang, set);
    return {
      index: i + 1,
      total: questions.length,
      phase,
      phaseTitle: pick(phase.title, lang, set.languages),
      ...(purpose ? { purpose } : {}),
      question: q,
      text: asked.get(q.id) ?? placeholderText(template(q.ask, lang, set)),
      ...(help ? { help } : {}),
      ...(why ? { why } : {}),
      ...(example !== undefined ? { example } : {}),
      ...(q.when ? { when: describeConditionBody(q.when.ast, lang, lookup) } : {}),
      ...(q.fallback ? { fallback: pick(q.fallback, lang, set.languages) } : {}),
      followUps,
    };
  });
};

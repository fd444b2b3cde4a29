/**
 * The session as a pure state machine: given the set, the context and the
 * answers so far, which question comes next (with its text filled in), or done.
 *
 * A question is shown when its `when` holds and the references in its `ask`
 * can be filled (else its `fallback` is shown; without one it is passed over
 * silently and nothing is recorded). Help whose references cannot be filled
 * is left out; a list's `more` that cannot be filled becomes the engine's own
 * "What else?".
 */
import type { Answer } from '../domain/types.js';
import type { Phase, Question, Ref } from '../sets/types.js';
import { pick } from '../i18n/lang.js';
import { pickTemplate, phaseOf, textLang, type EvalContext, type SessionContext } from './context.js';
import { evaluateCondition, evaluateTri } from './conditions.js';
import { fillTemplate, templateRefs } from './fill.js';
import { resolveRef } from './refs.js';
import { whatElse } from './messages.js';

export interface AskStep {
  readonly type: 'ask';
  readonly question: Question;
  readonly phase: Phase;
  /** the question as shown: `ask` filled in, or `fallback` */
  readonly text: string;
  readonly help?: string;
  /** list questions: the follow-up ask */
  readonly more?: string;
  /** "question `index` of about `total`" (1-based) */
  readonly position: { readonly index: number; readonly total: number };
}

export type Step = AskStep | { readonly type: 'done' };

/** The texts of a question as they would be shown now, or undefined when it is not asked. */
const show = (q: Question, ctx: EvalContext): Pick<AskStep, 'text' | 'help' | 'more'> | undefined => {
  if (q.when && !evaluateCondition(q.when.ast, ctx)) return undefined;
  const languages = ctx.set.languages;
  const ask = pickTemplate(q.ask, ctx.lang, languages);
  const text = (ask && fillTemplate(ask, ctx)) ?? (q.fallback ? pick(q.fallback, ctx.lang, languages) : undefined);
  if (text === undefined) return undefined;
  const helpTpl = q.help ? pickTemplate(q.help, ctx.lang, languages) : undefined;
  const help = helpTpl ? fillTemplate(helpTpl, ctx) : undefined;
  let more: string | undefined;
  if (q.kind === 'list') {
    const moreTpl = pickTemplate(q.more, ctx.lang, languages);
    more = (moreTpl && fillTemplate(moreTpl, ctx)) ?? whatElse(ctx.lang);
  }
  return { text, ...(help !== undefined ? { help } : {}), ...(more !== undefined ? { more } : {}) };
};

/**
 * Whether question `q` may still be asked, judged while question `current`
 * (an index) is about to be: only answers of questions before `current` are
 * final; anything that depends on later ones counts as "may be asked".
 */
const mayBeAsked = (q: Question, ctx: EvalContext, index: ReadonlyMap<string, number>, current: number): boolean => {
  const final = (ref: Ref): boolean => ref.type !== 'answer' || (index.get(ref.question) ?? -1) < current;
  if (q.when && evaluateTri(q.when.ast, ctx, final) === false) return false;
  if (q.fallback) return true;
  const ask = pickTemplate(q.ask, ctx.lang, ctx.set.languages);
  if (!ask) return false;
  return !templateRefs(ask).some(
    (ref) => ref.type !== 'client' && final(ref) && resolveRef(ref, ctx).state !== 'answered',
  );
};

/** The index of the last question in the set that has an answer, or -1. */
const lastAnsweredIndex = (questions: readonly Question[], answers: readonly Answer[]): number => {
  const done = new Set(answers.map((a) => a.question));
  for (let i = questions.length - 1; i >= 0; i--) if (done.has(questions[i]!.id)) return i;
  return -1;
};

/** The next question after the last one answered, or done. */
export const nextStep = (session: SessionContext, answers: readonly Answer[]): Step => {
  const ctx: EvalContext = { ...session, lang: textLang(session.set, session.lang), answers };
  const questions = ctx.set.questions;
  for (let i = lastAnsweredIndex(questions, answers) + 1; i < questions.length; i++) {
    const question = questions[i]!;
    const shown = show(question, ctx);
    if (!shown) continue;
    const index = new Map(questions.map((q, n) => [q.id, n] as const));
    let later = 0;
    for (let j = i + 1; j < questions.length; j++) if (mayBeAsked(questions[j]!, ctx, index, i)) later++;
    return {
      type: 'ask',
      question,
      phase: phaseOf(ctx.set, question),
      ...shown,
      position: { index: answers.length + 1, total: answers.length + 1 + later },
    };
  }
  return { type: 'done' };
};

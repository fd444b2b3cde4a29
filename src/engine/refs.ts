/**
 * Resolving a reference (`now`, `now.next`, `list.count`, `client`,
 * `last.now`, `last.date`) against a running session.
 */
import type { Answer, AnswerValue } from '../domain/types.js';
import type { Question, Ref, RefProp } from '../sets/types.js';
import { relativeDate } from '../i18n/lang.js';
import { findAnswer, findQuestion, lastQuestion, sessionDate, type EvalContext } from './context.js';

/**
 * What a reference stands for right now. `answered` carries a value (and, for a
 * plain answer, its question, so a choice can be shown by its label);
 * `skipped` is an optional question answered empty; `absent` is everything
 * else: never asked, no last session, no client, a property that does not apply.
 */
export type Resolved =
  | {
      readonly state: 'answered';
      readonly value: AnswerValue;
      readonly question?: Question;
      /** the languages of the set the question belongs to */
      readonly languages?: readonly string[];
    }
  | { readonly state: 'skipped' }
  | { readonly state: 'absent' };

const ABSENT: Resolved = { state: 'absent' };
const SKIPPED: Resolved = { state: 'skipped' };

const fromAnswer = (
  answer: Answer | undefined,
  question: Question | undefined,
  languages: readonly string[],
): Resolved => {
  if (!answer) return ABSENT;
  if (answer.skipped || answer.value === undefined) return SKIPPED;
  return { state: 'answered', value: answer.value, languages, ...(question ? { question } : {}) };
};

const clamp = (n: number, q: Question | undefined): number =>
  q?.kind === 'scale' ? Math.min(q.max, Math.max(q.min, n)) : n;

const withProp = (r: Resolved, prop: RefProp | undefined): Resolved => {
  if (r.state !== 'answered' || prop === undefined) return r;
  const { value, question } = r;
  if (prop === 'count') return Array.isArray(value) ? { state: 'answered', value: value.length } : ABSENT;
  if (typeof value !== 'number') return ABSENT;
  return { state: 'answered', value: clamp(prop === 'next' ? value + 1 : value - 1, question) };
};

export const resolveRef = (ref: Ref, ctx: EvalContext): Resolved => {
  switch (ref.type) {
    case 'client':
      return ctx.client ? { state: 'answered', value: ctx.client } : ABSENT;
    case 'lastDate': {
      if (!ctx.last) return ABSENT;
      const when = sessionDate(ctx.last);
      if (Number.isNaN(when.getTime())) return ABSENT;
      return { state: 'answered', value: relativeDate(when, ctx.now, ctx.lang) };
    }
    case 'answer': {
      const question = findQuestion(ctx.set, ref.question);
      return withProp(fromAnswer(findAnswer(ctx.answers, ref.question), question, ctx.set.languages), ref.prop);
    }
    case 'last': {
      if (!ctx.last) return ABSENT;
      const { question, languages } = lastQuestion(ctx, ref.question);
      return withProp(fromAnswer(findAnswer(ctx.last.answers, ref.question), question, languages), ref.prop);
    }
  }
};

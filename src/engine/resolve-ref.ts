/**
 * Resolving a reference (`now`, `now.next`, `list.count`, `client`,
 * `participant`, `last.now`, `last.date`) against a running session.
 *
 * In a session held with several people, a `per: participant` question has
 * one answer per participant: inside another such question a reference to it
 * is the same participant's answer; elsewhere it reads as every participant's
 * answer with their label ("Paul: 3, moeder: 8").
 */
import type { Answer, AnswerValue, Entry } from '../domain/types.js';
import type { Question, Ref, RefProp } from '../sets/types.js';
import { relativeDate } from '../i18n/lang.js';
import { currentAnswer, findQuestion, lastQuestion, lastSessionTime, revisersOf, type EvalContext } from './session-context.js';
import { formatValue } from './format-value.js';

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

const fromAnswer = (answer: Answer | undefined, question: Question | undefined, languages: readonly string[]): Resolved => {
  if (!answer) return ABSENT;
  if (answer.skipped || answer.value === undefined) return SKIPPED;
  return { state: 'answered', value: answer.value, languages, ...(question ? { question } : {}) };
};

const clamp = (n: number, q: Question | undefined): number => (q?.kind === 'scale' ? Math.min(q.max, Math.max(q.min, n)) : n);

const withProp = (r: Resolved, prop: RefProp | undefined): Resolved => {
  if (r.state !== 'answered' || prop === undefined) return r;
  const { value, question } = r;
  if (prop === 'count') return Array.isArray(value) ? { state: 'answered', value: value.length } : ABSENT;
  if (typeof value !== 'number') return ABSENT;
  return { state: 'answered', value: clamp(prop === 'next' ? value + 1 : value - 1, question) };
};

/**
 * The answer to `question` in `answers` as this reference sees it: one participant's, or (outside a
 * `per: participant` question, when the answers carry participants) all of them, labelled.
 */
const resolveIn = (
  answers: readonly Answer[],
  id: string,
  question: Question | undefined,
  languages: readonly string[],
  prop: RefProp | undefined,
  ctx: EvalContext,
): Resolved => {
  const revisers = revisersOf([ctx.set, ctx.continued], id);
  const find = (participant?: string) => currentAnswer(answers, id, revisers, participant);
  const perParticipant = question?.per === 'participant' && answers.some((a) => a.question === id && a.participant !== undefined);
  if (!perParticipant) return withProp(fromAnswer(find(), question, languages), prop);
  if (ctx.participant !== undefined) return withProp(fromAnswer(find(ctx.participant), question, languages), prop);
  const labels: string[] = [];
  for (const a of answers)
    if (a.question === id && a.participant !== undefined && !labels.includes(a.participant)) labels.push(a.participant);
  const parts: string[] = [];
  for (const label of labels) {
    const r = withProp(fromAnswer(find(label), question, languages), prop);
    if (r.state === 'answered') parts.push(`${label}: ${formatValue(r.value, ctx.lang, r.question, r.languages)}`);
  }
  return parts.length > 0 ? { state: 'answered', value: parts.join(', ') } : SKIPPED;
};

const lastAnswers = (last: Entry): readonly Answer[] => last.answers;

export const resolveRef = (ref: Ref, ctx: EvalContext): Resolved => {
  switch (ref.type) {
    case 'client':
      return ctx.client ? { state: 'answered', value: ctx.client } : ABSENT;
    case 'participant': {
      const who = ctx.participant ?? ctx.client;
      return who ? { state: 'answered', value: who } : ABSENT;
    }
    case 'lastDate': {
      if (!ctx.last) return ABSENT;
      const when = lastSessionTime(ctx.last);
      if (Number.isNaN(when.getTime())) return ABSENT;
      return { state: 'answered', value: relativeDate(when, ctx.now, ctx.lang) };
    }
    case 'answer': {
      const question = findQuestion(ctx.set, ref.question);
      return resolveIn(ctx.answers, ref.question, question, ctx.set.languages, ref.prop, ctx);
    }
    case 'last': {
      if (!ctx.last) return ABSENT;
      const { question, languages } = lastQuestion(ctx, ref.question);
      return resolveIn(lastAnswers(ctx.last), ref.question, question, languages, ref.prop, ctx);
    }
  }
};

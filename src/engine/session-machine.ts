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
import { formalKey, type Phase, type Question, type Ref } from '../sets/types.js';
import { pick } from '../i18n/lang.js';
import {
  pickTemplate,
  phaseOf,
  revisersOf,
  practitionerPresent,
  textLang,
  withParticipants,
  type EvalContext,
  type SessionContext,
} from './session-context.js';
import { evaluateCondition, evaluateTri } from './conditions.js';
import { fillTemplate, templateRefs } from './fill.js';
import { resolveRef } from './resolve-ref.js';
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
  /** where the question's phase stands among the set's phases (1-based): "Schalen · 8 van 12" */
  readonly phaseAt?: { readonly index: number; readonly total: number };
  /** 1.1: the participant this `per: participant` question is put to, in a session held with several people */
  readonly participant?: string;
}

/** One question put to one person: a `per: participant` question is one unit per participant. */
interface Unit {
  readonly question: Question;
  /** the question's index in the set */
  readonly at: number;
  readonly participant?: string;
}

/**
 * The questions of the session in the order they come, one per participant where a question is
 * `per: participant`; practitioner's notes are left out when the session has no client and no
 * participants (a person journaling for themself).
 */
const unitsOf = (ctx: SessionContext): Unit[] => {
  const units: Unit[] = [];
  const notes = practitionerPresent(ctx);
  ctx.set.questions.forEach((question, at) => {
    if (question.for === 'practitioner' && !notes) return;
    if (question.per === 'participant' && withParticipants(ctx)) {
      for (const participant of ctx.participants ?? []) units.push({ question, at, participant });
    } else units.push({ question, at });
  });
  return units;
};

const answered = (answers: readonly Answer[], u: Unit): boolean =>
  answers.some((a) => a.question === u.question.id && a.participant === u.participant);

const unitCtx = (ctx: EvalContext, u: Unit): EvalContext => (u.participant === undefined ? ctx : { ...ctx, participant: u.participant });

export type Step = AskStep | { readonly type: 'done' };

/** The texts of a question as they would be shown now, or undefined when it is not asked. */
const show = (q: Question, ctx: EvalContext): Pick<AskStep, 'text' | 'help' | 'more'> | undefined => {
  if (q.when && !evaluateCondition(q.when.ast, ctx)) return undefined;
  const languages = ctx.set.languages;
  const formal = ctx.formal === true;
  const ask = pickTemplate(q.ask, ctx.lang, languages, formal);
  const fallback = q.fallback
    ? ((formal ? q.fallback[formalKey(ctx.lang)] : undefined) ?? pick(q.fallback, ctx.lang, languages))
    : undefined;
  const text = (ask && fillTemplate(ask, ctx)) ?? fallback;
  if (text === undefined) return undefined;
  const helpTpl = q.help ? pickTemplate(q.help, ctx.lang, languages, formal) : undefined;
  const help = helpTpl ? fillTemplate(helpTpl, ctx) : undefined;
  let more: string | undefined;
  if (q.kind === 'list') {
    const moreTpl = pickTemplate(q.more, ctx.lang, languages, formal);
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
  // a question judged again later (1.2 `revises`) is final only once its last judge has been passed
  const final = (ref: Ref): boolean =>
    ref.type !== 'answer' || [ref.question, ...revisersOf([ctx.set], ref.question)].every((id) => (index.get(id) ?? -1) < current);
  if (q.when && evaluateTri(q.when.ast, ctx, final) === false) return false;
  if (q.fallback) return true;
  const ask = pickTemplate(q.ask, ctx.lang, ctx.set.languages, ctx.formal === true);
  if (!ask) return false;
  return !templateRefs(ask).some((ref) => ref.type !== 'client' && final(ref) && resolveRef(ref, ctx).state !== 'answered');
};

/** The index of the last unit that has an answer, or -1. */
const lastAnsweredIndex = (units: readonly Unit[], answers: readonly Answer[]): number => {
  for (let i = units.length - 1; i >= 0; i--) if (answered(answers, units[i]!)) return i;
  return -1;
};

/** The next question after the last one answered, or done. */
export const nextStep = (session: SessionContext, answers: readonly Answer[]): Step => {
  const ctx: EvalContext = { ...session, lang: textLang(session.set, session.lang), answers };
  const questions = ctx.set.questions;
  const units = unitsOf(ctx);
  for (let i = lastAnsweredIndex(units, answers) + 1; i < units.length; i++) {
    const unit = units[i]!;
    const shown = show(unit.question, unitCtx(ctx, unit));
    if (!shown) continue;
    const index = new Map(questions.map((q, n) => [q.id, n] as const));
    let later = 0;
    for (let j = i + 1; j < units.length; j++) {
      const u = units[j]!;
      // a later participant's turn at this same question is still to come
      if (u.at === unit.at ? true : mayBeAsked(u.question, unitCtx(ctx, u), index, unit.at)) later++;
    }
    const phase = phaseOf(ctx.set, unit.question);
    return {
      type: 'ask',
      question: unit.question,
      phase,
      phaseAt: { index: ctx.set.phases.indexOf(phase) + 1, total: ctx.set.phases.length },
      ...shown,
      position: { index: answers.length + 1, total: answers.length + 1 + later },
      ...(unit.participant !== undefined ? { participant: unit.participant } : {}),
    };
  }
  return { type: 'done' };
};

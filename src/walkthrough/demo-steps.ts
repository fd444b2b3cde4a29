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
import { describeConditionBody, questionName, type QuestionLookup } from '../sets/describe-condition.js';
import { conditionQuestions } from './condition-refs.js';
import { walkTexts } from './messages.js';
import { exampleAnswers, exampleWords } from './example.js';
import { findQuestion } from '../engine/session-context.js';

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

/** A reference as a reader of `lang` understands it: `[cliënt]`, `[antwoord op "Waar sta je nu…"]`, `[now.next]` without a lookup. */
const refName = (r: Ref, lang?: string, lookup?: QuestionLookup): string => {
  const w = walkTexts(lang ?? 'en').refWords;
  const named = lang !== undefined && lookup !== undefined;
  switch (r.type) {
    case 'answer':
    case 'last': {
      if (!named) return `${r.type === 'last' ? 'last.' : ''}${r.question}${r.prop ? `.${r.prop}` : ''}`;
      const q = `"${questionName(r.question, lang, lookup, true)}"`;
      const base =
        r.prop === 'count' ? `${w.count} ${q}` : `${w.answer} ${q}${r.prop === 'next' ? ' + 1' : r.prop === 'prev' ? ' − 1' : ''}`;
      return r.type === 'last' ? `${base}, ${w.last}` : base;
    }
    case 'lastDate':
      return named ? w.lastDate : 'last.date';
    case 'client':
      return named ? w.client : 'client';
    case 'participant':
      return named ? w.participant : 'participant';
  }
};

/**
 * A template with its references shown as [name], for reading a set without a session; given the
 * reader's language and a lookup, the names are words in that language, not ids.
 */
export const placeholderText = (t: Template | undefined, lang?: string, lookup?: QuestionLookup): string =>
  (t?.parts ?? []).map((p) => (typeof p === 'string' ? p : `[${refName(p, lang, lookup)}]`)).join('');

const template = (lt: Readonly<Record<string, Template>> | undefined, lang: string, set: QuestionSet) =>
  lt ? (lt[lang] ?? lt[set.languages[0] ?? '']) : undefined;

const words = (s: string): string[] =>
  s
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Whether a fallback only says the question again: the same text, or most of its words (three in
 * five) already in the question shown ("What has gone well lately?" beside "… What has gone well
 * since then?"). A fallback that asks something else is worth showing.
 */
const repeats = (fallback: string, shown: string): boolean => {
  const own = words(fallback);
  const there = new Set(words(shown));
  return own.length === 0 || own.filter((w) => there.has(w)).length * 5 >= own.length * 3;
};

export const walkLang = (set: QuestionSet, lang: string) => (set.languages.includes(lang) ? lang : (set.languages[0] ?? lang));

export const demoSteps = (
  set: QuestionSet,
  uiLang: string,
  opts: { auto?: boolean; clock?: Clock; continued?: QuestionSet } = {},
): WalkStep[] => {
  const lang = walkLang(set, uiLang);
  const asked = new Map<string, string>();
  if (opts.auto) {
    const clock = opts.clock ?? { now: () => new Date() };
    const { entry } = runScripted({ set, lang, clock, answers: exampleAnswers(set, lang) });
    for (const a of entry.answers) asked.set(a.question, a.asked);
  }
  // a question of the set this one follows up (`{{last.hopes}}`) is named by its words too, never by its id
  const lookup = (id: string) => findQuestion(set, id) ?? findQuestion(opts.continued, id);
  const questions = opts.auto ? set.questions.filter((q) => asked.has(q.id)) : set.questions;
  return questions.map((q, i) => {
    const phase = set.phases.find((p) => p.id === q.phase) ?? set.phases[0]!;
    const followUps = set.questions
      .filter((later) => later.when && conditionQuestions(later.when.ast).has(q.id))
      .map((later) => ({
        id: later.id,
        text: placeholderText(template(later.ask, lang, set), lang, lookup),
        condition: describeConditionBody(later.when!.ast, lang, lookup, { byText: true }),
      }));
    const purpose = phase.purpose ? pick(phase.purpose, lang, set.languages) : undefined;
    const help = q.help ? placeholderText(template(q.help, lang, set), lang, lookup) : undefined;
    const why = q.why ? pick(q.why, lang, set.languages) : undefined;
    const example = exampleWords(q, lang, set);
    const text = asked.get(q.id) ?? placeholderText(template(q.ask, lang, set), lang, lookup);
    // the fallback only where it says something the question shown does not: never the same question again
    const fallbackText = q.fallback ? pick(q.fallback, lang, set.languages) : undefined;
    const fallback = fallbackText !== undefined && !repeats(fallbackText, text) ? fallbackText : undefined;
    return {
      index: i + 1,
      total: questions.length,
      phase,
      phaseTitle: pick(phase.title, lang, set.languages),
      ...(purpose ? { purpose } : {}),
      question: q,
      text,
      ...(help ? { help } : {}),
      ...(why ? { why } : {}),
      ...(example !== undefined ? { example } : {}),
      ...(q.when ? { when: describeConditionBody(q.when.ast, lang, lookup, { byText: true }) } : {}),
      ...(fallback !== undefined ? { fallback } : {}),
      followUps,
    };
  });
};

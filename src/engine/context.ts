/**
 * What a session's references and conditions are evaluated against, and the
 * small look-ups (language, template, answer, phase) the engine shares.
 */
import type { Answer, Entry } from '../domain/types.js';
import type { LocalTemplate, Phase, Question, QuestionSet, Template } from '../sets/types.js';

/** A session as the state machine sees it. */
export interface SessionContext {
  readonly set: QuestionSet;
  /** the session's language; texts come in the set's language closest to it (see `textLang`) */
  readonly lang: string;
  /** the client label; none when the session has no client */
  readonly client?: string;
  /** the last session (see `findLastSession`), for `last.q` and `last.date` */
  readonly last?: Entry;
  /** the set named in `continues`, when loaded: for the questions (choice labels, scale ranges) of `last.q` */
  readonly continued?: QuestionSet;
  readonly now: Date;
}

/** A session plus the answers given so far; `lang` is already the text language. */
export interface EvalContext extends SessionContext {
  readonly answers: readonly Answer[];
}

/** The language the set's texts are shown in: `lang` when the set has it, else the set's first language. */
export const textLang = (set: Pick<QuestionSet, 'languages'>, lang: string): string =>
  set.languages.includes(lang) ? lang : (set.languages[0] ?? lang);

/** The template in `lang`, else in the first of `languages` that has one, else any. */
export const pickTemplate = (
  t: LocalTemplate,
  lang: string,
  languages: readonly string[],
): Template | undefined => {
  const own = t[lang];
  if (own) return own;
  for (const l of languages) {
    const other = t[l];
    if (other) return other;
  }
  return Object.values(t)[0];
};

/** The answer recorded for question `id` (the latest, should there be more). */
export const findAnswer = (answers: readonly Answer[], id: string): Answer | undefined => {
  for (let i = answers.length - 1; i >= 0; i--) {
    const a = answers[i];
    if (a?.question === id) return a;
  }
  return undefined;
};

export const findQuestion = (set: QuestionSet | undefined, id: string): Question | undefined =>
  set?.questions.find((q) => q.id === id);

/** The phase a question belongs to. */
export const phaseOf = (set: QuestionSet, q: Question): Phase => {
  const phase = set.phases.find((p) => p.id === q.phase) ?? set.phases.find((p) => p.questions.includes(q));
  if (!phase) throw new Error(`question ${q.id} has no phase ${q.phase} in set ${set.id}`);
  return phase;
};

/**
 * The definition of question `id` as the last session knew it: from the set
 * that session ran (this set or the continued one), else from the other.
 */
export const lastQuestion = (
  ctx: SessionContext,
  id: string,
): { readonly question?: Question; readonly languages: readonly string[] } => {
  const sets = [ctx.set, ctx.continued].filter((s): s is QuestionSet => s !== undefined);
  sets.sort((a, b) => Number(b.id === ctx.last?.set) - Number(a.id === ctx.last?.set));
  for (const s of sets) {
    const question = findQuestion(s, id);
    if (question) return { question, languages: s.languages };
  }
  return { languages: ctx.set.languages };
};

export { sessionDate } from '../domain/last-session.js';

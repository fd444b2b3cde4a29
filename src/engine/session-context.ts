/**
 * What a session's references and conditions are evaluated against, and the
 * small look-ups (language, template, answer, phase) the engine shares.
 */
import type { Answer, Entry } from '../domain/types.js';
import { formalKey, type LocalTemplate, type Phase, type Question, type QuestionSet, type Template } from '../sets/types.js';

/** A session as the state machine sees it. */
export interface SessionContext {
  readonly set: QuestionSet;
  /** the session's language; texts come in the set's language closest to it (see `textLang`) */
  readonly lang: string;
  /** the client label; none when the session has no client */
  readonly client?: string;
  /** 1.1: the participants of a session held with several people (`--with`), in order */
  readonly participants?: readonly string[];
  /** the last session (see `findLastSession`), for `last.q` and `last.date` */
  readonly last?: Entry;
  /** the set named in `continues`, when loaded: for the questions (choice labels, scale ranges) of `last.q` */
  readonly continued?: QuestionSet;
  readonly now: Date;
  /** 1.2: the session speaks formally ("u"): texts come in their `<lang>-formal` variant where the set has one */
  readonly formal?: boolean;
}

/** A session plus the answers given so far; `lang` is already the text language. */
export interface EvalContext extends SessionContext {
  readonly answers: readonly Answer[];
  /** the participant being asked, inside a `per: participant` question of a session with participants */
  readonly participant?: string;
}

/** Whether the session is held with several people (`--with`). */
export const withParticipants = (ctx: Pick<SessionContext, 'participants'>): boolean => (ctx.participants?.length ?? 0) > 0;

/**
 * Whether a practitioner's note (`for: practitioner`) belongs in this session: not when it has no
 * client label and no participants, which is a person journaling for themself.
 */
export const practitionerPresent = (ctx: Pick<SessionContext, 'client' | 'participants'>): boolean =>
  ctx.client !== undefined || withParticipants(ctx);

/** The language the set's texts are shown in: `lang` when the set has it, else the set's first language. */
export const textLang = (set: Pick<QuestionSet, 'languages'>, lang: string): string =>
  set.languages.includes(lang) ? lang : (set.languages[0] ?? lang);

/** The template in `lang`, else in the first of `languages` that has one, else any. */
export const pickTemplate = (t: LocalTemplate, lang: string, languages: readonly string[], formal = false): Template | undefined => {
  const own = (formal ? t[formalKey(lang)] : undefined) ?? t[lang];
  if (own) return own;
  for (const l of languages) {
    const other = t[l];
    if (other) return other;
  }
  return Object.values(t)[0];
};

/**
 * The answer recorded for question `id` (the latest, should there be more); given a `participant`
 * (or `null` for an answer without one), only that participant's answer.
 */
export const findAnswer = (answers: readonly Answer[], id: string, participant?: string | null): Answer | undefined => {
  for (let i = answers.length - 1; i >= 0; i--) {
    const a = answers[i];
    if (a?.question !== id) continue;
    if (participant === undefined || (a.participant ?? null) === participant) return a;
  }
  return undefined;
};

/**
 * 1.2: the questions that judge question `id` again (`revises: id`), in the order they come, from
 * `sets` (this set, and the continued one for `last.`).
 */
export const revisersOf = (sets: readonly (QuestionSet | undefined)[], id: string): readonly string[] => {
  const out: string[] = [];
  for (const s of sets) for (const q of s?.questions ?? []) if (q.revises === id && !out.includes(q.id)) out.push(q.id);
  return out;
};

/**
 * The answer that counts for question `id` now: the latest judgement among the questions that revise it
 * (an empty one leaves the earlier in force), else its own.
 */
export const currentAnswer = (
  answers: readonly Answer[],
  id: string,
  revisers: readonly string[],
  participant?: string | null,
): Answer | undefined => {
  for (let i = revisers.length - 1; i >= 0; i--) {
    const a = findAnswer(answers, revisers[i]!, participant);
    if (a && !a.skipped && a.value !== undefined) return a;
  }
  return findAnswer(answers, id, participant);
};

export const findQuestion = (set: QuestionSet | undefined, id: string): Question | undefined => set?.questions.find((q) => q.id === id);

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
export const lastQuestion = (ctx: SessionContext, id: string): { readonly question?: Question; readonly languages: readonly string[] } => {
  const sets = [ctx.set, ctx.continued].filter((s): s is QuestionSet => s !== undefined);
  sets.sort((a, b) => Number(b.id === ctx.last?.set) - Number(a.id === ctx.last?.set));
  for (const s of sets) {
    const question = findQuestion(s, id);
    if (question) return { question, languages: s.languages };
  }
  return { languages: ctx.set.languages };
};

export { sessionDate } from '../domain/last-session.js';

/** When "the last session" was, wherever it is named (`{{last.date}}`, the line above a session): its start. */
export const lastSessionTime = (e: Entry): Date => new Date(e.startedAt);

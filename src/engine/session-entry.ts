/**
 * What both runners share: their options, starting (or resuming) the entry,
 * recording an answer and finishing.
 */
import { randomUUID } from 'node:crypto';
import type { Answer, Draft, Entry } from '../domain/types.js';
import type { QuestionSet } from '../sets/types.js';
import type { Clock } from './ports.js';
import type { CheckedAnswer } from './answer-check.js';
import { textLang, type SessionContext } from './session-context.js';
import type { AskStep } from './session-machine.js';

export interface SessionOptions {
  readonly set: QuestionSet;
  /** the user's language; the entry is run in the set's language closest to it */
  readonly lang: string;
  readonly client?: string;
  /** 1.1: the participants of a session held with several people (`--with`) */
  readonly participants?: readonly string[];
  /** 1.2: speak formally ("u"), stored with the session */
  readonly formal?: boolean;
  readonly tags?: readonly string[];
  /** the last session (findLastSession) */
  readonly last?: Entry;
  /** the set named in `continues`, when loaded */
  readonly continued?: QuestionSet;
  readonly clock: Clock;
  /** an unfinished session to continue: its id, client, tags and language are kept */
  readonly draft?: Draft;
}

/**
 * The entry the session writes into: the draft's, or a new one (status
 * unfinished). Its `lang` is the language the set's texts are shown in.
 */
export const startEntry = (o: SessionOptions): Entry => {
  if (o.draft) {
    if (o.draft.entry.set !== o.set.id) {
      throw new Error(`draft ${o.draft.entry.id} is of set ${o.draft.entry.set}, not ${o.set.id}`);
    }
    return o.draft.entry;
  }
  const client = o.client?.trim();
  return {
    id: randomUUID(),
    set: o.set.id,
    ...(o.set.revision !== undefined ? { setRevision: o.set.revision } : {}),
    lang: textLang(o.set, o.lang),
    ...(client ? { client } : {}),
    ...(o.participants && o.participants.length > 0 ? { participants: [...o.participants] } : {}),
    ...(o.formal ? { formal: true as const } : {}),
    tags: [...(o.tags ?? [])],
    status: 'unfinished',
    startedAt: o.clock.now().toISOString(),
    answers: [],
  };
};

/** The machine's view of the session, as of now. */
export const contextOf = (o: SessionOptions, entry: Entry): SessionContext => ({
  set: o.set,
  lang: entry.lang,
  ...(entry.client !== undefined ? { client: entry.client } : {}),
  ...(entry.participants !== undefined ? { participants: entry.participants } : {}),
  ...(entry.formal ? { formal: true } : {}),
  ...(o.last ? { last: o.last } : {}),
  ...(o.continued ? { continued: o.continued } : {}),
  now: o.clock.now(),
});

export const makeAnswer = (step: AskStep, checked: CheckedAnswer, clock: Clock): Answer => ({
  question: step.question.id,
  phase: step.phase.id,
  kind: step.question.kind,
  asked: step.text,
  ...(step.participant !== undefined ? { participant: step.participant } : {}),
  ...(checked.skipped ? { skipped: true as const } : { value: checked.value }),
  answeredAt: clock.now().toISOString(),
});

export const withAnswer = (entry: Entry, answer: Answer): Entry => ({
  ...entry,
  answers: [...entry.answers, answer],
});

export const finish = (entry: Entry, clock: Clock): Entry => ({
  ...entry,
  status: 'complete',
  finishedAt: clock.now().toISOString(),
});

/**
 * A session from an answers file (`--answers FILE`): the same machine, no
 * prompts, nothing written (the caller stores the entry only on success).
 *
 * - A question that is asked and has no key in the file: an error when
 *   required, a skip when optional. With a draft whose list was half answered
 *   and no key for that list, the items already given are its answer.
 * - A key present: checked with checkAnswer (OplosError naming the question).
 * - Keys for questions not asked (or already answered in the draft, or unknown
 *   to the set) are returned as `unused`, so the command line can warn.
 * - 1.1: in a session held with several people, a `per: participant`
 *   question's answer is a map from participant label to answer; a label
 *   that is not a participant, or a map where one answer is expected, is an
 *   error that names it.
 */
import type { Entry } from '../domain/types.js';
import { EXIT, OplosError } from '../errors.js';
import { checkAnswer, type CheckedAnswer } from './answer-check.js';
import { fillInHint, missingRequired, notAParticipantMap, missingParticipant, unknownParticipants } from './messages.js';
import { nextStep, type AskStep } from './session-machine.js';
import { contextOf, finish, makeAnswer, startEntry, withAnswer, type SessionOptions } from './session-entry.js';

export interface ScriptedOptions extends SessionOptions {
  /** question id → answer, as read from the file */
  readonly answers: Readonly<Record<string, unknown>>;
}

export interface ScriptedResult {
  /** the completed entry (status complete) */
  readonly entry: Entry;
  /** keys of the file that answered no question of this session, in file order */
  readonly unused: readonly string[];
}

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** One participant's answer from the file's map for a `per: participant` question. */
const participantAnswer = (step: AskStep, o: ScriptedOptions, who: string): CheckedAnswer => {
  const q = step.question;
  const raw = o.answers[q.id];
  if (!isMap(raw)) throw new OplosError(notAParticipantMap(q, o.participants ?? [], o.lang), EXIT.usage);
  const unknown = Object.keys(raw).filter((k) => !(o.participants ?? []).includes(k));
  if (unknown.length > 0) throw new OplosError(unknownParticipants(q, unknown, o.participants ?? [], o.lang), EXIT.usage);
  if (Object.hasOwn(raw, who)) return checkAnswer(q, raw[who], o.lang, who);
  if (q.optional) return { skipped: true };
  throw new OplosError(missingParticipant(q, who, o.lang), EXIT.usage);
};

const answerFor = (step: AskStep, o: ScriptedOptions, pendingItems: readonly string[] | undefined): CheckedAnswer => {
  const q = step.question;
  if (step.participant !== undefined && Object.hasOwn(o.answers, q.id)) return participantAnswer(step, o, step.participant);
  if (Object.hasOwn(o.answers, q.id)) return checkAnswer(q, o.answers[q.id], o.lang);
  if (pendingItems && pendingItems.length > 0) return { value: [...pendingItems] };
  if (q.optional) return { skipped: true };
  throw new OplosError(missingRequired(q, o.lang), EXIT.usage, fillInHint(q, o.lang));
};

export const runScripted = (o: ScriptedOptions): ScriptedResult => {
  let entry = startEntry(o);
  const pending = o.draft?.pending;
  const used = new Set<string>();
  for (;;) {
    const step = nextStep(contextOf(o, entry), entry.answers);
    if (step.type === 'done') break;
    const id = step.question.id;
    const checked = answerFor(step, o, pending?.question === id ? pending.items : undefined);
    used.add(id);
    entry = withAnswer(entry, makeAnswer(step, checked, o.clock));
  }
  return {
    entry: finish(entry, o.clock),
    unused: Object.keys(o.answers).filter((k) => !used.has(k)),
  };
};

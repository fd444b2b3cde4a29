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
 */
import type { Entry } from '../domain/types.js';
import { EXIT, OplosError } from '../errors.js';
import { checkAnswer, type CheckedAnswer } from './answer-check.js';
import { fillInHint, missingRequired } from './messages.js';
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

const answerFor = (step: AskStep, o: ScriptedOptions, pendingItems: readonly string[] | undefined): CheckedAnswer => {
  const q = step.question;
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

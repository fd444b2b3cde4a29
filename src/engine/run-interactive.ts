/**
 * A session with a person at the prompts. The draft is saved after every
 * answer and after every list item (not before the first: a session left
 * before any answer leaves nothing behind), so Ctrl-C (the prompter rejects
 * with Interrupted, which is passed on) loses nothing. `/back` (the prompter
 * rejects with GoBack) takes back the last answer, or the last list item, and
 * asks for it again with the earlier answer offered; the draft follows.
 * Given a draft it continues at the next unanswered question, and a list that
 * was being answered continues with its items.
 */
import { Interrupted } from '../errors.js';
import type { Answer, Entry } from '../domain/types.js';
import { GoBack, type Prompter, type SessionStore } from './ports.js';
import { askQuestion } from './ask-prompter.js';
import { nextStep } from './session-machine.js';
import { contextOf, finish, makeAnswer, startEntry, withAnswer, type SessionOptions } from './session-entry.js';

export interface InteractiveOptions extends SessionOptions {
  readonly prompter: Prompter;
  readonly store: SessionStore;
  /**
   * Aborted when the person interrupts other than at a prompt (a Ctrl-C that reaches the process
   * as SIGINT between two prompts): the open question is withdrawn, and the session ends with
   * Interrupted once the save under way is done.
   */
  readonly interrupt?: AbortSignal;
}

/** The answer given earlier, as the prompt offers it for editing. */
const offered = (a: Answer): string | number | boolean | undefined =>
  a.value === undefined ? undefined : Array.isArray(a.value) ? a.value.at(-1) : (a.value as string | number | boolean);

/** Runs the session to its end and returns the completed entry (already passed to `store.complete`). */
export const runInteractive = async (o: InteractiveOptions): Promise<Entry> => {
  let entry = startEntry(o);
  let pending = o.draft?.pending;
  /** the answer going back took away, offered again when its question is asked */
  let back: { question: string; initial: string | number | boolean } | undefined;
  // Nothing is saved before the first answer: a session left before it leaves nothing behind.
  const save = async (p = pending) => {
    if (entry.answers.length === 0 && !p?.items.length && !o.draft) return;
    await o.store.saveDraft({ entry, ...(p ? { pending: p } : {}) });
  };
  for (;;) {
    const step = nextStep(contextOf(o, entry), entry.answers);
    if (step.type === 'done') break;
    const id = step.question.id;
    const initial = back?.question === id ? back.initial : undefined;
    back = undefined;
    let checked;
    try {
      checked = await askQuestion(step, {
        prompter: o.prompter,
        set: o.set,
        uiLang: o.lang,
        lang: entry.lang,
        ...(entry.formal ? { formal: true } : {}),
        ...(pending?.question === id ? { pending: pending.items } : {}),
        ...(initial !== undefined ? { initial } : {}),
        onItems: async (items) => {
          pending = { question: id, items: [...items] };
          await save();
        },
        ...(o.interrupt ? { signal: o.interrupt } : {}),
      });
    } catch (e) {
      if (o.interrupt?.aborted) throw new Interrupted();
      if (!(e instanceof GoBack)) throw e;
      // back to the previous question asked: its answer is taken back and offered for editing;
      // what it leads to is worked out again by the machine once it is answered anew
      const last = entry.answers.at(-1);
      if (!last) continue;
      entry = { ...entry, answers: entry.answers.slice(0, -1) };
      const value = offered(last);
      back = value !== undefined ? { question: last.question, initial: value } : undefined;
      pending = Array.isArray(last.value) ? { question: last.question, items: last.value.slice(0, -1) } : undefined;
      await o.store.saveDraft({ entry, ...(pending ? { pending } : {}) });
      continue;
    }
    pending = undefined;
    entry = withAnswer(entry, makeAnswer(step, checked, o.clock));
    await save();
    if (o.interrupt?.aborted) throw new Interrupted(); // the answer is saved; stop before the next question
  }
  const done = finish(entry, o.clock);
  await o.store.complete(done);
  return done;
};

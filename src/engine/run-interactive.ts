/**
 * A session with a person at the prompts. The draft is saved before the first
 * question, after every answer and after every list item, so Ctrl-C (the
 * prompter rejects with Interrupted, which is passed on) loses nothing.
 * Given a draft it continues at the next unanswered question, and a list that
 * was being answered continues with its items.
 */
import { Interrupted } from '../errors.js';
import type { Entry } from '../domain/types.js';
import type { Prompter, SessionStore } from './ports.js';
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

/** Runs the session to its end and returns the completed entry (already passed to `store.complete`). */
export const runInteractive = async (o: InteractiveOptions): Promise<Entry> => {
  let entry = startEntry(o);
  let pending = o.draft?.pending;
  // The first save (it takes the journal's lock and flushes to disk) runs while the first question
  // goes on screen, so the person sees it sooner. Nothing is taken from the person before that save
  // is done: an answer waits for it, and when it fails the question is withdrawn and its error is
  // what the session ends with.
  let firstSave: Promise<void> | undefined = o.store.saveDraft({ entry, ...(pending ? { pending } : {}) });
  const withdraw = new AbortController();
  firstSave.catch(() => withdraw.abort());
  for (;;) {
    const step = nextStep(contextOf(o, entry), entry.answers);
    if (step.type === 'done') break;
    const id = step.question.id;
    const current = entry;
    const signals = [...(firstSave ? [withdraw.signal] : []), ...(o.interrupt ? [o.interrupt] : [])];
    let checked;
    try {
      checked = await askQuestion(step, {
        prompter: o.prompter,
        set: o.set,
        uiLang: o.lang,
        lang: entry.lang,
        ...(pending?.question === id ? { pending: pending.items } : {}),
        onItems: async (items) => {
          await firstSave;
          await o.store.saveDraft({ entry: current, pending: { question: id, items: [...items] } });
        },
        ...(signals.length > 0 ? { signal: signals.length === 1 ? signals[0] : AbortSignal.any(signals) } : {}),
      });
    } catch (e) {
      await firstSave; // when it failed, that is why the question was withdrawn
      if (o.interrupt?.aborted) throw new Interrupted();
      throw e;
    }
    await firstSave;
    firstSave = undefined;
    pending = undefined;
    entry = withAnswer(entry, makeAnswer(step, checked, o.clock));
    await o.store.saveDraft({ entry });
    if (o.interrupt?.aborted) throw new Interrupted(); // the answer is saved; stop before the next question
  }
  await firstSave; // a session without questions
  const done = finish(entry, o.clock);
  await o.store.complete(done);
  return done;
};

/**
 * A session with a person at the prompts. The draft is saved after every
 * answer and after every list item (not before the first: a session left
 * before any answer leaves nothing behind), so Ctrl-C (the prompter rejects
 * with Interrupted, which is passed on) loses nothing. `/back` (the prompter
 * rejects with GoBack) takes back the last answer, or the last list item, and
 * asks for it again with the earlier answer offered; the draft follows.
 * Going back never discards: an answer taken back is kept aside (in the draft,
 * `aside`) and offered again whenever its question (for that participant) is
 * asked, however many questions back the person went, until it is answered
 * anew; an answer on a branch a changed answer no longer takes stays aside, and
 * comes back if the branch is taken again.
 * Given a draft it continues at the next unanswered question, and a list that
 * was being answered continues with its items.
 */
import { Interrupted } from '../errors.js';
import type { Answer, Draft, Entry } from '../domain/types.js';
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

/** The answer given earlier, as the prompt offers it for editing (a list: its last item). */
const offered = (a: Answer): string | number | boolean | undefined =>
  a.value === undefined ? undefined : Array.isArray(a.value) ? a.value.at(-1) : (a.value as string | number | boolean);

const sameUnit = (a: Answer, question: string, participant: string | undefined): boolean =>
  a.question === question && a.participant === participant;

const sameValue = (a: Answer, b: Answer): boolean => JSON.stringify(a.value ?? null) === JSON.stringify(b.value ?? null);

/** Runs the session to its end and returns the completed entry (already passed to `store.complete`). */
export const runInteractive = async (o: InteractiveOptions): Promise<Entry> => {
  let entry = startEntry(o);
  let pending = o.draft?.pending;
  /** answers taken back (going back) or off the path a changed answer takes: offered again when asked */
  let aside: readonly Answer[] = o.draft?.aside ?? [];
  const draftOf = (p = pending): Draft => ({ entry, ...(p ? { pending: p } : {}), ...(aside.length > 0 ? { aside } : {}) });
  // Nothing is saved before the first answer: a session left before it leaves nothing behind.
  const save = async (p = pending) => {
    if (entry.answers.length === 0 && !p?.items.length && aside.length === 0 && !o.draft) return;
    await o.store.saveDraft(draftOf(p));
  };
  for (;;) {
    const step = nextStep(contextOf(o, entry), entry.answers);
    if (step.type === 'done') break;
    const id = step.question.id;
    const earlier = aside.find((a) => sameUnit(a, id, step.participant));
    let initial = earlier ? offered(earlier) : undefined;
    if (earlier && Array.isArray(earlier.value)) {
      // a list taken up again after going back: its items but the last, which is offered for editing;
      // a list being answered (a resumed draft) goes on with its own items
      if (pending?.question === id) initial = undefined;
      else pending = { question: id, items: earlier.value.slice(0, -1) };
    }
    let checked;
    /** a list left by going back out of it, with its items */
    let left: Answer | undefined;
    try {
      checked = await askQuestion(step, {
        prompter: o.prompter,
        set: o.set,
        uiLang: o.lang,
        lang: entry.lang,
        ...(entry.formal ? { formal: true } : {}),
        ...(pending?.question === id ? { pending: pending.items } : {}),
        ...(initial !== undefined ? { initial } : {}),
        // a question that judges another again (1.2 `revises`) opens on "skip": one Enter keeps the first judgement
        ...(earlier?.skipped || (!earlier && step.question.revises !== undefined) ? { skippedBefore: true } : {}),
        onItems: async (items) => {
          pending = { question: id, items: [...items] };
          await save();
        },
        onLeaveList: (items) => {
          left = makeAnswer(step, { value: [...items] }, o.clock);
        },
        ...(o.interrupt ? { signal: o.interrupt } : {}),
      });
    } catch (e) {
      if (o.interrupt?.aborted) throw new Interrupted();
      if (!(e instanceof GoBack)) throw e;
      // back to the previous question asked: its answer is taken back and offered for editing;
      // what it leads to is worked out again by the machine once it is answered anew
      // the list being answered, left by going back out of it: its items kept aside, offered when it comes again
      if (left) aside = [...aside.filter((a) => !sameUnit(a, id, step.participant)), left];
      const last = entry.answers.at(-1);
      if (!last) continue;
      entry = { ...entry, answers: entry.answers.slice(0, -1) };
      // kept aside, not thrown away: offered when its question comes again
      aside = [...aside.filter((a) => !sameUnit(a, last.question, last.participant)), last];
      pending = undefined;
      await o.store.saveDraft(draftOf());
      continue;
    }
    pending = undefined;
    const answer = makeAnswer(step, checked, o.clock);
    // the same answer as before keeps the time it was first given
    entry = withAnswer(entry, earlier && sameValue(earlier, answer) ? { ...answer, answeredAt: earlier.answeredAt } : answer);
    aside = aside.filter((a) => a !== earlier);
    await save();
    if (o.interrupt?.aborted) throw new Interrupted(); // the answer is saved; stop before the next question
  }
  const done = finish(entry, o.clock);
  await o.store.complete(done);
  return done;
};

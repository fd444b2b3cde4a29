/**
 * Fakes for the session's I/O: a prompter that plays back scripted answers
 * and records every prompt, a store that records every save, a clock that
 * ticks one minute per call.
 */
import type { Draft, Entry } from '../../src/domain/types.js';
import type { Clock, Prompter, PromptBase, SessionStore } from '../../src/engine/ports.js';

export type PromptKind = keyof Prompter;
export interface PromptCall {
  readonly kind: PromptKind;
  readonly prompt: PromptBase & Record<string, unknown>;
}

/** Each call takes the next scripted reply; an Error reply rejects with it. Running out is a test bug. */
export const fakePrompter = (replies: readonly unknown[]): Prompter & { calls: PromptCall[]; left: () => number } => {
  const queue = [...replies];
  const calls: PromptCall[] = [];
  const next =
    (kind: PromptKind) =>
    async (prompt: PromptBase): Promise<never> => {
      calls.push({ kind, prompt: prompt as PromptCall['prompt'] });
      if (queue.length === 0) throw new Error(`fake prompter: no reply left for ${kind} "${prompt.message}"`);
      const reply = queue.shift();
      if (reply instanceof Error) throw reply;
      return reply as never;
    };
  return {
    calls,
    left: () => queue.length,
    text: next('text'),
    long: next('long'),
    listItem: next('listItem'),
    scale: next('scale'),
    choice: next('choice'),
    confirm: next('confirm'),
  };
};

export const fakeStore = (): SessionStore & { drafts: Draft[]; completed: Entry[] } => {
  const drafts: Draft[] = [];
  const completed: Entry[] = [];
  return {
    drafts,
    completed,
    saveDraft: async (d) => {
      drafts.push(structuredClone(d) as Draft);
    },
    complete: async (e) => {
      completed.push(structuredClone(e) as Entry);
    },
  };
};

export const fakeClock = (start = '2026-03-01T09:00:00.000Z'): Clock => {
  let t = Date.parse(start);
  return {
    now: () => {
      const d = new Date(t);
      t += 60_000;
      return d;
    },
  };
};

/** A clock standing still. */
export const fixedClock = (at: string): Clock => ({ now: () => new Date(at) });

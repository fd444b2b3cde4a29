/**
 * The menu's "who takes part": in a session held with several people, each
 * one's label, as `--with` takes them. Asked only for a client's session with
 * a set that has questions put to each person in turn; empty is the client
 * alone. A label that reads like a full name is warned about, as the client
 * label is.
 */
import type { CliContext } from '../cli-context.js';
import type { QuestionSet } from '../../sets/types.js';
import { OplosError } from '../../errors.js';
import { menuTexts } from '../messages-menu.js';
import { parseParticipants } from '../session/participants.js';
import { fullNameWarning } from '../session/client-label.js';
import { ask } from '../prompts/menu-prompts.js';

/** Whether the set asks anything of each person in turn (`per: participant`). */
export const asksEachPerson = (set: QuestionSet): boolean => set.questions.some((q) => q.per === 'participant');

/** The labels typed (in order, each once), or none. */
export const askParticipants = async (ctx: CliContext, client: string): Promise<string[]> => {
  const w = menuTexts[ctx.lang];
  const read = (v: string): string[] | string => {
    if (v.trim() === '') return [];
    try {
      return parseParticipants(v, { withEmpty: '', withTwice: w.othersTwice });
    } catch (e) {
      if (e instanceof OplosError) return e.message;
      throw e;
    }
  };
  const typed = await ask(ctx, w.others(client), (v) => (typeof read(v) === 'string' ? (read(v) as string) : true));
  const labels = read(typed) as string[];
  for (const label of labels) {
    const warning = fullNameWarning(label, ctx.lang);
    if (warning) ctx.err(warning);
  }
  return labels;
};

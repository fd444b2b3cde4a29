import type { ResumeOptions } from './resume.options.js';
import type { CliContext } from '../cli-context.js';
import { loadContextSets, requireSet } from '../load-sets.js';
import { openContextJournal } from '../open-journal.js';
import { runSession } from '../session/run-session.js';
import { EXIT, OplosError } from '../../errors.js';
import type { Journal } from '../../journal/store.js';
import { isLang } from '../../i18n/lang.js';
import { messages } from '../messages.js';
import { pasteableMessages } from '../invocation.js';

/** The draft whose id starts with `prefix`; a complete session of that id is said to be complete. */
const findDraft = async (ctx: CliContext, journal: Journal, prefix: string) => {
  try {
    return await journal.getDraft(prefix);
  } catch (e) {
    if (!(e instanceof OplosError)) throw e;
    const done = await journal.get(prefix).catch(() => undefined);
    if (done?.status === 'complete') throw new OplosError(ctx.m.alreadyComplete(done.id.slice(0, 8)), EXIT.usage);
    throw e;
  }
};

/** The context in the session's own language: a Dutch session carries on in Dutch, whatever the terminal's locale. */
export const inSessionLang = (ctx: CliContext, lang: string): CliContext =>
  isLang(lang) && lang !== ctx.lang ? { ...ctx, lang, m: pasteableMessages(messages(lang), ctx.env) } : ctx;

export const run = async (outer: CliContext, args: string[], opts: ResumeOptions) => {
  // never wait for input that cannot come (runSession says the same, but only after the journal was opened)
  if (!opts['answers'] && !outer.streams.stdin.isTTY) throw new OplosError(outer.m.noTerminal, EXIT.usage);
  const journal = await openContextJournal(outer);
  const draft = args[0] ? await findDraft(outer, journal, args[0]) : (await journal.listDrafts())[0];
  if (!draft) throw new OplosError(outer.m.nothingToResume, EXIT.usage);
  const ctx = inSessionLang(outer, draft.entry.lang);
  const { sets } = await loadContextSets(ctx);
  const set = requireSet(ctx, sets, draft.entry.set);
  const items = draft.pending?.items.length ?? 0;
  if (!ctx.json) (await import('../prompts/accessible-prompter.js')).announceAccessible(ctx);
  if (!ctx.json) ctx.err(ctx.theme.dim(ctx.m.resuming(draft.entry.id.slice(0, 8), draft.entry.answers.length, items)));
  return runSession(ctx, {
    set,
    sets,
    tags: draft.entry.tags,
    draft,
    journal,
    journalGiven: typeof opts['journal'] === 'string',
    ...(typeof opts['answers'] === 'string' ? { answersFile: opts['answers'] } : {}),
  });
};

import type { CliContext } from '../context.js';
import { loadContextSets, requireSet } from '../load-sets.js';
import { openContextJournal } from '../open-journal.js';
import { runSession } from '../session.js';
import { OplosError } from '../../errors.js';

export const run = async (ctx: CliContext, args: string[], opts: Record<string, unknown>) => {
  if (!opts['answers'] && !ctx.streams.stdin.isTTY) throw new OplosError(ctx.m.noTerminal, 2);
  const journal = await openContextJournal(ctx);
  const draft = args[0] ? await journal.getDraft(args[0]) : (await journal.listDrafts())[0];
  if (!draft) throw new OplosError(ctx.m.nothingToResume, 2);
  const { sets } = await loadContextSets(ctx);
  const set = requireSet(ctx, sets, draft.entry.set);
  if (!ctx.json) ctx.err(ctx.theme.dim(ctx.m.resuming(draft.entry.id.slice(0, 8), draft.entry.answers.length)));
  return runSession(ctx, {
    set,
    sets,
    tags: draft.entry.tags,
    draft,
    ...(typeof opts['answers'] === 'string' ? { answersFile: opts['answers'] } : {}),
  });
};

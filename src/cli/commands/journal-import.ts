import type { CliContext } from '../cli-context.js';
import { openContextJournal } from '../open-journal.js';
import { importFile } from '../../journal/import.js';

export const run = async (ctx: CliContext, args: string[]) => {
  const journal = await openContextJournal(ctx);
  const result = await importFile(journal, args[0] ?? '');
  if (ctx.json) ctx.out(JSON.stringify(result));
  else ctx.out(ctx.m.imported(result.added, result.skipped));
};

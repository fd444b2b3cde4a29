import type { JournalPurgeOptions } from './journal-purge.options.js';
import { subMonths } from 'date-fns/subMonths';
import type { CliContext } from '../cli-context.js';
import { openContextJournal } from '../open-journal.js';
import { confirmOrYes } from '../prompts/confirm.js';
import { EXIT, OplosError } from '../../errors.js';
import { whatGoes } from '../render/what-goes.js';
import { journalMessages } from '../messages-journal.js';
import { afterDelete } from '../after-delete.js';

export const run = async (ctx: CliContext, _args: string[], opts: JournalPurgeOptions) => {
  const { m } = ctx;
  const months = ctx.config['retention-months'];
  if (!months) throw new OplosError(m.noRetention, EXIT.usage);
  const cutoff = subMonths(ctx.clock.now(), months).getTime();
  const journal = await openContextJournal(ctx);
  const old = (await journal.readAll()).filter((e) => e.status === 'complete' && new Date(e.finishedAt ?? e.startedAt).getTime() < cutoff);
  if (old.length === 0) {
    ctx.out(m.purgeNone(months));
    return EXIT.ok;
  }
  if (!(await confirmOrYes(ctx, m.purgeConfirm(whatGoes(old, ctx.lang), months), opts['yes']))) {
    ctx.err(m.cancelled);
    return EXIT.ok;
  }
  const { sessions, copies } = await journal.deleteEvery(old.map((e) => e.id));
  ctx.out(m.deleted(sessions));
  if (copies > 0) ctx.out(journalMessages(ctx.lang).delete.copies(copies));
  await afterDelete(ctx, journal);
  return EXIT.ok;
};

import type { JournalDeleteOptions } from './journal-delete.options.js';
import type { CliContext } from '../cli-context.js';
import { openContextJournal } from '../open-journal.js';
import { confirmOrYes } from '../prompts/confirm.js';
import { EXIT, OplosError } from '../../errors.js';
import { whatGoes } from '../render/what-goes.js';
import { journalMessages } from '../messages-journal.js';
import { afterDelete } from '../after-delete.js';

export const run = async (ctx: CliContext, args: string[], opts: JournalDeleteOptions) => {
  const { m } = ctx;
  const client = typeof opts['client'] === 'string' ? opts['client'].trim() : undefined;
  if (client !== undefined && args.length) throw new OplosError(m.deleteBoth, EXIT.usage);
  // Never everything because a filter came out empty: an empty --client matches nothing.
  if (!args.length && !client) throw new OplosError(m.deleteWhat, EXIT.usage);
  const journal = await openContextJournal(ctx);
  // the same client match as journal list --client shows
  // a damaged file cannot be read for its id: asked by its own id (8 characters or more), it can still be deleted
  const damaged: string[] = [];
  const resolve = async (a: string) => {
    try {
      return await journal.get(a);
    } catch (e) {
      if (e instanceof OplosError && e.exitCode === EXIT.usage && a.trim().length >= 8 && (await journal.damagedWithId(a.trim()))) {
        damaged.push(a.trim());
        return undefined;
      }
      throw e;
    }
  };
  const found = client ? await journal.query({ client }) : (await Promise.all(args.map(resolve))).filter((e) => e !== undefined);
  const goes = [...new Map(found.map((e) => [e.id, e])).values()];
  const unique = [...new Set([...goes.map((e) => e.id), ...damaged])];
  if (unique.length === 0) {
    ctx.err(m.deleteNone);
    return EXIT.ok;
  }
  if (!(await confirmOrYes(ctx, m.deleteConfirm(whatGoes(goes, ctx.lang)), opts['yes']))) {
    ctx.err(m.cancelled);
    return EXIT.ok;
  }
  const { sessions, copies } = await journal.deleteEvery(unique);
  ctx.out(m.deleted(sessions));
  if (copies > 0) ctx.out(journalMessages(ctx.lang).delete.copies(copies));
  // what still holds it outside the folder's files (the old single-file journal, git's history): said, never hidden
  await afterDelete(ctx, journal);
  return EXIT.ok;
};

/**
 * What still holds a session after `journal delete` or `purge` removed every
 * copy in the journal folder, said rather than hidden (issue 19, "delete
 * means gone"; docs/privacy.md): the old single-file journal kept beside the
 * folder, and git's earlier commits when the journal is in git.
 */
import type { CliContext } from './cli-context.js';
import type { Journal } from '../journal/store.js';
import { isRepository } from '../sync/git.js';
import { layout1Backup } from './layout1-backup.js';
import { journalMessages } from './messages-journal.js';

export const afterDelete = async (ctx: CliContext, journal: Journal): Promise<void> => {
  const t = journalMessages(ctx.lang).delete;
  if (await isRepository(journal.dir)) ctx.err(t.gitHistory(journal.encrypted));
  const old = await layout1Backup(journal.dir);
  if (old) ctx.err(t.layout1Backup(old.paths[0]!, old.remove));
};

/**
 * The journal's `onChange` hook for the command line: when the journal
 * folder is a git repository, each completed, edited, deleted or imported
 * session (and an encryption switch) becomes a commit. A commit that fails
 * does not fail the command (the session is safely written; the next
 * `journal sync` commits it): it is one line on stderr. The git code is
 * loaded only when the journal changes, so reading commands never pay for it.
 */
import type { JournalChange } from '../sync/commit.js';
import type { CliContext } from './cli-context.js';

export const gitCommitHook =
  (ctx: CliContext) =>
  async (change: JournalChange): Promise<void> => {
    const [{ commitChange }, { firstLine, GitFailed }, { syncTexts }, { safeText }] = await Promise.all([
      import('../sync/commit.js'),
      import('../sync/git.js'),
      import('../sync/messages.js'),
      import('./render/safe-text.js'),
    ]);
    const t = syncTexts(ctx.lang);
    try {
      const r = await commitChange(ctx.journalPath, change, ctx.env, ctx.lang);
      for (const u of r?.unsealed ?? []) ctx.err(t.unsealed(safeText(u)));
    } catch (e) {
      const why = e instanceof GitFailed ? firstLine(e.result.stderr) : e instanceof Error ? e.message : String(e);
      ctx.err(t.notCommitted(safeText(why)));
    }
  };

/**
 * `oplos journal sync`: pull (replaying this machine's commits on top),
 * push, then "3 sessions came in, 1 went out". Notes go to stderr, the
 * summary to stdout (`--json`: the whole result as one object).
 */
import path from 'node:path';
import type { CliContext } from '../context.js';
import { syncJournal } from '../../sync/sync.js';
import { syncTexts, SyncError } from '../../sync/messages.js';
import { isRepository } from '../../sync/git.js';
import { withLock } from '../../journal/lock.js';
import { safeText } from '../safe-text.js';
import { systemClock } from '../../engine/ports.js';

export const run = async (ctx: CliContext): Promise<void> => {
  const t = syncTexts(ctx.lang);
  const folder = ctx.journalPath;
  if (!(await isRepository(folder))) throw new SyncError(t.notRepository);
  // one sync at a time in a journal folder (the lock folder `sync.lock` is ignored by git)
  const r = await withLock(path.join(folder, 'sync'), { timeoutMs: 12_000, staleMs: 10_000, lang: ctx.lang }, () =>
    syncJournal({ folder, env: ctx.env, lang: ctx.lang, now: () => systemClock.now() }),
  );
  if (r.plainWithRemote) ctx.err(t.plainWarning);
  if (r.encryptionNews) ctx.err(t.news[r.encryptionNews]);
  for (const c of r.conflicts) ctx.err(t.conflict(safeText(c)));
  for (const k of r.kept) ctx.err(t.kept(safeText(k)));
  for (const u of r.unsealed) ctx.err(t.unsealed(safeText(u)));
  if (ctx.json) {
    ctx.out(JSON.stringify(r));
    return;
  }
  ctx.out(t.summary(r.cameIn, r.wentOut));
  if (r.removedIn + r.removedOut > 0) ctx.out(t.removed(r.removedIn, r.removedOut));
};

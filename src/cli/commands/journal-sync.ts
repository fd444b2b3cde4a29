/**
 * `oplos journal sync`: pull (replaying this machine's commits on top),
 * push, then "3 sessions came in, 1 went out". Notes go to stderr, the
 * summary to stdout (`--json`: the whole result as one object). It holds
 * the journal lock throughout, as every write does.
 */
import path from 'node:path';
import type { CliContext } from '../context.js';
import { syncJournal } from '../../sync/sync.js';
import { syncTexts, SyncError } from '../../sync/messages.js';
import { isRepository } from '../../sync/git.js';
import { safeText } from '../safe-text.js';
import { systemClock } from '../../domain/clock.js';
import { acquireLock, DEFAULT_LOCK_WAIT_MS, DEFAULT_STALE_MS } from '../../journal/lock.js';
import { LOCK } from '../../journal/layout.js';

export const run = async (ctx: CliContext): Promise<void> => {
  const t = syncTexts(ctx.lang);
  const folder = ctx.journalPath;
  if (!(await isRepository(folder))) throw new SyncError(t.notRepository);
  // the journal lock: no session is written while the folder is being moved to the synced commit
  const lock = await acquireLock(path.join(folder, LOCK), folder, {
    waitMs: DEFAULT_LOCK_WAIT_MS,
    staleMs: DEFAULT_STALE_MS,
    lang: ctx.lang,
    clock: systemClock,
    notice: (text) => ctx.err(text),
  }, true);
  let r;
  try {
    r = await syncJournal({ folder, env: ctx.env, lang: ctx.lang, now: () => ctx.clock.now() });
  } finally {
    await lock.release();
  }
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
  if (r.removedIn > 0) ctx.out(t.removedIn(r.removedIn));
  if (r.removedOut > 0) ctx.out(t.removedOut(r.removedOut));
};

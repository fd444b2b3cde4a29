/**
 * `oplos journal sync`: pull (replaying this machine's commits on top),
 * push, then "3 sessions came in, 1 went out". Notes go to stderr, the
 * summary to stdout (`--json`: the whole result as one object).
 */
import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { CliContext } from '../context.js';
import { syncJournal } from '../../sync/sync.js';
import { syncTexts, SyncError } from '../../sync/messages.js';
import { isRepository } from '../../sync/git.js';
import { safeText } from '../safe-text.js';
import { systemClock } from '../../engine/ports.js';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** One sync at a time per journal: `.git/oplos-sync.lock` holds the pid; a lock whose process is gone is taken over. */
const oneSyncAtATime = async <T>(folder: string, lang: string, fn: () => Promise<T>): Promise<T> => {
  const file = path.join(folder, '.git', 'oplos-sync.lock');
  for (let tries = 0; ; tries++) {
    try {
      const h = await open(file, 'wx', 0o600);
      await h.writeFile(`${process.pid}\n`);
      await h.close();
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || tries > 0) throw e;
      const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) throw new SyncError(syncTexts(lang).syncRunning);
      await rm(file, { force: true });
    }
  }
  try {
    return await fn();
  } finally {
    await rm(file, { force: true });
  }
};

export const run = async (ctx: CliContext): Promise<void> => {
  const t = syncTexts(ctx.lang);
  const folder = ctx.journalPath;
  if (!(await isRepository(folder))) throw new SyncError(t.notRepository);
  const r = await oneSyncAtATime(folder, ctx.lang, () =>
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

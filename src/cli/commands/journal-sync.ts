/**
 * `oplos journal sync`: pull (replaying this machine's commits on top),
 * push, then "3 sessions came in, 1 went out". Notes go to stderr, the
 * summary to stdout (`--json`: the whole result as one object). It holds
 * the journal lock only while it changes the folder, never while it waits
 * on the network; OPLOS_SYNC_TIMEOUT_MS (in the run's env) shortens how long
 * a silent remote is waited for (the tests use it).
 */
import path from 'node:path';
import type { CliContext } from '../cli-context.js';
import { syncJournal } from '../../sync/sync.js';
import { syncTexts, SyncError } from '../../sync/messages.js';
import { isRepository } from '../../sync/git.js';
import { safeText } from '../render/safe-text.js';
import { systemClock } from '../../domain/clock.js';
import { acquireLock, DEFAULT_LOCK_WAIT_MS, DEFAULT_STALE_MS } from '../../journal/lock.js';
import { LOCK } from '../../journal/layout.js';

/** The process's umask set to 077 (its children, git among them, inherit it) until `restore`; where it cannot be set, nothing changes. */
export const privateUmask = (): { restore: () => void } => {
  try {
    const old = process.umask(0o077);
    return { restore: () => void process.umask(old) };
  } catch {
    return { restore: () => undefined };
  }
};

export const run = async (ctx: CliContext): Promise<void> => {
  const t = syncTexts(ctx.lang);
  const folder = ctx.journalPath;
  if (!(await isRepository(folder))) throw new SyncError(t.notRepository);
  const settings = (waitMs: number) => ({
    waitMs,
    staleMs: DEFAULT_STALE_MS,
    lang: ctx.lang,
    clock: systemClock,
    notice: (text: string) => ctx.err(text),
  });
  // the journal lock, while sync changes the folder: no session is written while it moves to the synced commit
  const withLock = async <T>(fn: () => Promise<T>): Promise<T> => {
    const lock = await acquireLock(path.join(folder, LOCK), folder, settings(ctx.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS), true);
    try {
      return await fn();
    } finally {
      await lock.release();
    }
  };
  // one sync at a time (a second one is refused at once, naming the first): the journal lock is let go while on the network
  const syncLock = await acquireLock(path.join(folder, '.git', 'oplos-sync.lock'), t.syncWhat, settings(0), false);
  const timeoutMs = Number(ctx.env['OPLOS_SYNC_TIMEOUT_MS']);
  // Ctrl-C (or SIGTERM, SIGHUP) while git talks to the remote: git and its ssh are stopped too, the folder unchanged
  const stop = new AbortController();
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const onSignal = () => stop.abort();
  for (const s of signals) process.on(s, onSignal);
  // what git checks out while syncing is private from birth (600 files, 700 folders), like what oplos writes
  const umask = privateUmask();
  let r;
  try {
    r = await syncJournal({
      folder,
      env: ctx.env,
      lang: ctx.lang,
      now: () => ctx.clock.now(),
      withLock,
      signal: stop.signal,
      // the one way to reach a process group in Node, `-pid`: here, where process belongs
      killGroup: (pid: number) => process.kill(-pid, 'SIGKILL'),
      ...(Number.isInteger(timeoutMs) && timeoutMs > 0 ? { timeoutMs } : {}),
    });
  } finally {
    umask.restore();
    for (const s of signals) process.off(s, onSignal);
    await syncLock.release();
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

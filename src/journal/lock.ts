/**
 * Locks as small files made with O_EXCL: `journal.lock` in the journal folder
 * around every write (and for the whole of an encryption switch), and
 * `unfinished/<name>.lock` for a session a process is running, so two
 * `resume`s of one session cannot both complete it.
 *
 * A lock says who holds it (process id, host, since when). It is taken over,
 * and the user told, when it is older than its holder can be: the holder is
 * a process of this host that is gone, its time lies in the future, or it is
 * of another host and was not refreshed for `staleMs`. A live holder is
 * waited for up to `waitMs` (journal lock) or refused at once (session lock),
 * exit 3 naming the process.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { EXIT } from '../errors.js';
import { link, lstat, open, readFile, rename, stat, unlink, utimes } from 'node:fs/promises';
import { notRegular } from './atomic.js';
import os from 'node:os';
import type { Clock } from '../domain/clock.js';
import { fail, journalTexts } from './messages.js';

export const DEFAULT_LOCK_WAIT_MS = 12_000;
export const DEFAULT_STALE_MS = 30_000;
/** a clock may be this far ahead on another machine before a lock counts as from the future */
const FUTURE_SLACK_MS = 60_000;

export interface LockSettings {
  readonly waitMs: number;
  readonly staleMs: number;
  readonly lang: string;
  readonly clock: Clock;
  /** tells the user something (a lock taken over) */
  readonly notice: (text: string) => void;
}

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
  readonly token: string;
}

export interface HeldLock {
  /** throws exit 3 when the lock was taken from us meanwhile: call right before committing a write */
  stillHeld(): void;
  release(): Promise<void>;
  /** for an exit handler */
  releaseSync(): void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const readHolder = (text: string): Holder | undefined => {
  try {
    const v = JSON.parse(text) as Partial<Holder>;
    return typeof v.pid === 'number' && typeof v.host === 'string' && typeof v.token === 'string' ? (v as Holder) : undefined;
  } catch {
    return undefined;
  }
};

/** Whether a process of this host with this id still runs (EPERM: it does, as another user's). */
export const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** `seen`: which lock file was judged (inode, time, text), so a taker moves that one and never a newer one. */
type Verdict = { stale: false; holder: Holder | undefined; mtime: number } | { stale: true; why: string; seen: string };

/** A lock file as it is now: its inode, time and text; undefined when it is gone. */
const lockAsIs = async (file: string, lang = 'en'): Promise<{ text: string; mtime: number; seen: string } | undefined> => {
  try {
    // a FIFO (or anything but a file) in a lock's place would hang the read: refused, named
    const what = notRegular(await lstat(file));
    if (what) throw fail(EXIT.journal, journalTexts(lang).notAFile(file, what));
    const [text, st] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    return { text, mtime: st.mtimeMs, seen: `${st.ino}:${st.mtimeMs}:${text}` };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
};

const judge = async (file: string, s: LockSettings): Promise<Verdict | 'gone'> => {
  const lock = await lockAsIs(file, s.lang);
  if (!lock) return 'gone';
  const { text, mtime, seen } = lock;
  const now = s.clock.now().getTime();
  const holder = readHolder(text);
  if (mtime > now + FUTURE_SLACK_MS) return { stale: true, why: 'future', seen };
  if (!holder) return now - mtime > 2_000 ? { stale: true, why: 'unreadable', seen } : { stale: false, holder, mtime };
  if (holder.host === os.hostname())
    return alive(holder.pid) ? { stale: false, holder, mtime } : { stale: true, why: `gone:${holder.pid}`, seen };
  return now - mtime > s.staleMs ? { stale: true, why: `old:${holder.pid}@${holder.host}`, seen } : { stale: false, holder, mtime };
};

/** A taker that died while taking over leaves its guard: cleared when this old. */
const GUARD_STALE_MS = 2_000;

/**
 * Moves the stale lock `seen` out of the way; true when this process did.
 * Several processes may find one lock stale at once: the one that moves it
 * first makes its own lock in its place, and a second must not move that
 * one. So a taker holds `<lock>.takeover.lock` (made with O_EXCL) while it looks
 * at the lock again and moves it, and puts back a lock that turns out not to
 * be the one it judged.
 */
const takeOver = async (file: string, token: string, seen: string, s: LockSettings): Promise<boolean> => {
  const guard = `${file}.takeover.lock`;
  try {
    await (await open(guard, 'wx', 0o600)).close();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // a read-only journal: the stale lock cannot be moved, so nothing can be written (said before anything is asked)
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw fail(EXIT.journal, journalTexts(s.lang).unwritable(file, code));
    if (code !== 'EEXIST') throw e;
    const st = await stat(guard).catch(() => undefined);
    if (st && s.clock.now().getTime() - st.mtimeMs > GUARD_STALE_MS) await unlink(guard).catch(() => undefined);
    await sleep(5);
    return false;
  }
  try {
    if ((await lockAsIs(file))?.seen !== seen) return false;
    const aside = `${file}.${token}.stale.lock`;
    if (
      !(await rename(file, aside).then(
        () => true,
        () => false,
      ))
    )
      return false;
    const moved = (await lockAsIs(aside))?.seen === seen;
    // its holder let go and another made a new lock in between: that one goes back (unless yet another is there)
    if (!moved) await link(aside, file).catch(() => undefined);
    await unlink(aside).catch(() => undefined);
    return moved;
  } finally {
    await unlink(guard).catch(() => undefined);
  }
};

/** Takes the lock at `file`; `wait` says whether to wait for a live holder (else exit 3 at once). `what` names it in messages. */
export const acquireLock = async (file: string, what: string, s: LockSettings, wait: boolean): Promise<HeldLock> => {
  const t = journalTexts(s.lang);
  const { randomBytes } = await import('node:crypto');
  const token = randomBytes(8).toString('hex');
  const mine: Holder = { pid: process.pid, host: os.hostname(), since: s.clock.now().toISOString(), token };
  const deadline = s.clock.now().getTime() + s.waitMs;
  let pause = 15;
  for (;;) {
    try {
      const h = await open(file, 'wx', 0o600);
      try {
        await h.writeFile(`${JSON.stringify(mine)}\n`);
      } finally {
        await h.close();
      }
      break;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOTDIR')
        throw fail(EXIT.journal, t.unwritable(file, code));
      if (code !== 'EEXIST') throw e;
    }
    const v = await judge(file, s);
    if (v === 'gone') continue;
    if (v.stale) {
      if (await takeOver(file, token, v.seen, s)) s.notice(journalTexts(s.lang).lockTakenOver(what, v.why)[0]);
      continue;
    }
    // another host's journal lock (one a sync brought in: a lock never travels) is waited for until its
    // time-out, then taken over, rather than refused while it may be forgotten
    const foreign = wait && v.holder !== undefined && v.holder.host !== os.hostname() ? v.mtime + s.staleMs + 1_000 : 0;
    const left = Math.max(deadline, foreign) - s.clock.now().getTime();
    if (!wait || left <= 0)
      throw fail(EXIT.journal, t.lockedBy(what, v.holder?.pid, v.holder?.host === os.hostname() ? undefined : v.holder?.host));
    await sleep(Math.min(left, pause * (0.5 + Math.random())));
    pause = Math.min(pause * 1.5, 200);
  }
  const isMine = (): boolean => {
    try {
      return readHolder(readFileSync(file, 'utf8'))?.token === token;
    } catch {
      return false;
    }
  };
  // refreshed while held, so another host can tell a live lock from a forgotten one
  const refresh = setInterval(
    () => {
      const now = s.clock.now();
      void utimes(file, now, now).catch(() => undefined);
    },
    Math.max(1_000, s.staleMs / 3),
  );
  refresh.unref();
  let released = false;
  return {
    stillHeld() {
      if (!isMine()) throw fail(EXIT.journal, t.lockLost(what));
    },
    async release() {
      if (released) return;
      released = true;
      clearInterval(refresh);
      if (isMine()) await unlink(file).catch(() => undefined);
    },
    releaseSync() {
      if (released) return;
      released = true;
      clearInterval(refresh);
      if (isMine()) {
        try {
          unlinkSync(file);
        } catch {
          // gone already
        }
      }
    },
  };
};

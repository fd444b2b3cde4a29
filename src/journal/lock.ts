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
import { open, readFile, rename, stat, unlink, utimes } from 'node:fs/promises';
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

type Verdict = { stale: false; holder: Holder | undefined } | { stale: true; why: string };

const judge = async (file: string, s: LockSettings): Promise<Verdict | 'gone'> => {
  let text: string;
  let mtime: number;
  try {
    [text, mtime] = await Promise.all([readFile(file, 'utf8'), stat(file).then((x) => x.mtimeMs)]);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw e;
  }
  const now = s.clock.now().getTime();
  const holder = readHolder(text);
  if (mtime > now + FUTURE_SLACK_MS) return { stale: true, why: 'future' };
  if (!holder) return now - mtime > 2_000 ? { stale: true, why: 'unreadable' } : { stale: false, holder };
  if (holder.host === os.hostname()) return alive(holder.pid) ? { stale: false, holder } : { stale: true, why: `gone:${holder.pid}` };
  return now - mtime > s.staleMs ? { stale: true, why: `old:${holder.pid}@${holder.host}` } : { stale: false, holder };
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
      if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOTDIR') throw fail(EXIT.journal, t.unwritable(file, code));
      if (code !== 'EEXIST') throw e;
    }
    const v = await judge(file, s);
    if (v === 'gone') continue;
    if (v.stale) {
      // renamed first: of two processes taking over at once, one wins and the other looks again
      const aside = `${file}.${token}.stale`;
      const took = await rename(file, aside).then(() => true, () => false);
      if (took) {
        await unlink(aside).catch(() => undefined);
        s.notice(journalTexts(s.lang).lockTakenOver(what, v.why)[0]);
      }
      continue;
    }
    const left = deadline - s.clock.now().getTime();
    if (!wait || left <= 0) throw fail(EXIT.journal, t.lockedBy(what, v.holder?.pid, v.holder?.host === os.hostname() ? undefined : v.holder?.host));
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
  const refresh = setInterval(() => {
    const now = s.clock.now();
    void utimes(file, now, now).catch(() => undefined);
  }, Math.max(1_000, s.staleMs / 3));
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

/**
 * The cross-process lock around every read-modify-write of a journal and its
 * drafts (proper-lockfile: a `<journal>.lock` folder whose time is refreshed
 * while held). A lock left by a killed process goes stale and is taken over;
 * a live one is waited for up to a bound, then refused with exit 3.
 */
import path from 'node:path';
import { ensureDir } from './atomic.js';
import { fail, journalTexts } from './messages.js';

export const DEFAULT_LOCK_TIMEOUT_MS = 12_000;
export const DEFAULT_STALE_MS = 10_000;

export interface LockSettings {
  /** how long to wait for another process's lock before giving up */
  readonly timeoutMs: number;
  /** a lock not refreshed for this long belongs to a dead process (at least 2000) */
  readonly staleMs: number;
  readonly lang: string;
}

/** A file-system refusal (or, making the folder, a file in the way) as exit 3 naming the journal; anything else (a full disk, a bug) as it is. */
const unwritable = (e: unknown, file: string, lang: string, inTheWay = false): unknown => {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOTDIR' || (inTheWay && code === 'EEXIST')
    ? fail(3, journalTexts(lang).unwritable(file, code))
    : e;
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `fn` while holding the lock of `file`. `fn` gets `stillHeld()`, to call
 * right before committing a write: it throws (exit 3) when the lock was lost
 * meanwhile (taken over as stale), so nothing is written over another's work.
 */
export const withLock = async <T>(file: string, s: LockSettings, fn: (stillHeld: () => void) => Promise<T>): Promise<T> => {
  const t = journalTexts(s.lang);
  let lost: Error | undefined;
  const options = {
    realpath: false,
    stale: s.staleMs,
    retries: 0,
    lockfilePath: `${file}.lock`,
    onCompromised: (err: Error) => {
      lost = err;
    },
  };
  try {
    await ensureDir(path.dirname(file));
  } catch (e) {
    throw unwritable(e, file, s.lang, true);
  }
  // loaded here, not with the module: commands that only read never need it
  const { default: lockfile } = await import('proper-lockfile');
  const deadline = Date.now() + s.timeoutMs;
  let pause = 15;
  let release: () => Promise<void>;
  for (;;) {
    try {
      release = await lockfile.lock(file, options);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') throw unwritable(e, file, s.lang);
      const left = deadline - Date.now();
      if (left <= 0) throw fail(3, t.locked(file));
      await sleep(Math.min(left, pause * (0.5 + Math.random())));
      pause = Math.min(pause * 1.5, 200);
    }
  }
  try {
    return await fn(() => {
      if (lost) throw fail(3, t.lockLost(file));
    });
  } finally {
    await release().catch(() => undefined);
  }
};

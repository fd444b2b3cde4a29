/**
 * What every part of the journal shares: where it is, its drafts and
 * passphrase, and loading, writing and locking the document.
 */
import type { Low } from 'lowdb';
import path from 'node:path';
import type { Clock } from '../domain/clock.js';
import { systemClock } from '../domain/clock.js';
import { removeOrphanTemps } from './atomic.js';
import { passphraseCache, type Passphrase, type PassphraseCache } from './crypto.js';
import { emptyDoc, JournalAdapter, peekEncrypted, type JournalDoc } from './document.js';
import { DraftFolder } from './drafts.js';
import { DEFAULT_LOCK_TIMEOUT_MS, DEFAULT_STALE_MS, withLock } from './lock.js';

export interface OpenJournalOptions {
  readonly path: string;
  readonly lang: string;
  /** asked at most once, only when an encrypted file must be read or written */
  readonly passphrase?: Passphrase;
  /** how long to wait for another oplos's lock (default 12 s) */
  readonly lockTimeoutMs?: number;
  /** after how long without refresh a lock counts as left by a dead process (default 10 s, at least 2 s) */
  readonly lockStaleMs?: number;
  readonly clock?: Clock;
}

/** A loaded document with its adapter, to change and write back while holding the lock. */
export interface Loaded {
  readonly low: Low<JournalDoc>;
  readonly adapter: JournalAdapter;
}

export class JournalBase {
  readonly path: string;
  readonly lang: string;
  readonly clock: Clock;
  readonly drafts: DraftFolder;
  readonly pass: PassphraseCache;
  protected isEncrypted: boolean;
  private readonly timeoutMs: number;
  private readonly staleMs: number;

  constructor(o: OpenJournalOptions, encrypted: boolean) {
    this.path = path.resolve(o.path);
    this.lang = o.lang;
    this.clock = o.clock ?? systemClock;
    this.pass = passphraseCache(o.passphrase, o.lang);
    this.drafts = new DraftFolder(this.path, o.lang, this.pass);
    this.isEncrypted = encrypted;
    this.timeoutMs = o.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
    this.staleMs = o.lockStaleMs ?? DEFAULT_STALE_MS;
  }

  /** Is the journal encrypted at rest (as last seen)? */
  get encrypted(): boolean {
    return this.isEncrypted;
  }

  /** Reads the document (no lock: for changes, call it inside `locked`). */
  async load(): Promise<Loaded> {
    const adapter = new JournalAdapter(this.path, this.lang, this.pass, this.isEncrypted);
    const { Low } = await import('lowdb'); // loaded when needed: the fast reads do without
    const low = new Low<JournalDoc>(adapter, emptyDoc());
    await low.read();
    this.isEncrypted = adapter.encrypted;
    return { low, adapter };
  }

  /** Writes the document back; call inside `locked`, with its `stillHeld`. */
  async commit(x: Loaded, stillHeld: () => void): Promise<void> {
    await removeOrphanTemps(path.dirname(this.path), path.basename(this.path));
    await removeOrphanTemps(this.drafts.dir);
    x.adapter.beforeCommit = stillHeld;
    await x.low.write();
    this.isEncrypted = x.adapter.encrypted;
  }

  /**
   * Runs `fn` holding the journal's lock. The passphrase of an encrypted
   * journal is asked for first, so nobody waits on the lock while a person types.
   */
  async locked<T>(fn: (stillHeld: () => void) => Promise<T>): Promise<T> {
    if (await peekEncrypted(this.path)) await this.pass.get(this.path);
    return withLock(this.path, { timeoutMs: this.timeoutMs, staleMs: this.staleMs, lang: this.lang }, fn);
  }
}

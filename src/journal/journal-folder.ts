/**
 * The journal folder, which the journal's reads (journal-reads.ts) and writes
 * (store.ts) are given: the folder (resolved once), its
 * record, the key of an encrypted journal (derived once per process), the
 * listing of session files by name (session-listing.ts), reading one file, warnings about
 * damaged files, and the journal lock around writes.
 */
import { DiskFull, EXIT } from '../errors.js';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../domain/clock.js';
import { systemClock } from '../domain/clock.js';
import { NotRegularFile, readRegularSync } from './atomic.js';
import { deriveKey, passphraseCache, sameCheck, type Passphrase, type PassphraseCache } from './crypto.js';
import { LOCK, type Named } from './layout.js';
import { acquireLock, DEFAULT_LOCK_WAIT_MS, DEFAULT_STALE_MS, type HeldLock, type LockSettings } from './lock.js';
import { fail, journalTexts } from './messages.js';
import { plainRecord, readRecord, writeRecord, type JournalRecord } from './record.js';
import { decodeSession, PASSED_OVER, type Decoded, type Sealing } from './session-file.js';
import { type Listing, listingOf, namesOf, yearFolders } from './session-listing.js';

export type { Listing } from './session-listing.js';

export interface JournalChange {
  readonly kind: 'completed' | 'edited' | 'deleted' | 'imported' | 'encryption';
  readonly ids: readonly string[];
}

export interface OpenJournalOptions {
  /** the journal folder */
  readonly path: string;
  readonly lang: string;
  /** asked at most once, only when an encrypted file must be read or written */
  readonly passphrase?: Passphrase;
  /** how long to wait for another oplos's journal lock (default 12 s) */
  readonly lockWaitMs?: number;
  /** after how long without refresh another host's lock counts as forgotten (default 30 s) */
  readonly lockStaleMs?: number;
  readonly clock?: Clock;
  /** called while the journal lock is still held, after each write that completes, edits, deletes or imports sessions or switches encryption */
  readonly onChange?: (change: JournalChange) => Promise<void>;
  /** one line for the user on stderr: a damaged file skipped, a lock taken over */
  readonly warn?: (text: string) => void;
}

export class JournalFolder {
  /** the journal folder, symlinks resolved */
  readonly dir: string;
  readonly lang: string;
  readonly clock: Clock;
  readonly pass: PassphraseCache;
  private record: JournalRecord | undefined;
  readonly opts: OpenJournalOptions;
  private keyPromise: Promise<Buffer> | undefined;
  private readonly warned = new Set<string>();

  constructor(o: OpenJournalOptions, dir: string, record: JournalRecord | undefined) {
    this.opts = o;
    this.dir = dir;
    this.lang = o.lang;
    this.clock = o.clock ?? systemClock;
    this.pass = passphraseCache(o.passphrase, o.lang);
    this.record = record;
  }

  /** The journal folder (kept under this name: the rest of oplos shows it). */
  get path(): string {
    return this.dir;
  }

  /** Is the journal encrypted at rest? During an unfinished switch: the mode it is leaving. */
  get encrypted(): boolean {
    const r = this.record;
    if (r?.converting) return r.converting === 'decrypt';
    return r?.encryption !== undefined;
  }

  warn(text: string): void {
    this.opts.warn?.(text);
  }

  /** Where a passphrase comes from, for an encrypted layout-1 file being imported. */
  get importPassphrase(): Passphrase | undefined {
    return this.opts.passphrase;
  }

  /** Tells the user something once (on stderr, by the command line). */
  notify(text: string): void {
    this.warn(text);
  }

  /** The journal's key, derived once per process and checked against the record. */
  key(): Promise<Buffer> {
    const enc = this.record?.encryption;
    if (!enc) return Promise.reject(new Error(journalTexts(this.lang).bugNoKey()));
    this.keyPromise ??= (async () => {
      const passphrase = await this.pass.get(this.dir);
      const key = await deriveKey(passphrase, Buffer.from(enc.salt, 'base64'), enc.kdf);
      if (!(await sameCheck(key, enc.check))) {
        this.pass.forget();
        throw fail(EXIT.journal, journalTexts(this.lang).wrongPassphrase(this.dir));
      }
      return key;
    })();
    this.keyPromise.catch(() => (this.keyPromise = undefined));
    return this.keyPromise;
  }

  private forgetKey(): void {
    this.keyPromise = undefined;
  }

  /** How files are read and written now: sealed when the journal is (or is becoming) encrypted. */
  async sealing(): Promise<Sealing> {
    const r = this.record;
    const writeSealed = r?.encryption !== undefined && r.converting !== 'decrypt';
    return { writeKey: writeSealed ? await this.key() : undefined, readKey: () => this.key() };
  }

  /** Exit 3 for a path inside the journal that is a FIFO, device or socket; anything else as it is. */
  unusable(e: unknown): unknown {
    if (e instanceof NotRegularFile) return fail(EXIT.journal, journalTexts(this.lang).notAFile(e.file, e.what));
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'ENOTDIR' || code === 'ELOOP')
      return fail(EXIT.journal, journalTexts(this.lang).unreadable(this.dir, code));
    return e;
  }

  /** The session files, newest first by name, without opening any (session-listing.ts). */
  names(which: { sessions?: boolean; unfinished?: boolean } = { sessions: true, unfinished: true }): Promise<Named[]> {
    return namesOf(this, which);
  }

  /** The listing of `names()` without its cost: a year folder read (names only) when a reader gets to it (session-listing.ts). */
  listing(o: { counted?: boolean } = {}): Promise<Listing> {
    return listingOf(this, o);
  }

  /** One file read and decoded; undefined when it went meanwhile. */
  async readNamed(n: Named): Promise<Decoded | undefined> {
    const bytes = await this.bytesOf(n);
    return bytes === undefined ? undefined : decodeSession(bytes, n.file, () => this.key());
  }

  /** Any file of the inventory read and decoded (bound to its own name); undefined when it went meanwhile. */
  async readPath(file: string): Promise<Decoded | undefined> {
    const bytes = await this.bytesOf({ file });
    return bytes === undefined ? undefined : decodeSession(bytes, file, () => this.key());
  }

  private bytesOf(n: { readonly file: string }): Promise<Buffer | undefined> {
    try {
      return Promise.resolve(readRegularSync(n.file));
    } catch (e) {
      return Promise.reject(this.unusable(e));
    }
  }

  /**
   * Reads the files in order, `batch` at a time; `each` returns false to stop
   * (and readEach then true). Damaged ones go to `damaged`. `mayMatch` passes
   * over, unparsed, a file whose plain text cannot match (prefilter.ts).
   */
  async readEach(
    names: readonly Named[],
    each: (n: Named, doc: Record<string, unknown>) => boolean | void,
    damaged?: (n: Named, why: string) => void,
    batch = 32,
    mayMatch?: (text: string) => boolean,
  ): Promise<boolean> {
    const read = async (n: Named): Promise<Decoded | typeof PASSED_OVER | undefined> => {
      const bytes = await this.bytesOf(n);
      if (bytes === undefined) return undefined;
      return mayMatch ? decodeSession(bytes, n.file, () => this.key(), mayMatch) : decodeSession(bytes, n.file, () => this.key());
    };
    for (let i = 0; i < names.length; i += batch) {
      const slice = names.slice(i, i + batch);
      const docs = await Promise.all(slice.map(read));
      for (let k = 0; k < slice.length; k++) {
        const d = docs[k];
        const n = slice[k]!;
        if (d === undefined || d === PASSED_OVER) continue;
        if (!d.ok) {
          (damaged ?? ((x, why) => this.warnDamaged(x.file, why)))(n, d.why);
          continue;
        }
        if (d.sealed === 0 && this.record?.encryption && !this.record.converting) this.warnDamaged(n.file, undefined);
        if (each(n, d.doc) === false) return true;
      }
    }
    return false;
  }

  /** One stderr line per damaged file, naming it and `oplos journal check`; `why` undefined: a plain file in an encrypted journal. */
  warnDamaged(file: string, why: string | undefined): void {
    if (this.warned.has(file)) return;
    this.warned.add(file);
    this.warn(why === undefined ? journalTexts(this.lang).plainInEncrypted(file) : journalTexts(this.lang).skippedDamaged(file, why));
  }

  private lockSettings(): LockSettings {
    return {
      waitMs: this.opts.lockWaitMs ?? DEFAULT_LOCK_WAIT_MS,
      staleMs: this.opts.lockStaleMs ?? DEFAULT_STALE_MS,
      lang: this.lang,
      clock: this.clock,
      notice: (text) => this.warn(text),
    };
  }

  /** Makes the journal folder (and a missing parent), mode 700. */
  async ensureFolder(): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true, mode: 0o700 });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      throw fail(EXIT.journal, journalTexts(this.lang).unwritable(this.dir, code));
    }
  }

  /** Takes a session's lock (unfinished/<name>.lock) without waiting: a live holder is exit 3 naming it. */
  async sessionLock(file: string, id: string): Promise<HeldLock> {
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    return acquireLock(file, journalTexts(this.lang).sessionWhat(id.slice(0, 8)), this.lockSettings(), false);
  }

  /**
   * Runs `fn` holding the journal lock, with the record as it is now. The
   * passphrase of an encrypted journal is asked for first, so nobody waits on
   * the lock while a person types.
   */
  async locked<T>(fn: (stillHeld: () => void) => Promise<T>): Promise<T> {
    if (this.record?.encryption) await this.key();
    await this.ensureFolder();
    const lock = await acquireLock(path.join(this.dir, LOCK), this.dir, this.lockSettings(), true);
    try {
      const before = this.record?.encryption?.salt;
      this.record = await readRecord(this.dir, this.lang);
      if (!this.record) {
        this.record = plainRecord();
        await writeRecord(this.dir, this.record);
      }
      // switched meanwhile by another process: the key (or its absence) is another
      if (this.record?.encryption?.salt !== before) {
        this.forgetKey();
        if (this.record?.encryption) await this.key();
      }
      // a year folder that is a symlink would take the write elsewhere: refused before anything is written
      await yearFolders(this);
      return await fn(() => lock.stillHeld());
    } catch (e) {
      // a full disk is said in the person's language (a running session's save says more: store.ts)
      const code = (e as NodeJS.ErrnoException).code;
      if (!(e instanceof DiskFull) && (code === 'ENOSPC' || code === 'EDQUOT'))
        throw new DiskFull(...journalTexts(this.lang).diskFull(this.dir));
      throw e;
    } finally {
      await lock.release();
    }
  }

  /** For the encryption switch: the record as read under the lock. */
  get currentRecord(): JournalRecord | undefined {
    return this.record;
  }

  /** Sets the record (the switch writes it too); the key is derived anew from it. */
  set currentRecord(r: JournalRecord | undefined) {
    this.record = r;
    this.forgetKey();
  }
}

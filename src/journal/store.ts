/**
 * The journal: complete sessions in one JSON file, unfinished ones as drafts
 * beside it. Every read-modify-write holds the cross-process lock; reads
 * that change nothing need none (files are only ever replaced atomically).
 */
import type { Low } from 'lowdb';
import path from 'node:path';
import type { Clock } from '../engine/ports.js';
import { systemClock } from '../engine/ports.js';
import { removeOrphanTemps } from './atomic.js';
import { passphraseCache, type Passphrase, type PassphraseCache } from './crypto.js';
import { emptyDoc, JournalAdapter, peekEncrypted, type JournalDoc } from './document.js';
import { DraftFolder, sortNewestFirst } from './drafts.js';
import { switchEncryption } from './encryption-switch.js';
import {
  idsStartingWith,
  lastSessionRows,
  needsOf,
  NotFast,
  pickLastSession,
  queryRows,
  Rows,
  closeScan,
  scanJournal,
  type LastSessionQuery,
  type Needs,
  type Scan,
} from './fast-read.js';
import { compileFilter, filterEntries, type EntryFilter } from './filter.js';
import { resolvePrefix } from './ids.js';
import { recoverDrafts } from './recover.js';
import { DEFAULT_LOCK_TIMEOUT_MS, DEFAULT_STALE_MS, withLock } from './lock.js';
import { fail, journalTexts } from './messages.js';
import { asUnfinished, checkDraft, checkEntry } from './shape.js';
import type { Draft, Entry } from './types.js';

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

export interface AddResult {
  readonly added: number;
  readonly skipped: number;
}

/** A loaded document with its adapter, to change and write back while holding the lock. */
export interface Loaded {
  readonly low: Low<JournalDoc>;
  readonly adapter: JournalAdapter;
}

export class Journal {
  readonly path: string;
  readonly lang: string;
  readonly clock: Clock;
  readonly drafts: DraftFolder;
  readonly pass: PassphraseCache;
  private isEncrypted: boolean;
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

  /** Complete sessions and unfinished drafts, newest first. Reads and checks the whole journal. */
  async readAll(): Promise<Entry[]> {
    return sortNewestFirst(await this.readUnsorted());
  }

  /**
   * The sessions (complete and unfinished) that pass `filter`, newest first:
   * the same as `filterEntries(await readAll(), filter)`, but a plain journal
   * is not parsed whole (fast-read.ts). Bad dates or a bad limit are exit 2.
   */
  async query(filter: EntryFilter): Promise<Entry[]> {
    return (await this.queryWithTotal(filter)).entries;
  }

  /** `query`, and how many sessions there are in all (what `readAll().length` gives). */
  async queryWithTotal(filter: EntryFilter): Promise<{ entries: Entry[]; total: number }> {
    const c = compileFilter(filter, this.lang);
    const fast = await this.withRows(needsOf(c), (rows) => ({ entries: queryRows(rows, c), total: rows.count }));
    if (fast) return fast;
    const all = await this.readUnsorted();
    return { entries: filterEntries(all, filter, this.lang), total: all.length };
  }

  /**
   * The newest complete session of the client (none: of no client) in one of
   * `sets`, by finish time: what the engine's findLastSession gives for
   * readAll, without parsing the whole journal.
   */
  async lastSession(q: LastSessionQuery): Promise<Entry | undefined> {
    const fast = await this.withRows({ status: true, set: true, client: true }, (rows) => ({
      last: lastSessionRows(rows, q),
    }));
    if (fast) return fast.last;
    return pickLastSession(await this.readAll(), q);
  }

  /** Complete sessions and open drafts as they come: the journal's order, then the drafts'. */
  private async readUnsorted(): Promise<Entry[]> {
    let drafts = await this.drafts.all();
    const completing = await this.drafts.completingIds();
    const entries = (await this.load()).low.data.entries;
    const ids = new Set(entries.map((e) => e.id));
    if (completing.length > 0 || drafts.some((d) => ids.has(d.entry.id))) {
      await recoverDrafts(this);
      drafts = await this.drafts.all();
    }
    const open = drafts.filter((d) => !ids.has(d.entry.id)).map(asUnfinished);
    return [...entries, ...open];
  }

  /**
   * Runs `fn` over the rows of a plain journal read the fast way, with the
   * drafts handled as readAll does; undefined when the fast way does not
   * apply, and the caller reads the full way.
   */
  private async withRows<T>(needs: Needs, fn: (rows: Rows) => T): Promise<T | undefined> {
    let drafts = await this.drafts.all();
    const completing = await this.drafts.completingIds();
    const watch = new Set([...drafts.map((d) => d.entry.id), ...completing]);
    let scan: Scan | undefined;
    try {
      scan = scanJournal(this.path, needs, watch);
      const present = scan.present;
      if (completing.length > 0 || drafts.some((d) => present.has(d.entry.id))) {
        await recoverDrafts(this);
        drafts = await this.drafts.all();
      }
      const open = drafts.filter((d) => !present.has(d.entry.id)).map(asUnfinished);
      const out = fn(new Rows(scan, open));
      if (scan.fd !== undefined) this.isEncrypted = false;
      return out;
    } catch (e) {
      if (e instanceof NotFast) return undefined;
      throw e;
    } finally {
      if (scan) closeScan(scan);
    }
  }

  /** The session whose id starts with `idPrefix`; unknown or ambiguous is exit 2. */
  async get(idPrefix: string): Promise<Entry> {
    const fast = await this.withRows({ ids: true }, (rows) => {
      const want = idPrefix.trim();
      const { ids, rowOf } = want ? idsStartingWith(rows, want) : { ids: [], rowOf: new Map<string, number>() };
      return rows.entry(rowOf.get(resolvePrefix(ids, idPrefix, this.lang)) as number);
    });
    if (fast) return fast;
    const all = await this.readAll();
    const id = resolvePrefix(all.map((e) => e.id), idPrefix, this.lang);
    return all.find((e) => e.id === id) as Entry;
  }

  /** Adds sessions with their ids; an id already there (or repeated) is skipped and counted. */
  async add(entries: readonly Entry[], opts: { unfinishedAsDrafts?: boolean } = {}): Promise<AddResult> {
    entries.forEach(checkEntry(this.lang));
    return this.locked(async (stillHeld) => {
      const x = await this.load();
      const seen = new Set([...x.low.data.entries.map((e) => e.id), ...(await this.drafts.ids())]);
      let added = 0;
      const unfinished: Entry[] = [];
      for (const e of entries) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        // an unfinished session (from an export) becomes a draft again, so `resume` can finish it
        if (opts.unfinishedAsDrafts && e.status === 'unfinished') unfinished.push(e);
        else x.low.data.entries.push(e);
        added++;
      }
      if (unfinished.length > 0) {
        this.isEncrypted = await peekEncrypted(this.path);
        for (const entry of unfinished) {
          stillHeld();
          await this.drafts.save({ entry }, this.isEncrypted, this.path);
        }
      }
      if (added > unfinished.length) await this.commit(x, stillHeld);
      return { added, skipped: entries.length - added };
    });
  }

  /** Removes the sessions (complete or unfinished) with these exact ids; how many went. */
  async delete(ids: readonly string[]): Promise<number> {
    ids.forEach((id) => this.drafts.file(id));
    return this.locked(async (stillHeld) => this.deleteIds(await this.load(), new Set(ids), stillHeld));
  }

  /** Removes every session (complete or unfinished) for which `pred` holds; how many went. */
  async deleteWhere(pred: (e: Entry) => boolean): Promise<number> {
    return this.locked(async (stillHeld) => {
      const x = await this.load();
      const drafts = (await this.drafts.all()).map(asUnfinished);
      const ids = new Set([...x.low.data.entries, ...drafts].filter(pred).map((e) => e.id));
      return this.deleteIds(x, ids, stillHeld);
    });
  }

  /** Saves an unfinished session: one small file, encrypted when the journal is. */
  async saveDraft(d: Draft): Promise<void> {
    const checked = checkDraft(d);
    if (!checked.ok) throw new Error(`oplos: a draft of the wrong shape: ${checked.where}`);
    await this.locked(async (stillHeld) => {
      this.isEncrypted = await peekEncrypted(this.path);
      stillHeld();
      await this.drafts.save(d, this.isEncrypted, this.path);
    });
  }

  /** Unfinished sessions, newest first. */
  async listDrafts(): Promise<Draft[]> {
    if ((await this.drafts.completingIds()).length > 0) await recoverDrafts(this);
    return this.drafts.all();
  }

  /** The unfinished session whose id starts with `idPrefix`; unknown or ambiguous is exit 2. */
  async getDraft(idPrefix: string): Promise<Draft> {
    if ((await this.drafts.completingIds()).length > 0) await recoverDrafts(this);
    const id = resolvePrefix(await this.drafts.ids(), idPrefix, this.lang);
    const d = await this.drafts.read(id);
    if (!d) throw fail(2, journalTexts(this.lang).unknownId(idPrefix));
    return d;
  }

  /**
   * Puts the finished session in the journal (unless its id is there
   * already), then removes its draft. A crash in between loses nothing:
   * see `recover`.
   */
  async completeDraft(entry: Entry): Promise<void> {
    checkEntry(this.lang)(entry);
    await this.locked(async (stillHeld) => {
      const x = await this.load();
      const marked = await this.drafts.markCompleting(entry.id);
      try {
        if (!x.low.data.entries.some((e) => e.id === entry.id)) {
          x.low.data.entries.push(entry);
          await this.commit(x, stillHeld);
        }
      } catch (e) {
        if (marked) await this.drafts.unmarkCompleting(entry.id).catch(() => undefined);
        throw e;
      }
      await this.drafts.removeCompleting(entry.id);
    });
  }

  /** Encrypts the journal and its drafts with `passphrase`, in place. */
  async encrypt(passphrase: string): Promise<void> {
    await this.locked((stillHeld) => switchEncryption(this, true, passphrase, stillHeld));
    this.isEncrypted = true;
  }

  /** Stores the journal and its drafts unencrypted again (asks for the passphrase). */
  async decrypt(): Promise<void> {
    await this.locked((stillHeld) => switchEncryption(this, false, undefined, stillHeld));
    this.isEncrypted = false;
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

  private async deleteIds(x: Loaded, ids: ReadonlySet<string>, stillHeld: () => void): Promise<number> {
    const before = x.low.data.entries.length;
    const gone = new Set(x.low.data.entries.filter((e) => ids.has(e.id)).map((e) => e.id));
    x.low.data.entries = x.low.data.entries.filter((e) => !ids.has(e.id));
    if (x.low.data.entries.length !== before) await this.commit(x, stillHeld);
    for (const id of ids) if ((await this.drafts.remove(id)) && !gone.has(id)) gone.add(id);
    return gone.size;
  }
}

/** Opens the journal at `path` (a missing file reads as empty and is created on the first write). */
export const openJournal = async (o: OpenJournalOptions): Promise<Journal> =>
  new Journal(o, await peekEncrypted(path.resolve(o.path)));

/**
 * The journal: complete sessions in one JSON file, unfinished ones as drafts
 * beside it. Every read-modify-write holds the cross-process lock; reads
 * that change nothing need none (files are only ever replaced atomically).
 * Shared plumbing: journal-base.ts; reading: journal-reads.ts.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { peekEncrypted } from './document.js';
import { switchEncryption } from './encryption-switch.js';
import { resolvePrefix } from './ids.js';
import { recoverDrafts } from './recover.js';
import { fail, journalTexts } from './messages.js';
import { asUnfinished, checkDraft, checkEntry } from './shape.js';
import type { Loaded, OpenJournalOptions } from './journal-base.js';
import { JournalReads } from './journal-reads.js';
import type { Draft, Entry } from '../domain/types.js';

export type { Loaded, OpenJournalOptions } from './journal-base.js';

export interface AddResult {
  readonly added: number;
  readonly skipped: number;
}

export class Journal extends JournalReads {
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

  private async deleteIds(x: Loaded, ids: ReadonlySet<string>, stillHeld: () => void): Promise<number> {
    const before = x.low.data.entries.length;
    const gone = new Set(x.low.data.entries.filter((e) => ids.has(e.id)).map((e) => e.id));
    x.low.data.entries = x.low.data.entries.filter((e) => !ids.has(e.id));
    if (x.low.data.entries.length !== before) await this.commit(x, stillHeld);
    for (const id of ids) if ((await this.drafts.remove(id)) && !gone.has(id)) gone.add(id);
    return gone.size;
  }
}

/**
 * Opens the journal at `path` (a missing file reads as empty and is created on the first write).
 * A path that can never be a journal (a folder, or a path through a file) is exit 3 at once,
 * naming it, rather than an error from deep inside the first read.
 */
export const openJournal = async (o: OpenJournalOptions): Promise<Journal> => {
  const file = path.resolve(o.path);
  const why = await stat(file).then(
    (s) => (s.isDirectory() ? 'EISDIR' : undefined),
    (e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : (e.code ?? String(e))),
  );
  if (why !== undefined) throw fail(3, journalTexts(o.lang).unreadable(file, why));
  return new Journal(o, await peekEncrypted(file));
};

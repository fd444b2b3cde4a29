/**
 * The journal (layout 2): a folder of session files. Every write holds the
 * journal lock and goes to a temporary file that is flushed and renamed into
 * place; adding or completing a session touches that session's files only.
 * A session being run by a process is claimed with a lock of its own, so a
 * second `resume` of it is refused. The journal is composed: the folder
 * (journal-folder.ts), its reads (journal-reads.ts), and the writes here,
 * with the sessions this process has in hand (session-claims.ts) and deleting
 * every copy of a session (delete-sessions.ts); opening and bringing layout 1 in: open.ts.
 */
import { Low } from 'lowdb';
import { DiskFull, EXIT } from '../errors.js';
import { mkdir, rename, unlink, utimes } from 'node:fs/promises';
import path from 'node:path';
import type { Draft, Entry } from '../domain/types.js';
import { fsyncDir, removeOrphanTemps } from './atomic.js';
import { JournalReads, type LastSessionQuery } from './journal-reads.js';
import { JournalFolder, type OpenJournalOptions } from './journal-folder.js';
import type { JournalRecord } from './record.js';
import type { EntryFilter } from './filter.js';
import { sessionNames, sessionPath, unfinishedPath, type Named } from './layout.js';
import { mayHold } from './inventory.js';
import { idIn } from './copies.js';
import { damagedWithId, type DeleteResult, deleteEveryCopy } from './delete-sessions.js';
import { removeTemps, sealAsRecorded, switchEncryption, unsealedFiles } from './encryption-switch.js';
import { fail, journalTexts } from './messages.js';
import { checkDraft, checkEntry } from './shape.js';
import { SessionClaims } from './session-claims.js';
import { DamagedFile, docOfDraft, SessionAdapter, unknownKeys, writtenAt, type SessionDoc } from './session-file.js';

export type { JournalChange, OpenJournalOptions } from './journal-folder.js';
export type { LastSessionQuery } from './journal-reads.js';

export interface AddResult {
  readonly added: number;
  readonly skipped: number;
}

export type { DeleteResult } from './delete-sessions.js';

export class Journal {
  /** the folder: record, key, listing by name, reading a file, the journal lock */
  readonly folder: JournalFolder;
  /** the reads: only the files a question needs (journal-reads.ts; each is also a method of the journal) */
  readonly reads: JournalReads;
  /** the sessions this process has in hand: their file names and claims (session-claims.ts) */
  private readonly sessions: SessionClaims;

  /** the journal folder, symlinks resolved (`path`: the same, by the name the rest of oplos shows) */
  readonly dir: string;
  readonly path: string;
  readonly lang: string;

  constructor(o: OpenJournalOptions, dir: string, record: JournalRecord | undefined) {
    this.folder = new JournalFolder(o, dir, record);
    this.reads = new JournalReads(this.folder);
    this.sessions = new SessionClaims(this.folder);
    this.dir = this.path = this.folder.dir;
    this.lang = this.folder.lang;
  }

  get encrypted(): boolean {
    return this.folder.encrypted;
  }

  readonly readAll = (o?: { strict?: boolean }): Promise<Entry[]> => this.reads.readAll(o);
  readonly query = (filter: EntryFilter): Promise<Entry[]> => this.reads.query(filter);
  readonly queryWithTotal = (filter: EntryFilter): Promise<{ entries: Entry[]; total: number }> => this.reads.queryWithTotal(filter);
  readonly lastSession = (q: LastSessionQuery): Promise<Entry | undefined> => this.reads.lastSession(q);
  readonly get = (idPrefix: string): Promise<Entry> => this.reads.get(idPrefix);
  readonly listDrafts = (): Promise<Draft[]> => this.reads.listDrafts();
  readonly getDraft = (idPrefix: string): Promise<Draft> => this.reads.getDraft(idPrefix);

  private async change(kind: 'completed' | 'edited' | 'deleted' | 'imported' | 'encryption', ids: readonly string[]): Promise<void> {
    if (ids.length > 0 || kind === 'encryption') await this.folder.opts.onChange?.({ kind, ids });
  }

  /**
   * Claims the session `e` for this process (once): a second process running
   * it is exit 3 naming it. `resume` claims before the first question, so a
   * typed answer is never the first thing refused.
   */
  claim(e: { id: string; startedAt: string }): Promise<void> {
    return this.sessions.claim(e);
  }

  /** Lets go of every session this process claimed (for an exit handler). */
  releaseClaimsSync(): void {
    this.sessions.releaseSync();
  }

  private async low(file: string, durable = true): Promise<Low<SessionDoc>> {
    const low = new Low<SessionDoc>(new SessionAdapter(file, await this.folder.sealing(), durable), {});
    return low;
  }

  private async readLow(low: Low<SessionDoc>): Promise<SessionDoc | null> {
    try {
      await low.read();
      return low.data && Object.keys(low.data).length > 0 ? low.data : null;
    } catch (e) {
      if (e instanceof DamagedFile) throw fail(EXIT.journal, journalTexts(this.folder.lang).damagedFile(e.file, e.why));
      throw this.folder.unusable(e);
    }
  }

  /** The files of the sessions with these ids (complete and unfinished; a damaged file counts by its name). */
  private async filesOf(ids: ReadonlySet<string>): Promise<Map<string, Named[]>> {
    const names = (await this.folder.names()).filter((n) => n.conflictOf === undefined && [...ids].some((id) => mayHold(n.id8, id)));
    const out = new Map<string, Named[]>();
    for (const n of names) {
      const id = idIn(await this.folder.readNamed(n), n.id8, ids);
      if (id !== undefined) out.set(id, [...(out.get(id) ?? []), n]);
    }
    return out;
  }

  /** Adds sessions with their ids; an id already there (or repeated) is skipped and counted. Import writes without a flush per file and flushes each folder once at the end. */
  async add(entries: readonly Entry[], opts: { unfinishedAsDrafts?: boolean; kind?: 'completed' | 'imported' } = {}): Promise<AddResult> {
    entries.forEach(checkEntry(this.folder.lang));
    return this.addBatches(async (write) => write(entries), entries.length > 1, opts);
  }

  /**
   * `add` for sessions that come in batches (an import read a piece at a
   * time): one lock, the names listed once, no flush per file, each folder
   * flushed once at the end. `fill` calls `write` with each batch, checked.
   */
  async addMany(
    fill: (write: (entries: readonly Entry[]) => Promise<void>) => Promise<void>,
    opts: { unfinishedAsDrafts?: boolean; kind?: 'completed' | 'imported' } = {},
  ): Promise<AddResult> {
    return this.addBatches(
      async (write) =>
        fill(async (batch) => {
          batch.forEach(checkEntry(this.folder.lang));
          await write(batch);
        }),
      true,
      opts,
    );
  }

  private async addBatches(
    fill: (write: (entries: readonly Entry[]) => Promise<void>) => Promise<void>,
    many: boolean,
    opts: { unfinishedAsDrafts?: boolean; kind?: 'completed' | 'imported' },
  ): Promise<AddResult> {
    return this.folder.locked(async (stillHeld) => {
      // one session: only the files it could already be in; many: the names once, files read only where a name is there
      let existing: Set<string> | undefined;
      const seen = new Set<string>();
      const touched = new Set<string>();
      const sealing = await this.folder.sealing();
      const added: string[] = [];
      let offered = 0;
      const write = async (entries: readonly Entry[]): Promise<void> => {
        offered += entries.length;
        if (entries.length === 0) return;
        if (!existing && many) existing = new Set((await this.folder.names()).filter((n) => n.conflictOf === undefined).map((n) => n.file));
        for (const e of entries) {
          if (seen.has(e.id)) continue;
          seen.add(e.id);
          // a name held by a different session is never written over: the session gets a longer one
          const { name, there } = await this.sessions.place(e, existing);
          if (there) continue;
          // an unfinished session (from an export) becomes a draft again, so `resume` can finish it
          const asDraft = opts.unfinishedAsDrafts && e.status === 'unfinished';
          const file = asDraft ? unfinishedPath(this.folder.dir, name) : sessionPath(this.folder.dir, name);
          existing?.add(file);
          if (!touched.has(path.dirname(file)))
            await mkdir(path.dirname(file), { recursive: true, mode: 0o700 }).then(() => removeOrphanTemps(path.dirname(file)));
          if (!many) stillHeld();
          const low = new Low<SessionDoc>(new SessionAdapter(file, sealing, !many), {});
          low.data = e as unknown as SessionDoc;
          await low.write();
          // an imported session's file carries the time it was last written, its finish (never a time to come), as a
          // restore with its times would: the look for a client's last session passes over older files by it
          if (opts.kind === 'imported' && !asDraft) {
            const at = writtenAt(e, this.folder.clock.now());
            await utimes(file, at, at);
          }
          touched.add(path.dirname(file));
          added.push(e.id);
        }
        if (many) stillHeld();
      };
      await fill(write);
      if (many) {
        stillHeld();
        for (const dir of touched) await fsyncDir(dir);
      }
      await this.change(opts.kind ?? (many ? 'imported' : 'completed'), added);
      return { added: added.length, skipped: offered - added.length };
    });
  }

  /** A full disk while saving a running session: exit 1, saying that what came before is kept and how to go on. */
  private full(id: string): (e: unknown) => never {
    return (e) => {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOSPC' || code === 'EDQUOT' || e instanceof DiskFull)
        throw new DiskFull(...journalTexts(this.folder.lang).storeFull(id.slice(0, 8)));
      throw e;
    };
  }

  /** Saves an unfinished session: its one file, sealed when the journal is. */
  async saveDraft(d: Draft): Promise<void> {
    const checked = checkDraft(d);
    if (!checked.ok) throw new Error(journalTexts(this.folder.lang).bugDraftShape(checked.where));
    await this.claim(d.entry).catch(this.full(d.entry.id));
    await this.writeDraft(d).catch(this.full(d.entry.id));
  }

  private async writeDraft(d: Draft): Promise<void> {
    await this.folder.locked(async (stillHeld) => {
      const file = unfinishedPath(this.folder.dir, (await this.sessions.place(d.entry)).name);
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await removeOrphanTemps(path.dirname(file));
      const low = await this.low(file);
      low.data = docOfDraft(d);
      stillHeld();
      await low.write();
    });
  }

  /**
   * Puts the finished session in `sessions/`: its draft file is rewritten
   * with the complete session and then renamed there, so the session is in
   * exactly one of the two folders at every moment. A session completed
   * meanwhile by another process is exit 3.
   */
  async completeDraft(entry: Entry): Promise<void> {
    checkEntry(this.folder.lang)(entry);
    await this.claim(entry).catch(this.full(entry.id));
    await this.writeComplete(entry).catch(this.full(entry.id));
    await this.sessions.unclaim(entry.id);
  }

  private async writeComplete(entry: Entry): Promise<void> {
    await this.folder.locked(async (stillHeld) => {
      const { name } = await this.sessions.place(entry);
      const draftFile = unfinishedPath(this.folder.dir, name);
      const target = sessionPath(this.folder.dir, name);
      const old = await this.readLow(await this.low(draftFile));
      const done = await this.readLow(await this.low(target));
      if (done && done['id'] === entry.id) {
        if (old) await unlink(draftFile);
        throw fail(EXIT.journal, journalTexts(this.folder.lang).completedElsewhere(entry.id.slice(0, 8)));
      }
      await mkdir(path.dirname(draftFile), { recursive: true, mode: 0o700 });
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      for (const dir of [path.dirname(draftFile), path.dirname(target)]) await removeOrphanTemps(dir); // killed writes' temp files: whole sessions
      const low = await this.low(draftFile);
      low.data = { ...unknownKeys(old), ...(entry as unknown as SessionDoc) };
      stillHeld();
      await low.write();
      await rename(draftFile, target);
      await fsyncDir(path.dirname(target));
      await fsyncDir(path.dirname(draftFile));
      await this.change('completed', [entry.id]);
    });
  }

  /** Replaces the complete session with this id (journal edit), keeping keys a newer oplos wrote. */
  async updateEntry(entry: Entry): Promise<void> {
    checkEntry(this.folder.lang)(entry);
    if (entry.status !== 'complete') throw new Error(journalTexts(this.folder.lang).bugUpdateIncomplete());
    await this.folder.locked(async (stillHeld) => {
      const files = (await this.filesOf(new Set([entry.id]))).get(entry.id)?.filter((n) => n.complete) ?? [];
      const current = files[0];
      if (!current) throw fail(EXIT.usage, journalTexts(this.folder.lang).unknownId(entry.id));
      const old = await this.readLow(await this.low(current.file));
      if (current.name.slice(0, 18) !== sessionNames(entry)[0]!.slice(0, 18)) this.sessions.forgetPlace(entry.id);
      const target =
        current.name.slice(0, 18) === sessionNames(entry)[0]!.slice(0, 18)
          ? current.file
          : sessionPath(this.folder.dir, (await this.sessions.place(entry)).name);
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      const low = await this.low(target);
      low.data = { ...unknownKeys(old), ...(entry as unknown as SessionDoc) };
      stillHeld();
      await low.write();
      if (current.file !== target) {
        await unlink(current.file);
        await fsyncDir(path.dirname(current.file));
      }
      await this.change('edited', [entry.id]);
    });
  }

  /** Removes the sessions (complete or unfinished) with these exact ids; how many went. A damaged file goes when asked by its id. */
  async delete(ids: readonly string[]): Promise<number> {
    return (await this.deleteEvery(ids)).sessions;
  }

  /**
   * Removes every copy of the sessions with these exact ids (delete-sessions.ts):
   * sync copies, versions set aside and temporary files too. A session that a
   * process is running is refused (exit 3 naming it) before anything goes.
   */
  deleteEvery(ids: readonly string[]): Promise<DeleteResult> {
    return deleteEveryCopy(
      this.folder,
      ids,
      (id) => this.sessions.holds(id),
      (gone) => this.change('deleted', gone),
    );
  }

  /** Is there a damaged file that `id` names (its name's id part a start of it)? */
  damagedWithId(id: string): Promise<boolean> {
    return damagedWithId(this.folder, id);
  }

  /** Removes every session (complete or unfinished) for which `pred` holds; how many went. */
  async deleteWhere(pred: (e: Entry) => boolean): Promise<number> {
    const ids = (await this.reads.readAll()).filter(pred).map((e) => e.id);
    return ids.length === 0 ? 0 : this.delete(ids);
  }

  /** Encrypts the journal, file by file (an interrupted run is finished by the next). */
  async encrypt(passphrase: string): Promise<void> {
    await this.folder.locked(async (stillHeld) => {
      await switchEncryption(this.folder, true, passphrase, stillHeld);
      await this.change('encryption', []);
    });
  }

  /** Removes temporary files of interrupted writes (hold the journal lock); how many went. */
  removeTemps(): Promise<number> {
    return removeTemps(this.folder);
  }

  /** The files of an encrypted journal that are plain (or sealed the old way, not bound to their session): found without the key. */
  unsealed(): Promise<{ plain: string[]; oldSeal: string[] }> {
    return unsealedFiles(this.folder);
  }

  /**
   * Writes every file of the inventory in the journal's mode: in an encrypted
   * journal every plain file (and one sealed the old way) sealed, bound to its
   * name. Temporary files go first. The files rewritten.
   */
  async sealAsRecorded(): Promise<string[]> {
    return this.folder.locked(async (stillHeld) => {
      await removeTemps(this.folder);
      const done = await sealAsRecorded(this.folder, stillHeld);
      if (done.length > 0) await this.change('encryption', []);
      return done;
    });
  }

  /** Stores the journal unencrypted again (asks for the passphrase). */
  async decrypt(): Promise<void> {
    await this.folder.locked(async (stillHeld) => {
      await switchEncryption(this.folder, false, undefined, stillHeld);
      await this.change('encryption', []);
    });
  }
}

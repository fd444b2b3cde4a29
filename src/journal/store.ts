/**
 * The journal (layout 2): a folder of session files. Every write holds the
 * journal lock and goes to a temporary file that is flushed and renamed into
 * place; adding or completing a session touches that session's files only.
 * A session being run by a process is claimed with a lock of its own, so a
 * second `resume` of it is refused. Reading: journal-reads.ts; the folder:
 * journal-base.ts; opening and bringing layout 1 in: open.ts.
 */
import { Low } from 'lowdb';
import { DiskFull, EXIT } from '../errors.js';
import { mkdir, rename, stat, unlink, utimes } from 'node:fs/promises';
import path from 'node:path';
import type { Draft, Entry } from '../domain/types.js';
import { fsyncDir, removeOrphanTemps } from './atomic.js';
import { switchEncryption } from './encryption-switch.js';
import type { HeldLock } from './lock.js';
import { JournalReads } from './journal-reads.js';
import { parseName, sessionName, sessionPath, unfinishedPath, UNFINISHED, type Named } from './layout.js';
import { fail, journalTexts } from './messages.js';
import { checkDraft, checkEntry, ID_PATTERN } from './shape.js';
import { DamagedFile, docOfDraft, SessionAdapter, type SessionDoc } from './session-file.js';

export type { JournalChange, OpenJournalOptions } from './journal-base.js';
export type { LastSessionQuery } from './journal-reads.js';

export interface AddResult {
  readonly added: number;
  readonly skipped: number;
}

const KNOWN = new Set(['id', 'set', 'setRevision', 'lang', 'client', 'participants', 'tags', 'status', 'startedAt', 'finishedAt', 'answers', 'pending']);

/** The keys of a stored document this oplos does not know (a newer one wrote them): kept on rewrite. */
const unknownKeys = (doc: SessionDoc | null): SessionDoc => {
  const out: SessionDoc = {};
  if (doc) for (const [k, v] of Object.entries(doc)) if (!KNOWN.has(k)) out[k] = v;
  return out;
};

/** When a session was last written: its finish, else its start; never later than `now`. */
const writtenAt = (e: Entry, now: Date): Date => {
  const t = Date.parse(e.finishedAt ?? e.startedAt);
  return Number.isNaN(t) || t > now.getTime() ? now : new Date(t);
};

export class Journal extends JournalReads {
  private readonly claims = new Map<string, HeldLock>();

  private async change(kind: 'completed' | 'edited' | 'deleted' | 'imported' | 'encryption', ids: readonly string[]): Promise<void> {
    if (ids.length > 0 || kind === 'encryption') await this.opts.onChange?.({ kind, ids });
  }

  /** Claims the session `e` for this process (once): a second process running it is exit 3 naming it. */
  private async claim(e: { id: string; startedAt: string }): Promise<void> {
    if (this.claims.has(e.id)) return;
    await this.ensureFolder();
    const lock = await this.sessionLock(`${unfinishedPath(this.dir, sessionName(e))}.lock`, e.id);
    this.claims.set(e.id, lock);
  }

  private async unclaim(id: string): Promise<void> {
    await this.claims.get(id)?.release();
    this.claims.delete(id);
  }

  /** Lets go of every session this process claimed (for an exit handler). */
  releaseClaimsSync(): void {
    for (const lock of this.claims.values()) lock.releaseSync();
    this.claims.clear();
  }

  private async low(file: string, durable = true): Promise<Low<SessionDoc>> {
    const low = new Low<SessionDoc>(new SessionAdapter(file, await this.sealing(), durable), {});
    return low;
  }

  private async readLow(low: Low<SessionDoc>): Promise<SessionDoc | null> {
    try {
      await low.read();
      return low.data && Object.keys(low.data).length > 0 ? low.data : null;
    } catch (e) {
      if (e instanceof DamagedFile) throw fail(EXIT.journal, journalTexts(this.lang).damagedFile(e.file, e.why));
      throw this.unusable(e);
    }
  }

  /** The files of the sessions with these ids (complete and unfinished; a damaged file counts by its name). */
  private async filesOf(ids: ReadonlySet<string>): Promise<Map<string, Named[]>> {
    const heads = new Set([...ids].map((id) => id.slice(0, 8)));
    const names = (await this.names()).filter((n) => heads.has(n.id8) && n.conflictOf === undefined);
    const out = new Map<string, Named[]>();
    for (const n of names) {
      const d = await this.readNamed(n);
      let id: string | undefined;
      if (d?.ok) id = String(d.doc['id']);
      else if (d) {
        const asked = [...ids].filter((i) => i.slice(0, 8) === n.id8);
        if (asked.length === 1) id = asked[0];
      }
      if (id === undefined || !ids.has(id)) continue;
      out.set(id, [...(out.get(id) ?? []), n]);
    }
    return out;
  }

  /** Adds sessions with their ids; an id already there (or repeated) is skipped and counted. Import writes without a flush per file and flushes each folder once at the end. */
  async add(entries: readonly Entry[], opts: { unfinishedAsDrafts?: boolean; kind?: 'completed' | 'imported' } = {}): Promise<AddResult> {
    entries.forEach(checkEntry(this.lang));
    return this.addBatches(async (write) => write(entries), entries.length > 1, opts);
  }

  /**
   * `add` for sessions that come in batches (an import read a piece at a
   * time): one lock, the names listed once, no flush per file, each folder
   * flushed once at the end. `fill` calls `write` with each batch, checked.
   */
  async addMany(fill: (write: (entries: readonly Entry[]) => Promise<void>) => Promise<void>, opts: { unfinishedAsDrafts?: boolean; kind?: 'completed' | 'imported' } = {}): Promise<AddResult> {
    return this.addBatches(async (write) => fill(async (batch) => {
      batch.forEach(checkEntry(this.lang));
      await write(batch);
    }), true, opts);
  }

  private async addBatches(fill: (write: (entries: readonly Entry[]) => Promise<void>) => Promise<void>, many: boolean, opts: { unfinishedAsDrafts?: boolean; kind?: 'completed' | 'imported' }): Promise<AddResult> {
    return this.locked(async (stillHeld) => {
      // one session: only the files it could already be in; many: the names once, files read where an id's head repeats
      let byHead: Map<string, Named[]> | undefined;
      const seen = new Set<string>();
      const touched = new Set<string>();
      const sealing = await this.sealing();
      const added: string[] = [];
      let offered = 0;
      const write = async (entries: readonly Entry[]): Promise<void> => {
        offered += entries.length;
        if (entries.length === 0) return;
        if (!byHead) {
          byHead = new Map();
          if (many) {
            for (const n of await this.names()) byHead.set(n.id8, [...(byHead.get(n.id8) ?? []), n]);
          } else {
            const e = entries[0]!;
            const name = sessionName(e);
            for (const [file, complete] of [[sessionPath(this.dir, name), true], [unfinishedPath(this.dir, name), false]] as const) {
              const n = parseName(name, path.dirname(file), complete);
              if (n && (await stat(file).then(() => true, () => false))) byHead.set(n.id8, [...(byHead.get(n.id8) ?? []), n]);
            }
          }
        }
        for (const e of entries) {
          if (seen.has(e.id)) continue;
          seen.add(e.id);
          const same = byHead.get(e.id.slice(0, 8)) ?? [];
          let there = false;
          for (const n of same) {
            const d = await this.readNamed(n);
            if (d?.ok && d.doc['id'] === e.id) there = true;
          }
          if (there) continue;
          // an unfinished session (from an export) becomes a draft again, so `resume` can finish it
          const asDraft = opts.unfinishedAsDrafts && e.status === 'unfinished';
          const file = asDraft ? unfinishedPath(this.dir, sessionName(e)) : sessionPath(this.dir, sessionName(e));
          if (!touched.has(path.dirname(file))) await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
          if (!many) stillHeld();
          const low = new Low<SessionDoc>(new SessionAdapter(file, sealing, !many), {});
          low.data = e as unknown as SessionDoc;
          await low.write();
          // an imported session's file carries the time it was last written, its finish (never a time to come), as a
          // restore with its times would: the look for a client's last session passes over older files by it
          if (opts.kind === 'imported' && !asDraft) {
            const at = writtenAt(e, this.clock.now());
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
      if (code === 'ENOSPC' || code === 'EDQUOT') throw new DiskFull(...journalTexts(this.lang).storeFull(id.slice(0, 8)));
      throw e;
    };
  }

  /** Saves an unfinished session: its one file, sealed when the journal is. */
  async saveDraft(d: Draft): Promise<void> {
    const checked = checkDraft(d);
    if (!checked.ok) throw new Error(journalTexts(this.lang).bugDraftShape(checked.where));
    await this.claim(d.entry).catch(this.full(d.entry.id));
    await this.writeDraft(d).catch(this.full(d.entry.id));
  }

  private async writeDraft(d: Draft): Promise<void> {
    await this.locked(async (stillHeld) => {
      const file = unfinishedPath(this.dir, sessionName(d.entry));
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
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
    checkEntry(this.lang)(entry);
    await this.claim(entry).catch(this.full(entry.id));
    await this.writeComplete(entry).catch(this.full(entry.id));
    await this.unclaim(entry.id);
  }

  private async writeComplete(entry: Entry): Promise<void> {
    await this.locked(async (stillHeld) => {
      const name = sessionName(entry);
      const draftFile = unfinishedPath(this.dir, name);
      const target = sessionPath(this.dir, name);
      const old = await this.readLow(await this.low(draftFile));
      const done = await this.readLow(await this.low(target));
      if (done && done['id'] === entry.id) {
        if (old) await unlink(draftFile);
        throw fail(EXIT.journal, journalTexts(this.lang).completedElsewhere(entry.id.slice(0, 8)));
      }
      await mkdir(path.dirname(draftFile), { recursive: true, mode: 0o700 });
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      await removeOrphanTemps(path.dirname(draftFile));
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
    checkEntry(this.lang)(entry);
    if (entry.status !== 'complete') throw new Error(journalTexts(this.lang).bugUpdateIncomplete());
    await this.locked(async (stillHeld) => {
      const files = (await this.filesOf(new Set([entry.id]))).get(entry.id)?.filter((n) => n.complete) ?? [];
      const current = files[0];
      if (!current) throw fail(EXIT.usage, journalTexts(this.lang).unknownId(entry.id));
      const old = await this.readLow(await this.low(current.file));
      const target = sessionPath(this.dir, sessionName(entry));
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
    for (const id of ids) if (!ID_PATTERN.test(id)) throw fail(EXIT.usage, journalTexts(this.lang).badId(id));
    return this.locked(async (stillHeld) => {
      const files = await this.filesOf(new Set(ids));
      const gone: string[] = [];
      for (const [id, list] of files) {
        stillHeld();
        for (const n of list) await unlink(n.file).catch((e: NodeJS.ErrnoException) => {
          if (e.code !== 'ENOENT') throw e;
        });
        for (const dir of new Set(list.map((n) => path.dirname(n.file)))) await fsyncDir(dir);
        gone.push(id);
      }
      await this.change('deleted', gone);
      return gone.length;
    });
  }

  /** Is there a damaged file that `id` names (its first 8 characters the file's)? */
  async damagedWithId(id: string): Promise<boolean> {
    for (const n of await this.names()) {
      if (n.id8 !== id.slice(0, 8)) continue;
      const d = await this.readNamed(n);
      if (d && !d.ok) return true;
    }
    return false;
  }

  /** Removes every session (complete or unfinished) for which `pred` holds; how many went. */
  async deleteWhere(pred: (e: Entry) => boolean): Promise<number> {
    const ids = (await this.readAll()).filter(pred).map((e) => e.id);
    return ids.length === 0 ? 0 : this.delete(ids);
  }

  /** Encrypts the journal, file by file (an interrupted run is finished by the next). */
  async encrypt(passphrase: string): Promise<void> {
    await this.locked(async (stillHeld) => {
      await switchEncryption(this, true, passphrase, stillHeld);
      await this.change('encryption', []);
    });
  }

  /** Stores the journal unencrypted again (asks for the passphrase). */
  async decrypt(): Promise<void> {
    await this.locked(async (stillHeld) => {
      await switchEncryption(this, false, undefined, stillHeld);
      await this.change('encryption', []);
    });
  }

  /** For the switch: the record as read under the lock, and setting it. */
  get currentRecord() {
    return this.record;
  }

  /** Sets the record (the switch writes it too); the key is derived anew from it. */
  set currentRecord(r) {
    this.record = r;
    this.forgetKey();
  }

  get unfinishedDir(): string {
    return path.join(this.dir, UNFINISHED);
  }
}

/**
 * Deleting a session: every copy of it that the inventory knows (its file,
 * sync copies, versions set aside in conflicts/) and the temporary files of
 * interrupted writes, under the journal lock; and whether a damaged file is
 * named by an id (so `journal delete` can remove it). Used by the journal's
 * writes (store.ts).
 */
import { unlink } from 'node:fs/promises';
import path from 'node:path';
import { EXIT } from '../errors.js';
import { fsyncDir } from './atomic.js';
import { everyCopyOf } from './copies.js';
import { removeTemps } from './encryption-switch.js';
import { inventory } from './inventory.js';
import type { JournalFolder } from './journal-folder.js';
import type { HeldLock } from './lock.js';
import { fail, journalTexts } from './messages.js';
import { ID_PATTERN } from './shape.js';

export interface DeleteResult {
  /** sessions removed */
  readonly sessions: number;
  /** files removed besides each session's own: sync copies, versions set aside, temporary files */
  readonly copies: number;
}

/**
 * Removes every copy of the sessions with these exact ids: every file of the
 * inventory that holds one (its file, sync copies, versions set aside in
 * conflicts/), and the temporary files of interrupted writes. A session
 * that a process is running is refused (exit 3 naming it) before anything goes;
 * one this process `holds` is not. `deleted` runs with the ids that went, the lock still held.
 */
export const deleteEveryCopy = async (
  folder: JournalFolder,
  ids: readonly string[],
  holds: (id: string) => boolean,
  deleted: (ids: readonly string[]) => Promise<void>,
): Promise<DeleteResult> => {
  for (const id of ids) if (!ID_PATTERN.test(id)) throw fail(EXIT.usage, journalTexts(folder.lang).badId(id));
  return folder.locked(async (stillHeld) => {
    const asked = new Set(ids);
    const files = await everyCopyOf(folder, asked);
    // a session running in another process would write its draft back: refused, naming that process
    const held: HeldLock[] = [];
    try {
      for (const [id, list] of files)
        for (const f of list) if (f.kind === 'draft' && !holds(id)) held.push(await folder.sessionLock(`${f.path}.lock`, id));
      const temps = await inventory(folder.dir, { kinds: ['temp'] });
      const gone: string[] = [];
      let copies = 0;
      for (const [id, list] of files) {
        stillHeld();
        let own = false;
        for (const f of list) {
          await unlink(f.path).catch((e: NodeJS.ErrnoException) => {
            if (e.code !== 'ENOENT') throw e;
          });
          if (!own && (f.kind === 'session' || f.kind === 'draft')) own = true;
          else copies++;
        }
        copies += temps.filter((t) => t.idPart !== '' && id.startsWith(t.idPart)).length;
        for (const dir of new Set(list.map((f) => path.dirname(f.path)))) await fsyncDir(dir);
        gone.push(id);
      }
      // temporary files of interrupted writes hold whole sessions: none is left (this process holds the lock every writer holds)
      await removeTemps(folder);
      await deleted(gone);
      return { sessions: gone.length, copies };
    } finally {
      for (const l of held) await l.release();
    }
  });
};

/** Is there a damaged file that `id` names (its name's id part a start of it)? */
export const damagedWithId = async (folder: JournalFolder, id: string): Promise<boolean> => {
  for (const f of await inventory(folder.dir)) {
    if (f.kind === 'temp' || f.idPart === '' || !id.startsWith(f.idPart) || f.idPart.length < Math.min(8, id.length)) continue;
    const d = await folder.readPath(f.path).catch(() => ({ ok: false, why: 'unreadable' }) as const);
    if (d && !d.ok) return true;
  }
  return false;
};

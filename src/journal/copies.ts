/**
 * Which files are a session's: where its file is or goes (a name never
 * replaces another session's file), and every file of the inventory that
 * holds it (for delete). A file is matched by the id inside it; a damaged
 * one, which cannot be read for its id, by the id part of its name.
 */
import { EXIT } from '../errors.js';
import { inventory, mayHold, type InventoryFile } from './inventory.js';
import { sessionNames, sessionPath, unfinishedPath } from './layout.js';
import { fail, journalTexts } from './messages.js';
import type { Decoded } from './session-file.js';

/** What placing and finding need of a journal. */
export interface Reader {
  readonly dir: string;
  readonly lang: string;
  readPath(file: string): Promise<Decoded | undefined>;
}

const readOrDamaged = (j: Reader, file: string): Promise<Decoded | undefined> =>
  j.readPath(file).catch(() => ({ ok: false, why: 'unreadable' }) as const);

/**
 * Where the session `e`'s file is, or goes: the shortest of its names that
 * holds it, else the shortest that no file has (a name held by a different
 * session, or by a damaged file, is never written over). `existing`: the
 * files there are (when listed already), so no other name is looked at.
 */
export const placeOf = async (
  j: Reader,
  e: { id: string; startedAt: string },
  existing?: ReadonlySet<string>,
): Promise<{ name: string; there: boolean }> => {
  let free: string | undefined;
  for (const name of sessionNames(e)) {
    let taken = false;
    for (const file of [sessionPath(j.dir, name), unfinishedPath(j.dir, name)]) {
      if (existing && !existing.has(file)) continue;
      const d = await readOrDamaged(j, file);
      if (d === undefined) continue;
      if (d.ok && d.doc['id'] === e.id) return { name, there: true };
      taken = true;
    }
    if (!taken) free ??= name;
  }
  if (free === undefined)
    throw fail(
      EXIT.journal,
      journalTexts(j.lang).damagedFile(sessionPath(j.dir, sessionNames(e).at(-1)!), 'another file holds every name of this session'),
    );
  return { name: free, there: false };
};

/** Which of `ids` a file holds: its session's id, or for a damaged file the one asked id its name fits. */
export const idIn = (d: Decoded | undefined, idPart: string, ids: ReadonlySet<string>): string | undefined => {
  let id: string | undefined;
  if (d?.ok) id = String(d.doc['id']);
  else if (d) {
    const asked = [...ids].filter((i) => idPart !== '' && mayHold(idPart, i));
    if (asked.length === 1) id = asked[0];
  }
  return id !== undefined && ids.has(id) ? id : undefined;
};

/** Every file of the inventory (temporary files aside) that holds one of these sessions: its own file, sync copies, versions set aside. */
export const everyCopyOf = async (j: Reader, ids: ReadonlySet<string>): Promise<Map<string, InventoryFile[]>> => {
  const out = new Map<string, InventoryFile[]>();
  for (const f of await inventory(j.dir)) {
    if (f.kind === 'temp' || ![...ids].some((id) => mayHold(f.idPart, id))) continue;
    const id = idIn(await readOrDamaged(j, f.path), f.idPart, ids);
    if (id !== undefined) out.set(id, [...(out.get(id) ?? []), f]);
  }
  return out;
};

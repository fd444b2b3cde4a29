/**
 * The inventory: the ONE place that knows every kind of file in a journal
 * folder that can hold a session's text (shared/spec/journal.md, "Every copy
 * of a session"). list (its warnings), check (+ --fix), encrypt/decrypt,
 * delete and export walk it; so does git sync (which files a commit may hold).
 *
 * Kinds, and how each is recognised by its path inside the journal folder:
 *
 *   session       sessions/YYYY/<start>-<id part>.json          a complete session
 *   draft         unfinished/<start>-<id part>.json             a session under way
 *   session-copy  sessions/YYYY/<name>.sync-conflict-….json,
 *                 `<name> (conflicted copy …).json`, `<name> (1).json`   a sync tool's copy
 *   draft-copy    the same, in unfinished/
 *   set-aside     conflicts/<any of the names above>            what `journal check --fix` set aside
 *   temp          `.<any of the names above>.<random>.tmp` in any of these folders
 *                 (also one whose name is cut short): an interrupted write, the whole session in it
 *
 * API:
 *   classifyJournalPath(rel)  what a path relative to the journal folder ('/' or the OS separator) is:
 *                             { kind, name, idPart } or undefined (the record, a lock, anything else);
 *                             `name` is the session file's own name, `idPart` the id characters it holds
 *   walkInventory(dir)        every such file of the journal at `dir`, as { path, rel, kind, name, idPart }
 *   sessionFolders(dir)       the real folders that can hold them (sessions/YYYY, unfinished, conflicts)
 *   holdsSessionText(kind)    true for every kind (temp files included): the list is the point
 *
 * A file's name never holds a client label or an answer, so classifying reads
 * nothing. What a file holds (which session, sealed or plain) is read by the
 * callers; `idPart` lets them read only the files that can be of one session.
 */
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { CONFLICTS, parseName, SESSIONS, UNFINISHED } from './layout.js';

export type InventoryKind = 'session' | 'draft' | 'session-copy' | 'draft-copy' | 'set-aside' | 'temp';

export const INVENTORY_KINDS: readonly InventoryKind[] = ['session', 'draft', 'session-copy', 'draft-copy', 'set-aside', 'temp'];

export interface Classified {
  readonly kind: InventoryKind;
  /** the session file's own name (`2026-11-22T093000Z-0b7c1d2e.json`); undefined for a temp file whose name is cut short */
  readonly name: string | undefined;
  /** the id characters the name holds (8, or more where a name was taken); '' when unknown */
  readonly idPart: string;
}

export interface InventoryFile extends Classified {
  /** the absolute path */
  readonly path: string;
  /** the path inside the journal folder, with '/' */
  readonly rel: string;
}

export const holdsSessionText = (kind: InventoryKind): boolean => INVENTORY_KINDS.includes(kind);

const YEAR = /^\d{4}$/;
const TEMP = /^\.(.+)\.[0-9a-f]+\.tmp$/;

/** What a bare file name is in a folder of `where` kind. */
const classifyName = (base: string, where: 'sessions' | 'unfinished' | 'conflicts'): Classified | undefined => {
  const temp = TEMP.exec(base);
  if (temp) {
    const inner = classifyName(temp[1]!, where);
    return { kind: 'temp', name: inner?.name, idPart: inner?.idPart ?? '' };
  }
  if (base.startsWith('.') && base.endsWith('.tmp')) return { kind: 'temp', name: undefined, idPart: '' };
  if (!base.endsWith('.json')) return undefined;
  const n = parseName(base, '', where === 'sessions');
  if (!n) return undefined;
  const name = n.conflictOf ?? n.name;
  if (where === 'conflicts') return { kind: 'set-aside', name, idPart: n.id8 };
  if (where === 'sessions') return { kind: n.conflictOf ? 'session-copy' : 'session', name, idPart: n.id8 };
  return { kind: n.conflictOf ? 'draft-copy' : 'draft', name, idPart: n.id8 };
};

/** What the file at `rel` (relative to the journal folder) is, or undefined when it holds no session's text. */
export const classifyJournalPath = (rel: string): Classified | undefined => {
  const parts = rel.split(/[\\/]+/).filter((p) => p !== '' && p !== '.');
  if (parts.length === 3 && parts[0] === SESSIONS && YEAR.test(parts[1]!)) return classifyName(parts[2]!, 'sessions');
  if (parts.length === 2 && parts[0] === UNFINISHED) return classifyName(parts[1]!, 'unfinished');
  if (parts.length === 2 && parts[0] === CONFLICTS) return classifyName(parts[1]!, 'conflicts');
  return undefined;
};

const entries = async (dir: string): Promise<Dirent[]> => {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw e;
  }
};

/** The folders of the journal at `dir` that can hold session text: each real year folder, unfinished/, conflicts/. */
export const sessionFolders = async (dir: string): Promise<string[]> => {
  const years = (await entries(path.join(dir, SESSIONS)))
    .filter((d) => d.isDirectory() && YEAR.test(d.name))
    .map((d) => `${SESSIONS}/${d.name}`);
  return [...years.sort(), UNFINISHED, CONFLICTS];
};

/** Every file of the journal at `dir` that can hold a session's text (year folders that are symlinks are not followed). */
export async function* walkInventory(dir: string, o: { kinds?: readonly InventoryKind[] } = {}): AsyncGenerator<InventoryFile> {
  for (const folder of await sessionFolders(dir)) {
    for (const d of await entries(path.join(dir, folder))) {
      if (d.isDirectory()) continue;
      const rel = `${folder}/${d.name}`;
      const c = classifyJournalPath(rel);
      if (!c || (o.kinds && !o.kinds.includes(c.kind))) continue;
      yield { ...c, rel, path: path.join(dir, ...rel.split('/')) };
    }
  }
}

/** The whole inventory as a list. */
export const inventory = async (dir: string, o: { kinds?: readonly InventoryKind[] } = {}): Promise<InventoryFile[]> => {
  const out: InventoryFile[] = [];
  for await (const f of walkInventory(dir, o)) out.push(f);
  return out;
};

/** The id part of a session file's name (for binding a sealed file to it); '' when the name is none. */
export const idPartOfFile = (file: string): string => {
  const base = path.basename(file);
  const n = parseName(base, '', true);
  return n ? n.id8 : '';
};

/** Can the file with `idPart` hold the session `id`? (An unknown id part can hold any.) */
export const mayHold = (idPart: string, id: string): boolean => idPart === '' || id.startsWith(idPart);

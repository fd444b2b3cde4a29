/**
 * The listing of a journal's session files by name, without opening any: the
 * year folders of `sessions/` (a symlink or a file in their place refused),
 * every name at once (`names`), and the listing cheap at any size that reads
 * a year folder only when a reader gets to it (`listingOf`). Used by the
 * journal folder (journal-folder.ts).
 */
import { readdirSync, type Dirent } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { EXIT } from '../errors.js';
import { notRegular } from './atomic.js';
import { byNameNewestFirst, CONFLICTS, kindOfName, parseName, SESSIONS, UNFINISHED, type Named } from './layout.js';
import { fail, journalTexts } from './messages.js';

/** how many names of a listing are made into `Named`s at a time */
const LISTING_CHUNK = 256;

/**
 * The session files as a listing cheap at any size: a folder is read as
 * names only (nothing opened, nothing parsed), and a year is sorted and
 * parsed only when a reader gets that far back.
 */
export interface Listing {
  /** sessions: complete ones, and unfinished ones whose session is not complete; sync copies left out (when counted) */
  readonly total: number | undefined;
  /** sync tools' copies found (journal check deals with them): in unfinished/, and in the year folders when counted */
  readonly copies: number;
  /** the session files newest first, in runs of a few hundred */
  newestFirst(): Generator<Named[]>;
}

/** What listing needs of the journal folder: where it is, the language, and how an unusable path is said. */
export interface ListedFolder {
  readonly dir: string;
  readonly lang: string;
  /** exit 3 for a path inside the journal that is a FIFO, device or socket, or cannot be read; anything else as it is */
  unusable(e: unknown): unknown;
}

const entriesOf = async (f: ListedFolder, dir: string): Promise<Dirent[]> => {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw f.unusable(e);
  }
};

/**
 * The year folders of `sessions/` (`2026`), by name. `sessions/`, a year
 * folder or `unfinished/` that is a symlink or not a folder is exit 3 naming
 * it: a write would go elsewhere, and a listing would not see it.
 */
export const yearFolders = async (f: ListedFolder): Promise<string[]> => {
  const t = journalTexts(f.lang);
  for (const top of [SESSIONS, UNFINISHED, CONFLICTS]) {
    const p = path.join(f.dir, top);
    const s = await lstat(p).catch(() => undefined);
    if (s && !s.isDirectory())
      throw fail(EXIT.journal, t.notAFile(p, s.isSymbolicLink() ? 'a symlink' : notRegular(s) === undefined ? 'a file' : notRegular(s)!));
  }
  const out: string[] = [];
  for (const d of await entriesOf(f, path.join(f.dir, SESSIONS))) {
    if (!/^\d{4}$/.test(d.name)) continue;
    if (!d.isDirectory())
      throw fail(
        EXIT.journal,
        t.notAFile(
          path.join(f.dir, SESSIONS, d.name),
          d.isSymbolicLink() ? 'a symlink' : d.isFile() ? 'a file' : d.isFIFO() ? 'a FIFO' : d.isSocket() ? 'a socket' : 'a device',
        ),
      );
    out.push(d.name);
  }
  return out;
};

const named = (f: ListedFolder, dir: string, entries: Dirent[], complete: boolean): Named[] => {
  const out: Named[] = [];
  for (const d of entries) {
    if (!d.name.endsWith('.json')) continue;
    const n = parseName(d.name, dir, complete);
    if (!n) continue;
    if (!d.isFile() && !d.isSymbolicLink())
      throw fail(
        EXIT.journal,
        journalTexts(f.lang).notAFile(
          n.file,
          d.isDirectory() ? 'a folder' : d.isFIFO() ? 'a FIFO' : d.isSocket() ? 'a socket' : 'a device',
        ),
      );
    out.push(n);
  }
  return out;
};

/** The session files, newest first by name, without opening any. */
export const namesOf = async (f: ListedFolder, which: { sessions?: boolean; unfinished?: boolean }): Promise<Named[]> => {
  const out: Named[] = [];
  if (which.sessions) {
    const root = path.join(f.dir, SESSIONS);
    const years = await yearFolders(f);
    const lists = await Promise.all(years.map(async (y) => named(f, path.join(root, y), await entriesOf(f, path.join(root, y)), true)));
    for (const l of lists) out.push(...l);
  }
  if (which.unfinished) {
    const dir = path.join(f.dir, UNFINISHED);
    out.push(...named(f, dir, await entriesOf(f, dir), false));
  }
  return out.sort(byNameNewestFirst);
};

/**
 * The listing of `names()` without its cost: drafts are named (there are
 * few); a year folder is read (names only) when a reader gets to it, or
 * all of them at once when `counted` asks for the total.
 */
export const listingOf = async (f: ListedFolder, o: { counted?: boolean }): Promise<Listing> => {
  const root = path.join(f.dir, SESSIONS);
  const yearDirs = await yearFolders(f);
  const unfinishedDir = path.join(f.dir, UNFINISHED);
  const allDrafts = named(f, unfinishedDir, await entriesOf(f, unfinishedDir), false);
  const drafts = allDrafts.filter((n) => n.conflictOf === undefined);
  // each year folder read and sorted out once (session names, and how many sync copies), when first needed
  const read = new Map<string, { sessions: string[]; copies: number }>();
  const yearOf = (y: string) => {
    let got = read.get(y);
    if (!got) {
      got = { sessions: [], copies: 0 };
      for (const name of yearDirs.includes(y) ? plainNamesOf(f, path.join(root, y)) : []) {
        const kind = kindOfName(name);
        if (kind === 'copy') got.copies++;
        else if (kind === 'session') got.sessions.push(name);
      }
      read.set(y, got);
    }
    return got;
  };
  // a draft whose complete file is there too (a completion cut off between its two renames) is not listed
  const left = (y: string): Named[] => {
    const mine = drafts.filter((d) => d.name.startsWith(y));
    if (mine.length === 0) return mine;
    const there = new Set(yearOf(y).sessions);
    return mine.filter((d) => !there.has(d.name));
  };
  const years = [...new Set([...yearDirs, ...drafts.map((n) => n.name.slice(0, 4))])].sort().reverse();
  let total: number | undefined;
  let copies = allDrafts.length - drafts.length;
  if (o.counted) {
    total = 0;
    for (const y of years) {
      total += yearOf(y).sessions.length + left(y).length;
      copies += yearOf(y).copies;
    }
  }
  return {
    total,
    copies,
    *newestFirst() {
      for (const y of years) {
        const dir = path.join(root, y);
        const open = new Map(left(y).map((d) => [d.name, d]));
        // names sort as their files' start times; a Named is made only for the part a reader gets to
        const names = [...yearOf(y).sessions, ...open.keys()].sort().reverse();
        // a session name that is a folder or a FIFO is found when it is read (readRegularSync)
        for (let k = 0; k < names.length; k += LISTING_CHUNK)
          yield names.slice(k, k + LISTING_CHUNK).map((name) => open.get(name) ?? parseName(name, dir, true)!);
      }
    },
  };
};

/** A folder's names, without a Dirent each (a year folder holds thousands). */
const plainNamesOf = (f: ListedFolder, dir: string): string[] => {
  try {
    return readdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw f.unusable(e);
  }
};

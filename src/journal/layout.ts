/**
 * Where things are in a journal folder (layout 2, shared/spec/journal.md)
 * and what a session file's name says: its start time (UTC, to the second)
 * and the first 8 characters of its id, so a listing sorts by time without
 * opening a file. Sync tools' conflict copies are recognised by their names.
 */
import path from 'node:path';

export const RECORD = 'oplos-journal.json';
export const SESSIONS = 'sessions';
export const UNFINISHED = 'unfinished';
export const CONFLICTS = 'conflicts';
export const LOCK = 'journal.lock';
export const LAYOUT1_FILE = 'journal.json';
export const LAYOUT1_BACKUP = 'journal.json.layout1-backup';

const ID8 = 8;

/** `2026-11-22T093000Z` for a start time. */
export const stamp = (startedAt: string): string => {
  const iso = new Date(startedAt).toISOString();
  return `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
};

/** The file name of a session: `2026-11-22T093000Z-0b7c1d2e.json`. */
export const sessionName = (e: { readonly startedAt: string; readonly id: string }, idChars = ID8): string =>
  `${stamp(e.startedAt)}-${e.id.slice(0, idChars)}.json`;

/**
 * The names a session may have, shortest first: 8 characters of the id, and
 * more where a name is already held by a different session (a name never
 * replaces another session's file).
 */
export const sessionNames = (e: { readonly startedAt: string; readonly id: string }): string[] => {
  const out: string[] = [];
  for (let k = ID8; k < e.id.length; k += 4) out.push(sessionName(e, k));
  out.push(sessionName(e, e.id.length));
  return [...new Set(out)];
};

/** Start years a session may have (its file name and year folder hold four digits). */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

/** Where a complete session lives: `sessions/2026/<name>`. */
export const sessionPath = (dir: string, name: string): string => path.join(dir, SESSIONS, name.slice(0, 4), name);

export const unfinishedPath = (dir: string, name: string): string => path.join(dir, UNFINISHED, name);

const NAME = /^\d{4}-\d{2}-\d{2}T\d{6}Z-[A-Za-z0-9_-]{1,128}/;
const CONFLICT = /^(?:\.sync-conflict-[^/]*| \(conflicted copy[^/]*\)| \(\d+\))$/;
const STAMP = 18; // `2026-11-22T093000Z`

/** A session file as its name describes it; the start time is worked out only when asked. */
export class Named {
  private t: number | undefined;
  constructor(
    readonly dir: string,
    readonly name: string,
    /** the characters of the id the name holds: the first 8 (more where a name was taken) */
    readonly id8: string,
    readonly complete: boolean,
    /** a sync tool's copy of another file: the original's name */
    readonly conflictOf?: string,
  ) {}

  get file(): string {
    return `${this.dir}${path.sep}${this.name}`;
  }

  /** start time in ms (to the second) */
  get time(): number {
    this.t ??= Date.UTC(
      +this.name.slice(0, 4),
      +this.name.slice(5, 7) - 1,
      +this.name.slice(8, 10),
      +this.name.slice(11, 13),
      +this.name.slice(13, 15),
      +this.name.slice(15, 17),
    );
    return this.t;
  }
}

/** The name read, or undefined for a file that is no session (a temporary file, a lock, anything else). */
export const parseName = (name: string, dir: string, complete: boolean): Named | undefined => {
  const m = NAME.exec(name);
  if (!m) return undefined;
  const head = m[0];
  const id8 = head.slice(STAMP + 1);
  const rest = name.slice(head.length, -5);
  if (rest === '') return new Named(dir, name, id8, complete);
  if (!CONFLICT.test(rest)) return undefined;
  return new Named(dir, name, id8, complete, `${head}.json`);
};

const PLAIN = /^\d{4}-\d{2}-\d{2}T\d{6}Z-[A-Za-z0-9_-]{1,128}\.json$/;

/** What a name in a session folder is, without making a `Named` of it: a session file, a sync tool's copy of one, or neither. */
export const kindOfName = (name: string): 'session' | 'copy' | undefined => {
  if (PLAIN.test(name)) return 'session';
  return name.endsWith('.json') && parseName(name, '', true)?.conflictOf !== undefined ? 'copy' : undefined;
};

/** Newest first: the names sort as their start times, then ids (as sortNewestFirst does). */
export const byNameNewestFirst = (a: Named, b: Named): number => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0);

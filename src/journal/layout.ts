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
export const sessionName = (e: { readonly startedAt: string; readonly id: string }): string =>
  `${stamp(e.startedAt)}-${e.id.slice(0, ID8)}.json`;

/** Where a complete session lives: `sessions/2026/<name>`. */
export const sessionPath = (dir: string, name: string): string => path.join(dir, SESSIONS, name.slice(0, 4), name);

export const unfinishedPath = (dir: string, name: string): string => path.join(dir, UNFINISHED, name);

const NAME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})(\d{2})Z-([A-Za-z0-9_-]{1,8})(.*)\.json$/;
const CONFLICT = /^(?:\.sync-conflict-[^/]*| \(conflicted copy[^/]*\)| \(\d+\))$/;

/** A session file as its name describes it. */
export interface Named {
  /** the full path */
  readonly file: string;
  readonly name: string;
  /** start time in ms (to the second) */
  readonly time: number;
  readonly id8: string;
  /** a sync tool's copy of another file: the original's name */
  readonly conflictOf?: string;
  readonly complete: boolean;
}

/** The name read, or undefined for a file that is no session (a temporary file, a lock, anything else). */
export const parseName = (name: string, file: string, complete: boolean): Named | undefined => {
  const m = NAME.exec(name);
  if (!m) return undefined;
  const time = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
  if (Number.isNaN(time)) return undefined;
  const rest = m[8]!;
  if (rest === '') return { file, name, time, id8: m[7]!, complete };
  if (!CONFLICT.test(rest)) return undefined;
  return { file, name, time, id8: m[7]!, complete, conflictOf: `${name.slice(0, name.length - rest.length - 5)}.json` };
};

/** Newest first; for one second, the id breaks the tie (as sortNewestFirst does). */
export const byNameNewestFirst = (a: Named, b: Named): number =>
  b.time - a.time || (a.id8 < b.id8 ? 1 : a.id8 > b.id8 ? -1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

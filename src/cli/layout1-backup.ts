/**
 * The old single-file journal (layout 1) that was brought into a folder is
 * kept beside it as `journal.json.layout1-backup` (and its drafts as
 * `….drafts`), and oplos never changes or deletes it (shared/spec/journal.md,
 * "Paths and old journals"). It therefore still holds every session it had,
 * also after `journal delete`, `purge` or `encrypt`: those commands name it,
 * so that "deleted" and "encrypted" are never said as if nothing else held
 * the text (issue 19).
 */
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { LAYOUT1_BACKUP } from '../journal/layout.js';
import { shellWord } from './invocation.js';

export interface Layout1Backup {
  /** the backup file and, when there, its drafts folder */
  readonly paths: readonly string[];
  /** the backup is not an encrypted envelope: its sessions are plain text */
  readonly plain: boolean;
  /** `rm -r …` that removes it, the paths quoted for a shell */
  readonly remove: string;
}

/** The layout-1 backup beside the journal folder `journalDir`, when there is one. */
export const layout1Backup = async (journalDir: string): Promise<Layout1Backup | undefined> => {
  const file = path.join(path.dirname(journalDir), LAYOUT1_BACKUP);
  if (
    !(await stat(file).then(
      (s) => s.isFile(),
      () => false,
    ))
  )
    return undefined;
  const drafts = `${file}.drafts`;
  const paths = [
    file,
    ...((await stat(drafts).then(
      (s) => s.isDirectory(),
      () => false,
    ))
      ? [drafts]
      : []),
  ];
  let head = '';
  try {
    const h = await open(file, 'r');
    try {
      const b = Buffer.alloc(64);
      const { bytesRead } = await h.read(b, 0, 64, 0);
      head = b.subarray(0, bytesRead).toString('latin1');
    } finally {
      await h.close();
    }
  } catch {
    // unreadable: said as plain, the safe side
  }
  return { paths, plain: !/^\s*\{\s*"oplos-encrypted"\s*:/.test(head), remove: `rm -r ${paths.map(shellWord).join(' ')}` };
};

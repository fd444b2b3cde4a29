/**
 * Opening a journal folder: the path is resolved once (symlinks followed)
 * and every write happens there; a path that is a FIFO, a device or a socket
 * is refused before anything is opened, and a layout-1 file is refused with
 * the command that brings it in. A layout-1 journal at the default place is
 * brought in on first use (see bringIn).
 */
import { chmod, lstat, realpath, rename, stat } from 'node:fs/promises';
import { EXIT } from '../errors.js';
import path from 'node:path';
import { notRegular } from './atomic.js';
import { LAYOUT1_BACKUP } from './layout.js';
import { looksLayout1, readLayout1 } from './layout1.js';
import { fail, journalTexts } from './messages.js';
import { plainRecord, readRecord, writeRecord } from './record.js';
import { Journal } from './store.js';
import type { OpenJournalOptions } from './journal-folder.js';
import { asUnfinished } from './shape.js';

/** The folder `p` names, resolved: an existing one by realpath, a new one inside its resolved parent. */
const resolveFolder = async (p: string, lang: string): Promise<string> => {
  const t = journalTexts(lang);
  const wanted = path.resolve(p);
  let s;
  try {
    s = await stat(wanted);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') throw fail(EXIT.journal, t.unreadable(wanted, code));
    if (code !== 'ENOENT') throw fail(EXIT.journal, t.unreadable(wanted, code ?? String(e)));
    const parent = await realpath(path.dirname(wanted)).catch(() => path.dirname(wanted));
    // a dangling symlink: the folder would be made through it, somewhere else
    const link = await lstat(wanted).catch(() => undefined);
    if (link?.isSymbolicLink()) throw fail(EXIT.journal, t.unreadable(wanted, 'a symlink to nothing'));
    return path.join(parent, path.basename(wanted));
  }
  if (s.isDirectory()) return realpath(wanted);
  if (s.isFile()) {
    if (await looksLayout1(wanted)) throw fail(EXIT.journal, t.layout1Given(wanted));
    throw fail(EXIT.journal, t.notAFolder(wanted));
  }
  throw fail(EXIT.journal, t.notAFile(wanted, notRegular(s) ?? 'not a folder'));
};

export interface OpenOptions extends OpenJournalOptions {
  /** a layout-1 journal to bring in first when it is there (the default place's `journal.json`) */
  readonly layout1?: string;
}

/** Opens the journal folder at `o.path` (made on the first write). */
export const openJournal = async (o: OpenOptions): Promise<Journal> => {
  const dir = await resolveFolder(o.path, o.lang);
  const journal = new Journal(o, dir, await readRecord(dir, o.lang));
  if (o.layout1) await bringIn(journal, o.layout1);
  return journal;
};

/**
 * Brings the layout-1 journal `file` in: every session and draft is written
 * into the folder (encrypted with the same passphrase when it was), read back
 * and compared, and only then is the file renamed to `journal.json.layout1-backup`
 * (its drafts folder beside it, likewise). The user is told once, with the backup's path.
 */
export const bringIn = async (j: Journal, file: string): Promise<void> => {
  const s = await stat(file).catch(() => undefined);
  if (!s?.isFile()) return;
  const t = journalTexts(j.lang);
  const old = await readLayout1(file, j.lang, j.folder.pass);
  if (old.encrypted && !j.folder.currentRecord?.encryption) {
    // the folder becomes encrypted with the old file's passphrase, and every file already in it is sealed:
    // a migration never leaves a mixed journal
    await j.encrypt(await j.folder.pass.get(file));
  } else if (!j.folder.currentRecord) {
    await j.folder.locked(async () => {
      if (!j.folder.currentRecord) await writeRecord(j.dir, plainRecord());
    });
  }
  await j.add([...old.entries, ...old.drafts.map((d) => asUnfinished(d))], { unfinishedAsDrafts: true, kind: 'imported' });
  for (const d of old.drafts) if (d.pending) await j.saveDraft(d);
  j.releaseClaimsSync();
  // read back and compared before the old file is moved aside
  const now = new Map((await j.readAll({ strict: true })).map((e) => [e.id, e]));
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const e of old.entries) if (!same(now.get(e.id), e)) throw fail(EXIT.journal, t.bringInMismatch(file, e.id));
  for (const d of old.drafts) if (!now.has(d.entry.id)) throw fail(EXIT.journal, t.bringInMismatch(file, d.entry.id));
  const backup = path.join(path.dirname(file), LAYOUT1_BACKUP);
  await rename(`${file}.drafts`, `${backup}.drafts`).catch(() => undefined);
  await rename(file, backup);
  // it holds every session it had, kept for the person to delete: closed to other users like the journal
  await chmod(backup, 0o600).catch(() => undefined);
  await chmod(`${backup}.drafts`, 0o700).catch(() => undefined);
  j.folder.notify(t.broughtIn(j.dir, backup));
};

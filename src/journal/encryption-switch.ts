/**
 * Switching a journal to and from encryption at rest, file by file, under
 * the journal lock. First every file is read (a damaged one refuses the
 * switch, naming each, and changes nothing); then `oplos-journal.json` says
 * the conversion is under way, each file is rewritten in the new mode, and
 * only then does the record say it is done. A run cut short is finished by
 * the next run of the same command (with the same passphrase); meanwhile
 * each reader reads every file by what it holds (sealed or plain).
 */
import { readdir } from 'node:fs/promises';
import { EXIT } from '../errors.js';
import path from 'node:path';
import { removeOrphanTemps, writeFileAtomic } from './atomic.js';
import { deriveKey, KDF, keyCheck, newSalt, sameCheck } from './crypto.js';
import { CONFLICTS, SESSIONS, UNFINISHED } from './layout.js';
import { fail, journalTexts } from './messages.js';
import { plainRecord, writeRecord, type JournalRecord } from './record.js';
import { encodeSession } from './session-file.js';
import type { JournalReads } from './journal-reads.js';

/** The journal as the switch sees it (store.ts's Journal, without importing it: no cycle). */
type Switching = JournalReads & { currentRecord: JournalRecord | undefined };

/** Every folder that can hold session files (and so temporary files of them). */
const folders = async (dir: string): Promise<string[]> => {
  const out = [path.join(dir, UNFINISHED), path.join(dir, CONFLICTS)];
  const root = path.join(dir, SESSIONS);
  const years = await readdir(root).catch(() => [] as string[]);
  for (const y of years) if (/^\d{4}$/.test(y)) out.push(path.join(root, y));
  return out;
};

export const switchEncryption = async (j: Switching, on: boolean, passphrase: string | undefined, stillHeld: () => void): Promise<void> => {
  const t = journalTexts(j.lang);
  const r: JournalRecord = j.currentRecord ?? plainRecord();
  const names = await j.names();
  if (on) {
    if (!passphrase) throw fail(EXIT.usage, t.emptyPassphrase());
    if (r.encryption && !r.converting) throw fail(EXIT.usage, t.alreadyEncrypted(j.dir));
    if (r.encryption) {
      // an interrupted switch: finished with the passphrase it began with
      const key = await deriveKey(passphrase, Buffer.from(r.encryption.salt, 'base64'), r.encryption.kdf);
      if (!(await sameCheck(key, r.encryption.check))) throw fail(EXIT.journal, t.wrongPassphrase(j.dir));
      j.pass.set(passphrase);
    }
  } else if (!r.encryption) throw fail(EXIT.usage, t.notEncrypted(j.dir));

  // a damaged file is never changed, and a switch that left it behind would not be whole
  const damaged: string[] = [];
  await j.readEach(names, () => undefined, (n, why) => void damaged.push(`${n.file} (${why})`));
  if (damaged.length > 0) throw fail(EXIT.journal, t.refuseDamaged(damaged));

  let next: JournalRecord;
  if (on && !r.encryption) {
    const salt = await newSalt();
    const key = await deriveKey(passphrase as string, salt, KDF);
    j.pass.set(passphrase as string);
    next = { ...r, encryption: { kdf: KDF, salt: salt.toString('base64'), check: await keyCheck(key) }, converting: 'encrypt' };
  } else next = { ...r, converting: on ? 'encrypt' : 'decrypt' };
  stillHeld();
  await j.ensureFolder();
  await writeRecord(j.dir, next);
  j.currentRecord = next;

  const sealing = await j.sealing();
  for (const dir of await folders(j.dir)) await removeOrphanTemps(dir);
  for (const n of names) {
    const d = await j.readNamed(n);
    if (!d?.ok || d.sealed === on) continue;
    stillHeld();
    await writeFileAtomic(n.file, await encodeSession(d.doc, sealing.writeKey));
  }
  const { converting: _c, encryption, ...rest } = next;
  const done: JournalRecord = on ? { ...rest, encryption } : { ...rest };
  stillHeld();
  await writeRecord(j.dir, done);
  j.currentRecord = done;
};

/**
 * Switching a journal to and from encryption at rest, file by file, under
 * the journal lock. Every file of the inventory (inventory.ts: sessions,
 * drafts, sync copies, what check --fix set aside) is converted; temporary
 * files of interrupted writes are removed first. First every file is read (a
 * damaged one refuses the switch, naming each, and changes nothing); then
 * `oplos-journal.json` says the conversion is under way, each file is
 * rewritten in the new mode, and only then does the record say it is done. A
 * run cut short is finished by the next run of the same command (with the
 * same passphrase); meanwhile each reader reads every file by what it holds
 * (sealed or plain).
 */
import { EXIT } from '../errors.js';
import { removeOrphanTemps, writeFileAtomic } from './atomic.js';
import { deriveKey, KDF, keyCheck, newSalt, sameCheck } from './crypto.js';
import { inventory, sessionFolders, type InventoryFile } from './inventory.js';
import path from 'node:path';
import { fail, journalTexts } from './messages.js';
import { plainRecord, writeRecord, type JournalRecord } from './record.js';
import { encodeSession } from './session-file.js';
import type { JournalFolder } from './journal-folder.js';

/** The journal as the switch sees it: its folder (store.ts's Journal gives it). */
type Switching = JournalFolder;

/** The session files of the inventory (temporary files aside). */
const filesOf = async (j: Switching): Promise<InventoryFile[]> => (await inventory(j.dir)).filter((f) => f.kind !== 'temp');

/** Removes the temporary files of interrupted writes (call holding the journal lock); how many went. */
export const removeTemps = async (j: Switching): Promise<number> => {
  const temps = await inventory(j.dir, { kinds: ['temp'] });
  for (const dir of await sessionFolders(j.dir)) await removeOrphanTemps(path.join(j.dir, dir));
  return temps.length;
};

/** Damaged files of the inventory, named with why: a switch or a sealing refuses while there are any. */
const damagedOf = async (j: Switching, files: readonly InventoryFile[]): Promise<string[]> => {
  const damaged: string[] = [];
  for (const f of files) {
    const d = await j.readPath(f.path);
    if (d && !d.ok) damaged.push(`${f.path} (${d.why})`);
  }
  return damaged;
};

/**
 * Writes every file of the inventory in the journal's mode now: sealed (bound
 * to its name) when the journal is encrypted, plain when not. A file sealed
 * the old way (format 1) is sealed anew. Damaged files are left as they are.
 * Call holding the journal lock; the files rewritten.
 */
export const sealAsRecorded = async (j: Switching, stillHeld: () => void, files?: readonly InventoryFile[]): Promise<string[]> => {
  const sealing = await j.sealing();
  const on = sealing.writeKey !== undefined;
  const done: string[] = [];
  for (const f of files ?? (await filesOf(j))) {
    const d = await j.readPath(f.path);
    if (!d?.ok || (on ? d.sealed === 2 : d.sealed === 0)) continue;
    stillHeld();
    await writeFileAtomic(f.path, await encodeSession(d.doc, f.path, sealing.writeKey));
    done.push(f.path);
  }
  return done;
};

/** The plain files (and the files sealed the old way) of an encrypted journal, without a key: a sealed file is told by its envelope. */
export const unsealedFiles = async (j: Switching): Promise<{ plain: string[]; oldSeal: string[] }> => {
  const { readRegularSync, utf8 } = await import('./atomic.js');
  const { isSealed, sealFormat } = await import('./crypto.js');
  const plain: string[] = [];
  const oldSeal: string[] = [];
  for (const f of await filesOf(j)) {
    let v: unknown;
    try {
      const text = utf8(readRegularSync(f.path) ?? Buffer.alloc(0));
      if (text === undefined || text === '') continue;
      v = JSON.parse(text);
    } catch {
      continue; // damaged (or gone): check reports it as such
    }
    if (!isSealed(v)) plain.push(f.path);
    else if (sealFormat(v) === 1) oldSeal.push(f.path);
  }
  return { plain, oldSeal };
};

export const switchEncryption = async (j: Switching, on: boolean, passphrase: string | undefined, stillHeld: () => void): Promise<void> => {
  const t = journalTexts(j.lang);
  const r: JournalRecord = j.currentRecord ?? plainRecord();
  if (on) {
    if (!passphrase) throw fail(EXIT.usage, t.emptyPassphrase());
    if (r.encryption) {
      // an interrupted switch (or plain files left in an encrypted journal): finished with the passphrase it began with
      const key = await deriveKey(passphrase, Buffer.from(r.encryption.salt, 'base64'), r.encryption.kdf);
      if (!(await sameCheck(key, r.encryption.check))) throw fail(EXIT.journal, t.wrongPassphrase(j.dir));
      j.pass.set(passphrase);
      j.currentRecord = r;
      if (!r.converting && (await unsealedFiles(j)).plain.length === 0) throw fail(EXIT.usage, t.alreadyEncrypted(j.dir));
    }
  } else if (!r.encryption) throw fail(EXIT.usage, t.notEncrypted(j.dir));

  await removeTemps(j);
  const files = await filesOf(j);
  // a damaged file is never changed, and a switch that left it behind would not be whole
  const damaged = await damagedOf(j, files);
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

  await sealAsRecorded(j, stillHeld, files);
  const { converting: _c, encryption, ...rest } = next;
  const done: JournalRecord = on ? { ...rest, encryption } : { ...rest };
  stillHeld();
  await writeRecord(j.dir, done);
  j.currentRecord = done;
};

/**
 * `oplos-journal.json`, the journal's own record:
 * `{"format":"oplos-journal-folder","version":2,"encryption":…}`. When the
 * journal is encrypted, `encryption` holds the KDF with its salt and
 * parameters and a key check value (never the key or the passphrase);
 * `converting` says an encrypt or decrypt is under way. Keys this oplos does
 * not know are kept when the record is rewritten.
 */
import path from 'node:path';
import { EXIT } from '../errors.js';
import { NotRegularFile, readRegular, utf8, writeFileAtomic } from './atomic.js';
import { boundedKdf, type Kdf } from './crypto.js';
import { fail, journalTexts } from './messages.js';
import { RECORD } from './layout.js';

export const FOLDER_FORMAT = 'oplos-journal-folder';
export const FOLDER_VERSION = 2;

export interface Encryption {
  readonly kdf: Kdf;
  /** base64 */
  readonly salt: string;
  /** base64 HMAC of a fixed text under the key */
  readonly check: string;
}

export interface JournalRecord {
  readonly format: typeof FOLDER_FORMAT;
  readonly version: number;
  readonly encryption?: Encryption;
  /** an encrypt or decrypt that has not finished: the next run of the same command finishes it */
  readonly converting?: 'encrypt' | 'decrypt';
  /** keys of a newer oplos, kept as they are */
  readonly [other: string]: unknown;
}

export const plainRecord = (): JournalRecord => ({ format: FOLDER_FORMAT, version: FOLDER_VERSION });

export const recordPath = (dir: string): string => path.join(dir, RECORD);

const readEncryption = (v: unknown): Encryption | 'bad' | undefined => {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) return 'bad';
  const o = v as Record<string, unknown>;
  const kdf = boundedKdf(o['kdf']);
  if (!kdf || typeof o['salt'] !== 'string' || typeof o['check'] !== 'string') return 'bad';
  return { kdf, salt: o['salt'], check: o['check'] };
};

/** The record of the journal in `dir`; undefined when there is none yet. Damaged, or of a newer oplos, is exit 3 and unchanged. */
export const readRecord = async (dir: string, lang: string): Promise<JournalRecord | undefined> => {
  const t = journalTexts(lang);
  const file = recordPath(dir);
  let bytes: Buffer | undefined;
  try {
    bytes = await readRegular(file);
  } catch (e) {
    // a FIFO, device or socket in the record's place: exit 3 naming it, never read
    if (e instanceof NotRegularFile) throw fail(EXIT.journal, t.notAFile(e.file, e.what));
    throw e;
  }
  if (bytes === undefined) return undefined;
  const text = utf8(bytes);
  if (text === undefined) throw fail(EXIT.journal, t.damagedRecord(file, 'not valid UTF-8'));
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw fail(EXIT.journal, t.damagedRecord(file, 'not valid JSON'));
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v) || (v as Record<string, unknown>)['format'] !== FOLDER_FORMAT)
    throw fail(EXIT.journal, t.damagedRecord(file, 'not an oplos journal record'));
  const o = v as Record<string, unknown>;
  const version = o['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < FOLDER_VERSION)
    throw fail(EXIT.journal, t.oldUnknown(file, version));
  if (version > FOLDER_VERSION) throw fail(EXIT.journal, t.newer(file, version, FOLDER_VERSION));
  const enc = readEncryption(o['encryption']);
  // parameters out of bounds would let a file make every try cost gigabytes or seconds
  if (enc === 'bad') throw fail(EXIT.journal, t.damagedRecord(file, 'encryption: not scrypt within bounds with a salt and a key check'));
  const converting = o['converting'];
  if (converting !== undefined && converting !== 'encrypt' && converting !== 'decrypt')
    throw fail(EXIT.journal, t.damagedRecord(file, 'converting'));
  const { encryption: _e, converting: _c, ...rest } = o;
  return {
    ...rest,
    format: FOLDER_FORMAT,
    version,
    ...(enc ? { encryption: enc } : {}),
    ...(converting ? { converting } : {}),
  } as JournalRecord;
};

/** Writes the record (durably, atomically), keeping whatever else it holds. */
export const writeRecord = async (dir: string, r: JournalRecord): Promise<void> => {
  await writeFileAtomic(recordPath(dir), `${JSON.stringify(r, null, 2)}\n`);
};

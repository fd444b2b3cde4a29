/**
 * Encryption at rest (layout 2): one key per journal, derived once per
 * process with scrypt from the passphrase and the salt and parameters kept in
 * `oplos-journal.json`, checked against the key check value there. Every
 * session file is sealed on its own with AES-256-GCM and a fresh nonce:
 * `{"oplos-sealed":2,"iv","tag","data"}` (base64), with the format and the
 * id part of the file's name as associated data, so a sealed file copied
 * under another session's name does not open. Format 1 (before issue 19: a
 * constant associated data) is still read. A wrong key or a changed byte
 * fails the tag check and is refused rather than read as rubbish.
 *
 * `unsealLayout1` reads the envelopes of layout 1 (a salt and scrypt per file),
 * only to bring an old journal in.
 */
import { fail, journalTexts } from './messages.js';
import { EXIT } from '../errors.js';

// node:crypto is loaded on first use: a plain journal never needs it
const nodeCrypto = () => import('node:crypto');

export interface Kdf {
  readonly name: 'scrypt';
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

export const KDF: Kdf = { name: 'scrypt', N: 2 ** 15, r: 8, p: 1 };

/** At most ~256 MB of memory (128·N·r bytes) and ~2 s (N·r·p) for one try, whatever a file says. */
const MAX_MEM_NR = 2 ** 21;
const MAX_WORK_NRP = 2 ** 22;

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SEALED = 'oplos-sealed';
/** format 1 (before 2026-12): one constant associated data for every file; still read, re-sealed as written */
const AAD_1 = Buffer.from('oplos-sealed:1');
/** format 2: the associated data names the format and the session (the id part of its file name) */
const aad2 = (bind: string): Buffer => Buffer.from(`oplos-sealed:2:${bind}`);
const CHECK_TEXT = 'oplos journal key check';

export type Passphrase = () => Promise<string>;

/** The KDF parameters if they are scrypt within the bounds, else undefined. */
export const boundedKdf = (v: unknown): Kdf | undefined => {
  if (typeof v !== 'object' || v === null) return undefined;
  const { name, N, r, p } = v as Record<string, unknown>;
  const int = (x: unknown, lo: number, hi: number): x is number => Number.isInteger(x) && (x as number) >= lo && (x as number) <= hi;
  if (name !== 'scrypt' || !int(N, 2, 2 ** 20) || (N & (N - 1)) !== 0 || !int(r, 1, 32) || !int(p, 1, 16)) return undefined;
  if (N * r > MAX_MEM_NR || N * r * p > MAX_WORK_NRP) return undefined;
  return { name, N, r, p };
};

export const deriveKey = async (passphrase: string, salt: Buffer, kdf: Kdf): Promise<Buffer> => {
  const { scrypt } = await nodeCrypto();
  return new Promise((resolve, reject) => {
    const maxmem = 256 * kdf.N * kdf.r * kdf.p + 2 ** 20;
    scrypt(passphrase.normalize('NFC'), salt, KEY_BYTES, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
};

/** The value kept beside the salt that tells a right passphrase from a wrong one. */
export const keyCheck = async (key: Buffer): Promise<string> => {
  const { createHmac } = await nodeCrypto();
  return createHmac('sha256', key).update(CHECK_TEXT).digest('base64');
};

export const sameCheck = async (key: Buffer, check: string): Promise<boolean> => {
  const { timingSafeEqual } = await nodeCrypto();
  const a = Buffer.from(await keyCheck(key), 'base64');
  const b = Buffer.from(check, 'base64');
  return a.length === b.length && timingSafeEqual(a, b);
};

export const newSalt = async (): Promise<Buffer> => (await nodeCrypto()).randomBytes(16);

/** Is this parsed file content a sealed session? */
export const isSealed = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && SEALED in v;

/** Could this file text be a sealed session? (False only when it surely is not.) */
export const mightBeSealedText = (text: string): boolean => text.includes(JSON.stringify(SEALED));

/**
 * `plain` sealed with `key`, as the text of a file, bound to `bind` (the id
 * part of the session file's name): a sealed file copied under another
 * session's name does not open.
 */
export const seal = async (plain: string, key: Buffer, bind: string): Promise<string> => {
  const { createCipheriv, randomBytes } = await nodeCrypto();
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad2(bind));
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const sealed = { [SEALED]: 2, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') };
  return `${JSON.stringify(sealed)}\n`;
};

const b64 = (v: unknown, bytes?: number): Buffer | undefined => {
  if (typeof v !== 'string') return undefined;
  const buf = Buffer.from(v, 'base64');
  return bytes === undefined || buf.length === bytes ? buf : undefined;
};

/** The format a sealed file was sealed in (1: not bound to its session; 2: bound). */
export const sealFormat = (sealed: Record<string, unknown>): number | undefined =>
  sealed[SEALED] === 1 || sealed[SEALED] === 2 ? sealed[SEALED] : undefined;

/** The bytes inside a sealed file; undefined when it is damaged, not sealed with this key, or (format 2) sealed for another name's session. */
export const unseal = async (sealed: Record<string, unknown>, key: Buffer, bind: string): Promise<Buffer | undefined> => {
  const iv = b64(sealed['iv'], IV_BYTES);
  const tag = b64(sealed['tag'], TAG_BYTES);
  const data = b64(sealed['data']);
  const format = sealFormat(sealed);
  if (format === undefined || !iv || !tag || !data) return undefined;
  const { createDecipheriv } = await nodeCrypto();
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(format === 1 ? AAD_1 : aad2(bind));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(data), decipher.final()]);
  } catch {
    return undefined;
  }
};

const LAYOUT1_MARK = 'oplos-encrypted';
const LAYOUT1_AAD = Buffer.from('oplos-encrypted:1');

export const isLayout1Envelope = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && LAYOUT1_MARK in v;

/** The bytes inside a layout-1 envelope; a damaged one, one with parameters out of bounds, or a wrong passphrase is exit 3. */
export const unsealLayout1 = async (envelope: Record<string, unknown>, passphrase: string, file: string, lang: string): Promise<Buffer> => {
  const t = journalTexts(lang);
  const kdf = boundedKdf(envelope['kdf']);
  const salt = b64(envelope['salt']);
  const iv = b64(envelope['iv'], IV_BYTES);
  const tag = b64(envelope['tag'], TAG_BYTES);
  const data = b64(envelope['data']);
  if (envelope[LAYOUT1_MARK] !== 1 || !kdf || !salt || salt.length < 8 || !iv || !tag || !data)
    throw fail(EXIT.journal, t.badEnvelope(file));
  const key = await deriveKey(passphrase, salt, kdf);
  const { createDecipheriv } = await nodeCrypto();
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(LAYOUT1_AAD);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(data), decipher.final()]);
  } catch {
    throw fail(EXIT.journal, t.wrongPassphrase(file));
  }
};

/**
 * A passphrase source that asks `provider` once, when first needed, and
 * remembers the answer. Without a provider, needing one is exit 3 saying how to give it.
 */
export const passphraseCache = (provider: Passphrase | undefined, lang: string) => {
  let cached: Promise<string> | undefined;
  return {
    get(file: string): Promise<string> {
      if (cached) return cached;
      if (!provider) return Promise.reject(fail(EXIT.journal, journalTexts(lang).noPassphrase(file)));
      cached = provider();
      return cached;
    },
    set(passphrase: string): void {
      cached = Promise.resolve(passphrase);
    },
    forget(): void {
      cached = undefined;
    },
  };
};
export type PassphraseCache = ReturnType<typeof passphraseCache>;

/**
 * Encryption at rest: AES-256-GCM with a key from scrypt(passphrase, salt).
 * Every write draws a new salt and nonce, so the file key is never reused;
 * the authentication tag is checked on every read, so a wrong passphrase or
 * a changed byte is refused rather than read as rubbish.
 *
 * An encrypted file is JSON:
 * `{ "oplos-encrypted": 1, "kdf": {…}, "salt", "iv", "tag", "data" }` (base64).
 */
import { fail, journalTexts } from './messages.js';

// node:crypto is loaded on first use: a plain journal never needs it, and loading it costs every start a few ms
const nodeCrypto = () => import('node:crypto');

export interface Kdf {
  readonly name: 'scrypt';
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

export const KDF: Kdf = { name: 'scrypt', N: 2 ** 15, r: 8, p: 1 };

const MARK = 'oplos-encrypted';
const AAD = Buffer.from('oplos-encrypted:1');
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type Passphrase = () => Promise<string>;

/** Is this parsed file content an encrypted envelope? */
export const isEnvelope = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && MARK in v;

const deriveKey = async (passphrase: string, salt: Buffer, kdf: Kdf): Promise<Buffer> => {
  const { scrypt } = await nodeCrypto();
  return new Promise((resolve, reject) => {
    const maxmem = 256 * kdf.N * kdf.r * kdf.p;
    scrypt(passphrase.normalize('NFC'), salt, KEY_BYTES, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
};

/** `plain` encrypted with `passphrase`, as the text of an envelope file. */
export const seal = async (plain: string, passphrase: string): Promise<string> => {
  const { createCipheriv, randomBytes } = await nodeCrypto();
  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const key = await deriveKey(passphrase, salt, KDF);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(AAD);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const envelope = {
    [MARK]: 1,
    kdf: KDF,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
  return `${JSON.stringify(envelope)}\n`;
};

const b64 = (v: unknown, bytes?: number): Buffer | undefined => {
  if (typeof v !== 'string') return undefined;
  const buf = Buffer.from(v, 'base64');
  return bytes === undefined || buf.length === bytes ? buf : undefined;
};

/** Sensible bounds, so a damaged or hostile header cannot ask for gigabytes of memory. */
const readKdf = (v: unknown): Kdf | undefined => {
  if (typeof v !== 'object' || v === null) return undefined;
  const { name, N, r, p } = v as Record<string, unknown>;
  const int = (x: unknown, lo: number, hi: number): x is number => Number.isInteger(x) && (x as number) >= lo && (x as number) <= hi;
  if (name !== 'scrypt' || !int(N, 2, 2 ** 20) || (N & (N - 1)) !== 0 || !int(r, 1, 32) || !int(p, 1, 16)) return undefined;
  if (N * r * p > 2 ** 20 * 8) return undefined;
  return { name, N, r, p };
};

/**
 * The plain text inside an envelope. A damaged envelope, or a wrong
 * passphrase (the tag does not match), is an error (exit 3) naming `file`.
 */
export const unseal = async (envelope: Record<string, unknown>, passphrase: string, file: string, lang: string): Promise<string> => {
  const t = journalTexts(lang);
  const kdf = readKdf(envelope['kdf']);
  const salt = b64(envelope['salt']);
  const iv = b64(envelope['iv'], IV_BYTES);
  const tag = b64(envelope['tag'], TAG_BYTES);
  const data = b64(envelope['data']);
  if (envelope[MARK] !== 1 || !kdf || !salt || salt.length < 8 || !iv || !tag || !data) throw fail(3, t.badEnvelope(file));
  const key = await deriveKey(passphrase, salt, kdf);
  const { createDecipheriv } = await nodeCrypto();
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(AAD);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
  } catch {
    throw fail(3, t.wrongPassphrase(file));
  }
};

/**
 * A passphrase source that asks `provider` once, when first needed, and
 * remembers the answer (the passphrase, never a derived key). Without a
 * provider, needing one is an error (exit 3) saying how to give it.
 */
export const passphraseCache = (provider: Passphrase | undefined, lang: string) => {
  let cached: Promise<string> | undefined;
  return {
    get(file: string): Promise<string> {
      if (cached) return cached;
      if (!provider) return Promise.reject(fail(3, journalTexts(lang).noPassphrase(file)));
      cached = provider();
      return cached;
    },
    set(passphrase: string): void {
      cached = Promise.resolve(passphrase);
    },
  };
};
export type PassphraseCache = ReturnType<typeof passphraseCache>;

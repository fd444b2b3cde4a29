/**
 * The passphrase prompts of an encrypted journal. A wrong
 * passphrase is asked again, up to three tries in all; a new passphrase whose
 * repeat differs is asked again from the start rather than ending the command.
 */
import { deriveKey, sameCheck } from '../../journal/crypto.js';
import { readRecord } from '../../journal/record.js';
import { EXIT, OplosError } from '../../errors.js';
import { guardPrompt } from './prompt-guard.js';
import { journalMessages } from '../messages-journal.js';

/** The prompt library, bundled on its own (dist/lib/password-prompt.cjs) and loaded only when asked. */
const password = async (...args: Parameters<typeof import('./password-prompt.js').password>) =>
  (await import('./password-prompt.js')).password(...args);

export const TRIES = 3;

interface Io {
  readonly input: NodeJS.ReadStream;
  readonly output: NodeJS.WriteStream;
  /** the accessible mode: the question as a plain line, the keys read with nothing written back */
  readonly accessible?: boolean;
}

/** One passphrase typed: a masked prompt, or in the accessible mode a plain line with no echo. */
const secret = async (io: Io, lang: string, message: string, validate?: (v: string) => true | string): Promise<string> => {
  if (!io.accessible) return guardPrompt(password({ message, mask: true, ...(validate ? { validate } : {}) }, io));
  const { lineSecret } = await import('./accessible-ask.js');
  for (;;) {
    const v = await lineSecret(io, message, lang);
    const verdict = validate ? validate(v) : true;
    if (verdict === true) return v;
    io.output.write(`${verdict}\n`);
  }
};

/** Whether `passphrase` opens the journal folder `dir` (true when it is not encrypted, not there or damaged: the journal says so itself). */
const opens = async (dir: string, passphrase: string, lang: string): Promise<boolean> => {
  const record = await readRecord(dir, lang).catch(() => undefined);
  const enc = record?.encryption;
  if (!enc) return true;
  return sameCheck(await deriveKey(passphrase, Buffer.from(enc.salt, 'base64'), enc.kdf), enc.check);
};

/**
 * The accessible mode reads a passphrase with the terminal's echo off (raw mode): it stays off from the
 * first prompt to the last, so a key typed between two tries (while one is checked) is not echoed either.
 */
const echoOff = async <T>(io: Io, ask: () => Promise<T>): Promise<T> => {
  if (!io.accessible || !io.input.isTTY) return ask();
  io.input.setRawMode(true);
  try {
    return await ask();
  } finally {
    io.input.setRawMode(false);
  }
};

/** Asks for the journal's passphrase until it opens `file`, three tries in all; the last wrong one is returned, so the journal reports it. */
export const askJournalPassphrase = (io: Io, message: string, file: string, lang: string): Promise<string> =>
  echoOff(io, () => journalPassphrase(io, message, file, lang));

const journalPassphrase = async (io: Io, message: string, file: string, lang: string): Promise<string> => {
  const w = journalMessages(lang).passphrase;
  let given = '';
  for (let left = TRIES - 1; left >= 0; left--) {
    given = await secret(io, lang, message);
    if (left === 0 || (await opens(file, given, lang))) return given;
    io.output.write(`${w.wrong(left)}\n`);
  }
  return given;
};

/** A new passphrase, typed twice; when the two differ, both are asked again (three rounds in all). */
export const askNewPassphrase = (io: Io, m: NewPassphraseTexts, minLength: number, lang: string): Promise<string> =>
  echoOff(io, () => newPassphrase(io, m, minLength, lang));

type NewPassphraseTexts = { newPassphrase: string; repeatPassphrase: string; passphraseShort: string; passphraseMismatch: string };

const newPassphrase = async (io: Io, m: NewPassphraseTexts, minLength: number, lang: string): Promise<string> => {
  const w = journalMessages(lang).passphrase;
  for (let round = 1; round <= TRIES; round++) {
    const first = await secret(io, lang, m.newPassphrase, (v) => v.length >= minLength || m.passphraseShort);
    const again = await secret(io, lang, m.repeatPassphrase);
    if (first === again) return first;
    if (round < TRIES) io.output.write(`${w.again}\n`);
  }
  throw new OplosError(m.passphraseMismatch, EXIT.usage);
};

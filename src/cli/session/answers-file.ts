/** Reads an answers file (YAML or JSON): a map from question id to answer. */
import { open } from 'node:fs/promises';
import { EXIT, OplosError } from '../../errors.js';
import type { Messages } from '../messages.js';
import { systemMessages, systemReason } from '../messages-system.js';

const MAX_BYTES = 1024 * 1024;

/**
 * The file's bytes, at most MAX_BYTES: the limit is kept while reading, so a
 * pipe or /dev/zero (whose size says nothing) is refused after 1 MiB, never read whole.
 */
const readLimited = async (file: string): Promise<Buffer | 'too large'> => {
  const h = await open(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(64 * 1024);
      const { bytesRead } = await h.read(buf, 0, buf.length, null);
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      total += bytesRead;
      if (total > MAX_BYTES) return 'too large';
      chunks.push(buf.subarray(0, bytesRead));
    }
  } finally {
    await h.close();
  }
};

export const readAnswersFile = async (file: string, m: Messages, lang = 'en'): Promise<Record<string, unknown>> => {
  let text: string;
  try {
    const bytes = await readLimited(file);
    if (bytes === 'too large') throw new OplosError(m.answersFileBad(file, systemMessages(lang).tooLarge), EXIT.usage);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    if (e instanceof OplosError) throw e;
    throw new OplosError(m.answersFileBad(file, systemReason(e, lang)), EXIT.usage);
  }
  const { parse } = await import('./yaml-parse.js');
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 100, uniqueKeys: true });
  } catch (e) {
    throw new OplosError(m.answersFileBad(file, (e as Error).message.split('\n')[0] ?? ''), EXIT.usage);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new OplosError(m.answersFileShape(file), EXIT.usage);
  // a null-prototype copy: ids such as __proto__ stay plain keys
  return Object.assign(Object.create(null) as Record<string, unknown>, data);
};

/** Reads an answers file (YAML or JSON): a map from question id to answer. */
import { readFile, stat } from 'node:fs/promises';
import { EXIT, OplosError } from '../errors.js';
import type { Messages } from './messages.js';
import { systemMessages, systemReason } from './messages-system.js';

const MAX_BYTES = 1024 * 1024;

export const readAnswersFile = async (file: string, m: Messages, lang = 'en'): Promise<Record<string, unknown>> => {
  let text: string;
  try {
    const info = await stat(file);
    if (info.size > MAX_BYTES) throw new OplosError(m.answersFileBad(file, systemMessages(lang).tooLarge), EXIT.usage);
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(file));
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

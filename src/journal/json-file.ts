/** Reading small JSON files (the config, an import) with messages in the user's language. */
import { readFile } from 'node:fs/promises';
import { EXIT } from '../errors.js';
import { fail, journalTexts } from './messages.js';

/** The file's text; undefined when it does not exist or is empty; exit 3 when it cannot be read. */
export const loadText = async (file: string, lang: string): Promise<string | undefined> => {
  try {
    const text = await readFile(file, 'utf8');
    // an empty file (made with `touch`, say) holds nothing to lose
    return text.trim() === '' ? undefined : text;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw fail(EXIT.journal, journalTexts(lang).unreadable(file, code ?? String(e)));
  }
};

/** JSON.parse, or undefined for text that is not JSON. */
export const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/** `oplos journal decrypt`: its declaration (the action is journal-decrypt.ts); the common options only. */
import type { Declaration } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

export type JournalDecryptOptions = CommonOptions;

export const journalDecryptCommand: Declaration<JournalDecryptOptions> = {
  name: 'decrypt',
  description: (tr) => tr('store the journal unencrypted again'),
};

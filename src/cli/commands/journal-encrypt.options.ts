/** `oplos journal encrypt`: its declaration (the action is journal-encrypt.ts); the common options only. */
import type { Declaration } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

export type JournalEncryptOptions = CommonOptions;

export const journalEncryptCommand: Declaration<JournalEncryptOptions> = {
  name: 'encrypt',
  description: (tr) => tr('encrypt the journal at rest (passphrase: OPLOS_PASSPHRASE or a prompt)'),
};

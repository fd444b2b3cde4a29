/** `oplos journal import`: its declaration (the action is journal-import.ts); the common options only. */
import type { Declaration } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

export type JournalImportOptions = CommonOptions;

export const journalImportCommand: Declaration<JournalImportOptions> = {
  name: 'import <file>',
  description: (tr) => tr('sessions from a json export or an old journal file'),
};

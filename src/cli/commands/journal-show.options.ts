/** `oplos journal show`: its declaration (the action is journal-show.ts); the common options only. */
import type { Declaration } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

export type JournalShowOptions = CommonOptions;

export const journalShowCommand: Declaration<JournalShowOptions> = {
  name: 'show <id>',
  description: (tr) => tr('one session, question by question'),
};

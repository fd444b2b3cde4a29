/** `oplos journal sync`: its declaration (the action is journal-sync.ts); the common options only. */
import type { Declaration } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

export type JournalSyncOptions = CommonOptions;

export const journalSyncCommand: Declaration<JournalSyncOptions> = {
  name: 'sync',
  description: (tr) => tr("pull and push the journal's git remote"),
};

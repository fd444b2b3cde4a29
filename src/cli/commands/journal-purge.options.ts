/** `oplos journal purge`: its declaration and options (the action is journal-purge.ts). */
import type { Declaration } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

export interface JournalPurgeOptions extends CommonOptions {
  yes?: boolean;
}

export const journalPurgeCommand: Declaration<JournalPurgeOptions> = {
  name: 'purge',
  description: (tr) => tr('remove complete sessions older than the retention period'),
  options: (cmd, tr) => cmd.option('--yes', tr('do not ask for confirmation')),
};

/** `oplos journal delete`: its declaration and options (the action is journal-delete.ts). */
import type { Declaration } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

export interface JournalDeleteOptions extends CommonOptions {
  client?: string;
  yes?: boolean;
}

export const journalDeleteCommand: Declaration<JournalDeleteOptions> = {
  name: 'delete [id...]',
  description: (tr) => tr('remove sessions, after a confirmation'),
  options: (cmd, tr) =>
    cmd.option('--client <label>', tr("all of this client's sessions")).option('--yes', tr('do not ask for confirmation')),
};

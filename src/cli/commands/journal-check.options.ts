/** `oplos journal check`: its declaration and options (the action is journal-check.ts). */
import type { Declaration } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

export interface JournalCheckOptions extends CommonOptions {
  fix?: boolean;
}

export const journalCheckCommand: Declaration<JournalCheckOptions> = {
  name: 'check',
  description: (tr) => tr('read every session file; report damaged files and sync copies'),
  options: (cmd, tr) => cmd.option('--fix', tr('set duplicate sync copies aside in conflicts/')),
};

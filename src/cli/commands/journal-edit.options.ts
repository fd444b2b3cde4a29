/** `oplos journal edit`: its declaration and options (the action is journal-edit.ts). */
import type { Declaration } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

export interface JournalEditOptions extends CommonOptions {
  question?: string;
  answer?: string;
  participant?: string;
}

export const journalEditCommand: Declaration<JournalEditOptions> = {
  name: 'edit <id>',
  description: (tr) => tr('change an answer of a complete session'),
  options: (cmd, tr) =>
    cmd
      .option('--question <id>', tr('the question whose answer to change (without a terminal)'))
      .option('--answer <value>', tr('the new answer (with --question)'))
      .option('--participant <label>', tr('whose answer, in a session held with several people (with --question)')),
};

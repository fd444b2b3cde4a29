/** `oplos journal git`: its declaration (the action is journal-git.ts); the common options only. */
import type { Declaration } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

export type JournalGitOptions = CommonOptions;

/** Everything after the first word goes to git as it is, options too (`oplos journal git log --oneline`). */
export const journalGitCommand: Declaration<JournalGitOptions> = {
  name: 'git [args...]',
  description: (tr) => tr('run git inside the journal folder'),
  options: (cmd) => cmd.passThroughOptions().allowUnknownOption(),
};

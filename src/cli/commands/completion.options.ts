/** `oplos completion`: its declaration and options (the action is completion.ts). */
import { Option } from 'commander';
import type { Declaration } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

export interface CompletionOptions extends CommonOptions {
  /** what the script asks at a Tab: set ids, client labels, config keys */
  list?: string;
}

export const completionCommand: Declaration<CompletionOptions> = {
  name: 'completion [shell]',
  description: (tr) => tr('a shell completion script (bash or zsh)'),
  options: (cmd) => cmd.addOption(new Option('--list <what>').hideHelp()),
};

/** `oplos prepare`: its declaration and options (the action is prepare.ts). */
import { Option } from 'commander';
import type { Declaration } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

export interface PrepareOptions extends CommonOptions {
  client?: string;
  format?: 'text' | 'md';
}

export const prepareCommand: Declaration<PrepareOptions> = {
  name: 'prepare [set]',
  description: (tr) => tr("a practitioner's preparation sheet for a client"),
  options: (cmd, tr) =>
    cmd
      .option('--client <label>', tr('the client label'))
      .addOption(new Option('--format <format>', tr('text or md')).choices(['text', 'md'])),
};

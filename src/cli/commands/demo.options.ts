/** `oplos demo`: its declaration and options (the action is demo.ts). */
import { Option } from 'commander';
import type { Declaration } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

export interface DemoOptions extends CommonOptions {
  auto?: boolean;
  format?: 'text' | 'md';
}

export const demoCommand: Declaration<DemoOptions> = {
  name: 'demo [set]',
  description: (tr) => tr("a trainer's walk through a set"),
  options: (cmd, tr) =>
    cmd
      .option('--auto', tr('play the example answers through the session'))
      .addOption(new Option('--format <format>', tr('text or md')).choices(['text', 'md'])),
};

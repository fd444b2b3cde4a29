/** `oplos journal list`: its declaration and options (the action is journal-list.ts). */
import { filterOptions, type Declaration, type FilterOptions } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

export interface JournalListOptions extends CommonOptions, FilterOptions {
  all?: boolean;
}

export const journalListCommand: Declaration<JournalListOptions> = {
  name: 'list',
  description: (tr) => tr('sessions, newest first (the latest 20 unless -n or --all)'),
  options: (cmd, tr, lang) => filterOptions(cmd, tr, lang).option('--all', tr('every matching session')),
};

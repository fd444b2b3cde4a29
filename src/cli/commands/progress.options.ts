/** `oplos progress`: its declaration and options (the action is progress.ts). */
import { Option } from 'commander';
import { filterOptions, type Declaration, type FilterOptions } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

export interface ProgressOptions extends CommonOptions, FilterOptions {
  question?: string;
  format?: 'text' | 'csv';
  excel?: boolean;
  all?: boolean;
}

export const progressCommand: Declaration<ProgressOptions> = {
  name: 'progress',
  description: (tr) => tr('scale answers over time, as a chart'),
  options: (cmd, tr, lang) =>
    filterOptions(cmd, tr, lang)
      .option('--question <id>', tr('only this scale'))
      .addOption(new Option('--format <format>', tr('text (charts, or an overview of many clients) or csv')).choices(['text', 'csv']))
      .option('--excel', tr('csv for a spreadsheet: a byte-order mark, and ; with a decimal comma in Dutch'))
      .option('--all', tr('every client and scale in the overview')),
};

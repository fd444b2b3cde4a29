/** `oplos journal export`: its declaration and options (the action is journal-export.ts). */
import { Option } from 'commander';
import { filterOptions, type Declaration, type FilterOptions } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

export interface JournalExportOptions extends CommonOptions, FilterOptions {
  format: 'md' | 'json' | 'csv' | 'html' | 'leerverslag';
  out?: string;
  excel?: boolean;
}

export const journalExportCommand: Declaration<JournalExportOptions> = {
  name: 'export',
  description: (tr) => tr('sessions as md, json, csv or html'),
  options: (cmd, tr, lang) =>
    filterOptions(cmd, tr, lang)
      .addOption(
        new Option('--format <format>', tr('md, json, csv, html or leerverslag'))
          .choices(['md', 'json', 'csv', 'html', 'leerverslag'])
          .default('md'),
      )
      .option('--out <file>', tr('write to this file instead of stdout'))
      .option('--excel', tr('csv for a spreadsheet: a byte-order mark, and ; with a decimal comma in Dutch')),
};

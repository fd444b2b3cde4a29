/**
 * What a command declares about itself, in its `commands/<name>.options.ts`: its name and
 * arguments, its line of help, its own options, and their types (`interface …Options` beside it).
 * program.ts registers each declaration and loads the command's module (its `run`) only when it
 * runs, so `oplos --help` never loads a command. The option kits shared by several commands
 * (the common options, a session's, the journal filters) are here.
 */
import { Option, type Command } from 'commander';
import type { CliContext, CommonOptions } from './cli-context.js';
import type { Lang } from '../i18n/lang-code.js';
import type { helpText } from './help/help-texts.js';
import { EXIT, OplosError, type ExitStatus } from '../errors.js';
import { commandMessages } from './messages-commands.js';

export type Tr = ReturnType<typeof helpText>;

/** A command's action: what it returns is its exit code by name (`EXIT.ok`, `EXIT.journal`…), or nothing for 0. */
export type Run<O extends CommonOptions> = (ctx: CliContext, args: string[], opts: O, program: Command) => Promise<ExitStatus | void>;

export interface Declaration<O extends CommonOptions = CommonOptions> {
  /** the name and arguments, as commander takes them: `start [set]` */
  readonly name: string;
  readonly description: (tr: Tr) => string;
  /** the command's own options, added after the common ones */
  readonly options?: (cmd: Command, tr: Tr, lang: Lang) => Command;
  /** `oplos config` must be able to mend a config file that has a bad value in it */
  readonly lenientConfig?: boolean;
  /** never set: it carries the options' type, so that program.ts checks the module's `run` against it */
  readonly optionsType?: O;
}

/** The journal filters' options (filters.ts turns them into the journal's filter). */
export interface FilterOptions {
  client?: string;
  set?: string;
  from?: string;
  to?: string;
  search?: string;
  tag: string[];
  n?: number;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

const positiveInt =
  (lang: Lang) =>
  (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new OplosError(commandMessages(lang).options.badCount(value), EXIT.usage);
    return n;
  };

/** The options every command takes (CommonOptions). */
export const commonOptions = (cmd: Command, tr: Tr): Command =>
  cmd
    .option('--journal <dir>', tr('the journal folder (env OPLOS_JOURNAL)'))
    .option('--sets <dir>', tr('a further folder of question sets (env OPLOS_SETS)'))
    .addOption(new Option('--lang <lang>', tr('language (env OPLOS_LANG)')).choices(['nl', 'en']))
    .option('--json', tr('machine-readable output on stdout'))
    .option('--no-color', tr('plain output (also NO_COLOR)'))
    .option('--accessible', tr('plain lines for a screen reader (also OPLOS_ACCESSIBLE=1)'));

/** A session's options: `--client`, `--answers`, `--tag` (start). */
export const sessionOptions = (cmd: Command, tr: Tr): Command =>
  cmd
    .option('--client <label>', tr('a client label (pseudonym, never a full name)'))
    .option('--answers <file>', tr('run without prompts, answers from a YAML or JSON file'))
    .option('--tag <word>', tr('a tag for the session (repeatable)'), collect, []);

/** The journal filters (FilterOptions): `journal list`, `journal export`, `progress`. */
export const filterOptions = (cmd: Command, tr: Tr, lang: Lang): Command =>
  cmd
    .option('--client <label>', tr('only this client'))
    .option('--set <id>', tr('only sessions of this set'))
    .option('--from <date>', tr('from this date (YYYY-MM-DD)'))
    .option('--to <date>', tr('up to and including this date (YYYY-MM-DD)'))
    .option('--search <text>', tr('only sessions holding all these words'))
    .option('--tag <word>', tr('only sessions with this tag (repeatable)'), collect, [])
    .option('-n <count>', tr('at most this many, newest first'), positiveInt(lang));

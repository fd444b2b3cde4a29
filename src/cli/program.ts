/**
 * The commands and their options (docs/usage.md). Each action loads its
 * command module only when it runs, so `oplos --version` stays quick.
 */
import { Command, Option } from 'commander';
import type { CliContext, CommonOptions, Io } from './cli-context.js';
import { messages } from './messages.js';
import type { Lang } from '../i18n/lang-code.js';
import { resolvePaths } from './argv-paths.js';
import { examplesText } from './help/help-examples.js';
import { pasteable } from './invocation.js';
import { EXIT, OplosError } from '../errors.js';
import { helpText } from './help/help-texts.js';
import { didYouMean, errorText, helpConfiguration } from './help/help-config.js';
import { commandMessages } from './messages-commands.js';

declare const OPLOS_VERSION: string;
const version = typeof OPLOS_VERSION === 'string' ? OPLOS_VERSION : '0.0.0-dev';

type Opts = CommonOptions & Record<string, unknown>;
type Run = (ctx: CliContext, args: string[], opts: Opts, program: Command) => Promise<number | void>;

/** `sets validate`, `journal import`: the command's name under the program. */
const fullName = (cmd: Command): string => (cmd.parent?.parent ? `${cmd.parent.name()} ${cmd.name()}` : cmd.name());

const collect = (value: string, previous: string[] = []) => [...previous, value];

type Tr = ReturnType<typeof helpText>;

const positiveInt = (lang: Lang) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new OplosError(commandMessages(lang).options.badCount(value), EXIT.usage);
  return n;
};

const common = (cmd: Command, tr: Tr): Command =>
  cmd
    .option('--journal <dir>', tr('the journal folder (env OPLOS_JOURNAL)'))
    .option('--sets <dir>', tr('a further folder of question sets (env OPLOS_SETS)'))
    .addOption(new Option('--lang <lang>', tr('language (env OPLOS_LANG)')).choices(['nl', 'en']))
    .option('--json', tr('machine-readable output on stdout'))
    .option('--no-color', tr('plain output (also NO_COLOR)'))
    .option('--accessible', tr('plain lines for a screen reader (also OPLOS_ACCESSIBLE=1)'));

const sessionOptions = (cmd: Command, tr: Tr): Command =>
  cmd
    .option('--client <label>', tr('a client label (pseudonym, never a full name)'))
    .option('--answers <file>', tr('run without prompts, answers from a YAML or JSON file'))
    .option('--tag <word>', tr('a tag for the session (repeatable)'), collect, []);

const filters = (cmd: Command, tr: Tr, lang: Lang): Command =>
  cmd
    .option('--client <label>', tr('only this client'))
    .option('--set <id>', tr('only sessions of this set'))
    .option('--from <date>', tr('from this date (YYYY-MM-DD)'))
    .option('--to <date>', tr('up to and including this date (YYYY-MM-DD)'))
    .option('--search <text>', tr('only sessions holding all these words'))
    .option('--tag <word>', tr('only sessions with this tag (repeatable)'), collect, [])
    .option('-n <count>', tr('at most this many, newest first'), positiveInt(lang));

/** The program of one run; `lang` is the help's (--lang, OPLOS_LANG, then the locale: argv-lang.ts). Nothing is kept between runs. */
export const buildProgram = (streams: Io, setExit: (code: number) => void, lang: Lang): Command => {
  const tr = helpText(lang);
  const program = new Command('oplos')
    .description(messages(lang).description)
    .version(version, '-V, --version', tr('output the version number'))
    .helpOption('-h, --help', tr('display help for command'))
    .configureHelp(helpConfiguration(lang, tr))
    .helpCommand('help [command]', tr('display help for command'))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void streams.stdout.write(s),
      writeErr: (s) => void streams.stderr.write(s),
      // one line, as every error of oplos: "error: unknown option '--frm' (Did you mean --from?)"
      outputError: (s, write) => write(errorText(lang, s.replace(/\n+(?=.)/g, ' '))),
    })
    .showSuggestionAfterError();

  const act =
    (load: () => Promise<{ run: Run }>, how: { lenientConfig?: boolean } = {}) =>
    async (...raw: unknown[]) => {
      const command = raw[raw.length - 1] as Command;
      // relative paths read from the run's working folder, when it was given one (argv-paths.ts)
      const given = { opts: command.optsWithGlobals() as Opts, args: (command.args ?? []) as string[] };
      const { opts, args } = streams.cwd === undefined ? given : (resolvePaths(fullName(command), given.opts, given.args, streams.cwd) as typeof given);
      const [{ makeContext }, { run }] = await Promise.all([import('./cli-context.js'), load()]);
      const ctx = await makeContext(opts, streams, how);
      // a label kept with a session: warn when it reads like a full name (pseudonyms are the rule)
      if (command.name() === 'start' && typeof opts['client'] === 'string') {
        const warning = (await import('./session/client-label.js')).fullNameWarning(opts['client'], ctx.lang);
        if (warning) (await import('./render/wrapped.js')).errWrapped(ctx, warning);
      }
      const code = await run(ctx, args, opts, program);
      if (typeof code === 'number') setExit(code);
    };

  const add = (parent: Command, name: string, description: string) => {
    const cmd = parent.command(name).description(description);
    withExamples(cmd);
    cmd.exitOverride();
    return common(cmd, tr);
  };

  // examples at the end of a command's help, in its language, the commands as this person runs oplos
  const withExamples = (cmd: Command) => cmd.addHelpText('after', () => examplesText(fullName(cmd), lang, (s) => pasteable(s, streams.env)));

  const menu = act(() => import('./commands/menu.js'));
  // `oplos frobnicate` is an unknown command, not "too many arguments" for the menu (see allowExcessArguments below)
  common(program, tr).action(async (...raw: unknown[]) => {
    const word = (raw[raw.length - 1] as Command).args[0];
    if (word !== undefined) program.error(`error: unknown command '${word}'${didYouMean(word, program)}. See: oplos --help`, { code: 'commander.unknownCommand' });
    await menu(...raw);
  });

  sessionOptions(add(program, 'start [set]', tr('a session with a question set (default: first-session)')), tr)
    .option('--with <labels>', tr('a session held with several people: their labels, comma-separated (e.g. Paul,mother)'))
    .option('--at <datetime>', tr('a session held earlier, at this time (YYYY-MM-DD HH:MM)'))
    .option('--formal', tr('speak formally ("u" instead of "je") where the set has formal texts'))
    .action(act(() => import('./commands/start.js')));
  // the session keeps its own client and tags: resume takes no --client or --tag
  add(program, 'resume [id]', tr('continue an unfinished session (default: the newest)'))
    .option('--answers <file>', tr('run without prompts, answers from a YAML or JSON file'))
    .action(act(() => import('./commands/resume.js')));

  const sets = program.command('sets').description(tr('question sets: list, show, validate'));
  add(sets, 'list', tr('the loaded sets')).action(act(() => import('./commands/sets-list.js')));
  add(sets, 'show <set>', tr("a set's phases and questions, in order, with conditions")).action(
    act(() => import('./commands/sets-show.js')),
  );
  add(sets, 'validate <path...>', tr('check files or folders of sets against the format')).action(
    act(() => import('./commands/sets-validate.js')),
  );

  const journal = program.command('journal').description(tr('the sessions you kept'));
  filters(add(journal, 'list', tr('sessions, newest first (the latest 20 unless -n or --all)')), tr, lang)
    .option('--all', tr('every matching session'))
    .action(act(() => import('./commands/journal-list.js')));
  add(journal, 'show <id>', tr('one session, question by question')).action(act(() => import('./commands/journal-show.js')));
  add(journal, 'edit <id>', tr('change an answer of a complete session'))
    .option('--question <id>', tr('the question whose answer to change (without a terminal)'))
    .option('--answer <value>', tr('the new answer (with --question)'))
    .option('--participant <label>', tr('whose answer, in a session held with several people (with --question)'))
    .action(act(() => import('./commands/journal-edit.js')));
  filters(add(journal, 'export', tr('sessions as md, json, csv or html')), tr, lang)
    .addOption(new Option('--format <format>', tr('md, json, csv, html or leerverslag')).choices(['md', 'json', 'csv', 'html', 'leerverslag']).default('md'))
    .option('--out <file>', tr('write to this file instead of stdout'))
    .option('--excel', tr('csv for a spreadsheet: a byte-order mark, and ; with a decimal comma in Dutch'))
    .action(act(() => import('./commands/journal-export.js')));
  add(journal, 'import <file>', tr('sessions from a json export or an old journal file')).action(act(() => import('./commands/journal-import.js')));
  add(journal, 'delete [id...]', tr('remove sessions, after a confirmation'))
    .option('--client <label>', tr("all of this client's sessions"))
    .option('--yes', tr('do not ask for confirmation'))
    .action(act(() => import('./commands/journal-delete.js')));
  add(journal, 'purge', tr('remove complete sessions older than the retention period'))
    .option('--yes', tr('do not ask for confirmation'))
    .action(act(() => import('./commands/journal-purge.js')));
  add(journal, 'encrypt', tr('encrypt the journal at rest (passphrase: OPLOS_PASSPHRASE or a prompt)')).action(
    act(() => import('./commands/journal-encrypt.js')),
  );
  add(journal, 'decrypt', tr('store the journal unencrypted again')).action(act(() => import('./commands/journal-decrypt.js')));
  add(journal, 'check', tr('read every session file; report damaged files and sync copies'))
    .option('--fix', tr('set duplicate sync copies aside in conflicts/'))
    .action(act(() => import('./commands/journal-check.js')));
  // everything after the first word goes to git as it is, options too (`oplos journal git log --oneline`)
  journal.enablePositionalOptions();
  add(journal, 'git [args...]', tr('run git inside the journal folder'))
    .passThroughOptions()
    .allowUnknownOption()
    .action(act(() => import('./commands/journal-git.js')));
  add(journal, 'sync', tr("pull and push the journal's git remote")).action(act(() => import('./commands/journal-sync.js')));

  filters(add(program, 'progress', tr('scale answers over time, as a chart')), tr, lang)
    .option('--question <id>', tr('only this scale'))
    .addOption(new Option('--format <format>', tr('text (charts, or an overview of many clients) or csv')).choices(['text', 'csv']))
    .option('--excel', tr('csv for a spreadsheet: a byte-order mark, and ; with a decimal comma in Dutch'))
    .option('--all', tr('every client and scale in the overview'))
    .action(act(() => import('./commands/progress.js')));
  add(program, 'demo [set]', tr("a trainer's walk through a set"))
    .option('--auto', tr('play the example answers through the session'))
    .addOption(new Option('--format <format>', tr('text or md')).choices(['text', 'md']))
    .action(act(() => import('./commands/demo.js')));
  add(program, 'prepare [set]', tr("a practitioner's preparation sheet for a client"))
    .option('--client <label>', tr('the client label'))
    .addOption(new Option('--format <format>', tr('text or md')).choices(['text', 'md']))
    .action(act(() => import('./commands/prepare.js')));

  const config = withExamples(program.command('config').description(tr('settings: lang, default-set, journal, editor, retention-months, accessible')));
  add(config, 'get <key>', tr('one setting')).action(act(async () => ({ run: (await import('./commands/config.js')).get }), { lenientConfig: true }));
  add(config, 'set <key> <value>', tr('change a setting')).action(act(async () => ({ run: (await import('./commands/config.js')).set }), { lenientConfig: true }));
  add(config, 'unset <key>', tr('back to the default')).action(act(async () => ({ run: (await import('./commands/config.js')).unset }), { lenientConfig: true }));
  add(config, 'list', tr('all settings')).action(act(async () => ({ run: (await import('./commands/config.js')).list }), { lenientConfig: true }));

  add(program, 'completion [shell]', tr('a shell completion script (bash or zsh)'))
    // what the script asks at a Tab: set ids, client labels, config keys
    .addOption(new Option('--list <what>').hideHelp())
    .action(act(() => import('./commands/completion.js')));

  for (const group of [sets, journal, config]) group.exitOverride();
  // the root takes a stray word so that its action can call it an unknown command; set last, so no subcommand inherits it
  program.allowExcessArguments(true);
  return program;
};

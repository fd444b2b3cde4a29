/**
 * The commands (docs/usage.md): a list that registers each command's declaration
 * (commands/<name>.options.ts: its name, arguments, options and their types). Each
 * action loads its command module only when it runs, so `oplos --version` stays quick.
 */
import { Command } from 'commander';
import type { CommonOptions, Io } from './cli-context.js';
import { messages } from './messages.js';
import type { Lang } from '../i18n/lang-code.js';
import { resolvePaths } from './argv-paths.js';
import { examplesText } from './help/help-examples.js';
import { pasteable } from './invocation.js';
import { helpText } from './help/help-texts.js';
import { didYouMean, errorText, helpConfiguration } from './help/help-config.js';
import { commonOptions, type Declaration, type Run } from './command-declaration.js';
import { startCommand } from './commands/start.options.js';
import { resumeCommand } from './commands/resume.options.js';
import { setsListCommand } from './commands/sets-list.options.js';
import { setsShowCommand } from './commands/sets-show.options.js';
import { setsValidateCommand } from './commands/sets-validate.options.js';
import { journalListCommand } from './commands/journal-list.options.js';
import { journalShowCommand } from './commands/journal-show.options.js';
import { journalEditCommand } from './commands/journal-edit.options.js';
import { journalExportCommand } from './commands/journal-export.options.js';
import { journalImportCommand } from './commands/journal-import.options.js';
import { journalDeleteCommand } from './commands/journal-delete.options.js';
import { journalPurgeCommand } from './commands/journal-purge.options.js';
import { journalEncryptCommand } from './commands/journal-encrypt.options.js';
import { journalDecryptCommand } from './commands/journal-decrypt.options.js';
import { journalCheckCommand } from './commands/journal-check.options.js';
import { journalGitCommand } from './commands/journal-git.options.js';
import { journalSyncCommand } from './commands/journal-sync.options.js';
import { progressCommand } from './commands/progress.options.js';
import { demoCommand } from './commands/demo.options.js';
import { prepareCommand } from './commands/prepare.options.js';
import { configGetCommand, configListCommand, configSetCommand, configUnsetCommand } from './commands/config.options.js';
import { completionCommand } from './commands/completion.options.js';
import type { MenuOptions } from './commands/menu.options.js';

declare const OPLOS_VERSION: string;
const version = typeof OPLOS_VERSION === 'string' ? OPLOS_VERSION : '0.0.0-dev';

type Opts = CommonOptions & Record<string, unknown>;

/** `sets validate`, `journal import`: the command's name under the program. */
const fullName = (cmd: Command): string => (cmd.parent?.parent ? `${cmd.parent.name()} ${cmd.name()}` : cmd.name());

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
    <O extends CommonOptions>(load: () => Promise<{ run: Run<O> }>, how: { lenientConfig?: boolean } = {}) =>
    async (...raw: unknown[]) => {
      const command = raw[raw.length - 1] as Command;
      // relative paths read from the run's working folder, when it was given one (argv-paths.ts)
      const given = { opts: command.optsWithGlobals() as Opts, args: (command.args ?? []) as string[] };
      const { opts, args } =
        streams.cwd === undefined ? given : (resolvePaths(fullName(command), given.opts, given.args, streams.cwd) as typeof given);
      const [{ makeContext }, { run }] = await Promise.all([import('./cli-context.js'), load()]);
      const ctx = await makeContext(opts, streams, how);
      // a label kept with a session: warn when it reads like a full name (pseudonyms are the rule)
      if (command.name() === 'start' && typeof opts['client'] === 'string') {
        const warning = (await import('./session/client-label.js')).fullNameWarning(opts['client'], ctx.lang);
        if (warning) (await import('./render/wrapped.js')).errWrapped(ctx, warning);
      }
      // the options as the command declared them (commands/<name>.options.ts)
      const code = await run(ctx, args, opts as unknown as O, program);
      if (typeof code === 'number') setExit(code);
    };

  const add = (parent: Command, name: string, description: string) => {
    const cmd = parent.command(name).description(description);
    withExamples(cmd);
    cmd.exitOverride();
    return commonOptions(cmd, tr);
  };

  /** A command from its declaration; `load` brings its module (its `run`) when it runs. */
  const register = <O extends CommonOptions>(parent: Command, d: Declaration<O>, load: () => Promise<{ run: Run<NoInfer<O>> }>) => {
    const cmd = add(parent, d.name, d.description(tr));
    (d.options ? d.options(cmd, tr, lang) : cmd).action(act(load, d.lenientConfig ? { lenientConfig: true } : {}));
  };

  // examples at the end of a command's help, in its language, the commands as this person runs oplos
  const withExamples = (cmd: Command) =>
    cmd.addHelpText('after', () => examplesText(fullName(cmd), lang, (s) => pasteable(s, streams.env)));

  const menu = act<MenuOptions>(() => import('./commands/menu.js'));
  // `oplos frobnicate` is an unknown command, not "too many arguments" for the menu (see allowExcessArguments below)
  commonOptions(program, tr).action(async (...raw: unknown[]) => {
    const word = (raw[raw.length - 1] as Command).args[0];
    if (word !== undefined)
      program.error(`error: unknown command '${word}'${didYouMean(word, program)}. See: oplos --help`, {
        code: 'commander.unknownCommand',
      });
    await menu(...raw);
  });

  register(program, startCommand, () => import('./commands/start.js'));
  register(program, resumeCommand, () => import('./commands/resume.js'));

  const sets = program.command('sets').description(tr('question sets: list, show, validate'));
  register(sets, setsListCommand, () => import('./commands/sets-list.js'));
  register(sets, setsShowCommand, () => import('./commands/sets-show.js'));
  register(sets, setsValidateCommand, () => import('./commands/sets-validate.js'));

  const journal = program.command('journal').description(tr('the sessions you kept'));
  register(journal, journalListCommand, () => import('./commands/journal-list.js'));
  register(journal, journalShowCommand, () => import('./commands/journal-show.js'));
  register(journal, journalEditCommand, () => import('./commands/journal-edit.js'));
  register(journal, journalExportCommand, () => import('./commands/journal-export.js'));
  register(journal, journalImportCommand, () => import('./commands/journal-import.js'));
  register(journal, journalDeleteCommand, () => import('./commands/journal-delete.js'));
  register(journal, journalPurgeCommand, () => import('./commands/journal-purge.js'));
  register(journal, journalEncryptCommand, () => import('./commands/journal-encrypt.js'));
  register(journal, journalDecryptCommand, () => import('./commands/journal-decrypt.js'));
  register(journal, journalCheckCommand, () => import('./commands/journal-check.js'));
  // `journal git` passes its options through to git: the group must allow that first
  journal.enablePositionalOptions();
  register(journal, journalGitCommand, () => import('./commands/journal-git.js'));
  register(journal, journalSyncCommand, () => import('./commands/journal-sync.js'));

  register(program, progressCommand, () => import('./commands/progress.js'));
  register(program, demoCommand, () => import('./commands/demo.js'));
  register(program, prepareCommand, () => import('./commands/prepare.js'));

  const config = withExamples(
    program.command('config').description(tr('settings: lang, default-set, journal, editor, retention-months, accessible')),
  );
  register(config, configGetCommand, async () => ({ run: (await import('./commands/config.js')).get }));
  register(config, configSetCommand, async () => ({ run: (await import('./commands/config.js')).set }));
  register(config, configUnsetCommand, async () => ({ run: (await import('./commands/config.js')).unset }));
  register(config, configListCommand, async () => ({ run: (await import('./commands/config.js')).list }));

  register(program, completionCommand, () => import('./commands/completion.js'));

  for (const group of [sets, journal, config]) group.exitOverride();
  // the root takes a stray word so that its action can call it an unknown command; set last, so no subcommand inherits it
  program.allowExcessArguments(true);
  return program;
};

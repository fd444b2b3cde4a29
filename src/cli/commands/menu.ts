/**
 * `oplos` alone: on a terminal a short menu; elsewhere the help.
 */
import type { Command } from 'commander';
import select from '@inquirer/select';
import type { CliContext } from '../context.js';
import { guardPrompt } from '../prompt-guard.js';
import { loadContextSets } from '../load-sets.js';
import { pick } from '../../i18n/lang.js';

const words = {
  en: {
    what: 'What would you like to do?',
    start: 'Start a session',
    resume: 'Continue an unfinished session',
    journal: 'Recent sessions in the journal',
    progress: 'Progress on the scales',
    demo: 'Walk through a set (for trainers)',
    quit: 'Quit',
    which: 'Which question set?',
  },
  nl: {
    what: 'Wat wil je doen?',
    start: 'Een gesprek beginnen',
    resume: 'Verder met een onafgemaakt gesprek',
    journal: 'Recente gesprekken in het logboek',
    progress: 'Voortgang op de schalen',
    demo: 'Een set doorlopen (voor trainers)',
    quit: 'Stoppen',
    which: 'Welke vragenset?',
  },
};

export const run = async (ctx: CliContext, _args: string[], opts: Record<string, unknown>, program: Command) => {
  if (!ctx.interactive) {
    program.outputHelp();
    return;
  }
  const w = words[ctx.lang];
  const io = { input: ctx.streams.stdin, output: ctx.streams.stdout };
  const ask = guardPrompt;
  const choice = await ask(
    select(
      {
        message: w.what,
        choices: [
          { value: 'start', name: w.start },
          { value: 'resume', name: w.resume },
          { value: 'journal', name: w.journal },
          { value: 'progress', name: w.progress },
          { value: 'demo', name: w.demo },
          { value: 'quit', name: w.quit },
        ],
      },
      io,
    ),
  );
  const pickSet = async () => {
    const { sets } = await loadContextSets(ctx);
    const list = [...sets.values()].sort((a, b) => a.id.localeCompare(b.id));
    return ask(
      select(
        {
          message: w.which,
          default: ctx.config['default-set'] ?? 'first-session',
          choices: list.map((s) => ({ value: s.id, name: `${pick(s.title, ctx.lang, s.languages)} (${s.id})` })),
        },
        io,
      ),
    );
  };
  switch (choice) {
    case 'start':
      return (await import('./start.js')).run(ctx, [await pickSet()], { ...opts, tag: [] });
    case 'resume':
      return (await import('./resume.js')).run(ctx, [], { ...opts, tag: [] });
    case 'journal':
      return (await import('./journal-list.js')).run(ctx, [], { ...opts, n: 10, tag: [] });
    case 'progress':
      return (await import('./progress.js')).run(ctx, [], { ...opts, tag: [] });
    case 'demo':
      return (await import('./demo.js')).run(ctx, [await pickSet()], opts);
    default:
      return;
  }
};

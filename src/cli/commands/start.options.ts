/** `oplos start`: its declaration and options (the action is start.ts, loaded when it runs). */
import { sessionOptions, type Declaration } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

export interface StartOptions extends CommonOptions {
  client?: string;
  answers?: string;
  tag: string[];
  with?: string;
  at?: string;
  formal?: boolean;
}

export const startCommand: Declaration<StartOptions> = {
  name: 'start [set]',
  description: (tr) => tr('a session with a question set (default: first-session)'),
  options: (cmd, tr) =>
    sessionOptions(cmd, tr)
      .option('--with <labels>', tr('a session held with several people: their labels, comma-separated (e.g. Paul,mother)'))
      .option('--at <datetime>', tr('a session held earlier, at this time (YYYY-MM-DD HH:MM)'))
      .option('--formal', tr('speak formally ("u" instead of "je") where the set has formal texts')),
};

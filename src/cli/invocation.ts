/**
 * How this person runs oplos, so that every command a message prints can be
 * pasted and run as it is: `npm start -- …` when oplos was started through
 * `npm start` (npm sets npm_lifecycle_event), `npx oplos …` through npx (npm
 * sets npm_command=exec), else as the program was started (OPLOS_INVOKED_AS, set by
 * launch.ts from invoked-as.ts: `oplos` when that is on PATH and is this program, else
 * `node bin/oplos.js`), else `oplos …`; with `--journal PATH` when the journal was given on
 * the command line.
 */

/** A word as a POSIX shell reads it back unchanged: quoted only when it must be. */
export const shellWord = (s: string): string => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

export const commandPrefix = (env: Record<string, string | undefined>): string => {
  if (env['npm_lifecycle_event'] === 'start') return 'npm start --';
  if (env['npm_command'] === 'exec' || env['npm_lifecycle_event'] === 'npx') return 'npx oplos';
  return env['OPLOS_INVOKED_AS'] || 'oplos';
};

/** The full command line for `args` (already words), e.g. `npm start -- resume d901c5c7 --journal /tmp/j.json`. */
export const commandLine = (env: Record<string, string | undefined>, args: readonly string[], journal?: string): string =>
  [commandPrefix(env), ...args.map(shellWord), ...(journal ? ['--journal', shellWord(journal)] : [])].join(' ');

// after an article it is prose ('is not an oplos journal'), not a command
const COMMAND_MENTION =
  /(?<!npx )(?<!\b(?:[Aa]n?|[Tt]he|[Ee]en|[Hh]et) )(?<![\w-])oplos (?=(?:start|resume|sets|journal|config|progress|demo|prepare|completion)\b)/g;

/** A message with every `oplos COMMAND` it names written as this person runs oplos. */
export const pasteable = (text: string, env: Record<string, string | undefined>): string => {
  const prefix = commandPrefix(env);
  return prefix === 'oplos' ? text : text.replace(COMMAND_MENTION, `${prefix} `);
};

/** A message table whose texts name commands as this person runs them. */
export const pasteableMessages = <T extends object>(table: T, env: Record<string, string | undefined>): T => {
  if (commandPrefix(env) === 'oplos') return table;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(table)) {
    if (typeof value === 'string') out[key] = pasteable(value, env);
    else if (typeof value === 'function')
      out[key] = (...a: unknown[]) => pasteable(String((value as (...x: unknown[]) => unknown)(...a)), env);
    else out[key] = value;
  }
  return out as T;
};

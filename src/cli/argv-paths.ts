/**
 * A run's relative paths, resolved against the working folder it was given (`io.cwd`) before a command
 * sees them, so that main() never changes the process's folder and two runs in one process may overlap.
 */
import path from 'node:path';

/** Options that name a file or folder, whatever the command. */
const PATH_OPTIONS = ['journal', 'sets', 'answers', 'out'] as const;

/** The command's arguments that are paths: `sets validate <path...>`, `journal import <file>`, `config set journal <dir>`. */
const pathArgs = (command: string, args: readonly string[]): readonly boolean[] => {
  if (command === 'sets validate') return args.map(() => true);
  if (command === 'journal import') return [true];
  if (command === 'config set') return [false, args[0] === 'journal'];
  return [];
};

export const resolvePaths = (
  command: string,
  opts: Record<string, unknown>,
  args: readonly string[],
  cwd: string,
): { opts: Record<string, unknown>; args: string[] } => {
  const o = { ...opts };
  for (const key of PATH_OPTIONS) {
    const v = o[key];
    if (typeof v === 'string' && v !== '' && v !== '-') o[key] = path.resolve(cwd, v);
  }
  const which = pathArgs(command, args);
  return { opts: o, args: args.map((a, i) => (which[i] && a !== '' && a !== '-' ? path.resolve(cwd, a) : a)) };
};

/**
 * How a person started this oplos, for the commands its messages name (invocation.ts): `oplos` when
 * `oplos` on their PATH is this very program, else `node bin/oplos.js` (the path as they could type it
 * from where they are). After the README's install (a clone and `npm install`) `oplos` is not on PATH,
 * so a hint "oplos resume …" would be "command not found".
 */
import { accessSync, constants, realpathSync } from 'node:fs';
import path from 'node:path';
import { shellWord } from './invocation.js';

const real = (file: string): string | undefined => {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
};

const runnable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The command for the script `script` (process.argv[1]) run from `cwd` with `env`'s PATH. */
export const invokedAs = (script: string | undefined, env: Record<string, string | undefined>, cwd: string): string | undefined => {
  if (!script) return undefined;
  const self = real(script);
  if (self === undefined) return undefined;
  for (const dir of (env['PATH'] ?? '').split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, 'oplos');
    if (runnable(file)) return real(file) === self ? 'oplos' : `node ${shellWord(shown(script, cwd))}`; // the first oplos on PATH is the one run
  }
  return `node ${shellWord(shown(script, cwd))}`;
};

/** `bin/oplos.js` from the clone's folder, the full path from elsewhere. */
const shown = (script: string, cwd: string): string => {
  const abs = path.resolve(cwd, script);
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
};

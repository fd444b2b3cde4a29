/**
 * `--out FILE`: never into the journal folder nor over a file of it (the
 * paths compared after symlinks are resolved), and an existing FILE is
 * replaced atomically (a temporary file beside it, renamed over it), mode 600.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../journal/atomic.js';
import { EXIT, OplosError } from '../errors.js';
import type { CliContext } from './context.js';

const texts = {
  en: {
    inJournal: (file: string, dir: string) => `--out ${file} lies inside the journal folder ${dir}; oplos never writes an export there.`,
    hint: 'Choose a file outside the journal folder.',
    cannot: (file: string, why: string) => `Cannot write ${file}: ${why}. Check the folder exists and can be written to.`,
  },
  nl: {
    inJournal: (file: string, dir: string) => `--out ${file} ligt in de logboekmap ${dir}; oplos schrijft daar nooit een export.`,
    hint: 'Kies een bestand buiten de logboekmap.',
    cannot: (file: string, why: string) => `Kan ${file} niet schrijven: ${why}. Kijk of de map bestaat en beschrijfbaar is.`,
  },
};

/** Where `file` really is: the file itself resolved when it exists, else inside its resolved folder. */
const resolved = async (file: string): Promise<string> => {
  const abs = path.resolve(file);
  const real = await realpath(abs).catch(() => undefined);
  if (real) return real;
  const dir = await realpath(path.dirname(abs)).catch(() => path.dirname(abs));
  return path.join(dir, path.basename(abs));
};

const inside = (file: string, dir: string): boolean => {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

export const writeOutFile = async (ctx: CliContext, out: string, text: string, journalDir: string): Promise<void> => {
  const t = texts[ctx.lang];
  const target = await resolved(out);
  const dir = await realpath(journalDir).catch(() => path.resolve(journalDir));
  if (inside(target, dir)) throw new OplosError(t.inJournal(out, dir), EXIT.usage, t.hint);
  await writeFileAtomic(target, text).catch((e: NodeJS.ErrnoException) => {
    throw new OplosError(t.cannot(out, e.code ?? e.message), EXIT.usage);
  });
};

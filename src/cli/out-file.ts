/**
 * `--out FILE`: never into the journal folder nor over a file of it (the
 * paths compared after symlinks are resolved), and an existing FILE is
 * replaced atomically (a temporary file beside it, renamed over it), mode 600.
 */
import { realpath } from 'node:fs/promises';
import { systemReason } from './messages-system.js';
import path from 'node:path';
import { writeFileAtomic } from '../journal/atomic.js';
import { EXIT, OplosError } from '../errors.js';
import type { CliContext } from './context.js';
import { journalMessages } from './messages-journal.js';

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
  const t = journalMessages(ctx.lang).outFile;
  const target = await resolved(out);
  const dir = await realpath(journalDir).catch(() => path.resolve(journalDir));
  if (inside(target, dir)) throw new OplosError(t.inJournal(out, dir), EXIT.usage, t.hint);
  await writeFileAtomic(target, text).catch((e: NodeJS.ErrnoException) => {
    throw new OplosError(t.cannot(out, systemReason(e, ctx.lang)), EXIT.usage);
  });
};

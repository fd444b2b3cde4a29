/**
 * `--out FILE`: never into the journal folder nor over a file of it (the
 * paths compared after symlinks are resolved, whatever the name: `..x.md`
 * inside it is inside). An existing regular FILE is replaced atomically (a
 * temporary file beside it, renamed over it), mode 600; a symlink to one
 * replaces its target; a FIFO or a character device (`/dev/stdout`,
 * `/dev/null`) is written into, as a shell redirect would, never replaced.
 */
import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { systemReason } from './messages-system.js';
import path from 'node:path';
import { writeFileAtomic } from '../journal/atomic.js';
import { EXIT, OplosError } from '../errors.js';
import type { CliContext } from './cli-context.js';
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
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
};

/** Writes `text` into a FIFO or device as `>` would: opened for writing, never made, truncated or replaced. */
const writeInto = async (file: string, text: string): Promise<void> => {
  const h = await open(file, constants.O_WRONLY);
  try {
    await h.writeFile(text);
  } finally {
    await h.close();
  }
};

export const writeOutFile = async (ctx: CliContext, out: string, text: string, journalDir: string): Promise<void> => {
  const t = journalMessages(ctx.lang).outFile;
  const target = await resolved(out);
  const dir = await realpath(journalDir).catch(() => path.resolve(journalDir));
  if (inside(target, dir)) throw new OplosError(t.inJournal(out, dir), EXIT.usage, t.hint);
  const cannot = (e: NodeJS.ErrnoException) => {
    throw new OplosError(t.cannot(out, systemReason(e, ctx.lang)), EXIT.usage);
  };
  // what FILE is, links followed: /dev/stdout may resolve to nothing nameable (a pipe), its link still leads there
  const s = await stat(path.resolve(out)).catch(() => undefined);
  if (s && (s.isFIFO() || s.isCharacterDevice())) return writeInto(path.resolve(out), text).catch(cannot);
  if (s && !s.isFile()) return cannot(Object.assign(new Error(), { code: s.isDirectory() ? 'EISDIR' : 'not a regular file' }));
  await writeFileAtomic(target, text).catch(cannot);
};

/**
 * Durable file writes: the new content goes to a temporary file in the same
 * folder, is flushed to disk, renamed over the old file and the folder is
 * flushed too. A reader sees the old file or the new one, never half of one.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, statSync, lstatSync } from 'node:fs';
import { mkdir, open, readFile, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

const TEMP_SUFFIX = '.tmp';

/** The temporary name used while writing `file`; `.name.<random>.tmp` beside it. */
const tempName = async (file: string): Promise<string> => {
  const { randomBytes } = await import('node:crypto'); // on first write only: reads do without it
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
};

/** Is `name` (a bare file name) a temporary file left by a write of `base`? */
export const isTempOf = (name: string, base: string): boolean => name.startsWith(`.${base}.`) && name.endsWith(TEMP_SUFFIX);

/** Creates the folder (and missing parents) with mode 0700; an existing folder is left as it is. */
export const ensureDir = async (dir: string): Promise<void> => {
  await mkdir(dir, { recursive: true, mode: DIR_MODE });
};

/** Flushes a folder's entries (the rename) to disk; some systems cannot, which is fine. */
export const fsyncDir = async (dir: string): Promise<void> => {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw e;
  } finally {
    await handle?.close();
  }
};

/**
 * Writes `data` to `file` atomically and durably, mode 0600. The folder must exist.
 * `durable: false` leaves out the flushes (an import flushes once at its end).
 */
export const writeFileAtomic = async (file: string, data: string | Uint8Array, o: { durable?: boolean } = {}): Promise<void> => {
  const durable = o.durable ?? true;
  const temp = await tempName(file);
  let handle;
  try {
    handle = await open(temp, 'wx', FILE_MODE);
    await handle.writeFile(data);
    if (durable) await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, file);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw e;
  }
  if (durable) await fsyncDir(path.dirname(file));
};

/** What a file that is not a regular file is, for messages: fifo, socket, device, folder. */
export const notRegular = (s: { isFile(): boolean; isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }): string | undefined =>
  s.isFile() ? undefined : s.isDirectory() ? 'a folder' : s.isFIFO() ? 'a FIFO' : s.isSocket() ? 'a socket' : 'a device';

export class NotRegularFile extends Error {
  constructor(
    readonly file: string,
    readonly what: string,
  ) {
    super(`${file} is ${what}, not a file`);
  }
}

/**
 * The bytes of a regular file; undefined when it does not exist. A FIFO, a
 * device or a socket is refused (NotRegularFile) without waiting on it: it is
 * opened non-blocking and looked at before a byte is read.
 */
export const readRegular = async (file: string): Promise<Buffer | undefined> => {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    const what = notRegular(await handle.stat());
    if (what) throw new NotRegularFile(file, what);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
};

/** When `file` was last modified (ms since the epoch), undefined when it is gone or cannot be looked at. */
export const modifiedAt = (file: string): number | undefined => {
  try {
    return statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  } catch {
    return undefined;
  }
};

/**
 * `readRegular` without the thread pool: a session file is a few kilobytes,
 * and four round trips to the pool per file cost more than the reads (a
 * search opens thousands of them). Same refusals as `readRegular`.
 */
export const readRegularSync = (file: string): Buffer | undefined => {
  let fd: number;
  try {
    // a file of the journal that is a symlink is not followed: its text would lie outside, beyond encrypt and delete
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP' && lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) throw new NotRegularFile(file, 'a symlink');
    throw e;
  }
  try {
    const st = fstatSync(fd);
    const what = notRegular(st);
    if (what) throw new NotRegularFile(file, what);
    // one read of the size fstat gave (and one byte more, to see a file that grew meanwhile)
    const buf = Buffer.allocUnsafe(st.size + 1);
    const got = readSync(fd, buf, 0, buf.length, 0);
    return got <= st.size ? buf.subarray(0, got) : Buffer.concat([buf, readFileSync(fd)]);
  } finally {
    closeSync(fd);
  }
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of `bytes` if they are valid UTF-8, else undefined (never U+FFFD in their place). */
export const utf8 = (bytes: Uint8Array): string | undefined => {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
};

/**
 * Writes `data` to `file` atomically (a reader sees the old or the new file)
 * but not durably: for caches, where losing the new content in a crash
 * does no harm. Mode 0600.
 */
export const writeFileCached = async (file: string, data: string | Uint8Array): Promise<void> => {
  const temp = await tempName(file);
  try {
    await writeFile(temp, data, { mode: FILE_MODE, flag: 'wx' });
    await rename(temp, file);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
};

/**
 * Removes temporary files a killed process left while writing files in `dir`
 * (all of them, or those of `base`). Only call this while holding the lock
 * that every writer there holds, so no live write is removed.
 */
export const removeOrphanTemps = async (dir: string, base?: string): Promise<void> => {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  const orphans = names.filter((n) => (base === undefined ? n.startsWith('.') && n.endsWith(TEMP_SUFFIX) : isTempOf(n, base)));
  await Promise.all(orphans.map((n) => unlink(path.join(dir, n)).catch(() => undefined)));
};

/** The file's text, or undefined when it does not exist. */
export const readIfExists = async (file: string): Promise<string | undefined> => {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
};

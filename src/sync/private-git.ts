/**
 * The journal's `.git` is private whatever the mode of the folder around it:
 * folders 700, files without any bit for group or others (git's objects stay
 * read-only: 400), and `core.sharedRepository = 0600` so that git makes
 * every later file that way. An existing `.git` is put right the first time
 * oplos commits or syncs in it.
 */
import { chmod, lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gitOk, type Env } from './git.js';
import { sessionFolders } from '../journal/inventory.js';
import { RECORD, SESSIONS } from '../journal/layout.js';

export const SHARED_PRIVATE = '0600';

const walk = async (dir: string): Promise<void> => {
  await chmod(dir, 0o700);
  for (const d of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) await walk(p);
    else if (d.isFile()) {
      const { mode } = await lstat(p);
      if (mode & 0o077) await chmod(p, mode & 0o700);
    }
  }
};

/** Is `.git` already private, and git told to keep it so? (One stat and one small read.) */
const isPrivate = async (gitDir: string): Promise<boolean> => {
  const st = await lstat(gitDir).catch(() => undefined);
  if (!st?.isDirectory() || st.mode & 0o077) return false;
  const config = await readFile(path.join(gitDir, 'config'), 'utf8').catch(() => '');
  return /^\s*sharedrepository\s*=\s*0?600\s*$/im.test(config);
};

/** Makes the journal's `.git` private when it is not yet (a `.git` that is a file or link is left alone). */
export const ensurePrivateGit = async (folder: string, env: Env): Promise<void> => {
  const gitDir = path.join(folder, '.git');
  if (await isPrivate(gitDir)) {
    // files git writes at the top of .git with the umask, whatever core.sharedRepository says (COMMIT_EDITMSG, FETCH_HEAD)
    for (const d of await readdir(gitDir, { withFileTypes: true }).catch(() => [])) {
      if (!d.isFile()) continue;
      const p = path.join(gitDir, d.name);
      const { mode } = await lstat(p);
      if (mode & 0o077) await chmod(p, mode & 0o700);
    }
    return;
  }
  const st = await lstat(gitDir).catch(() => undefined);
  if (!st?.isDirectory()) return;
  await gitOk(folder, ['config', 'core.sharedRepository', SHARED_PRIVATE], env);
  await walk(gitDir);
};

/**
 * The journal's own folders and files as git left them in the working tree
 * (git checks files out with the umask: 644 in folders of 755) put right:
 * the record, `.gitignore`, `sessions/` and every folder of the inventory
 * 700, their files 600. A folder that is private already is passed over
 * (the command line runs git with umask 077, so what git adds there is
 * private from birth); symlinks are left alone.
 */
export const ensurePrivateTree = async (folder: string): Promise<void> => {
  const closeFile = async (p: string) => {
    const st = await lstat(p).catch(() => undefined);
    if (st?.isFile() && st.mode & 0o077) await chmod(p, st.mode & 0o700);
  };
  await closeFile(path.join(folder, RECORD));
  await closeFile(path.join(folder, '.gitignore'));
  for (const rel of [SESSIONS, ...(await sessionFolders(folder))]) {
    const dir = path.join(folder, ...rel.split('/'));
    const st = await lstat(dir).catch(() => undefined);
    if (!st?.isDirectory() || !(st.mode & 0o077)) continue;
    await chmod(dir, 0o700);
    if (rel === SESSIONS) continue;
    for (const d of await readdir(dir, { withFileTypes: true })) if (d.isFile()) await closeFile(path.join(dir, d.name));
  }
};

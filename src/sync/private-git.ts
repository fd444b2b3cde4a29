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

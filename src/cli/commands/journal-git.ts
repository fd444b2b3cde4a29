/**
 * `oplos journal git ARGS…`: the system's git, run inside the journal folder
 * with every argument passed on as it is (as `pass git` does). Its exit code
 * is oplos's. After a successful `init`, oplos writes its ignore rules and
 * commits what the journal holds, so a remote can be added and synced at once.
 * `init` makes `.git` private (`--shared=0600`) and refuses a folder that
 * holds files but is no journal: git would commit everything in it.
 */
import { spawn } from 'node:child_process';
import { systemReason } from '../messages-system.js';
import { mkdir, readdir, stat } from 'node:fs/promises';
import type { CliContext } from '../cli-context.js';
import { EXIT, OplosError, passedOn, type ExitStatus } from '../../errors.js';
import { git, gitEnv, isRepository } from '../../sync/git.js';
import { ensurePrivateGit } from '../../sync/private-git.js';
import { commitAll } from '../../sync/commit.js';
import { syncTexts } from '../../sync/messages.js';
import { RECORD } from '../../journal/layout.js';
import { privateUmask } from './journal-sync.js';

/** A folder `journal git init` may make a repository: empty (but for `.git`), or a journal (it has its record). */
const mayInit = async (folder: string): Promise<boolean> => {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names.includes(RECORD) || names.every((n) => n === '.git');
};

export const run = async (ctx: CliContext, args: string[]): Promise<ExitStatus> => {
  const folder = ctx.journalPath;
  if (args[0] === 'init') {
    // as a first session does: on a machine where oplos never ran, the data folder is not there either
    await mkdir(folder, { recursive: true, mode: 0o700 }).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw new OplosError(`${folder}: ${systemReason(e, ctx.lang)}`, EXIT.journal);
    });
  }
  const isDir = await stat(folder).then(
    (st) => st.isDirectory(),
    () => false,
  );
  if (!isDir) throw new OplosError(syncTexts(ctx.lang).noFolder(folder), EXIT.journal);
  if (args[0] === 'init' && !(await mayInit(folder))) throw new OplosError(syncTexts(ctx.lang).notJournal(folder), EXIT.journal);
  // `.git` private from its first file, whatever the mode of the folder around it
  const gitArgs = args[0] === 'init' && !args.some((a) => a.startsWith('--shared')) ? ['init', '--shared=0600', ...args.slice(1)] : args;
  // every machine's journal on one branch name, `main`, unless the person chose a default for git themselves
  const branchDefault =
    args[0] === 'init' && !(await git(folder, ['config', 'init.defaultBranch'], ctx.env)).stdout.trim()
      ? { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'init.defaultBranch', GIT_CONFIG_VALUE_0: 'main' }
      : {};
  // what git makes in the journal (a checkout, a pull) is closed to other users from birth
  const umask = privateUmask();
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn('git', gitArgs, {
      cwd: folder,
      env: gitEnv(folder, ctx.env, branchDefault),
      stdio: [ctx.interactive ? ctx.streams.stdin : 'ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d: Buffer) => void ctx.streams.stdout.write(d));
    child.stderr.on('data', (d: Buffer) => void ctx.streams.stderr.write(d));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? new OplosError(syncTexts(ctx.lang).noGit, EXIT.journal) : e),
    );
    child.on('close', (c, signal) => resolve(c ?? (signal ? 128 : 1)));
  }).finally(() => umask.restore());
  if (code === 0 && args[0] === 'init') await commitAll(folder, 'journal added to git', ctx.env);
  // whatever git made meanwhile (a `gc`'s packs, a `fetch`'s refs): closed to others too
  else if (await isRepository(folder)) await ensurePrivateGit(folder, ctx.env);
  return passedOn(code);
};

/**
 * An encrypted journal's git history never carries a plain session file to
 * a remote. Before a push, every object to be pushed at a path that can hold
 * session text is read: history that was never pushed and holds a plain
 * file is folded into one commit of the sealed state (nobody else has it, so
 * nothing is lost) and the old objects are dropped from `.git`; a remote
 * whose history already holds one makes sync refuse, with the way out.
 */
import { spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { authorEnv, git, gitEnv, gitOk, type Env } from './git.js';
import { syncTexts, SyncError } from './messages.js';
import { canHoldSessionText, isSealedText } from './session-text.js';
import { rev } from './tree.js';

/** Runs git and gives its stdout as bytes (object contents are measured in bytes). */
const gitBytes = (folder: string, args: readonly string[], env: Env, input: string): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const child = spawn('git', args, { cwd: folder, env: gitEnv(folder, env), stdio: ['pipe', 'pipe', 'ignore'] });
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`git ${args[0] ?? ''}: exit ${code}`))));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });

export interface PlainFile {
  readonly path: string;
  readonly blob: string;
}

/**
 * Every plain session file (by the path it was first seen at) among the
 * objects reachable from `tips` and not from `exclude`. Each blob is read once.
 */
export const plainInHistory = async (
  folder: string,
  tips: readonly string[],
  exclude: readonly string[],
  env: Env,
): Promise<PlainFile[]> => {
  if (tips.length === 0) return [];
  const listed = await gitOk(folder, ['rev-list', '--objects', ...tips, '--not', ...exclude, '--'], env);
  const candidates = new Map<string, string>();
  for (const line of listed.split('\n')) {
    const space = line.indexOf(' ');
    if (space < 0) continue;
    const p = line.slice(space + 1);
    if (p && canHoldSessionText(p)) candidates.set(line.slice(0, space), p);
  }
  if (candidates.size === 0) return [];
  const types = await gitOk(folder, ['cat-file', '--batch-check=%(objectname) %(objecttype)'], env, {
    input: `${[...candidates.keys()].join('\n')}\n`,
  });
  const blobs = types
    .split('\n')
    .map((l) => l.split(' '))
    .filter(([, type]) => type === 'blob')
    .map(([sha = '']) => sha);
  if (blobs.length === 0) return [];
  const out = await gitBytes(folder, ['cat-file', '--batch'], env, `${blobs.join('\n')}\n`);
  const plain: PlainFile[] = [];
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(10, at);
    if (eol < 0) break;
    const [sha = '', , size = '0'] = out.subarray(at, eol).toString('utf8').split(' ');
    const body = out.subarray(eol + 1, eol + 1 + Number(size));
    at = eol + 1 + Number(size) + 1;
    if (!isSealedText(body.toString('utf8'))) plain.push({ path: candidates.get(sha) ?? sha, blob: sha });
  }
  return plain.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
};

/** The remote commit whose whole history was last found sealed: later checks read only what came after it. */
const CHECKED = 'oplos-sealed-checked';

/** Refuses (exit 3, nothing changed) when the remote's history holds a plain session file. */
export const assertRemoteSealed = async (folder: string, remote: string, env: Env, lang: string): Promise<void> => {
  const file = path.join(folder, '.git', CHECKED);
  const checked = (await readFile(file, 'utf8').catch(() => '')).trim();
  const exclude = checked && (await rev(folder, checked, env)) ? [checked] : [];
  const plain = await plainInHistory(folder, [remote], exclude, env);
  if (plain.length > 0) throw new SyncError(syncTexts(lang).plainOnRemote);
  await writeFile(file, `${remote}\n`, { mode: 0o600 });
};

/**
 * `local` itself when nothing it adds to `remote` holds a plain session file;
 * else one new commit with `local`'s tree on the last commit the remote has
 * (or none). A plain file in `local`'s own tree cannot be folded away: refused, named.
 */
export const sealUnpushed = async (folder: string, local: string, remote: string | undefined, env: Env, lang: string): Promise<string> => {
  const base = remote ? (await git(folder, ['merge-base', local, remote], env)).stdout.trim() || undefined : undefined;
  return fold(folder, local, remote ? [remote] : [], base, env, lang);
};

const fold = async (
  folder: string,
  local: string,
  pushed: readonly string[],
  base: string | undefined,
  env: Env,
  lang: string,
): Promise<string> => {
  const plain = await plainInHistory(folder, [local], pushed, env);
  if (plain.length === 0) return local;
  const inTree = new Set(
    (await gitOk(folder, ['ls-tree', '-r', '-z', local], env))
      .split('\0')
      .filter(Boolean)
      .map((l) => l.split('\t')[0]?.split(' ')[2] ?? ''),
  );
  const left = plain.find((p) => inTree.has(p.blob));
  if (left) throw new SyncError(syncTexts(lang).plainInTree(left.path));
  const tree = (await gitOk(folder, ['rev-parse', `${local}^{tree}`], env)).trim();
  const who = await authorEnv(folder, env);
  return (
    await gitOk(folder, ['commit-tree', tree, ...(base ? ['-p', base] : []), '-F', '-'], env, {
      input: 'journal sealed (earlier commits held plain text)\n',
      extraEnv: who,
    })
  ).trim();
};

/**
 * Right after the journal was encrypted: the history no remote has yet
 * (as far as this machine knows) is folded into its sealed state at once,
 * so `.git` here keeps no plain copy. What a remote already has is left to
 * sync, which refuses it. Runs under the journal's lock (onChange).
 */
export const sealLocalHistory = async (folder: string, env: Env, lang: string): Promise<boolean> => {
  const head = await rev(folder, 'HEAD', env);
  const branch = (await git(folder, ['symbolic-ref', '-q', 'HEAD'], env)).stdout.trim();
  if (head === undefined || !branch) return false;
  const pushed = (await gitOk(folder, ['for-each-ref', '--format=%(objectname)', 'refs/remotes/'], env)).split('\n').filter(Boolean);
  // the pushed commits next to the unpushed ones: one is the base to fold onto, none means nothing was pushed
  const boundary = (await gitOk(folder, ['rev-list', '--boundary', head, '--not', ...pushed, '--'], env))
    .split('\n')
    .filter((l) => l.startsWith('-'))
    .map((l) => l.slice(1));
  if (boundary.length > 1) return false;
  let sealed: string;
  try {
    sealed = await fold(folder, head, pushed, boundary[0], env, lang);
  } catch (e) {
    if (e instanceof SyncError) return false; // a plain file still in the tree: sync names it
    throw e;
  }
  if (sealed === head) return false;
  await gitOk(folder, ['update-ref', branch, sealed, head], env);
  await forgetUnreachable(folder, env);
  return true;
};

/** Drops what no branch reaches any more (the plain commits folded away) from `.git` on this machine. */
export const forgetUnreachable = async (folder: string, env: Env): Promise<void> => {
  await rm(path.join(folder, '.git', 'ORIG_HEAD'), { force: true });
  await gitOk(folder, ['reflog', 'expire', '--expire=now', '--expire-unreachable=now', '--all'], env);
  await gitOk(folder, ['gc', '--quiet', '--prune=now'], env);
};

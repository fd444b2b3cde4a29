/**
 * `oplos journal sync`: commit what is pending, fetch, replay this
 * machine's commits on top of the remote's (a rebase done with plumbing in
 * a private index, so the working tree and HEAD never stand mid-rebase),
 * push the result, and only then move the journal folder to it. The remote
 * refusing or being out of reach leaves the journal as it was.
 *
 * Session files are never merged line by line: when one file changed on
 * both sides, this machine's version keeps the name and the other side's is
 * kept beside it as `name.sync-conflict-<date>-<commit>.json`, which
 * `journal check` reports and `--fix` resolves. A session deleted here but
 * edited there (or the other way round) is kept, and said.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { commitAll } from './commit.js';
import { authorEnv, git, GitFailed, gitOk, isEncryptedRecord, isRepository, RECORD, readRecord, sameEncryption, type Env } from './git.js';
import { syncTexts, SyncError } from './messages.js';
import {
  changes,
  conflictCopyName,
  countSessions,
  emptyTree,
  isAncestor,
  isSessionPath,
  rev,
  scratchIndex,
  showFile,
  ZERO,
  type FileChange,
} from './tree.js';

export interface SyncOptions {
  readonly folder: string;
  readonly env: Env;
  readonly lang: string;
  readonly now: () => Date;
}

export type EncryptionNews = 'encrypted' | 'decrypted' | 'passphrase';

export interface SyncResult {
  /** session files that came in (added or changed on the other side) */
  readonly cameIn: number;
  /** session files that went out */
  readonly wentOut: number;
  readonly removedIn: number;
  readonly removedOut: number;
  /** conflict copies made: the other side's version, beside this machine's */
  readonly conflicts: readonly string[];
  /** sessions deleted on one side and changed on the other: kept */
  readonly kept: readonly string[];
  /** session files left out of git because they were not sealed */
  readonly unsealed: readonly string[];
  /** the journal is plain and has a remote: its answers leave the machine as plain text */
  readonly plainWithRemote: boolean;
  /** encryption switched or passphrase changed on another machine */
  readonly encryptionNews?: EncryptionNews;
  readonly remote: string;
}

const MARKER = 'oplos-sync-move';

/** A sync that was killed while moving the folder to its new commit is finished first. */
const finishInterrupted = async (folder: string, env: Env): Promise<void> => {
  const marker = path.join(folder, '.git', MARKER);
  const text = await readFile(marker, 'utf8').catch(() => undefined);
  await rm(path.join(folder, '.git', 'oplos-sync-index'), { force: true });
  if (text === undefined) return;
  const [from, to] = text.trim().split(' ');
  const head = await rev(folder, 'HEAD', env);
  await rm(path.join(folder, '.git', 'index.lock'), { force: true }); // left by the git that was killed with oplos
  if (to && (head === from || head === to) && (await rev(folder, to, env))) await gitOk(folder, ['reset', '-q', '--hard', to], env);
  await rm(marker, { force: true });
};

/** Moves the branch and the working tree from `from` to `to`; a kill meanwhile is finished by the next sync. */
const moveTo = async (folder: string, from: string | undefined, to: string, branch: string, env: Env): Promise<void> => {
  const marker = path.join(folder, '.git', MARKER);
  await writeFile(marker, `${from ?? '-'} ${to}\n`);
  if (from === undefined) {
    await gitOk(folder, ['update-ref', `refs/heads/${branch}`, to], env);
    await gitOk(folder, ['reset', '-q', '--hard', to], env);
  } else await gitOk(folder, ['reset', '-q', '--keep', to], env);
  await rm(marker, { force: true });
};

interface Upstream {
  readonly remote: string;
  readonly branch: string;
}

const upstream = async (folder: string, localBranch: string, env: Env, lang: string): Promise<Upstream & { configured?: boolean }> => {
  const remoteOf = (await git(folder, ['config', `branch.${localBranch}.remote`], env)).stdout.trim();
  const mergeOf = (await git(folder, ['config', `branch.${localBranch}.merge`], env)).stdout.trim();
  if (remoteOf && mergeOf) return { remote: remoteOf, branch: mergeOf.replace(/^refs\/heads\//, ''), configured: true };
  const remotes = (await gitOk(folder, ['remote'], env)).split('\n').filter(Boolean);
  const remote = remotes.includes('origin') ? 'origin' : remotes[0];
  if (!remote) throw new SyncError(syncTexts(lang).noRemote);
  return { remote, branch: localBranch };
};

/**
 * Without an upstream, a second machine's `git init` may have named its
 * branch otherwise than the first (master, main): when the remote has no
 * branch of this name but exactly one other, that one is the journal's.
 */
const settleBranch = async (folder: string, up: Upstream & { configured?: boolean }, env: Env): Promise<Upstream> => {
  if (up.configured) return up;
  const prefix = `refs/remotes/${up.remote}/`;
  const branches = (await gitOk(folder, ['for-each-ref', '--format=%(refname)', prefix], env))
    .split('\n')
    .filter((r) => r && r !== `${prefix}HEAD`)
    .map((r) => r.slice(prefix.length));
  const [only] = branches;
  return branches.includes(up.branch) || branches.length !== 1 || only === undefined ? up : { remote: up.remote, branch: only };
};

/** Replays the commits of `local` not in `remote` onto `remote`; the new tip and what was kept twice. */
const replay = async (o: SyncOptions, local: string, remote: string, recordFromThem: boolean) => {
  const { folder, env } = o;
  const base = (await git(folder, ['merge-base', local, remote], env)).stdout.trim() || (await emptyTree(folder, env));
  const theirs = new Map((await changes(folder, base, remote, env)).map((c) => [c.path, c]));
  const ours = new Map((await changes(folder, base, local, env)).map((c) => [c.path, c]));
  const both = [...ours.keys()].filter((p) => theirs.has(p));
  const same = new Set(both.filter((p) => ours.get(p)?.blob === theirs.get(p)?.blob));
  const conflicting = new Set(both.filter((p) => !same.has(p)));
  const conflicts: string[] = [];
  const kept: string[] = [];
  // a session deleted here and changed there keeps the other side's version: no change of ours to it is replayed
  const keepTheirs = new Set([...conflicting].filter((p) => ours.get(p)?.status === 'D'));
  for (const p of keepTheirs) if (isSessionPath(p)) kept.push(p);
  // the journal's record: the side that switched encryption (or, when neither did, the other side) is the one to keep
  if (recordFromThem && conflicting.has(RECORD)) keepTheirs.add(RECORD);
  const short = remote.slice(0, 7);
  const copied = new Set<string>();

  const idx = scratchIndex(folder);
  await gitOk(folder, ['read-tree', remote], env, { extraEnv: idx });
  const commits = (await gitOk(folder, ['rev-list', '--reverse', '--first-parent', local, `^${remote}`], env)).split('\n').filter(Boolean);
  let parent = remote;
  const who = await authorEnv(folder, env);
  let parentTree = (await gitOk(folder, ['rev-parse', `${remote}^{tree}`], env)).trim();
  for (const c of commits) {
    const hasParent = (await git(folder, ['rev-parse', '--verify', '-q', `${c}^`], env)).code === 0;
    const list: FileChange[] = await changes(folder, hasParent ? `${c}^` : await emptyTree(folder, env), c, env);
    const lines: string[] = [];
    for (const ch of list) {
      if (same.has(ch.path) || keepTheirs.has(ch.path)) continue;
      lines.push(ch.status === 'D' ? `0 ${'0'.repeat(ch.blob.length)}\t${ch.path}` : `${ch.mode} ${ch.blob}\t${ch.path}`);
      const other = theirs.get(ch.path);
      if (conflicting.has(ch.path) && isSessionPath(ch.path) && other && !ZERO.test(other.blob) && !copied.has(ch.path)) {
        copied.add(ch.path);
        const copy = conflictCopyName(ch.path, o.now(), short);
        lines.push(`${other.mode} ${other.blob}\t${copy}`);
        conflicts.push(copy);
      }
    }
    if (lines.length === 0) continue;
    await gitOk(folder, ['update-index', '--index-info'], env, { input: `${lines.join('\n')}\n`, extraEnv: idx });
    const tree = (await gitOk(folder, ['write-tree'], env, { extraEnv: idx })).trim();
    if (tree === parentTree) continue;
    const [an = '', ae = '', ad = '', ...msg] = (await gitOk(folder, ['log', '-1', '--format=%an%n%ae%n%aI%n%B', c], env)).split('\n');
    parent = (
      await gitOk(folder, ['commit-tree', tree, '-p', parent, '-F', '-'], env, {
        input: `${msg.join('\n').trim()}\n`,
        extraEnv: { ...who, GIT_AUTHOR_NAME: an, GIT_AUTHOR_EMAIL: ae, GIT_AUTHOR_DATE: ad },
      })
    ).trim();
    parentTree = tree;
  }
  await rm(idx['GIT_INDEX_FILE'] ?? '', { force: true });
  return { tip: parent, base, theirs: [...theirs.values()], ours: [...ours.values()].filter((c) => !same.has(c.path) && !keepTheirs.has(c.path)), conflicts, kept };
};

const push = async (o: SyncOptions, up: Upstream, commit: string): Promise<void> => {
  const r = await git(o.folder, ['push', '--quiet', up.remote, `${commit}:refs/heads/${up.branch}`], o.env);
  if (r.code !== 0) throw new SyncError(syncTexts(o.lang).refused(up.remote), r.stderr);
};

const newsOf = (before: string | undefined, after: string | undefined): EncryptionNews | undefined => {
  if (sameEncryption(before, after)) return undefined;
  const was = isEncryptedRecord(before);
  const is = isEncryptedRecord(after);
  return was && is ? 'passphrase' : is ? 'encrypted' : was ? 'decrypted' : undefined;
};

export const syncJournal = async (o: SyncOptions): Promise<SyncResult> => {
  const { folder, env, lang } = o;
  const t = syncTexts(lang);
  if (!(await isRepository(folder))) throw new SyncError(t.notRepository);
  await finishInterrupted(folder, env);
  const pending = await commitAll(folder, 'journal changes', env);
  const branch = (await git(folder, ['symbolic-ref', '--short', '-q', 'HEAD'], env)).stdout.trim();
  if (!branch) throw new SyncError(t.detached);
  let up = await upstream(folder, branch, env, lang);
  const fetched = await git(folder, ['fetch', '--quiet', '--no-tags', up.remote], env);
  if (fetched.code !== 0) throw new SyncError(t.unreachable(up.remote), fetched.stderr);
  up = await settleBranch(folder, up, env);

  const local = await rev(folder, 'HEAD', env);
  const remote = await rev(folder, `refs/remotes/${up.remote}/${up.branch}`, env);
  const result = { cameIn: 0, wentOut: 0, removedIn: 0, removedOut: 0, conflicts: [] as string[], kept: [] as string[] };
  let news: EncryptionNews | undefined;
  const count = (list: readonly FileChange[], dir: 'in' | 'out') => {
    const n = countSessions(list);
    if (dir === 'in') Object.assign(result, { cameIn: n.changed, removedIn: n.removed });
    else Object.assign(result, { wentOut: n.changed, removedOut: n.removed });
  };

  if (remote !== undefined && local !== remote) {
    const localRecord = await showFile(folder, local, RECORD, env);
    const remoteRecord = await showFile(folder, remote, RECORD, env);
    if (local === undefined || (await isAncestor(folder, local, remote, env))) {
      // only the other side moved: take it as it is
      count(await changes(folder, local ?? (await emptyTree(folder, env)), remote, env), 'in');
      news = newsOf(localRecord, remoteRecord);
      await moveTo(folder, local, remote, branch, env);
    } else if (await isAncestor(folder, remote, local, env)) {
      count(await changes(folder, remote, local, env), 'out');
      await push(o, up, local);
    } else {
      const mergeBase = (await git(folder, ['merge-base', local, remote], env)).stdout.trim() || undefined;
      const baseRecord = await showFile(folder, mergeBase, RECORD, env);
      const sessionsHere = (await changes(folder, mergeBase ?? (await emptyTree(folder, env)), local, env)).some((c) => isSessionPath(c.path));
      const movedThere = !sameEncryption(mergeBase === undefined ? localRecord : baseRecord, remoteRecord);
      // sessions sealed here with a key the other machine has replaced (or plain in a journal it encrypted) cannot be mixed in
      if (movedThere && (sessionsHere || !sameEncryption(baseRecord, localRecord))) throw new SyncError(t.encryptionDiverged);
      news = newsOf(localRecord, remoteRecord);
      const switchedHere = mergeBase === undefined ? isEncryptedRecord(localRecord) : !sameEncryption(baseRecord, localRecord);
      const r = await replay(o, local, remote, !switchedHere);
      count(r.theirs, 'in');
      count(r.ours, 'out');
      Object.assign(result, { conflicts: r.conflicts, kept: r.kept });
      if (r.tip !== remote) await push(o, up, r.tip);
      await moveTo(folder, local, r.tip, branch, env);
    }
  } else if (remote === undefined && local !== undefined) {
    count(await changes(folder, await emptyTree(folder, env), local, env), 'out');
    await push(o, up, local);
  }
  if (remote !== undefined || local !== undefined) {
    await git(folder, ['fetch', '--quiet', '--no-tags', up.remote], env); // the remote-tracking ref now shows what was pushed
    await git(folder, ['branch', '--quiet', `--set-upstream-to=${up.remote}/${up.branch}`, branch], env);
  }
  const encrypted = isEncryptedRecord(await readRecord(folder));
  return {
    ...result,
    unsealed: pending.unsealed,
    plainWithRemote: !encrypted,
    ...(news ? { encryptionNews: news } : {}),
    remote: up.remote,
  };
};

export { GitFailed };

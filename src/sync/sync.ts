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
import { Interrupted } from '../errors.js';
import { kindOfName } from '../journal/layout.js';
import { commitAll } from './commit.js';
import { ensurePrivateGit, ensurePrivateTree } from './private-git.js';
import { assertRemoteSealed, forgetUnreachable, plainInHistory, sealUnpushed } from './sealed-history.js';
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
  /**
   * Runs `fn` holding the journal's lock (the command line passes its lock);
   * sync holds it only for what it does in the folder, never while it waits
   * on the network. Without it, `fn` runs as it is.
   */
  readonly withLock?: <T>(fn: () => Promise<T>) => Promise<T>;
  /** A remote that says nothing for this long ends the sync (exit 3); default SYNC_IDLE_TIMEOUT_MS. */
  readonly timeoutMs?: number;
  /** Ctrl-C: a network step under way is stopped (git and its ssh), and sync ends as interrupted, the folder unchanged. */
  readonly signal?: AbortSignal;
  /** Stops a network step's process group (git and its ssh); see GitOptions.killGroup. */
  readonly killGroup?: (pid: number) => void;
}

/** The one branch every machine's journal meets on at the remote, whatever the local branch or the remote's HEAD is called. */
export const SYNC_BRANCH = 'main';

/** How long a remote may say nothing before sync gives up on it. */
export const SYNC_IDLE_TIMEOUT_MS = 60_000;

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

/** The remote to sync with: the local branch's own, else `origin`, else the only one there is. */
const remoteNameOf = async (folder: string, localBranch: string, env: Env, lang: string): Promise<string> => {
  const remotes = (await gitOk(folder, ['remote'], env)).split('\n').filter(Boolean);
  const own = (await git(folder, ['config', `branch.${localBranch}.remote`], env)).stdout.trim();
  const remote = remotes.includes(own) ? own : remotes.includes('origin') ? 'origin' : remotes[0];
  if (!remote) throw new SyncError(syncTexts(lang).noRemote);
  return remote;
};

/**
 * Does this commit hold an oplos journal (a remote holding anything else is
 * not this journal's)? Its record says so; or, before any session was
 * written, it holds nothing but what oplos puts in git.
 */
const isJournalCommit = async (folder: string, commit: string, env: Env): Promise<boolean> => {
  const record = await showFile(folder, commit, RECORD, env);
  if (record !== undefined) {
    try {
      return (JSON.parse(record) as Record<string, unknown> | null)?.['format'] === 'oplos-journal-folder';
    } catch {
      return false;
    }
  }
  const files = (await gitOk(folder, ['ls-tree', '-r', '-z', '--name-only', commit], env)).split('\0').filter(Boolean);
  return files.every((f) => f === '.gitignore' || (isSessionPath(f) && kindOfName(path.posix.basename(f)) !== undefined));
};

/** Replays the commits of `local` not in `remote` onto `remote`; the new tip and what was kept twice. */
const replay = async (o: SyncOptions, local: string, remote: string, recordFromThem: boolean, since?: string) => {
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
  const commits = (
    await gitOk(folder, ['rev-list', '--reverse', '--first-parent', local, `^${remote}`, ...(since ? [`^${since}`] : [])], env)
  )
    .split('\n')
    .filter(Boolean);
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
  return {
    tip: parent,
    base,
    theirs: [...theirs.values()],
    ours: [...ours.values()].filter((c) => !same.has(c.path) && !keepTheirs.has(c.path)),
    conflicts,
    kept,
  };
};

/** A network step of git, ended when the remote says nothing for `timeoutMs`. */
const network = async (o: SyncOptions, remote: string, args: readonly string[], failed: string) => {
  const ms = o.timeoutMs ?? SYNC_IDLE_TIMEOUT_MS;
  const r = await git(o.folder, args, o.env, {
    idleTimeoutMs: ms,
    ...(o.signal ? { signal: o.signal } : {}),
    ...(o.killGroup ? { killGroup: o.killGroup } : {}),
  });
  if (r.aborted) throw new Interrupted();
  if (r.timedOut) throw new SyncError(syncTexts(o.lang).timedOut(remote, Math.max(1, Math.round(ms / 1000))));
  if (r.code !== 0) throw new SyncError(failed, r.stderr);
};

const push = (o: SyncOptions, remote: string, commit: string) =>
  network(o, remote, ['push', '--progress', remote, `${commit}:refs/heads/${SYNC_BRANCH}`], syncTexts(o.lang).refused(remote));

const newsOf = (before: string | undefined, after: string | undefined): EncryptionNews | undefined => {
  if (sameEncryption(before, after)) return undefined;
  const was = isEncryptedRecord(before);
  const is = isEncryptedRecord(after);
  return was && is ? 'passphrase' : is ? 'encrypted' : was ? 'decrypted' : undefined;
};

interface Plan {
  cameIn: number;
  wentOut: number;
  removedIn: number;
  removedOut: number;
  conflicts: string[];
  kept: string[];
  news?: EncryptionNews;
  /** what this machine's branch becomes (undefined: it stays) */
  target?: string;
  /** what goes to the remote */
  push?: string;
  /** never-pushed history was folded into its sealed state */
  rewritten: boolean;
}

/** Works out, in git's objects only (nothing in the folder moves), what to push and where the branch goes. */
const plan = async (
  o: SyncOptions & { readonly remoteName?: string },
  localTip: string | undefined,
  remote: string | undefined,
): Promise<Plan> => {
  const { folder, env, lang } = o;
  const t = syncTexts(lang);
  const p: Plan = { cameIn: 0, wentOut: 0, removedIn: 0, removedOut: 0, conflicts: [], kept: [], rewritten: false };
  const count = (list: readonly FileChange[], dir: 'in' | 'out') => {
    const n = countSessions(list);
    if (dir === 'in') Object.assign(p, { cameIn: n.changed, removedIn: n.removed });
    else Object.assign(p, { wentOut: n.changed, removedOut: n.removed });
  };
  const common = localTip && remote ? (await git(folder, ['merge-base', localTip, remote], env)).stdout.trim() || undefined : undefined;
  const remoteRecord = await showFile(folder, remote, RECORD, env);
  // a remote with no history in common is another machine's journal to join, or something else: refused
  if (remote !== undefined && common === undefined && !(await isJournalCommit(folder, remote, env)))
    throw new SyncError(t.unrelated(o.remoteName ?? ''));
  const localRecord = await showFile(folder, localTip, RECORD, env);
  const encryptedHere = [await readRecord(folder), localRecord].some(isEncryptedRecord);
  const encrypted = encryptedHere || isEncryptedRecord(remoteRecord);
  if (encrypted && remote !== undefined) await assertRemoteSealed(folder, remote, env, lang);
  let local = localTip;
  // (a journal encrypted only on the other machine meets its own check below: encryptionDiverged)
  if (encryptedHere && local !== undefined) {
    local = await sealUnpushed(folder, local, remote, env, lang);
    p.rewritten = local !== localTip;
  }
  if (remote !== undefined && local !== remote) {
    if (local === undefined || (await isAncestor(folder, local, remote, env))) {
      // only the other side moved: take it as it is
      count(await changes(folder, local ?? (await emptyTree(folder, env)), remote, env), 'in');
      p.news = newsOf(localRecord, remoteRecord);
      p.target = remote;
    } else if (await isAncestor(folder, remote, local, env)) {
      count(await changes(folder, remote, local, env), 'out');
      Object.assign(p, { push: local, target: local });
    } else {
      const mergeBase = (await git(folder, ['merge-base', local, remote], env)).stdout.trim() || undefined;
      const baseRecord = await showFile(folder, mergeBase, RECORD, env);
      const sessionsHere = (await changes(folder, mergeBase ?? (await emptyTree(folder, env)), local, env)).some((c) =>
        isSessionPath(c.path),
      );
      const movedThere = !sameEncryption(mergeBase === undefined ? localRecord : baseRecord, remoteRecord);
      // sessions sealed here with a key the other machine has replaced (or plain in a journal it encrypted) cannot be mixed in
      if (movedThere && (sessionsHere || !sameEncryption(baseRecord, localRecord))) throw new SyncError(t.encryptionDiverged);
      p.news = newsOf(localRecord, remoteRecord);
      const switchedHere = mergeBase === undefined ? isEncryptedRecord(localRecord) : !sameEncryption(baseRecord, localRecord);
      const r = await replay(o, local, remote, !switchedHere);
      count(r.theirs, 'in');
      count(r.ours, 'out');
      Object.assign(p, { conflicts: r.conflicts, kept: r.kept, target: r.tip });
      if (r.tip !== remote) p.push = r.tip;
    }
  } else if (remote === undefined && local !== undefined) {
    count(await changes(folder, await emptyTree(folder, env), local, env), 'out');
    Object.assign(p, { push: local, target: local });
  }
  // the last guard: nothing of an encrypted journal leaves the machine unsealed
  if (p.push !== undefined && (encrypted || isEncryptedRecord(await showFile(folder, p.push, RECORD, env)))) {
    const [left] = await plainInHistory(folder, [p.push], remote ? [remote] : [], env);
    if (left) throw new SyncError(t.plainInTree(left.path));
  }
  return p;
};

export const syncJournal = async (o: SyncOptions): Promise<SyncResult> => {
  const { folder, env, lang } = o;
  const t = syncTexts(lang);
  const locked = o.withLock ?? (<T>(fn: () => Promise<T>) => fn());
  if (!(await isRepository(folder))) throw new SyncError(t.notRepository);
  // in the folder, under the lock: what is pending is committed
  const { pending, branch, local } = await locked(async () => {
    await ensurePrivateGit(folder, env);
    await finishInterrupted(folder, env);
    const pending = await commitAll(folder, 'journal changes', env);
    const branch = (await git(folder, ['symbolic-ref', '--short', '-q', 'HEAD'], env)).stdout.trim();
    if (!branch) throw new SyncError(t.detached);
    return { pending, branch, local: await rev(folder, 'HEAD', env) };
  });
  const remoteName = await remoteNameOf(folder, branch, env, lang);
  const tracking = `refs/remotes/${remoteName}/${SYNC_BRANCH}`;
  // on the network, without the lock: a session in another terminal goes on saving meanwhile
  await network(
    o,
    remoteName,
    ['fetch', '--progress', '--no-tags', '--prune', remoteName, `+refs/heads/*:refs/remotes/${remoteName}/*`],
    t.unreachable(remoteName),
  );
  const remote = await rev(folder, tracking, env);
  const p = await plan({ ...o, remoteName }, local, remote);
  if (o.signal?.aborted) throw new Interrupted();
  if (p.push !== undefined) await push(o, remoteName, p.push);
  // in the folder again, under the lock: the branch moves to what was synced
  await locked(async () => {
    await commitAll(folder, 'journal changes', env);
    const head = await rev(folder, 'HEAD', env);
    let target = p.target;
    if (head !== local && target !== undefined && head !== undefined) {
      // sessions were completed here while sync was on the network: they go on top, and out at the next sync
      target = target === local ? head : (await replay(o, head, target, true, local)).tip;
    }
    if (target !== undefined && target !== head) await moveTo(folder, head, target, branch, env);
    if (p.rewritten) await forgetUnreachable(folder, env);
    if (p.push !== undefined) await gitOk(folder, ['update-ref', tracking, p.push], env);
    if (p.push !== undefined || remote !== undefined)
      await git(folder, ['branch', '--quiet', `--set-upstream-to=${remoteName}/${SYNC_BRANCH}`, branch], env);
    await ensurePrivateGit(folder, env);
    // what git checked out came with the umask: closed to other users like the rest of the journal
    await ensurePrivateTree(folder);
  });
  const encrypted = isEncryptedRecord(await readRecord(folder));
  return {
    cameIn: p.cameIn,
    wentOut: p.wentOut,
    removedIn: p.removedIn,
    removedOut: p.removedOut,
    conflicts: p.conflicts,
    kept: p.kept,
    unsealed: pending.unsealed,
    plainWithRemote: !encrypted,
    ...(p.news ? { encryptionNews: p.news } : {}),
    remote: remoteName,
  };
};

export { GitFailed };

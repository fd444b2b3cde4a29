/**
 * Git plumbing for sync: what changed between two commits, file by file,
 * and a private index in which a new tree is built without touching the
 * journal folder's working tree or git's own index.
 */
import path from 'node:path';
import { gitOk, git, type Env } from './git.js';

export interface FileChange {
  readonly path: string;
  /** A added, M modified, D deleted, T type changed */
  readonly status: string;
  readonly mode: string;
  /** the new blob (all zeros for a deletion) */
  readonly blob: string;
}

export const ZERO = /^0+$/;

/** The empty tree's id in this repository (sha1 or sha256). */
export const emptyTree = async (folder: string, env: Env): Promise<string> =>
  (await gitOk(folder, ['hash-object', '-t', 'tree', '--stdin'], env, { input: '' })).trim();

/** Every file that differs from `from` to `to` (commits or trees), renames as delete + add. */
export const changes = async (folder: string, from: string, to: string, env: Env): Promise<FileChange[]> => {
  const out = await gitOk(folder, ['diff-tree', '-r', '--no-renames', '--no-commit-id', '-z', from, to], env);
  const parts = out.split('\0');
  const list: FileChange[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const head = parts[i] ?? '';
    const file = parts[i + 1] ?? '';
    const [, mode = '', , blob = '', status = ''] = head.replace(/^:/, '').split(' ');
    if (file) list.push({ path: file, status: status.slice(0, 1), mode, blob });
  }
  return list;
};

/** A session file (the ones counted and kept twice on a conflict)? */
export const isSessionPath = (p: string): boolean => p.startsWith('sessions/') && p.endsWith('.json');

/** Counts session files added or changed, and removed, in a list of changes. */
export const countSessions = (list: readonly FileChange[]): { changed: number; removed: number } => {
  const sessions = list.filter((c) => isSessionPath(c.path) && !c.path.includes('.sync-conflict-'));
  return { changed: sessions.filter((c) => c.status !== 'D').length, removed: sessions.filter((c) => c.status === 'D').length };
};

export const rev = async (folder: string, name: string, env: Env): Promise<string | undefined> => {
  const r = await git(folder, ['rev-parse', '--verify', '-q', `${name}^{commit}`], env);
  return r.code === 0 ? r.stdout.trim() : undefined;
};

export const isAncestor = async (folder: string, a: string, b: string, env: Env): Promise<boolean> =>
  (await git(folder, ['merge-base', '--is-ancestor', a, b], env)).code === 0;

/** A file's content at a commit, or undefined when it is not there. */
export const showFile = async (folder: string, commit: string | undefined, file: string, env: Env): Promise<string | undefined> => {
  if (commit === undefined) return undefined;
  const r = await git(folder, ['show', `${commit}:${file}`], env);
  return r.code === 0 ? r.stdout : undefined;
};

/** A private index under .git, for building trees away from the working tree. */
export const scratchIndex = (folder: string): Env => ({ GIT_INDEX_FILE: path.join(folder, '.git', 'oplos-sync-index') });

/** `name.json` → `name.sync-conflict-20261201-063012-abc1234.json`, beside it. */
export const conflictCopyName = (file: string, now: Date, short: string): string => {
  const iso = now.toISOString(); // 2026-12-01T06:30:12.000Z
  const stamp = `${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}`;
  return `${file.replace(/\.json$/, '')}.sync-conflict-${stamp}-${short}.json`;
};

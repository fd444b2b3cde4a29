/**
 * Two journal folders and a bare repository in a temp folder, laid out by
 * hand in the shape of layout 2 (shared/spec/journal.md), for the git sync
 * tests. No network: the remote is a path.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { commitChange, type JournalChange } from '../../src/sync/commit.js';
import { syncJournal } from '../../src/sync/sync.js';

export interface Machines {
  readonly dir: string;
  readonly remote: string;
  readonly a: string;
  readonly b: string;
  readonly env: Record<string, string>;
  cleanup(): Promise<void>;
}

export const gitIn = (folder: string, args: readonly string[], env: Record<string, string>): string =>
  execFileSync('git', args, { cwd: folder, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

export const PLAIN_RECORD = '{"format":"oplos-journal-folder","version":2,"encryption":null}\n';

/** `2026-11-22T093000Z-0b7c1d2e.json` under sessions/2026/. */
export const sessionPath = (id: string, startedAt = '2026-11-22T09:30:00Z'): string => {
  const stamp = startedAt.replace(/[-:]/g, '').replace(/^(\d{4})(\d{2})(\d{2})T(\d{6})Z$/, '$1-$2-$3T$4Z');
  return path.join('sessions', startedAt.slice(0, 4), `${stamp}-${id.slice(0, 8)}.json`);
};

export const sessionJson = (id: string, answer: string, client?: string, startedAt = '2026-11-22T09:30:00Z'): string =>
  `${JSON.stringify(
    {
      id,
      set: 'first-session',
      lang: 'en',
      ...(client ? { client } : {}),
      tags: [],
      status: 'complete',
      startedAt,
      finishedAt: startedAt,
      answers: [{ question: 'hope', phase: 'goal', kind: 'text', asked: 'What do you hope for?', value: answer, answeredAt: startedAt }],
    },
    null,
    2,
  )}\n`;

export const machines = async (record = PLAIN_RECORD): Promise<Machines> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'oplos-sync-'));
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: dir,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(dir, 'no-gitconfig'),
    LANG: 'C',
  };
  const remote = path.join(dir, 'remote.git');
  gitIn(dir, ['init', '-q', '--bare', '-b', 'main', remote], env);
  const a = path.join(dir, 'a');
  const b = path.join(dir, 'b');
  for (const f of [a, b]) {
    await mkdir(path.join(f, 'sessions'), { recursive: true });
    await writeFile(path.join(f, 'oplos-journal.json'), record);
    gitIn(f, ['init', '-q', '-b', 'main'], env);
    gitIn(f, ['remote', 'add', 'origin', remote], env);
  }
  return { dir, remote, a, b, env, cleanup: () => rm(dir, { recursive: true, force: true }) };
};

/** Writes a session file as the journal would, then the commit the onChange hook makes. */
export const writeSession = async (
  m: Machines,
  folder: string,
  id: string,
  answer: string,
  kind: JournalChange['kind'] = 'completed',
  client?: string,
) => {
  const file = path.join(folder, sessionPath(id));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, sessionJson(id, answer, client));
  await commitChange(folder, { kind, ids: [id] }, m.env);
};

export const deleteSession = async (m: Machines, folder: string, id: string) => {
  await rm(path.join(folder, sessionPath(id)));
  await commitChange(folder, { kind: 'deleted', ids: [id] }, m.env);
};

export const NOW = new Date('2026-12-01T06:30:12Z');

export const sync = (m: Machines, folder: string) => syncJournal({ folder, env: m.env, lang: 'en', now: () => NOW });

/** Every file under sessions/ (relative), sorted. */
export const sessionFiles = async (folder: string): Promise<string[]> => {
  const list = (await readdir(path.join(folder, 'sessions'), { recursive: true, withFileTypes: true }).catch(() => []))
    .filter((d) => d.isFile())
    .map((d) => path.relative(folder, path.join(d.parentPath, d.name)));
  return list.sort();
};

/** Every session file parses as JSON (the journal is readable). */
export const allReadable = async (folder: string): Promise<boolean> => {
  for (const f of await sessionFiles(folder)) {
    try {
      JSON.parse(await readFile(path.join(folder, f), 'utf8'));
    } catch {
      return false;
    }
  }
  return true;
};

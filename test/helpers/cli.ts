/**
 * Runs the real built binary (bin/oplos.js → dist/) in a child process, with
 * its own temp HOME, config and journal, so no test touches the user's files.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = path.join(ROOT, 'bin', 'oplos.js');

export interface Sandbox {
  readonly dir: string;
  readonly journal: string;
  readonly env: Record<string, string>;
  cleanup(): Promise<void>;
}

export const sandbox = async (): Promise<Sandbox> => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'oplos-e2e-'));
  const journal = path.join(dir, 'data', 'journal');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: dir,
    XDG_CONFIG_HOME: path.join(dir, 'config'),
    XDG_DATA_HOME: path.join(dir, 'share'),
    XDG_CACHE_HOME: path.join(dir, 'cache'),
    OPLOS_JOURNAL: journal,
    LANG: 'C',
    TERM: 'xterm-256color',
  };
  return { dir, journal, env, cleanup: () => rm(dir, { recursive: true, force: true }) };
};

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `oplos ARGS` with no terminal; stdin is closed (or gets `input`). */
export const oplos = (args: readonly string[], env: Record<string, string>, input?: string): Promise<RunResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });

/** The complete sessions stored in a plain journal folder, oldest first (read straight from the files). */
export const storedSessions = <T = Record<string, unknown>>(journal: string): T[] => {
  const root = path.join(journal, 'sessions');
  let names: string[];
  try {
    names = (readdirSync(root, { recursive: true }) as string[]).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return [];
  }
  return names.map((n) => JSON.parse(readFileSync(path.join(root, n), 'utf8')) as T);
};

/** The files of the unfinished sessions in a journal folder. */
export const unfinishedFiles = (journal: string): string[] => {
  try {
    return (readdirSync(path.join(journal, 'unfinished')) as string[])
      .filter((n) => n.endsWith('.json'))
      .map((n) => path.join(journal, 'unfinished', n));
  } catch {
    return [];
  }
};

/**
 * Committing the journal folder after a write: the ignore rules first, then
 * every change git may carry, with a message that holds no client label and
 * no answer text (`session 0b7c1d2e completed`, `2 sessions deleted`). In an
 * encrypted journal a file under `sessions/` that is not sealed is never
 * staged, whatever the ignore rules say.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { authorEnv, git, gitOk, isEncryptedRecord, isRepository, readRecord, type Env } from './git.js';
import { ensurePrivateGit } from './private-git.js';
import { isSealedText } from './session-text.js';

export type ChangeKind = 'completed' | 'edited' | 'deleted' | 'imported' | 'encryption';

/** What the journal reports after a write (COMMON: `JournalChange`). */
export interface JournalChange {
  readonly kind: ChangeKind;
  readonly ids: readonly string[];
}

/** The commit message: short ids only (they are in the file names anyway), never labels or answers. */
export const commitMessage = (change: JournalChange): string => {
  if (change.kind === 'encryption') return 'journal encryption switched';
  const n = change.ids.length;
  const [one] = change.ids;
  if (n === 1 && one !== undefined) return `session ${one.slice(0, 8)} ${change.kind}`;
  return `${n} sessions ${change.kind}`;
};

const COMMON_IGNORES = [
  '# written by oplos (see docs/sync.md); oplos rewrites this file',
  '# sessions still in progress stay on this machine',
  '/unfinished/',
  '# versions that `oplos journal check --fix` set aside: resolved here, not spread again',
  '/conflicts/',
  '# half-written files and locks',
  '*.tmp',
  '*.lock',
];

/** The `.gitignore` for a plain or an encrypted journal (encrypted: only sealed session files and the record). */
export const gitignoreText = (encrypted: boolean): string =>
  encrypted
    ? [
        ...COMMON_IGNORES,
        '# an encrypted journal: nothing but sealed session files and oplos-journal.json',
        '*',
        '!*/',
        '!/.gitignore',
        '!/oplos-journal.json',
        '!/sessions/**/*.json',
        '/unfinished/',
        '/conflicts/',
        '*.tmp',
        '',
      ].join('\n')
    : [...COMMON_IGNORES, ''].join('\n');

/** Writes `.gitignore` (when it differs) and git's local merge rule: session files are never merged line by line. */
export const ensureIgnores = async (folder: string, encrypted: boolean): Promise<void> => {
  const file = path.join(folder, '.gitignore');
  const want = gitignoreText(encrypted);
  const have = await readFile(file, 'utf8').catch(() => undefined);
  if (have !== want) await writeFile(file, want, { mode: 0o600 });
  const info = path.join(folder, '.git', 'info');
  await mkdir(info, { recursive: true });
  const attributes = path.join(info, 'attributes');
  const rule = '*.json -merge\n';
  if ((await readFile(attributes, 'utf8').catch(() => undefined)) !== rule) await writeFile(attributes, rule, { mode: 0o600 });
};

export { isSealedText };

export interface CommitResult {
  readonly committed: boolean;
  /** session files left out because they were not sealed in an encrypted journal */
  readonly unsealed: readonly string[];
}

/**
 * Stages every change git may carry and commits it with `message`; nothing
 * to commit is no commit. The folder must be a repository.
 */
export const commitAll = async (folder: string, message: string, env: Env): Promise<CommitResult> => {
  await ensurePrivateGit(folder, env);
  const encrypted = isEncryptedRecord(await readRecord(folder));
  await ensureIgnores(folder, encrypted);
  // unsealed files are found before `git add`: once added, their text would sit in git's object store
  const unsealed: string[] = [];
  if (encrypted) {
    const candidates = (await gitOk(folder, ['ls-files', '-z', '--others', '--modified', '--exclude-standard'], env))
      .split('\0')
      .filter(Boolean);
    for (const p of new Set(candidates)) {
      if (p === '.gitignore' || p === 'oplos-journal.json') continue;
      const text = await readFile(path.join(folder, p), 'utf8').catch(() => undefined);
      if (text !== undefined && !isSealedText(text)) unsealed.push(p);
    }
  }
  await gitOk(folder, ['add', '--all', '--', '.', ...unsealed.map((p) => `:(exclude,literal)${p}`)], env);
  const nothing = (await git(folder, ['diff', '--cached', '--quiet'], env)).code === 0;
  if (nothing) return { committed: false, unsealed };
  const who = await authorEnv(folder, env);
  await gitOk(folder, ['commit', '-q', '--no-verify', '--no-gpg-sign', '-m', message], env, { extraEnv: who });
  await ensurePrivateGit(folder, env);
  return { committed: true, unsealed };
};

/** The hook for the journal's `onChange`: commits the change when the journal folder is a repository. */
export const commitChange = async (folder: string, change: JournalChange, env: Env, lang = 'en'): Promise<CommitResult | undefined> => {
  if (!(await isRepository(folder))) return undefined;
  const r = await commitAll(folder, commitMessage(change), env);
  // just encrypted: the plain commits no remote has yet leave .git at once (sealed-history.ts)
  if (change.kind === 'encryption' && isEncryptedRecord(await readRecord(folder))) {
    const { sealLocalHistory } = await import('./sealed-history.js');
    await sealLocalHistory(folder, env, lang);
  }
  return r;
};

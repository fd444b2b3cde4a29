/**
 * Writing an answer in an editor (`/e`): the config's `editor`, else
 * $VISUAL, else $EDITOR, else nano where it is installed (a newcomer can
 * leave it: the keys are on screen), never vi unless someone chose it.
 * The text is written to a private temporary file, the editor runs on the
 * terminal, and what was saved is read back.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const onPath = (name: string, env: Record<string, string | undefined>): boolean =>
  (env['PATH'] ?? '').split(path.delimiter).some((dir) => dir !== '' && existsSync(path.join(dir, name)));

/** The editor command to run, or undefined when there is none a newcomer could use. */
export const chooseEditor = (env: Record<string, string | undefined>, configured?: string): string | undefined => {
  for (const e of [configured, env['VISUAL'], env['EDITOR']]) if (e && e.trim() !== '') return e.trim();
  if (process.platform === 'win32') return 'notepad';
  return onPath('nano', env) ? 'nano' : undefined;
};

const quote = (s: string) => (process.platform === 'win32' ? `"${s}"` : `'${s.replace(/'/g, `'\\''`)}'`);

/** Runs `editor` on a file holding `initial`; the saved text, or undefined when the editor could not run. */
export const editText = (editor: string, initial: string, env: Record<string, string | undefined>): string | undefined => {
  const dir = mkdtempSync(path.join(tmpdir(), 'oplos-'));
  const file = path.join(dir, 'answer.txt');
  try {
    writeFileSync(file, initial, { mode: 0o600 });
    // through the shell: an editor setting may carry options ("code --wait")
    const r = spawnSync(`${editor} ${quote(file)}`, { stdio: 'inherit', shell: true, env: env as NodeJS.ProcessEnv });
    if (r.error || r.status !== 0) return undefined;
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

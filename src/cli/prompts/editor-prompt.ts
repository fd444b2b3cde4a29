/**
 * Writing an answer in an editor (`/e`): the config's `editor`, else
 * $VISUAL, else $EDITOR, else nano where it is installed (a newcomer can
 * leave it: the keys are on screen), never vi unless someone chose it.
 *
 * The text goes into a private folder of this process (mode 700) that is
 * removed when the process ends, normally, by Ctrl-C or by SIGTERM/SIGHUP;
 * one left by a killed process (kill -9) is removed by the next oplos that
 * opens an editor. The editor runs on the terminal, and what was saved is
 * read back.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { alive } from '../../journal/lock.js';

const PREFIX = 'oplos-edit-';
let folder: string | undefined;

const remove = () => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
};

/** The folder for this process's editor files, made on first use. */
export const editorFolder = (): string => {
  if (folder) return folder;
  const tmp = os.tmpdir();
  for (const name of readdirSync(tmp)) {
    const pid = Number(name.slice(PREFIX.length).split('-')[0]);
    if (name.startsWith(PREFIX) && Number.isInteger(pid) && pid !== process.pid && !alive(pid))
      rmSync(path.join(tmp, name), { recursive: true, force: true });
  }
  folder = mkdtempSync(path.join(tmp, `${PREFIX}${process.pid}-`));
  process.once('exit', remove);
  process.once('SIGTERM', () => {
    remove();
    process.kill(process.pid, 'SIGTERM');
  });
  process.once('SIGHUP', () => {
    remove();
    process.kill(process.pid, 'SIGHUP');
  });
  return folder;
};

const onPath = (name: string, env: Record<string, string | undefined>): boolean =>
  (env['PATH'] ?? '').split(path.delimiter).some((dir) => dir !== '' && existsSync(path.join(dir, name)));

/** The editor command to run, or undefined when there is none a newcomer could use. */
export const chooseEditor = (env: Record<string, string | undefined>, configured?: string): string | undefined => {
  for (const e of [configured, env['VISUAL'], env['EDITOR']]) if (e && e.trim() !== '') return e.trim();
  if (process.platform === 'win32') return 'notepad';
  return onPath('nano', env) ? 'nano' : undefined;
};

/** The editor's environment: this run's, without the journal's passphrase (an editor and its plugins need none). */
export const editorEnv = (env: Record<string, string | undefined>): Record<string, string | undefined> => {
  const { OPLOS_PASSPHRASE: _pass, ...rest } = env;
  return rest;
};

const quote = (s: string) => (process.platform === 'win32' ? `"${s}"` : `'${s.replace(/'/g, `'\\''`)}'`);

/**
 * Runs `editor` on a file holding `initial`; the saved text, or undefined when the editor could not run.
 * Asynchronous, so that a SIGTERM or SIGHUP that comes while the editor is open is handled at once
 * (the answer's file removed) rather than after the editor closes.
 */
export const editText = async (editor: string, initial: string, env: Record<string, string | undefined>): Promise<string | undefined> => {
  const file = path.join(editorFolder(), 'answer.txt');
  try {
    writeFileSync(file, initial, { mode: 0o600 });
    // through the shell: an editor setting may carry options ("code --wait")
    const ok = await new Promise<boolean>((resolve) => {
      const child = spawn(`${editor} ${quote(file)}`, { stdio: 'inherit', shell: true, env: editorEnv(env) as NodeJS.ProcessEnv });
      child.once('error', () => resolve(false));
      child.once('exit', (code) => resolve(code === 0));
    });
    return ok ? readFileSync(file, 'utf8') : undefined;
  } finally {
    rmSync(file, { force: true });
  }
};

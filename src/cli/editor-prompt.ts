/**
 * The editor prompt on its own, so its charset tables load only when someone
 * opens an editor. Its temporary file (the answer, in plain text) goes into a
 * private folder of this process (mode 700) that is removed when the process
 * ends, normally, by Ctrl-C or by SIGTERM; one left by a killed process
 * (kill -9) is removed by the next oplos that opens an editor.
 */
import inquirerEditor from '@inquirer/editor';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PREFIX = 'oplos-edit-';
let folder: string | undefined;

const remove = () => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
};

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The folder for this process's editor files, made on first use. */
export const editorFolder = (): string => {
  if (folder) return folder;
  const tmp = os.tmpdir();
  for (const name of readdirSync(tmp)) {
    const pid = Number(name.slice(PREFIX.length).split('-')[0]);
    if (name.startsWith(PREFIX) && Number.isInteger(pid) && pid !== process.pid && !alive(pid)) rmSync(path.join(tmp, name), { recursive: true, force: true });
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

type Config = Parameters<typeof inquirerEditor>[0];

export const editor = (config: Config, context?: Parameters<typeof inquirerEditor>[1]) =>
  inquirerEditor({ ...config, file: { ...(config.file ?? {}), dir: editorFolder() } }, context);

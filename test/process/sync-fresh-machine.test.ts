/**
 * Found rechecking issue 19 as a new user: docs/sync.md's "second machine"
 * starts with `oplos journal git init` on a machine where oplos never ran, so
 * neither the default journal folder nor its data folder exists yet. It was
 * exit 3 ("no such file or folder"); it makes them, as a first session does.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sandbox, type Sandbox } from '../helpers/cli.js';
import { oplosIn } from '../helpers/run-cli.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

describe('journal git init on a machine where oplos never ran', { timeout: 30_000 }, () => {
  it('makes the default journal folder (private) and its repository', async () => {
    const data = path.join(sb.dir, 'fresh-share');
    const env = {
      ...sb.env,
      OPLOS_JOURNAL: undefined,
      XDG_DATA_HOME: data,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@t',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@t',
    };
    const r = await oplosIn(['journal', 'git', 'init', '--lang', 'en'], env);
    expect(r.code, r.stderr).toBe(0);
    const folder = path.join(data, 'oplos', 'journal');
    expect(existsSync(path.join(folder, '.git'))).toBe(true);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
  });
});

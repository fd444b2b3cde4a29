/**
 * Found rechecking issue 19: a session file that is a symlink (to a copy
 * outside the journal) was read as a session. `check` said all was well,
 * `encrypt` replaced the link by a sealed file and said "encrypted" while
 * the plain text stayed where the link pointed, and `delete` would remove
 * only the link. Like a FIFO or a symlinked year folder, it is refused
 * (exit 3, named) before anything is changed.
 */
import { lstatSync, readdirSync, readFileSync, renameSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, sandbox, type Sandbox } from './helpers/cli.js';
import { cliIn } from './helpers/run-cli.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());
const { run } = cliIn(() => sb);

describe('a session file that is a symlink', () => {
  it('is refused by check and encrypt, named, and the link is left as it was', async () => {
    const r = await run([
      'start',
      '--client',
      'Reiger-7',
      '--answers',
      path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    const year = path.join(sb.journal, 'sessions', '2026');
    const [name] = readdirSync(year);
    const file = path.join(year, name!);
    const outside = path.join(sb.dir, 'outside.json');
    renameSync(file, outside);
    symlinkSync(outside, file);
    const check = await run(['journal', 'check', '--lang', 'en']);
    expect(check.code).toBe(3);
    expect(check.stdout + check.stderr).toContain(name!);
    expect(check.stdout + check.stderr).toMatch(/symlink/);
    const enc = await run(['journal', 'encrypt', '--lang', 'en'], { OPLOS_PASSPHRASE: 'correct horse battery' });
    expect(enc.code).toBe(3);
    expect(enc.stdout + enc.stderr).toContain(name!);
    expect(lstatSync(file).isSymbolicLink()).toBe(true);
    expect(readFileSync(outside, 'utf8')).toContain('Reiger-7');
  });
});

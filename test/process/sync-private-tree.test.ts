/**
 * Found rechecking issue 19 (finding 8's other half): `.git` is private, but
 * the session files git checks out on the second machine (a sync, or a
 * hand-made `git clone`) were made with the umask: 644 in folders of 755, so
 * every user of that machine could read a plain journal's answers. After a
 * sync the journal's files are 600 and its folders 700, as oplos makes them.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { oplosIn } from '../helpers/run-cli.js';
import { machines, sessionPath, sync, writeSession, type Machines } from '../helpers/sync-fixtures.js';

let m: Machines;
beforeEach(async () => {
  m = await machines();
});
afterEach(async () => m.cleanup());

const ID = '0b7c1d2e-0000-4000-8000-000000000001';
const mode = (p: string) => statSync(p).mode & 0o777;

describe('what sync brings in is closed to other users', { timeout: 60_000 }, () => {
  it('a hand-made git clone (umask 022): after the first oplos journal sync, files 600 and folders 700', async () => {
    await writeSession(m, m.a, ID, 'an answer', 'completed', 'client-Z9');
    await sync(m, m.a);
    const clone = path.join(m.dir, 'clone');
    execFileSync('sh', ['-c', `umask 022 && git clone -q -b main "${m.remote}" "${clone}"`], { env: m.env });
    expect(mode(path.join(clone, sessionPath(ID)))).toBe(0o644);
    const env = { ...m.env, OPLOS_JOURNAL: clone, XDG_CONFIG_HOME: path.join(m.dir, 'config'), TZ: 'UTC' };
    const r = await oplosIn(['journal', 'sync', '--lang', 'en'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(mode(path.join(clone, sessionPath(ID)))).toBe(0o600);
    expect(mode(path.join(clone, 'oplos-journal.json'))).toBe(0o600);
    expect(mode(path.join(clone, 'sessions'))).toBe(0o700);
    expect(mode(path.dirname(path.join(clone, sessionPath(ID))))).toBe(0o700);
  });

  it('a session that comes in by a later sync is 600 in a 700 folder', async () => {
    const env = { ...m.env, OPLOS_JOURNAL: m.b, XDG_CONFIG_HOME: path.join(m.dir, 'config'), TZ: 'UTC' };
    expect((await oplosIn(['journal', 'sync'], env)).code).toBe(0);
    await writeSession(m, m.a, ID, 'an answer', 'completed', 'client-Z9');
    await sync(m, m.a);
    const r = await oplosIn(['journal', 'sync', '--lang', 'en'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(mode(path.join(m.b, sessionPath(ID)))).toBe(0o600);
    expect(mode(path.dirname(path.join(m.b, sessionPath(ID))))).toBe(0o700);
  });
});

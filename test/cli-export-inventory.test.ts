/**
 * Issue 19: export walks the inventory. A sync tool's copy was named ("left
 * out"), but a version `check --fix` set aside in conflicts/ and a file of an
 * interrupted write were passed over in silence: an export taken as "all there
 * is of this client" was not.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
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

describe('journal export names what of the inventory it leaves out', () => {
  it('a version set aside in conflicts/ and a file of an interrupted write, in English and Dutch; nothing when there is none', async () => {
    const r = await run(['start', '--answers', path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml')]);
    expect(r.code, r.stderr).toBe(0);
    const plain = await run(['journal', 'export', '--format', 'json', '--lang', 'en']);
    expect(plain.stderr).not.toContain('Not in the export');
    const year = path.join(sb.journal, 'sessions', '2026');
    const [name] = readdirSync(year);
    mkdirSync(path.join(sb.journal, 'conflicts'), { mode: 0o700 });
    copyFileSync(path.join(year, name!), path.join(sb.journal, 'conflicts', name!));
    copyFileSync(path.join(year, name!), path.join(year, `.${name!}.0a1b2c.tmp`));
    const en = await run(['journal', 'export', '--format', 'json', '--lang', 'en']);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stderr).toMatch(/Not in the export: one version set aside in conflicts\/.* and one file of an interrupted write/);
    const nl = await run(['journal', 'export', '--format', 'json', '--lang', 'nl']);
    expect(nl.stderr).toMatch(/Niet in de export: één versie .* en één bestand van een onderbroken schrijfactie/);
  });
});

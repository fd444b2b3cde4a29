/**
 * A system error is said in the catalogue's words, its code in parentheses; Node's own text
 * ("EISDIR: illegal operation on a directory, read") never stands alone (issue 22 point 12).
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, sandbox, type Sandbox } from './helpers/cli.js';
import { cliIn, oneLine } from './helpers/run-cli.js';

const ANSWERS = path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml');

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());
const { run, ok } = cliIn(() => sb);

describe('system errors in words', () => {
  it('an answers file that is a folder: in English and in Dutch, with the code', async () => {
    const en = await run(['start', '--answers', sb.dir, '--lang', 'en']);
    expect(en.code).toBe(2);
    oneLine(en.stderr);
    expect(en.stderr).toContain('it is a folder, not a file (EISDIR)');
    expect(en.stderr).not.toMatch(/illegal operation/);
    const nl = await run(['start', '--answers', sb.dir, '--lang', 'nl']);
    expect(nl.stderr).toContain('het is een map, geen bestand (EISDIR)');
  });

  it('an answers file that is missing, or not UTF-8, is said in the language of the run', async () => {
    const missing = await run(['start', '--answers', path.join(sb.dir, 'nope.yaml'), '--lang', 'nl']);
    expect(missing.stderr).toContain('dat bestand of die map bestaat niet (ENOENT)');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(sb.dir, 'latin1.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
    const latin = await run(['start', '--answers', path.join(sb.dir, 'latin1.yaml'), '--lang', 'en']);
    expect(latin.stderr).toContain('it is not UTF-8 text');
    expect(latin.stderr).not.toMatch(/encoded data/);
  });

  it('export --out a folder says so in words', async () => {
    await ok(['start', '--answers', ANSWERS]);
    const r = await run(['journal', 'export', '--out', sb.dir, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/it is a folder, not a file \(EISDIR\)|exists already|folder/);
    expect(r.stderr).not.toMatch(/: EISDIR\./);
  });
});

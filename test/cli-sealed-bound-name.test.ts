/**
 * Issue 19, finding 7 rechecked: sealed files were bound to the id part of
 * their name only. Two sessions whose ids share their first 8 characters
 * (started in different seconds, so both names hold 8) could still be
 * swapped: `cp A B` listed A twice and check said all is well. A sealed
 * file now also has to hold the session its whole name says (start time and
 * id part).
 */
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sandbox, type Sandbox } from './helpers/cli.js';
import { cliIn } from './helpers/run-cli.js';
import { entry } from './helpers/journal-fixtures.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());
const { run } = cliIn(() => sb);
const PASS = { OPLOS_PASSPHRASE: 'correct horse battery' };

describe('a sealed file copied over a session whose id shares its first 8 characters', () => {
  it('is damaged: check says so (exit 3), list shows each session once', async () => {
    expect((await run(['journal', 'encrypt'], PASS)).code).toBe(0);
    const a = entry('abcdef12-0000-4000-8000-000000000001', 1, { client: 'Anna' });
    const b = entry('abcdef12-0000-4000-8000-000000000002', 3, { client: 'Bram' });
    const file = path.join(sb.dir, 'two.json');
    writeFileSync(file, JSON.stringify({ format: 'oplos-journal', version: 1, exportedAt: '2026-12-01T10:00:00.000Z', entries: [a, b] }));
    const imp = await run(['journal', 'import', file], PASS);
    expect(imp.code, imp.stderr).toBe(0);
    const year = path.join(sb.journal, 'sessions', '2026');
    const [first, second] = readdirSync(year).sort();
    expect(first!.slice(-13)).toBe(second!.slice(-13));
    copyFileSync(path.join(year, first!), path.join(year, second!));
    const check = await run(['journal', 'check', '--lang', 'en'], PASS);
    expect(check.code).toBe(3);
    expect(check.stdout).toContain(second!);
    const list = await run(['journal', 'list', '--json'], PASS);
    const clients = (JSON.parse(list.stdout) as { client: string }[]).map((e) => e.client);
    expect(clients).toEqual(['Anna']);
  });

  it('an untouched pair reads as it should', async () => {
    expect((await run(['journal', 'encrypt'], PASS)).code).toBe(0);
    const file = path.join(sb.dir, 'two.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'oplos-journal',
        version: 1,
        exportedAt: '2026-12-01T10:00:00.000Z',
        entries: [
          entry('abcdef12-0000-4000-8000-000000000001', 1, { client: 'Anna' }),
          entry('abcdef12-0000-4000-8000-000000000002', 3, { client: 'Bram' }),
        ],
      }),
    );
    expect((await run(['journal', 'import', file], PASS)).code).toBe(0);
    expect((await run(['journal', 'check'], PASS)).code).toBe(0);
  });
});

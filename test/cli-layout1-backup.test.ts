/**
 * Issue 19, rechecked: the old single-file journal (layout 1) is kept as
 * `journal.json.layout1-backup` beside the journal folder when it is brought
 * in, and oplos never changes it. So it still holds a session after
 * `journal delete` or `purge`, and in plain text after `journal encrypt`.
 * oplos must say so, naming the file, rather than report "Deleted 1" or
 * "encrypted" as if nothing else held the text.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
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

const LABEL = 'Kievit-l1';
const PASS = { OPLOS_PASSPHRASE: 'correct horse battery' };
/** the default place: no OPLOS_JOURNAL, so the layout-1 file beside it is brought in */
const atDefault = { OPLOS_JOURNAL: undefined };
const data = () => path.join(sb.dir, 'share', 'oplos');
/** a start and end in early 2025 (older than any retention period of a month or more) */
const OLD = (h: number) => ({ startedAt: `2025-01-06T${h}:00:00.000Z`, finishedAt: `2025-01-06T${h}:30:00.000Z` });
const backup = () => path.join(data(), 'journal.json.layout1-backup');

/** A plain layout-1 journal at the default place, brought in by a first command. */
const broughtIn = async () => {
  mkdirSync(data(), { recursive: true });
  writeFileSync(
    path.join(data(), 'journal.json'),
    JSON.stringify({
      version: 1,
      entries: [
        entry('aaaa1111-0000-4000-8000-000000000001', 1, { client: LABEL, ...OLD(10) }),
        entry('bbbb2222-0000-4000-8000-000000000002', 2, { client: 'Other', ...OLD(11) }),
      ],
    }),
  );
  const list = await run(['journal', 'list', '--lang', 'en'], atDefault);
  expect(list.code, list.stderr).toBe(0);
  expect(list.stderr).toContain(backup());
};

describe('the layout-1 backup after delete, purge and encrypt (issue 19, "delete means gone")', () => {
  it('journal delete says the old file still holds the session, naming it', async () => {
    await broughtIn();
    const r = await run(['journal', 'delete', '--client', LABEL, '--yes', '--lang', 'en'], atDefault);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Deleted 1');
    expect(r.stdout + r.stderr).toContain(backup());
  });

  it('in Dutch too', async () => {
    await broughtIn();
    const r = await run(['journal', 'delete', '--client', LABEL, '--yes', '--lang', 'nl'], atDefault);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toMatch(new RegExp(`${backup().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\S]*verwijder`, 'i'));
  });

  it('journal purge says it as well', async () => {
    await broughtIn();
    await run(['config', 'set', 'retention-months', '1'], atDefault);
    const r = await run(['journal', 'purge', '--yes', '--lang', 'en'], atDefault);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Deleted 2');
    expect(r.stdout + r.stderr).toContain(backup());
  });

  it('journal encrypt names the plain backup, also when the journal is encrypted already; check names it too', async () => {
    await broughtIn();
    const r = await run(['journal', 'encrypt', '--lang', 'en'], { ...atDefault, ...PASS });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toContain(backup());
    const again = await run(['journal', 'encrypt', '--lang', 'en'], { ...atDefault, ...PASS });
    expect(again.stdout + again.stderr).toContain(backup());
    const check = await run(['journal', 'check', '--lang', 'en'], { ...atDefault, ...PASS });
    expect(check.stdout + check.stderr).toContain(backup());
  });

  it("the backup is closed to other users, whatever the old file's mode was", async () => {
    mkdirSync(data(), { recursive: true });
    writeFileSync(
      path.join(data(), 'journal.json'),
      JSON.stringify({ version: 1, entries: [entry('aaaa1111-0000-4000-8000-000000000001', 1, { client: LABEL })] }),
      { mode: 0o644 },
    );
    expect((await run(['journal', 'list'], atDefault)).code).toBe(0);
    expect(statSync(backup()).mode & 0o777).toBe(0o600);
  });

  it('says nothing of a backup when there is none', async () => {
    await run(['start', '--client', LABEL, '--answers', path.join(sb.dir, 'none.yaml')], atDefault).catch(() => undefined);
    const r = await run(['journal', 'delete', '--client', LABEL, '--yes', '--lang', 'en'], atDefault);
    expect(r.stdout + r.stderr).not.toContain('layout1-backup');
  });
});

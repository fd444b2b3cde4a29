/**
 * The journal folder from the command line: a layout-1 journal at the default
 * place brought in on first use, `journal import` of an old file, `--out`
 * never into the journal, `journal check`, paths that cannot be a journal.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { oplos, ROOT, sandbox, storedSessions, type Sandbox } from '../helpers/cli.js';
import { FIXED_NOW, oplosIn } from '../helpers/run-cli.js';

/** the year folder of a session the fixed clock dates */
const YEAR = FIXED_NOW.slice(0, 4);
import { draft, entry } from '../helpers/journal-fixtures.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

const ANSWERS = path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml');
const layout1 = () =>
  `{"version":1,"entries":[\n${[entry('old1', 1), entry('old2', 2, { client: 'Q.' })].map((e) => JSON.stringify(e)).join(',\n')}]}\n`;

describe('a layout-1 journal', () => {
  it('at the default place is brought in on first use, sessions and drafts intact, the old file kept as a backup, and the user told once', async () => {
    const env = { ...sb.env };
    delete env['OPLOS_JOURNAL'];
    const data = path.join(sb.dir, 'share', 'oplos');
    await mkdir(path.join(data, 'journal.json.drafts'), { recursive: true });
    await writeFile(path.join(data, 'journal.json'), layout1());
    await writeFile(
      path.join(data, 'journal.json.drafts', 'open3.json'),
      JSON.stringify({ ...draft('open3', 3), pending: { question: 'exceptions', items: ['monday'] } }),
    );
    const first = await oplosIn(['journal', 'list', '--json'], env);
    expect(first.code).toBe(0);
    expect((JSON.parse(first.stdout) as { id: string }[]).map((e) => e.id)).toEqual(['open3', 'old2', 'old1']);
    const backup = path.join(data, 'journal.json.layout1-backup');
    expect(first.stderr).toContain(backup);
    expect(first.stderr).toContain(path.join(data, 'journal'));
    expect(readFileSync(backup, 'utf8')).toBe(layout1());
    expect(existsSync(path.join(data, 'journal.json'))).toBe(false);
    expect(storedSessions(path.join(data, 'journal'))).toEqual([entry('old1', 1), entry('old2', 2, { client: 'Q.' })]);
    const again = await oplosIn(['journal', 'list', '--json'], env);
    expect(again.stderr).toBe('');
    const resumed = await oplosIn(['resume', 'open3', '--answers', ANSWERS], env);
    expect(resumed.code).toBe(0);
  }, 30_000);

  it('named by --journal is exit 3 with the import command, and journal import brings it in', async () => {
    const file = path.join(sb.dir, 'old.json');
    await writeFile(file, layout1());
    const r = await oplosIn(['journal', 'list', '--journal', file], sb.env);
    expect(r.code).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`oplos journal import ${file} --journal DIR`);
    const imported = await oplosIn(['journal', 'import', file], sb.env);
    expect(imported.code).toBe(0);
    expect(storedSessions(sb.journal)).toHaveLength(2);
  });

  it('import refuses a file that is not valid UTF-8, and imports nothing (never as U+FFFD)', async () => {
    const file = path.join(sb.dir, 'bad.json');
    const doc = Buffer.from(
      JSON.stringify({ format: 'oplos-journal', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', entries: [entry('u1')] }),
    );
    const at = doc.indexOf('more calm');
    await writeFile(file, Buffer.concat([doc.subarray(0, at), Buffer.from([0xc3, 0x28]), doc.subarray(at)]));
    const r = await oplosIn(['journal', 'import', file], sb.env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/UTF-8/);
    expect(storedSessions(sb.journal)).toEqual([]);
  });
});

describe('--out', () => {
  it('never writes into the journal folder nor over a file of it', async () => {
    expect((await oplosIn(['start', '--answers', ANSWERS], sb.env)).code).toBe(0);
    const [file] = readdirSync(path.join(sb.journal, 'sessions', YEAR)).map((n) => path.join(sb.journal, 'sessions', YEAR, n));
    const before = readFileSync(file!);
    await mkdir(path.join(sb.dir, 'link-parent'));
    const { symlinkSync } = await import('node:fs');
    symlinkSync(sb.journal, path.join(sb.dir, 'link-parent', 'j'));
    for (const out of [
      file!,
      path.join(sb.journal, 'export.json'),
      path.join(sb.journal, 'oplos-journal.json'),
      path.join(sb.dir, 'link-parent', 'j', 'x.json'),
      sb.journal,
    ]) {
      const r = await oplosIn(['journal', 'export', '--format', 'json', '--client', 'nobody', '--out', out], sb.env);
      expect(r.code, out).toBe(2);
      expect(r.stderr).toMatch(/inside the journal folder/);
    }
    expect(readFileSync(file!)).toEqual(before);
    expect(storedSessions(sb.journal)).toHaveLength(1);
    const ok = await oplosIn(['journal', 'export', '--format', 'json', '--out', path.join(sb.dir, 'e.json')], sb.env);
    expect(ok.code).toBe(0);
  });
});

describe('journal check and damage from the command line', () => {
  it('all is well: exit 0; a damaged file: list goes on with one warning, export and check are exit 3 naming it', async () => {
    expect((await oplosIn(['start', '--answers', ANSWERS], sb.env)).code).toBe(0);
    expect((await oplosIn(['journal', 'check'], sb.env)).code).toBe(0);
    const bad = path.join(sb.journal, 'sessions', YEAR, `${YEAR}-01-01T000000Z-deadbeef.json`);
    await writeFile(bad, Buffer.from([0x7b, 0xff, 0x7d]));
    const list = await oplosIn(['journal', 'list'], sb.env);
    expect(list.code).toBe(0);
    expect(list.stderr.trim().split('\n')).toHaveLength(1);
    expect(list.stderr).toContain(bad);
    expect(list.stderr).toContain('oplos journal check');
    const exp = await oplosIn(['journal', 'export', '--format', 'json'], sb.env);
    expect(exp.code).toBe(3);
    expect(exp.stderr).toContain(bad);
    const check = await oplosIn(['journal', 'check'], sb.env);
    expect(check.code).toBe(3);
    expect(check.stdout).toContain(bad);
    expect(readFileSync(bad)).toEqual(Buffer.from([0x7b, 0xff, 0x7d]));
    // only journal delete of exactly that session, asked by its id, removes it
    expect((await oplosIn(['journal', 'delete', 'deadbee', '--yes'], sb.env)).code).toBe(2);
    expect(existsSync(bad)).toBe(true);
    expect((await oplosIn(['journal', 'delete', 'deadbeef', '--yes'], sb.env)).code).toBe(0);
    expect(existsSync(bad)).toBe(false);
    expect((await oplosIn(['journal', 'check'], sb.env)).code).toBe(0);
  });

  it('a FIFO as the journal is exit 3 at once, not a hang', async () => {
    const fifo = path.join(sb.dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    for (const args of [
      ['journal', 'list'],
      ['start', '--answers', ANSWERS],
    ]) {
      // a real process: were the FIFO opened for reading, the test would end by its time limit, not hang the runner
      const r = await oplos([...args, '--journal', fifo], sb.env);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/FIFO/);
    }
  });
});

/**
 * Damaged files are reported and never changed: list and show go on without
 * them (one warning naming the file), export and encryption switches refuse
 * (exit 3, naming each), journal check reports them and sync copies.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkJournal } from '../../src/journal/check.js';
import { openJournal } from '../../src/journal/open.js';
import { draft, entry, oplosError, tempFolder } from '../helpers/journal-fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
let folder: string;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
  folder = path.join(dir, 'journal');
});
afterEach(() => cleanup());

const sessionFile = (name: string) => path.join(folder, 'sessions', '2026', name);
const A1 = '2026-11-22T100000Z-a1.json';

const damaged: [string, Buffer | string, RegExp][] = [
  [
    'invalid UTF-8',
    Buffer.concat([
      Buffer.from(JSON.stringify(entry('a1', 1)).slice(0, 60)),
      Buffer.from([0xff, 0xfe, 0x41]),
      Buffer.from(JSON.stringify(entry('a1', 1)).slice(60)),
    ]),
    /not valid UTF-8/,
  ],
  ['bad JSON', '{"id":"a1"', /not valid JSON/],
  ['not a session', JSON.stringify({ ...entry('a1', 1), status: 'done' }), /status/],
];

describe('a damaged session file', () => {
  it.each(damaged)(
    '%s: reads skip it with one warning, export and encryption refuse naming it, and it is never changed',
    async (_n, content, why) => {
      const warnings: string[] = [];
      const j = await openJournal({ path: folder, lang: 'en', warn: (t) => warnings.push(t) });
      await j.add([entry('a1', 1), entry('b2', 2)]);
      await writeFile(sessionFile(A1), content);
      const before = await readFile(sessionFile(A1));
      expect((await j.readAll()).map((e) => e.id)).toEqual(['b2']);
      expect((await j.query({ limit: 5 })).map((e) => e.id)).toEqual(['b2']);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(sessionFile(A1));
      expect(warnings[0]).toContain('oplos journal check');
      expect(warnings[0]).toMatch(why);
      for (const attempt of [() => j.readAll({ strict: true }), () => j.encrypt('pass-phrase')]) {
        const e = await oplosError(attempt());
        expect(e.exitCode).toBe(3);
        expect(e.message).toContain(sessionFile(A1));
      }
      await j.add([entry('c3', 3)]);
      await j.saveDraft(draft('d4', 4));
      await j.completeDraft(entry('d4', 4));
      expect(await readFile(sessionFile(A1))).toEqual(before);
      const check = await checkJournal(j, true);
      expect(check.ok).toBe(false);
      expect(check.findings).toEqual([{ kind: 'damaged', file: sessionFile(A1), why: expect.stringMatching(why) }]);
      expect(await readFile(sessionFile(A1))).toEqual(before);
      // delete asked by exactly that id removes it
      expect(await j.delete(['a1'])).toBe(1);
      expect((await checkJournal(j, false)).ok).toBe(true);
    },
  );

  it('one damaged draft does not stop the others, nor starting a session', async () => {
    const warnings: string[] = [];
    const j = await openJournal({ path: folder, lang: 'en', warn: (t) => warnings.push(t) });
    await j.saveDraft(draft('ok1', 1));
    await writeFile(path.join(folder, 'unfinished', '2026-11-22T110000Z-bad2.json'), '{"entry": 1}');
    expect((await j.listDrafts()).map((d) => d.entry.id)).toEqual(['ok1']);
    expect((await j.getDraft('ok')).entry.id).toBe('ok1');
    await j.add([entry('n3', 3)]);
    expect(warnings.join('\n')).toContain('bad2.json');
  });
});

describe('sync-conflict copies', () => {
  const copies = [
    '2026-11-22T100000Z-a1.sync-conflict-20261201-101010-ABCDEFG.json',
    '2026-11-22T100000Z-a1 (conflicted copy 2026-12-01).json',
    '2026-11-22T100000Z-a1 (1).json',
  ];

  it.each(copies)(
    '%s: listed once, reported by check as a duplicate; --fix keeps the more complete and moves the other into conflicts/',
    async (copy) => {
      const j = await openJournal({ path: folder, lang: 'en', warn: () => undefined });
      await j.add([entry('a1', 1)]);
      const more = { ...entry('a1', 1), answers: [...entry('a1', 1).answers, { ...entry('a1').answers[0]!, question: 'extra' }] };
      await writeFile(sessionFile(copy), JSON.stringify(more));
      expect((await j.readAll()).map((e) => e.id)).toEqual(['a1']);
      const seen = await checkJournal(j, false);
      expect(seen.ok).toBe(false);
      expect(seen.findings).toEqual([{ kind: 'duplicate', file: sessionFile(copy), of: sessionFile(A1) }]);
      const fixed = await checkJournal(j, true);
      expect(fixed.ok).toBe(true);
      expect(await readdir(path.join(folder, 'conflicts'))).toEqual([A1]);
      expect((await j.get('a1')).answers).toHaveLength(3);
      expect((await checkJournal(j, false)).findings).toEqual([]);
    },
  );

  it('a sync copy of a draft does not break listing drafts or resuming', async () => {
    const j = await openJournal({ path: folder, lang: 'en', warn: () => undefined });
    await j.saveDraft(draft('d1', 1));
    j.releaseClaimsSync();
    await writeFile(
      path.join(folder, 'unfinished', '2026-11-22T100000Z-d1.sync-conflict-20261201-101010-ABCDEFG.json'),
      JSON.stringify({ entry: 1 }),
    );
    expect((await j.listDrafts()).map((d) => d.entry.id)).toEqual(['d1']);
    await j.completeDraft(entry('d1', 1));
    expect((await j.readAll()).map((e) => e.status)).toEqual(['complete']);
  });
});

describe('paths', () => {
  it('a symlinked journal folder is resolved once: every write lands at the real place, and encryption leaves no plain text there', async () => {
    const real = path.join(dir, 'real');
    await mkdir(real);
    await symlink(real, folder);
    const j = await openJournal({ path: folder, lang: 'en' });
    expect(j.dir).toBe(real);
    await j.add([entry('a1', 1)]);
    await j.encrypt('pass-phrase');
    expect((await readdir(dir)).sort()).toEqual(['journal', 'real']);
    const all = (await readdir(real, { recursive: true })).map((n) => path.join(real, n));
    for (const f of all) expect(await readFile(f, 'utf8').catch(() => '')).not.toContain('more calm');
  }, 20_000);

  it('a FIFO as the journal path, or inside it, is refused with exit 3 before anything is opened', async () => {
    execFileSync('mkfifo', [folder]);
    const e = await oplosError(openJournal({ path: folder, lang: 'en' }));
    expect(e.exitCode).toBe(3);
    expect(e.message).toContain('FIFO');
    const other = path.join(dir, 'other');
    const j = await openJournal({ path: other, lang: 'en' });
    await j.add([entry('a1', 1)]);
    execFileSync('mkfifo', [path.join(other, 'sessions', '2026', '2026-11-22T110000Z-f2.json')]);
    expect((await oplosError(j.readAll())).exitCode).toBe(3);
    execFileSync('rm', [path.join(other, 'sessions', '2026', '2026-11-22T110000Z-f2.json')]);
    execFileSync('mkfifo', [path.join(other, 'oplos-journal.json.x')]);
    expect((await j.readAll()).map((x) => x.id)).toEqual(['a1']);
  });

  it('a character device as the journal path is refused (exit 3), never replaced', async () => {
    const e = await oplosError(openJournal({ path: '/dev/null', lang: 'en' }));
    expect(e.exitCode).toBe(3);
    expect(e.message).toContain('device');
  });

  it('a layout-1 file given as the journal is exit 3 with the command that brings it in', async () => {
    const file = path.join(dir, 'journal.json');
    await writeFile(file, JSON.stringify({ version: 1, entries: [entry('a1')] }));
    const e = await oplosError(openJournal({ path: file, lang: 'en' }));
    expect(e.exitCode).toBe(3);
    expect(e.hint).toBe(`Bring it into a folder with: oplos journal import ${file} --journal DIR`);
  });

  it('a record of a newer oplos is exit 3 and unchanged', async () => {
    await mkdir(folder);
    const text = JSON.stringify({ format: 'oplos-journal-folder', version: 3 });
    await writeFile(path.join(folder, 'oplos-journal.json'), text);
    expect((await oplosError(openJournal({ path: folder, lang: 'en' }))).message).toMatch(/newer oplos/);
    expect(await readFile(path.join(folder, 'oplos-journal.json'), 'utf8')).toBe(text);
  });
});

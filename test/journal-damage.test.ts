import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, type Migration } from '../src/journal/migrations.js';
import { openJournal } from '../src/journal/store.js';
import { draft, entry, oplosError, tempFolder } from './helpers/journal-fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
let file: string;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
  file = path.join(dir, 'journal.json');
});
afterEach(() => cleanup());

const good = JSON.stringify({ version: 1, entries: [entry('a1')] });
const damaged: [string, string, RegExp][] = [
  ['bad JSON', '{"version":1,"entries":[{"id":"a1"', /not valid JSON/],
  ['half a file', good.slice(0, good.length / 2), /not valid JSON/],
  ['an array', '[]', /damaged/],
  ['no entries', '{"version":1}', /entries/],
  ['an entry without answers', JSON.stringify({ version: 1, entries: [{ ...entry('a1'), answers: undefined }] }), /entries\.0\.answers/],
  ['a bad status', JSON.stringify({ version: 1, entries: [{ ...entry('a1'), status: 'done' }] }), /status/],
  ['a bad answer value', JSON.stringify({ version: 1, entries: [{ ...entry('a1'), answers: [{ ...entry('a1').answers[0], value: { x: 1 } }] }] }), /answers\.0\.value/],
  ['a future version', JSON.stringify({ version: 7, entries: [] }), /newer oplos/],
  ['no version', JSON.stringify({ entries: [] }), /format version/],
  ['a version without migration', JSON.stringify({ version: 0, entries: [] }), /format version/],
];

describe('a damaged or newer journal', () => {
  it.each(damaged)('%s: exit 3 naming the file, and the file is never changed', async (_name, content, message) => {
    await writeFile(file, content);
    const before = await readFile(file);
    const j = await openJournal({ path: file, lang: 'en' });
    const attempts = [
      () => j.readAll(),
      () => j.get('a1'),
      () => j.add([entry('b2')]),
      () => j.completeDraft(entry('c3')),
      () => j.delete(['a1']),
      () => j.deleteWhere(() => true),
      () => j.encrypt('secret'),
    ];
    for (const attempt of attempts) {
      const e = await oplosError(attempt());
      expect(e.exitCode).toBe(3);
      expect(e.message).toContain(file);
      expect(e.message).toMatch(message);
      expect(e.hint).toBeTruthy();
    }
    expect(await readFile(file)).toEqual(before);
  });

  it('says what to do in Dutch too', async () => {
    await writeFile(file, JSON.stringify({ version: 9, entries: [] }));
    const e = await oplosError((await openJournal({ path: file, lang: 'nl' })).readAll());
    expect(e.message).toContain('nieuwere oplos');
    expect(e.hint).toContain('Werk oplos bij');
  });

  it('keeps the draft of a session whose completion was refused', async () => {
    await writeFile(file, '{oops');
    const j = await openJournal({ path: file, lang: 'en' });
    await j.saveDraft(draft('c3'));
    expect((await oplosError(j.completeDraft(entry('c3')))).exitCode).toBe(3);
    expect((await j.listDrafts()).map((d) => d.entry.id)).toEqual(['c3']);
  });
});

describe('migrations', () => {
  const v0: Record<string, unknown> = { version: 0, sessions: [{ ...entry('old1'), status: undefined, done: true }] };
  const toV1: Migration = (doc) => ({
    entries: (doc['sessions'] as Record<string, unknown>[]).map(({ done, ...e }) => ({ ...e, status: done ? 'complete' : 'unfinished' })),
  });

  it('brings an old document up, step by step', () => {
    const doc = migrate(v0, 'j.json', 'en', { 0: toV1 }, 1);
    expect(doc).toEqual({ version: 1, entries: [entry('old1')] });
    const twice = migrate(v0, 'j.json', 'en', { 0: toV1, 1: (d) => ({ ...d, note: 'v2' }) }, 2);
    expect(twice).toMatchObject({ version: 2, note: 'v2' });
  });

  it('refuses a newer version and a gap in the steps with exit 3', async () => {
    expect(() => migrate({ version: 2 }, 'j.json', 'en', { 0: toV1 }, 1)).toThrow(/newer/);
    const gap = await oplosError(Promise.resolve().then(() => migrate(v0, 'j.json', 'en', { 1: toV1 }, 2)));
    expect(gap.exitCode).toBe(3);
  });

  it('leaves the current version as it is', () => {
    const doc = { version: 1, entries: [] };
    expect(migrate(doc, 'j.json', 'en')).toBe(doc);
  });
});

describe('an unreadable journal', () => {
  it('is exit 3 when the path is a folder', async () => {
    await mkdir(file);
    const e = await oplosError(openJournal({ path: file, lang: 'en' }));
    expect(e.exitCode).toBe(3);
    expect(e.message).toContain(file);
    expect(e.message).toContain('EISDIR');
  });

  it('is exit 3 naming the journal when its path runs through a file (not an internal error from the first read)', async () => {
    const blocker = path.join(dir, 'not-a-folder');
    await writeFile(blocker, 'x');
    const journal = path.join(blocker, 'journal.json');
    const e = await oplosError(openJournal({ path: journal, lang: 'nl' }));
    expect(e.exitCode).toBe(3);
    expect(e.message).toBe(`Het logboek ${journal} kan niet gelezen worden (ENOTDIR).`);
  });
});

describe('an unwritable place', () => {
  it('is exit 3 naming the journal when its folder cannot be made', async () => {
    // opened while its folder could still be made; by the first write a file is in the way
    const parent = path.join(dir, 'parent');
    const j = await openJournal({ path: path.join(parent, 'journal.json'), lang: 'en' });
    await writeFile(parent, 'x');
    const e = await oplosError(j.add([entry('a1')]));
    expect(e.exitCode).toBe(3);
    expect(e.message).toContain('cannot be written');
  });
});

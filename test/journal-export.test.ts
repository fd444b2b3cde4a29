import { readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportJson, serializeExport } from '../src/journal/export-json.js';
import { importFile, parseExport } from '../src/journal/import.js';
import { openJournal } from '../src/journal/open.js';
import type { Entry } from '../src/domain/types.js';
import { answer, draft, entry, fixedClock, oplosError, tempFolder } from './helpers/journal-fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
});
afterEach(() => cleanup());

const sessions: Entry[] = [
  entry('c3', 3, { tags: [], client: undefined, setRevision: undefined }),
  entry('a1', 1, { answers: [answer('list', ['one', 'two']), answer('ok', true), answer('skip', undefined)] }),
  entry('b2', 1),
];

const exportOf = async (journalFile: string): Promise<string> =>
  serializeExport(exportJson(await (await openJournal({ path: journalFile, lang: 'en' })).readAll(), fixedClock));

describe('json export', () => {
  it('has the shape of cli.md, oldest first, fields in a fixed order', () => {
    const shuffled = Object.fromEntries(Object.entries(sessions[1] as Entry).reverse()) as unknown as Entry;
    expect(Object.keys(shuffled)[0]).toBe('answers');
    const doc = exportJson([sessions[0] as Entry, shuffled, sessions[2] as Entry], fixedClock);
    expect(doc.format).toBe('oplos-journal');
    expect(doc.version).toBe(1);
    expect(doc.exportedAt).toBe('2026-12-01T10:00:00.000Z');
    expect(doc.entries.map((e) => e.id)).toEqual(['a1', 'b2', 'c3']);
    expect(Object.keys(doc.entries[0] ?? {})).toEqual([
      'id',
      'set',
      'setRevision',
      'lang',
      'client',
      'tags',
      'status',
      'startedAt',
      'finishedAt',
      'answers',
    ]);
    expect(Object.keys(doc.entries[2] ?? {})).not.toContain('client');
    expect(doc.entries[0]?.answers[2]).toEqual({
      question: 'skip',
      phase: 'scaling',
      kind: 'text',
      asked: 'Question skip?',
      skipped: true,
      answeredAt: '2026-11-22T09:41:02.000Z',
    });
    expect(Object.keys(doc).slice(0, 3)).toEqual(['format', 'version', 'exportedAt']);
  });
});

describe('json import', () => {
  it('round trip: export, import into an empty journal, export again gives the same text', async () => {
    const source = path.join(dir, 'source.json');
    const src = await openJournal({ path: source, lang: 'en' });
    await src.add(sessions);
    await src.saveDraft(draft('d4', 4));
    const first = await exportOf(source);
    const exportFile = path.join(dir, 'export.json');
    await writeFile(exportFile, first);

    const target = path.join(dir, 'target.json');
    const dst = await openJournal({ path: target, lang: 'en' });
    expect(await importFile(dst, exportFile)).toEqual({ added: 4, skipped: 0 });
    expect(await exportOf(target)).toBe(first);

    expect(await importFile(dst, exportFile)).toEqual({ added: 0, skipped: 4 });
    expect(await exportOf(target)).toBe(first);
  });

  it('skips an id that is twice in the file, keeping the first', async () => {
    const doc = exportJson([entry('a1'), entry('b2')], fixedClock);
    const file = path.join(dir, 'twice.json');
    await writeFile(file, JSON.stringify({ ...doc, entries: [...doc.entries, { ...entry('a1'), client: 'other' }] }));
    const j = await openJournal({ path: path.join(dir, 'j.json'), lang: 'en' });
    expect(await importFile(j, file)).toEqual({ added: 2, skipped: 1 });
    expect((await j.get('a1')).client).toBe('P.');
  });

  it('drops fields it does not know', () => {
    const text = JSON.stringify({ format: 'oplos-journal', version: 1, exportedAt: 'x', entries: [{ ...entry('a1'), mood: 'fine' }] });
    expect(parseExport(text, 'f.json', 'en')[0]).toEqual(entry('a1'));
  });

  const good = serializeExport(exportJson([entry('a1')], fixedClock));
  const bad: [string, string, RegExp][] = [
    ['not JSON', good.slice(0, -20), /not valid JSON/],
    ['another format', JSON.stringify({ format: 'something', version: 1, entries: [] }), /not an oplos journal export/],
    [
      'a journal file that is neither an export nor layout 1',
      JSON.stringify({ version: 1, entries: [], more: 1 }),
      /not an oplos journal export/,
    ],
    ['a newer export', JSON.stringify({ format: 'oplos-journal', version: 2, entries: [] }), /format 2/],
    ['entries not a list', JSON.stringify({ format: 'oplos-journal', version: 1, entries: {} }), /entries/],
    [
      'one bad entry among good ones',
      JSON.stringify({ format: 'oplos-journal', version: 1, entries: [entry('a1'), { ...entry('b2'), tags: 'x' }] }),
      /entries\.1\.tags/,
    ],
    ['an unsafe id', JSON.stringify({ format: 'oplos-journal', version: 1, entries: [entry('../x')] }), /entries\.0\.id/],
  ];

  it.each(bad)('a bad file (%s) is exit 2 and writes nothing', async (_name, content, message) => {
    const file = path.join(dir, 'bad.json');
    await writeFile(file, content);
    const journal = path.join(dir, 'j.json');
    const j = await openJournal({ path: journal, lang: 'en' });
    const e = await oplosError(importFile(j, file));
    expect(e.exitCode).toBe(2);
    expect(e.message).toMatch(message);
    expect(e.message).toContain(file);
    await expect(stat(journal)).rejects.toThrow();

    await j.add([entry('z9')]);
    const before = (await readdir(journal, { recursive: true })).sort();
    await oplosError(importFile(j, file));
    expect((await readdir(journal, { recursive: true })).sort()).toEqual(before);
  });

  it('imports a layout-1 journal file (sessions and all) as it imports an export', async () => {
    const file = path.join(dir, 'old.json');
    await writeFile(file, `{"version":1,"entries":[\n${JSON.stringify(entry('o1'))}]}\n`);
    const j = await openJournal({ path: path.join(dir, 'j'), lang: 'en' });
    expect(await importFile(j, file)).toEqual({ added: 1, skipped: 0 });
    expect((await j.get('o1')).id).toBe('o1');
  });

  it('a missing file is exit 2, in Dutch too', async () => {
    const j = await openJournal({ path: path.join(dir, 'j.json'), lang: 'nl' });
    const e = await oplosError(importFile(j, path.join(dir, 'nope.json')));
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain('importbestand');
  });
});

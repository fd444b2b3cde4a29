import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournal } from '../src/journal/store.js';
import { draft, entry, oplosError, tempFolder } from './helpers/journal-fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
let file: string;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
  file = path.join(dir, 'data', 'journal.json');
});
afterEach(() => cleanup());

const mode = async (p: string) => (await stat(p)).mode & 0o777;

describe('journal store', () => {
  it('reads a missing journal as empty and creates nothing', async () => {
    const j = await openJournal({ path: file, lang: 'en' });
    expect(await j.readAll()).toEqual([]);
    expect(j.encrypted).toBe(false);
    await expect(stat(path.dirname(file))).rejects.toThrow();
  });

  it('creates the folder 700 and the file 600 on the first write, as one entry per line', async () => {
    const j = await openJournal({ path: file, lang: 'en' });
    expect(await j.add([entry('aaa1', 1), entry('bbb2', 2)])).toEqual({ added: 2, skipped: 0 });
    expect(await mode(path.dirname(file))).toBe(0o700);
    expect(await mode(file)).toBe(0o600);
    const text = await readFile(file, 'utf8');
    expect(JSON.parse(text)).toEqual({ version: 1, entries: [entry('aaa1', 1), entry('bbb2', 2)] });
    expect(text.trim().split('\n')).toHaveLength(3);
    // and its line index beside it (fast-read/line-index.ts), as private as the journal
    expect((await readdir(path.dirname(file))).sort()).toEqual(['journal.json', 'journal.json.index']);
    expect(await mode(`${file}.index`)).toBe(0o600);
  });

  it('lists newest first, finds by unique prefix, refuses ambiguous and unknown prefixes', async () => {
    const j = await openJournal({ path: file, lang: 'en' });
    await j.add([entry('abc111', 1), entry('abd222', 3), entry('xyz333', 2)]);
    expect((await j.readAll()).map((e) => e.id)).toEqual(['abd222', 'xyz333', 'abc111']);
    expect((await j.get('abc')).id).toBe('abc111');
    expect((await j.get('x')).id).toBe('xyz333');
    const ambiguous = await oplosError(j.get('ab'));
    expect(ambiguous.exitCode).toBe(2);
    expect(ambiguous.message).toContain('abc111');
    expect(ambiguous.message).toContain('abd222');
    const unknown = await oplosError(j.get('q'));
    expect(unknown.exitCode).toBe(2);
    const nl = await openJournal({ path: file, lang: 'nl' });
    expect((await oplosError(nl.get('q'))).message).toContain('Geen sessie');
  });

  it('skips and counts repeated ids on add', async () => {
    const j = await openJournal({ path: file, lang: 'en' });
    await j.add([entry('a1')]);
    expect(await j.add([entry('a1'), entry('b2'), entry('b2', 5)])).toEqual({ added: 1, skipped: 2 });
    expect((await j.readAll()).map((e) => e.id).sort()).toEqual(['a1', 'b2']);
  });

  it('refuses to store an entry of the wrong shape (exit 2), writing nothing', async () => {
    const j = await openJournal({ path: file, lang: 'en' });
    const bad = { ...entry('ok1'), id: '../escape' };
    expect((await oplosError(j.add([entry('ok0'), bad]))).exitCode).toBe(2);
    await expect(stat(file)).rejects.toThrow();
  });

  it('deletes by id and by predicate, complete and unfinished sessions alike', async () => {
    const j = await openJournal({ path: file, lang: 'en' });
    await j.add([entry('a1', 1), entry('b2', 2, { client: 'Q.' }), entry('c3', 3, { client: 'Q.' })]);
    await j.saveDraft(draft('d4', 4, { client: 'Q.' }));
    expect(await j.delete(['a1', 'nope'])).toBe(1);
    expect(await j.deleteWhere((e) => e.client === 'Q.')).toBe(3);
    expect(await j.readAll()).toEqual([]);
    expect(await j.listDrafts()).toEqual([]);
  });
});

describe('drafts', () => {
  it('keeps unfinished sessions beside the journal (folder 700, files 600) and lists them as unfinished', async () => {
    const j = await openJournal({ path: file, lang: 'en' });
    await j.add([entry('done1', 1)]);
    await j.saveDraft(draft('open2', 2));
    await j.saveDraft({ ...draft('open2', 2), pending: { question: 'exceptions', items: ['monday'] } });
    expect(await mode(`${file}.drafts`)).toBe(0o700);
    expect(await mode(path.join(`${file}.drafts`, 'open2.json'))).toBe(0o600);
    const all = await j.readAll();
    expect(all.map((e) => [e.id, e.status])).toEqual([['open2', 'unfinished'], ['done1', 'complete']]);
    expect((await j.getDraft('op')).pending?.items).toEqual(['monday']);
    expect((await j.listDrafts()).map((d) => d.entry.id)).toEqual(['open2']);
    expect((await oplosError(j.getDraft('zz'))).exitCode).toBe(2);
  });

  it('completes a draft: the entry joins the journal, the draft goes; completing twice adds nothing', async () => {
    const j = await openJournal({ path: file, lang: 'en' });
    await j.saveDraft(draft('s1'));
    await j.completeDraft(entry('s1'));
    await j.completeDraft(entry('s1'));
    expect(await j.listDrafts()).toEqual([]);
    expect(await readdir(`${file}.drafts`)).toEqual([]);
    expect((await j.readAll()).map((e) => [e.id, e.status])).toEqual([['s1', 'complete']]);
  });

  it('tidies what a crash between the two steps of completing left', async () => {
    const j = await openJournal({ path: file, lang: 'en' });
    await j.add([entry('in1', 1)]);
    const drafts = `${file}.drafts`;
    await mkdir(drafts, { recursive: true });
    // crashed after the journal write: the marker and a stray draft of a complete session
    await writeFile(path.join(drafts, 'in1.completing'), JSON.stringify(draft('in1', 1)));
    // crashed before the journal write: the marker must become a draft again
    await writeFile(path.join(drafts, 'out2.completing'), JSON.stringify(draft('out2', 2)));
    const all = await j.readAll();
    expect(all.map((e) => [e.id, e.status])).toEqual([['out2', 'unfinished'], ['in1', 'complete']]);
    expect((await readdir(drafts)).sort()).toEqual(['out2.json']);

    await writeFile(path.join(drafts, 'in1.json'), JSON.stringify(draft('in1', 1)));
    expect((await j.readAll()).map((e) => e.id)).toEqual(['out2', 'in1']);
    expect((await readdir(drafts)).sort()).toEqual(['out2.json']);

    await writeFile(path.join(drafts, 'out3.completing'), JSON.stringify(draft('out3', 3)));
    expect((await j.listDrafts()).map((d) => d.entry.id)).toEqual(['out3', 'out2']);
  });

  it('refuses a damaged draft with exit 3 naming it', async () => {
    const j = await openJournal({ path: file, lang: 'en' });
    await mkdir(`${file}.drafts`, { recursive: true });
    await writeFile(path.join(`${file}.drafts`, 'bad1.json'), '{"entry": 1}');
    const e = await oplosError(j.readAll());
    expect(e.exitCode).toBe(3);
    expect(e.message).toContain('bad1.json');
  });
});

describe('lock', () => {
  const lockOf = (f: string) => lockfile.lock(f, { realpath: false, lockfilePath: `${f}.lock` });

  it('waits a bounded time for a live lock, then refuses with exit 3 and writes nothing', async () => {
    const j = await openJournal({ path: file, lang: 'en', lockTimeoutMs: 300 });
    await j.add([entry('a1')]);
    const before = await readFile(file);
    const release = await lockOf(file);
    try {
      const e = await oplosError(j.add([entry('b2')]));
      expect(e.exitCode).toBe(3);
      expect(e.message).toContain('locked');
      expect((await oplosError(j.saveDraft(draft('c3')))).exitCode).toBe(3);
      expect(await readFile(file)).toEqual(before);
      expect((await j.readAll()).map((x) => x.id)).toEqual(['a1']);
    } finally {
      await release();
    }
    expect(await j.add([entry('b2')])).toEqual({ added: 1, skipped: 0 });
  });

  it('takes over a lock nobody has refreshed for longer than the stale time', async () => {
    const j = await openJournal({ path: file, lang: 'en', lockTimeoutMs: 1000 });
    await mkdir(`${file}.lock`, { recursive: true });
    const old = new Date(Date.now() - 60_000);
    await utimes(`${file}.lock`, old, old);
    expect(await j.add([entry('a1')])).toEqual({ added: 1, skipped: 0 });
    await expect(stat(`${file}.lock`)).rejects.toThrow();
  });

  it('removes temporary files a killed writer left', async () => {
    const j = await openJournal({ path: file, lang: 'en' });
    await j.add([entry('a1')]);
    const orphan = path.join(path.dirname(file), '.journal.json.abcdef.tmp');
    await writeFile(orphan, '{"half');
    await j.add([entry('b2')]);
    expect((await readdir(path.dirname(file))).sort()).toEqual(['journal.json', 'journal.json.index']);
  });
});

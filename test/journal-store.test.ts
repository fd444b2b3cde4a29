import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openJournal } from '../src/journal/open.js';
import { draft, entry, oplosError, tempFolder } from './helpers/journal-fixtures.js';

let dir: string;
let cleanup: () => Promise<void>;
let folder: string;
beforeEach(async () => {
  ({ dir, cleanup } = await tempFolder());
  folder = path.join(dir, 'data', 'journal');
});
afterEach(() => cleanup());

const mode = async (p: string) => (await stat(p)).mode & 0o777;
const files = async (sub: string) => (await readdir(path.join(folder, sub), { recursive: true })).sort();

describe('journal folder (layout 2)', () => {
  it('reads a missing journal as empty and creates nothing', async () => {
    const j = await openJournal({ path: folder, lang: 'en' });
    expect(await j.readAll()).toEqual([]);
    expect(j.encrypted).toBe(false);
    await expect(stat(folder)).rejects.toThrow();
  });

  it('writes one file per session, named by start time and id, folders 700 and files 600, and its record', async () => {
    const j = await openJournal({ path: folder, lang: 'en' });
    expect(await j.add([entry('aaa1', 1), entry('bbb2', 2)])).toEqual({ added: 2, skipped: 0 });
    expect(await files('sessions')).toEqual(['2026', '2026/2026-11-22T100000Z-aaa1.json', '2026/2026-11-22T110000Z-bbb2.json']);
    expect(await mode(folder)).toBe(0o700);
    expect(await mode(path.join(folder, 'sessions', '2026'))).toBe(0o700);
    expect(await mode(path.join(folder, 'sessions', '2026', '2026-11-22T100000Z-aaa1.json'))).toBe(0o600);
    expect(JSON.parse(await readFile(path.join(folder, 'sessions', '2026', '2026-11-22T100000Z-aaa1.json'), 'utf8'))).toEqual(
      entry('aaa1', 1),
    );
    expect(JSON.parse(await readFile(path.join(folder, 'oplos-journal.json'), 'utf8'))).toEqual({
      format: 'oplos-journal-folder',
      version: 2,
    });
    // no lock and no temporary file stays behind
    expect((await readdir(folder)).sort()).toEqual(['oplos-journal.json', 'sessions']);
  });

  it('lists newest first, finds by unique prefix, refuses ambiguous and unknown prefixes', async () => {
    const j = await openJournal({ path: folder, lang: 'en' });
    await j.add([entry('abc111', 1), entry('abd222', 3), entry('xyz333', 2)]);
    expect((await j.readAll()).map((e) => e.id)).toEqual(['abd222', 'xyz333', 'abc111']);
    expect((await j.get('abc')).id).toBe('abc111');
    expect((await j.get('x')).id).toBe('xyz333');
    const ambiguous = await oplosError(j.get('ab'));
    expect(ambiguous.exitCode).toBe(2);
    expect(ambiguous.message).toContain('abc111');
    expect((await oplosError(j.get('q'))).exitCode).toBe(2);
    const nl = await openJournal({ path: folder, lang: 'nl' });
    expect((await oplosError(nl.get('q'))).message).toContain('Geen sessie');
  });

  it('finds a long id past its first 8 characters, and tells two ids apart that share them', async () => {
    const j = await openJournal({ path: folder, lang: 'en' });
    await j.add([entry('0123456789aa', 1), entry('0123456789bb', 2)]);
    expect((await j.get('0123456789a')).id).toBe('0123456789aa');
    expect((await oplosError(j.get('01234567'))).exitCode).toBe(2);
  });

  it('queries: -n reads only as many as it shows, filters and the total', async () => {
    const j = await openJournal({ path: folder, lang: 'en' });
    await j.add(Array.from({ length: 12 }, (_, i) => entry(`e${i}`, i, { client: i % 3 === 0 ? 'Q.' : 'P.' })));
    const r = await j.queryWithTotal({ limit: 3 });
    expect(r.entries.map((e) => e.id)).toEqual(['e11', 'e10', 'e9']);
    expect(r.total).toBe(12);
    expect((await j.query({ client: 'q.', limit: 2 })).map((e) => e.id)).toEqual(['e9', 'e6']);
    expect((await j.query({ search: 'CALM', limit: 1 })).map((e) => e.id)).toEqual(['e11']);
  });

  it('skips and counts repeated ids on add', async () => {
    const j = await openJournal({ path: folder, lang: 'en' });
    await j.add([entry('a1')]);
    expect(await j.add([entry('a1'), entry('b2'), entry('b2', 5)])).toEqual({ added: 1, skipped: 2 });
    expect((await j.readAll()).map((e) => e.id).sort()).toEqual(['a1', 'b2']);
  });

  it('refuses to store an entry of the wrong shape (exit 2), writing nothing', async () => {
    const j = await openJournal({ path: folder, lang: 'en' });
    const bad = { ...entry('ok1'), id: '../escape' };
    expect((await oplosError(j.add([entry('ok0'), bad]))).exitCode).toBe(2);
    await expect(stat(folder)).rejects.toThrow();
  });

  it('deletes by id and by predicate, complete and unfinished sessions alike: the files go', async () => {
    const j = await openJournal({ path: folder, lang: 'en' });
    await j.add([entry('a1', 1), entry('b2', 2, { client: 'Q.' }), entry('c3', 3, { client: 'Q.' })]);
    await j.saveDraft(draft('d4', 4, { client: 'Q.' }));
    expect(await j.delete(['a1', 'nope'])).toBe(1);
    expect(await j.deleteWhere((e) => e.client === 'Q.')).toBe(3);
    expect(await j.readAll()).toEqual([]);
    expect(await files('sessions')).toEqual(['2026']);
  });

  it('replaces one complete session with updateEntry, keeping keys a newer oplos wrote', async () => {
    const j = await openJournal({ path: folder, lang: 'en' });
    await j.add([entry('u1', 1)]);
    const file = path.join(folder, 'sessions', '2026', '2026-11-22T100000Z-u1.json');
    await writeFile(file, JSON.stringify({ ...entry('u1', 1), mood: 'sunny' }));
    const changed = { ...entry('u1', 1), answers: [{ ...entry('u1').answers[0]!, value: 6, editedAt: '2026-12-01T10:00:00.000Z' }] };
    await j.updateEntry(changed);
    const stored = JSON.parse(await readFile(file, 'utf8'));
    expect(stored.mood).toBe('sunny');
    expect(stored.answers).toEqual(changed.answers);
    expect((await oplosError(j.updateEntry(entry('zz9')))).exitCode).toBe(2);
  });

  it('keeps unknown keys of oplos-journal.json when it rewrites it', async () => {
    await mkdir(folder, { recursive: true });
    await writeFile(
      path.join(folder, 'oplos-journal.json'),
      JSON.stringify({ format: 'oplos-journal-folder', version: 2, sync: { remote: 'x' } }),
    );
    const j = await openJournal({ path: folder, lang: 'en' });
    await j.add([entry('a1')]);
    await j.encrypt('pass-phrase');
    expect(JSON.parse(await readFile(path.join(folder, 'oplos-journal.json'), 'utf8')).sync).toEqual({ remote: 'x' });
  }, 20_000);

  it('calls onChange while holding the lock, after each write that completes, deletes or imports', async () => {
    const changes: string[] = [];
    const j = await openJournal({
      path: folder,
      lang: 'en',
      onChange: async (c) => {
        changes.push(`${c.kind}:${c.ids.join(',')}:${(await readdir(folder)).includes('journal.lock')}`);
      },
    });
    await j.add([entry('a1', 1), entry('b2', 2)]);
    await j.saveDraft(draft('c3', 3));
    await j.completeDraft(entry('c3', 3));
    await j.updateEntry(entry('c3', 3, { tags: ['x'] }));
    await j.delete(['a1']);
    expect(changes).toEqual(['imported:a1,b2:true', 'completed:c3:true', 'edited:c3:true', 'deleted:a1:true']);
  });
});

describe('unfinished sessions', () => {
  it('keeps them in unfinished/ and lists them as unfinished', async () => {
    const j = await openJournal({ path: folder, lang: 'en' });
    await j.add([entry('done1', 1)]);
    await j.saveDraft(draft('open2', 2));
    await j.saveDraft({ ...draft('open2', 2), pending: { question: 'exceptions', items: ['monday'] } });
    expect(await mode(path.join(folder, 'unfinished'))).toBe(0o700);
    expect((await files('unfinished')).filter((n) => n.endsWith('.json'))).toEqual(['2026-11-22T110000Z-open2.json']);
    const all = await j.readAll();
    expect(all.map((e) => [e.id, e.status])).toEqual([
      ['open2', 'unfinished'],
      ['done1', 'complete'],
    ]);
    expect((await j.getDraft('op')).pending?.items).toEqual(['monday']);
    expect((await j.listDrafts()).map((d) => d.entry.id)).toEqual(['open2']);
    expect((await oplosError(j.getDraft('zz'))).exitCode).toBe(2);
  });

  it('completing moves the file from unfinished/ to sessions/; completing again is refused', async () => {
    const j = await openJournal({ path: folder, lang: 'en' });
    await j.saveDraft(draft('s1'));
    await j.completeDraft(entry('s1'));
    expect(await j.listDrafts()).toEqual([]);
    expect((await files('unfinished')).filter((n) => n.endsWith('.json'))).toEqual([]);
    expect((await j.readAll()).map((e) => [e.id, e.status])).toEqual([['s1', 'complete']]);
    expect((await oplosError(j.completeDraft(entry('s1')))).exitCode).toBe(3);
    expect((await j.readAll()).map((e) => e.id)).toEqual(['s1']);
  });

  it('a completion cut between its two renames still shows the session once, as complete', async () => {
    const j = await openJournal({ path: folder, lang: 'en' });
    await j.saveDraft(draft('k1'));
    await writeFile(path.join(folder, 'unfinished', '2026-11-22T090000Z-k1.json'), JSON.stringify(entry('k1')));
    expect((await j.readAll()).map((e) => [e.id, e.status])).toEqual([['k1', 'complete']]);
    expect(await j.listDrafts()).toEqual([]);
  });

  it('a second journal object in this process cannot run a session the first has claimed (exit 3)', async () => {
    const a = await openJournal({ path: folder, lang: 'en' });
    const b = await openJournal({ path: folder, lang: 'en' });
    await a.saveDraft(draft('r1'));
    const e = await oplosError(b.completeDraft(entry('r1')));
    expect(e.exitCode).toBe(3);
    expect(e.message).toContain(`process ${process.pid}`);
    await a.completeDraft(entry('r1'));
    expect((await a.readAll()).map((x) => x.id)).toEqual(['r1']);
  });
});

describe('journal lock', () => {
  const lockFile = () => path.join(folder, 'journal.lock');
  const holdAs = async (holder: object) => {
    await mkdir(folder, { recursive: true });
    await writeFile(lockFile(), JSON.stringify(holder));
  };

  it('waits a bounded time for a live holder, then refuses with exit 3 naming the process, writing nothing', async () => {
    const j = await openJournal({ path: folder, lang: 'en', lockWaitMs: 300 });
    await j.add([entry('a1')]);
    await holdAs({ pid: process.pid, host: (await import('node:os')).hostname(), since: '', token: 'other' });
    const e = await oplosError(j.add([entry('b2')]));
    expect(e.exitCode).toBe(3);
    expect(e.message).toContain(`process ${process.pid}`);
    expect((await j.readAll()).map((x) => x.id)).toEqual(['a1']);
  });

  it('takes over a lock whose time lies in the future, and says so', async () => {
    const notes: string[] = [];
    const j = await openJournal({ path: folder, lang: 'en', lockWaitMs: 300, warn: (t) => notes.push(t) });
    await holdAs({ pid: process.pid, host: (await import('node:os')).hostname(), since: '', token: 'other' });
    const future = new Date(Date.now() + 3_600_000 * 24 * 365);
    await utimes(lockFile(), future, future);
    expect(await j.add([entry('a1')])).toEqual({ added: 1, skipped: 0 });
    expect(notes.join('\n')).toContain('its time lay in the future');
    await expect(stat(lockFile())).rejects.toThrow();
  });

  it('a lock of another host that a sync brought in is waited for until its time-out, then taken over (issue 19)', async () => {
    const notes: string[] = [];
    // the wait for a live holder is shorter than another host's time-out: before, the write was refused
    const j = await openJournal({ path: folder, lang: 'en', lockWaitMs: 200, lockStaleMs: 1_000, warn: (t) => notes.push(t) });
    await holdAs({ pid: 4242, host: 'the-other-laptop', since: '2026-12-01T09:00:00.000Z', token: 'synced' });
    expect(await j.add([entry('a1')])).toEqual({ added: 1, skipped: 0 });
    expect(notes.join('\n')).toContain('the-other-laptop did not refresh it');
  });

  it('takes over a lock of a process that is gone', async () => {
    const notes: string[] = [];
    const j = await openJournal({ path: folder, lang: 'en', warn: (t) => notes.push(t) });
    await holdAs({ pid: 2 ** 22 + 7, host: (await import('node:os')).hostname(), since: '', token: 'dead' });
    expect(await j.add([entry('a1')])).toEqual({ added: 1, skipped: 0 });
    expect(notes.join('\n')).toContain('that held it is gone');
  });
});

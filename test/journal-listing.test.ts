/**
 * Reading a journal a year at a time: `-n`, the last session of a client and
 * the unfinished sessions give what a whole listing gives, across year
 * folders, with drafts among them and a completion cut off between its renames.
 */
import { copyFile, mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openJournal } from '../src/journal/open.js';
import { draft, entry, freshJournalFolder } from './helpers/journal-fixtures.js';

const at = freshJournalFolder();

/** `n` hours after 2026-11-22 09:00 UTC; a year is about 8,766 hours */
const YEAR_H = 8_766;

describe('a journal over several years', () => {
  it('-n gives the newest across years and drafts, and the total counts every session once', async () => {
    const j = await openJournal({ path: at.folder, lang: 'en' });
    await j.add([entry('old1', -2 * YEAR_H), entry('old2', -2 * YEAR_H + 1), entry('mid1', -YEAR_H), entry('new1', 0), entry('new2', 1)]);
    // a draft started next year (a clock ahead), one from the middle year, and a sync tool's copy
    await j.saveDraft(draft('next1', YEAR_H));
    await j.saveDraft(draft('midd', -YEAR_H + 1));
    const y = '2026';
    const [name] = (await readdir(path.join(at.folder, 'sessions', y))).sort();
    await copyFile(
      path.join(at.folder, 'sessions', y, name!),
      path.join(at.folder, 'sessions', y, name!.replace('.json', '.sync-conflict-20261122-1.json')),
    );
    const warnings: string[] = [];
    const j2 = await openJournal({ path: at.folder, lang: 'en', warn: (t) => void warnings.push(t) });
    const top = await j2.queryWithTotal({ limit: 4 });
    expect(top.entries.map((e) => e.id)).toEqual(['next1', 'new2', 'new1', 'midd']);
    expect(top.total).toBe(7);
    expect(warnings.join('\n')).toMatch(/sync tool/);
    const all = await j2.queryWithTotal({});
    expect(all.entries.map((e) => e.id)).toEqual(['next1', 'new2', 'new1', 'midd', 'mid1', 'old2', 'old1']);
    expect(all.entries.map((e) => e.id)).toEqual((await j2.readAll()).map((e) => e.id));
    // --from and --to across the year folders: local days, so the day old2 began where the test runs
    const began = new Date(entry('old2', -2 * YEAR_H + 1).startedAt);
    const from = `${began.getFullYear()}-${String(began.getMonth() + 1).padStart(2, '0')}-${String(began.getDate()).padStart(2, '0')}`;
    const some = await j2.queryWithTotal({ from, to: from, limit: 1 });
    expect(some.entries.map((e) => e.id)).toEqual(['old2']);
  });

  it('the last session of a client is found years back, by finish time, past other clients and a draft', async () => {
    const j = await openJournal({ path: at.folder, lang: 'en' });
    await j.add([
      entry('pa1', -2 * YEAR_H, { client: 'Q-1' }),
      entry('pa2', -2 * YEAR_H + 1, { client: 'Q-1', set: 'follow-up' }),
      ...Array.from({ length: 80 }, (_, i) => entry(`ot${String(i).padStart(3, '0')}`, -YEAR_H + i, { client: `Z-${i}` })),
    ]);
    await j.saveDraft(draft('pdraft', 5, { client: 'Q-1' }));
    const last = await j.lastSession({ sets: ['first-session', 'follow-up'], client: 'q-1' });
    expect(last?.id).toBe('pa2');
    expect((await j.lastSession({ sets: ['first-session'], client: 'Q-1' }))?.id).toBe('pa1');
    expect(await j.lastSession({ sets: ['first-session'], client: 'Q-2' })).toBeUndefined();
    // a label that only occurs inside an answer is no match
    await j.add([
      entry('ans1', 10, {
        client: 'R-1',
        answers: [
          {
            question: 'hopes',
            phase: 'hopes',
            kind: 'text',
            asked: 'Q?',
            value: 'told Q-9 about it',
            answeredAt: '2026-11-22T09:41:02.000Z',
          },
        ],
      }),
    ]);
    expect(await j.lastSession({ sets: ['first-session'], client: 'Q-9' })).toBeUndefined();
  });

  it('a session finished after a newer one began counts by its finish (within a month of its start)', async () => {
    const j = await openJournal({ path: at.folder, lang: 'en' });
    const late = entry('late', -20 * 24, { client: 'Q-1' });
    await j.add([{ ...late, finishedAt: new Date(Date.UTC(2026, 10, 22, 12)).toISOString() }, entry('early', -100, { client: 'Q-1' })]);
    expect((await j.lastSession({ sets: ['first-session'], client: 'Q-1' }))?.id).toBe('late');
  });

  it('once the last session is found, older files written before it finished are not opened (a damaged one gives no warning)', async () => {
    const j = await openJournal({ path: at.folder, lang: 'en' });
    // files are read 32 at a time: forty sessions of other clients come between the one found and the damaged file
    await j.add([
      entry('found', -10, { client: 'Q-1' }),
      ...Array.from({ length: 40 }, (_, i) => entry(`o${i}`, -11 - i, { client: 'Z-1' })),
    ]);
    const dir = path.join(at.folder, 'sessions', '2026');
    const [foundName, ...older] = (await readdir(dir)).sort().reverse();
    // a damaged file with the label, begun four days before the one found; the older files last written a week before it finished
    const damaged = path.join(dir, '2026-11-18T090000Z-dead0001.json');
    await writeFile(damaged, '{ "client": "Q-1", not json');
    const finished = Date.parse(entry('found', -10).finishedAt!);
    const weekBefore = new Date(finished - 7 * 24 * 3_600_000);
    for (const f of [damaged, ...older.map((n) => path.join(dir, n))]) await utimes(f, weekBefore, weekBefore);
    await utimes(path.join(dir, foundName!), new Date(finished), new Date(finished));
    const warnings: string[] = [];
    const j2 = await openJournal({ path: at.folder, lang: 'en', warn: (t) => void warnings.push(t) });
    expect((await j2.lastSession({ sets: ['first-session'], client: 'Q-1' }))?.id).toBe('found');
    expect(warnings).toEqual([]);
    // written after it finished, the damaged file could hold a later finish: it is opened, and named
    await utimes(damaged, new Date(finished + 60_000), new Date(finished + 60_000));
    expect((await j2.lastSession({ sets: ['first-session'], client: 'Q-1' }))?.id).toBe('found');
    expect(warnings.join('\n')).toMatch(/dead0001/);
  });

  it('when file times lag behind the finishes written in them (a clock set back, a sync tool), every file of the month is read', async () => {
    const j = await openJournal({ path: at.folder, lang: 'en' });
    const late = entry('late', -20 * 24, { client: 'Q-1' });
    const between = Array.from({ length: 40 }, (_, i) => entry(`o${i}`, -101 - i, { client: 'Z-1' }));
    await j.add([
      { ...late, finishedAt: new Date(Date.UTC(2026, 10, 22, 12)).toISOString() },
      entry('early', -100, { client: 'Q-1' }),
      ...between,
    ]);
    const dir = path.join(at.folder, 'sessions', '2026');
    const longAgo = new Date(Date.UTC(2020, 0, 1));
    for (const f of await readdir(dir)) await utimes(path.join(dir, f), longAgo, longAgo);
    expect((await j.lastSession({ sets: ['first-session'], client: 'Q-1' }))?.id).toBe('late');
  });

  it('a draft whose complete file is there too (a completion cut off) is listed once, as complete, and is no unfinished session', async () => {
    const j = await openJournal({ path: at.folder, lang: 'en' });
    await j.add([entry('done1', 0)]);
    await j.saveDraft(draft('open1', 1));
    const [name] = await readdir(path.join(at.folder, 'sessions', '2026'));
    await mkdir(path.join(at.folder, 'unfinished'), { recursive: true });
    await writeFile(path.join(at.folder, 'unfinished', name!), JSON.stringify(draft('done1', 0).entry));
    expect((await j.listDrafts()).map((d) => d.entry.id)).toEqual(['open1']);
    const { entries, total } = await j.queryWithTotal({ limit: 5 });
    expect(entries.map((e) => [e.id, e.status])).toEqual([
      ['open1', 'unfinished'],
      ['done1', 'complete'],
    ]);
    expect(total).toBe(2);
  });
});

import fc from 'fast-check';
import { readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotJson, NotStreamable, scanText } from '../src/journal/export-stream.js';
import { exportJson, serializeExport } from '../src/journal/export-json.js';
import { importFile } from '../src/journal/import.js';
import { openJournal } from '../src/journal/open.js';
import { answer, entry, oplosError, tempFolder } from './helpers/journal-fixtures.js';

/** What the scanner makes of `text`: the document it saw, 'not json', or 'whole' (left to the whole parse). */
const scanned = (text: string, pieces: number): unknown => {
  let top: Record<string, unknown> | undefined = {};
  let other: unknown;
  let list: unknown[] | undefined;
  try {
    scanText(
      text,
      {
        member: (k, v) => void Object.defineProperty(top, k, { value: v, enumerable: true, configurable: true, writable: true }),
        entriesList: () => void (list = []),
        entriesNotList: (v) =>
          void Object.defineProperty(top, 'entries', { value: v, enumerable: true, configurable: true, writable: true }),
        entry: (v) => void list!.push(v),
        notObject: (v) => {
          top = undefined;
          other = v;
        },
      },
      pieces,
    );
  } catch (e) {
    if (e instanceof NotJson) return 'not json';
    if (e instanceof NotStreamable) return 'whole';
    throw e;
  }
  if (top === undefined) return other;
  if (list) top['entries'] = list;
  return top;
};
const whole = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return 'not json';
  }
};

const exportText = (n: number, indent: number | undefined) =>
  `${JSON.stringify({ format: 'oplos-journal', version: 1, exportedAt: '2026-12-01T08:00:00.000Z', entries: Array.from({ length: n }, (_, i) => entry(`e${i}`, i, { answers: [answer('hopes', `"koffie" {[\\\n ${i}`)] })) }, null, indent)}\n`;
const mutate = (text: string, at: number, what: string, cut: number) =>
  text.slice(0, at % (text.length + 1)) + what + text.slice((at % (text.length + 1)) + (cut % 3));

describe('reading an export a piece at a time', () => {
  it('sees what JSON.parse sees, and refuses what it refuses, in any pieces', () => {
    const texts = fc.oneof(
      fc.json(),
      fc.tuple(fc.nat(3), fc.constantFrom(undefined, 2, 1)).map(([n, ind]) => exportText(n, ind)),
      fc
        .tuple(
          fc.nat(3),
          fc.constantFrom(undefined, 2),
          fc.nat(),
          fc.constantFrom('', ',', ']', '}', '[', '{', '"', '\\', ':', ' ', 'x', '1', 'null', '"entries":[]', '"entries":[],'),
          fc.nat(),
        )
        .map(([n, ind, at, what, cut]) => mutate(exportText(n, ind), at, what, cut)),
    );
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 40 }), (text, pieces) => {
        const s = scanned(text, pieces);
        if (s === 'whole') return; // `entries` twice: the import reads such a file whole
        expect(s).toEqual(whole(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('importing a large-ish export', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => void ({ dir, cleanup } = await tempFolder()));
  afterEach(() => cleanup());
  const clock = { now: () => new Date('2026-12-01T08:00:00Z') };
  const sessions = (n: number) =>
    Array.from({ length: n }, (_, i) => entry(`${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`, i));
  const files = async (folder: string) =>
    (await readdir(folder, { recursive: true }).catch(() => [])).filter((f) => f.endsWith('.json') && !f.endsWith('journal.json'));

  it('adds every session of a good file, skipping ids already there', async () => {
    const file = path.join(dir, 'export.json');
    await writeFile(file, serializeExport(exportJson(sessions(1500), clock)));
    const j = await openJournal({ path: path.join(dir, 'journal'), lang: 'en' });
    await j.add(sessions(3).slice(1, 3));
    expect(await importFile(j, file)).toEqual({ added: 1498, skipped: 2 });
    expect((await j.readAll()).length).toBe(1500);
  });

  it("gives each imported session's file the time of its finish, as a restore with times would (never a time to come)", async () => {
    const file = path.join(dir, 'export.json');
    const later = { ...entry('00000009-0000-4000-8000-000000000000', 1), finishedAt: '2027-01-01T00:00:00.000Z' };
    await writeFile(file, serializeExport(exportJson([...sessions(2), later], clock)));
    const folder = path.join(dir, 'journal');
    const j = await openJournal({ path: folder, lang: 'en', clock });
    await importFile(j, file);
    const times: Record<string, number> = {};
    for (const f of await files(folder)) times[path.basename(f).slice(-13, -5)] = (await stat(path.join(folder, f))).mtimeMs;
    expect(times).toEqual({
      '00000000': Date.parse(sessions(1)[0]!.finishedAt!),
      '00000001': Date.parse(sessions(2)[1]!.finishedAt!),
      '00000009': clock.now().getTime(),
    });
  });

  for (const [what, spoil] of [
    ['a bad session near its end', (t: string) => t.replace(/"status": "complete"(?![\s\S]*"status": "complete")/, '"status": "done"')],
    ['text that is not JSON near its end', (t: string) => t.replace(/\]\n\}\n$/, ']\n')],
    ['bytes that are not UTF-8 near its end', (t: string) => `${t.slice(0, -20)}\uFFFD${t.slice(-20)}`],
  ] as const) {
    it(`writes nothing from ${what} (exit 2)`, async () => {
      const file = path.join(dir, 'export.json');
      const text = spoil(serializeExport(exportJson(sessions(1500), clock)));
      await writeFile(
        file,
        what.startsWith('bytes') ? Buffer.from(text.replace('\uFFFD', '\u0000'), 'utf8').map((b) => (b === 0 ? 0xff : b)) : text,
      );
      const folder = path.join(dir, 'journal');
      const j = await openJournal({ path: folder, lang: 'en' });
      const e = await oplosError(importFile(j, file));
      expect(e.exitCode).toBe(2);
      expect(await files(folder)).toEqual([]);
    });
  }

  it('reads a file that names its entries twice as JSON.parse does (the last)', async () => {
    const file = path.join(dir, 'export.json');
    const doc = serializeExport(exportJson(sessions(2), clock));
    await writeFile(file, doc.replace('"entries": [', '"entries": [], "entries": ['));
    const j = await openJournal({ path: path.join(dir, 'journal'), lang: 'en' });
    expect(await importFile(j, file)).toEqual({ added: 2, skipped: 0 });
  });
});

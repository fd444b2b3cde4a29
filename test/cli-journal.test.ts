/**
 * The journal commands in-process (main() with a clock fixed at FIXED_NOW and
 * TZ=UTC), without a terminal: list and show,
 * export in every format, import, delete, purge, encryption, and what a
 * damaged journal does. Sessions come from real `start --answers` runs or
 * from crafted export files (for dates and ids a test must control).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, sandbox, storedSessions, type Sandbox } from './helpers/cli.js';
import { cliIn, FIXED_NOW, oneLine } from './helpers/run-cli.js';
import { parseCsv } from './helpers/report-csv.js';

const ANSWERS = path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml');
const PASS = 'correct horse battery staple';

// Dates are shown in the run's time zone; the crafted sessions' dates are read as UTC dates.
let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
  sb.env['TZ'] = 'UTC';
});
afterEach(() => sb.cleanup());

const { run, ok } = cliIn(() => sb);

// ---------------------------------------------------------------- helpers

interface Ans {
  question: string;
  phase: string;
  kind: string;
  asked: string;
  value?: unknown;
  skipped?: true;
  answeredAt: string;
}
interface Ent {
  id: string;
  set: string;
  setRevision?: number;
  lang: string;
  client?: string;
  tags: string[];
  status: string;
  startedAt: string;
  finishedAt?: string;
  answers: Ans[];
}
interface ExportDoc {
  format: string;
  version: number;
  exportedAt: string;
  entries: Ent[];
}

const at = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/** A complete first-session entry as an export holds it, starting at `startedAt`. */
const crafted = (
  id: string,
  startedAt: string,
  more: Partial<Ent> = {},
  words: { hopes?: string; step?: string; now?: number } = {},
): Ent => ({
  id,
  set: 'first-session',
  setRevision: 1,
  lang: 'en',
  client: 'P.',
  tags: ['intake'],
  status: 'complete',
  startedAt,
  finishedAt: at(startedAt, 40),
  answers: [
    {
      question: 'hopes',
      phase: 'best-hopes',
      kind: 'text',
      asked: 'Suppose these conversations turn out to be worth your while. What will be different for you?',
      value: words.hopes ?? 'Calm mornings',
      answeredAt: at(startedAt, 2),
    },
    {
      question: 'burden',
      phase: 'burden',
      kind: 'long',
      asked: 'What makes things hard at the moment?',
      skipped: true,
      answeredAt: at(startedAt, 5),
    },
    {
      question: 'now',
      phase: 'scaling',
      kind: 'scale',
      asked: 'Where are you on that scale right now?',
      value: words.now ?? 4,
      answeredAt: at(startedAt, 20),
    },
    {
      question: 'step',
      phase: 'small-step',
      kind: 'text',
      asked: 'What is one small step you could take in the days ahead?',
      value: words.step ?? 'Lay out the clothes',
      answeredAt: at(startedAt, 30),
    },
  ],
  ...more,
});

const exportDoc = (entries: Ent[]): ExportDoc => ({ format: 'oplos-journal', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', entries });

/** Writes an export file into the sandbox and imports it; fails the test when the import fails. */
const importEntries = async (entries: Ent[], name = 'crafted.json') => {
  const file = path.join(sb.dir, name);
  await writeFile(file, JSON.stringify(exportDoc(entries), null, 2));
  const r = await run(['journal', 'import', file]);
  if (r.code !== 0) throw new Error(`import failed (${r.code}): ${r.stderr}`);
  return r;
};

const startSession = (...more: string[]) => ok(['start', '--answers', ANSWERS, ...more]);

const listIds = async (...filters: string[]) =>
  (JSON.parse((await ok(['journal', 'list', '--json', ...filters])).stdout) as Ent[]).map((e) => e.id);

const exportJsonDoc = async (...args: string[]) =>
  JSON.parse((await ok(['journal', 'export', '--format', 'json', ...args])).stdout) as ExportDoc;

/** Every file of the journal folder with its bytes, to see that nothing changed. */
const journalBytes = (): Buffer => {
  if (!existsSync(sb.journal)) return Buffer.alloc(0);
  const names = (readdirSync(sb.journal, { recursive: true }) as string[]).sort();
  return Buffer.concat(
    names.flatMap((n) => {
      const f = path.join(sb.journal, n);
      return [Buffer.from(`${n}\0`), statSync(f).isFile() ? readFileSync(f) : Buffer.alloc(0)];
    }),
  );
};
const storedEntries = () => storedSessions<Ent>(sb.journal);

// Three sessions whose dates, clients, sets, tags and words differ, imported out of order.
const JAN = 'aaaa1111-0000-4000-8000-000000000001';
const FEB = 'aaaa2222-0000-4000-8000-000000000002';
const MAR = 'bbbb3333-0000-4000-8000-000000000003';
const three = (): Ent[] => [
  crafted(FEB, '2026-02-01T12:00:00.000Z', { client: 'Q.', tags: ['team'] }, { hopes: 'Quiet evenings', step: 'Walk the dog on Sunday' }),
  crafted(
    JAN,
    '2026-01-10T12:00:00.000Z',
    { tags: ['intake', 'pilot'] },
    { hopes: 'Calm mornings with my son', step: 'Lay out the clothes' },
  ),
  crafted(
    MAR,
    '2026-03-05T12:00:00.000Z',
    { set: 'follow-up', tags: [] },
    { hopes: 'Calm evenings', step: 'Keep the Sunday routine', now: 6 },
  ),
];

// ---------------------------------------------------------------- list and show

describe('journal list', () => {
  beforeEach(() => importEntries(three()));

  it('gives dates in the language of the table, whatever language each session was held in', async () => {
    // exactly a day before the fixed clock (noon of the day before would be 18 hours ago at 06:00)
    const yesterday = new Date(Date.parse(FIXED_NOW) - 24 * 3600 * 1000);
    await importEntries([crafted('cccc4444-0000-4000-8000-000000000004', yesterday.toISOString(), { lang: 'nl' })], 'nl.json');
    const en = (await ok(['journal', 'list', '--lang', 'en'])).stdout;
    expect(en).toMatch(/cccc4444\s+yesterday/);
    expect(en).not.toContain('gisteren');
    expect(en).toMatch(new RegExp(`${FEB.slice(0, 8)}\\s+1 Feb 2026`));
    const nl = (await ok(['journal', 'list', '--lang', 'nl'])).stdout;
    expect(nl).toMatch(/cccc4444\s+gisteren/);
    expect(nl).toMatch(new RegExp(`${FEB.slice(0, 8)}\\s+1 feb\\. 2026`));
  });

  it('shows the sessions newest first, as a table and as a JSON array', async () => {
    expect(await listIds()).toEqual([MAR, FEB, JAN]);
    const text = (await ok(['journal', 'list'])).stdout;
    const order = [MAR, FEB, JAN].map((id) => text.indexOf(id.slice(0, 8)));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const json = JSON.parse((await ok(['journal', 'list', '--json'])).stdout) as unknown;
    expect(Array.isArray(json)).toBe(true);
  });

  it('filters by client, set and tag', async () => {
    expect(await listIds('--client', 'Q.')).toEqual([FEB]);
    expect(await listIds('--client', 'P.')).toEqual([MAR, JAN]);
    expect(await listIds('--set', 'follow-up')).toEqual([MAR]);
    expect(await listIds('--set', 'first-session')).toEqual([FEB, JAN]);
    expect(await listIds('--tag', 'intake')).toEqual([JAN]);
    expect(await listIds('--tag', 'team')).toEqual([FEB]);
    expect(await listIds('--tag', 'intake', '--tag', 'pilot')).toEqual([JAN]);
    expect(await listIds('--tag', 'intake', '--tag', 'team')).toEqual([]);
  });

  it('filters by date, both ends inclusive', async () => {
    expect(await listIds('--from', '2026-02-01')).toEqual([MAR, FEB]);
    expect(await listIds('--to', '2026-02-01')).toEqual([FEB, JAN]);
    expect(await listIds('--from', '2026-01-11', '--to', '2026-03-04')).toEqual([FEB]);
    expect(await listIds('--from', '2026-03-06')).toEqual([]);
  });

  it('--search needs all the words, in any case', async () => {
    expect(await listIds('--search', 'calm')).toEqual([MAR, JAN]);
    expect(await listIds('--search', 'CALM Clothes')).toEqual([JAN]);
    expect(await listIds('--search', 'calm dog')).toEqual([]);
    expect(await listIds('--search', 'sunday')).toEqual([MAR, FEB]);
  });

  it('-n keeps the newest N, after the other filters', async () => {
    expect(await listIds('-n', '2')).toEqual([MAR, FEB]);
    expect(await listIds('-n', '1', '--client', 'P.')).toEqual([MAR]);
    expect((await run(['journal', 'list', '-n', '0'])).code).toBe(2);
  });

  it('a bad date is a usage error', async () => {
    const r = await run(['journal', 'list', '--from', '1 March']);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/YYYY-MM-DD/);
  });
});

describe('journal show', () => {
  beforeEach(() => importEntries(three()));

  it('shows one session by a unique prefix of its id, question by question', async () => {
    const r = await ok(['journal', 'show', 'aaaa1']);
    expect(r.stdout).toContain(JAN);
    expect(r.stdout).toContain('Calm mornings with my son');
    expect(r.stdout).toContain('Lay out the clothes');
    expect(r.stdout).not.toContain('Walk the dog');
    const b = await ok(['journal', 'show', 'b']);
    expect(b.stdout).toContain('Keep the Sunday routine');
  });

  it('--json gives the whole entry', async () => {
    const e = JSON.parse((await ok(['journal', 'show', 'aaaa2', '--json'])).stdout) as Ent;
    expect(e.id).toBe(FEB);
    expect(e.client).toBe('Q.');
    expect(e.answers.map((a) => a.question)).toEqual(['hopes', 'burden', 'now', 'step']);
    expect(e.answers[1]).toMatchObject({ question: 'burden', skipped: true });
  });

  it('an ambiguous or unknown prefix is exit 2, in one line', async () => {
    const amb = await run(['journal', 'show', 'aaaa']);
    expect(amb.code).toBe(2);
    oneLine(amb.stderr);
    expect(amb.stderr).toContain('aaaa');
    expect(amb.stdout).toBe('');
    const unknown = await run(['journal', 'show', 'cccc']);
    expect(unknown.code).toBe(2);
    oneLine(unknown.stderr);
    expect(unknown.stderr).toContain('cccc');
  });
});

// ---------------------------------------------------------------- export

describe('journal export', () => {
  it('--format json has exactly the shape of the spec', async () => {
    await startSession('--client', 'P.', '--tag', 'intake');
    const r = await ok(['journal', 'export', '--format', 'json']);
    const doc = JSON.parse(r.stdout) as ExportDoc;
    expect(Object.keys(doc).sort()).toEqual(['entries', 'exportedAt', 'format', 'version']);
    expect(doc.format).toBe('oplos-journal');
    expect(doc.version).toBe(1);
    expect(new Date(doc.exportedAt).toISOString()).toBe(doc.exportedAt);
    expect(doc.entries).toHaveLength(1);
    const e = doc.entries[0]!;
    const entryKeys = ['id', 'set', 'setRevision', 'lang', 'client', 'tags', 'status', 'startedAt', 'finishedAt', 'answers'];
    expect(Object.keys(e).every((k) => entryKeys.includes(k))).toBe(true);
    expect(e).toMatchObject({ set: 'first-session', lang: 'en', client: 'P.', tags: ['intake'], status: 'complete' });
    expect(typeof e.id).toBe('string');
    expect(typeof e.setRevision).toBe('number');
    expect(new Date(e.startedAt).toISOString()).toBe(e.startedAt);
    expect(new Date(e.finishedAt!).toISOString()).toBe(e.finishedAt);
    for (const a of e.answers) {
      const keys = Object.keys(a).sort();
      if (a.skipped) expect(keys).toEqual(['answeredAt', 'asked', 'kind', 'phase', 'question', 'skipped']);
      else expect(keys).toEqual(['answeredAt', 'asked', 'kind', 'phase', 'question', 'value']);
      expect(new Date(a.answeredAt).toISOString()).toBe(a.answeredAt);
    }
    const now = e.answers.find((a) => a.question === 'now')!;
    expect(now).toMatchObject({ phase: 'scaling', kind: 'scale', value: 4 });
    // the optional "burden" has no answer in the file: skipped, no value
    const burden = e.answers.find((a) => a.question === 'burden')!;
    expect(burden.skipped).toBe(true);
    expect('value' in burden).toBe(false);
    // asked is the text as shown, references filled in
    expect(e.answers.find((a) => a.question === 'now-why')!.asked).toMatch(/\b4\b/);
    expect(e.answers.find((a) => a.question === 'what-else')!.value).toEqual(['We leave on time', 'I answer my phone']);
  });

  it('--format md holds the sessions and their answers', async () => {
    await importEntries(three());
    const md = (await ok(['journal', 'export', '--format', 'md'])).stdout;
    expect(md).toMatch(/^#/m);
    for (const words of ['Calm mornings with my son', 'Quiet evenings', 'Keep the Sunday routine', 'Q.']) expect(md).toContain(words);
  });

  it('--format csv is a header and one row per answer', async () => {
    await startSession('--client', 'P.');
    await importEntries(three());
    const doc = await exportJsonDoc();
    const csv = (await ok(['journal', 'export', '--format', 'csv'])).stdout;
    const rows = parseCsv(csv.replace(/\r?\n$/, '').replace(/\r?\n/g, '\r\n'));
    const header = rows[0]!;
    for (const col of ['question', 'asked', 'value']) expect(header).toContain(col);
    const answers = doc.entries.reduce((n, e) => n + e.answers.length, 0);
    expect(rows).toHaveLength(1 + answers);
    const q = header.indexOf('question');
    const v = header.indexOf('value');
    const miracle = rows.find((r) => r[q] === 'miracle')!;
    expect(miracle[v]).toContain('We would laugh about something small.');
    expect(
      rows
        .filter((r) => r[q] === 'now')
        .map((r) => r[v])
        .sort(),
    ).toEqual(['4', '4', '4', '6']);
  });

  it('--format html is one self-contained page, with a chart when there are scales', async () => {
    await startSession('--client', 'P.');
    const html = (await ok(['journal', 'export', '--format', 'html'])).stdout;
    expect(html).toMatch(/<html/i);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/\bsrc\s*=\s*["']?https?:/i);
    expect(html).toMatch(/<svg/i);
    expect(html).toContain('Lay out the clothes on Sunday evening');
  });

  it('--format html escapes what the sessions hold: no markup of theirs gets into the page', async () => {
    const e = crafted(
      'html1',
      '2026-05-01T12:00:00.000Z',
      { client: '<b>X</b>', tags: ['<i>t</i>'] },
      { hopes: '<script>alert(1)</script> & <img src=x onerror=alert(2)>' },
    );
    await importEntries([e]);
    const html = (await ok(['journal', 'export', '--format', 'html'])).stdout;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toContain('<b>X</b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('--format leerverslag writes the reflection report of an intervision session', async () => {
    const file = path.join(sb.dir, 'intervision.yaml');
    await writeFile(
      file,
      [
        'case-question: How can I involve a father who cancels every appointment?',
        'presentation: He cancelled three times; once he called back.',
        'group-questions: ["When did contact with him work?"]',
        'impressed: ["You kept calling"]',
        'reflections: ["Maybe start with his work"]',
        'next-step: Call him about a time that suits him',
        'learned: I can start from the contact that already worked.',
      ].join('\n'),
    );
    await ok(['start', 'intervision', '--client', 'Case 7', '--answers', file]);
    await startSession('--client', 'P.');
    const r = await ok(['journal', 'export', '--format', 'leerverslag']);
    expect(r.stdout).toContain('How can I involve a father who cancels every appointment?');
    expect(r.stdout).toContain('Call him about a time that suits him');
    expect(r.stdout).toContain('I can start from the contact that already worked.');
    expect(r.stdout).toContain('You kept calling');
    // only the intervision session: nothing of the first session
    expect(r.stdout).not.toContain('Lay out the clothes');
  });

  it('--out FILE writes the file with mode 600 and nothing on stdout', async () => {
    await startSession('--client', 'P.');
    const out = path.join(sb.dir, 'export.json');
    const r = await ok(['journal', 'export', '--format', 'json', '--out', out]);
    expect(r.stdout).toBe('');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as ExportDoc;
    expect(doc.entries).toHaveLength(1);
  });

  it('--out over an existing readable file leaves it with mode 600 too', async () => {
    await startSession('--client', 'P.');
    const out = path.join(sb.dir, 'report.md');
    await writeFile(out, 'old');
    await chmod(out, 0o644);
    await ok(['journal', 'export', '--format', 'md', '--out', out]);
    expect(readFileSync(out, 'utf8')).toContain('Lay out the clothes on Sunday evening');
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('--out into a folder that does not exist is the user’s error (exit 2), in one line', async () => {
    await startSession('--client', 'P.');
    const out = path.join(sb.dir, 'no-such-folder', 'export.md');
    const r = await run(['journal', 'export', '--out', out]);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain(out);
    expect(r.stderr).not.toMatch(/bug/i);
  });

  it('the filters apply to every format', async () => {
    await importEntries(three());
    expect((await exportJsonDoc('--client', 'Q.')).entries.map((e) => e.id)).toEqual([FEB]);
    expect((await exportJsonDoc('--set', 'follow-up')).entries.map((e) => e.id)).toEqual([MAR]);
    expect((await exportJsonDoc('--search', 'clothes calm')).entries.map((e) => e.id)).toEqual([JAN]);
    expect((await exportJsonDoc('--from', '2026-02-01', '--to', '2026-02-01')).entries.map((e) => e.id)).toEqual([FEB]);
    const csv = (await ok(['journal', 'export', '--format', 'csv', '--tag', 'team'])).stdout;
    expect(csv).toContain(FEB);
    expect(csv).not.toContain(JAN);
    expect(csv).not.toContain(MAR);
    const md = (await ok(['journal', 'export', '--format', 'md', '--client', 'Q.'])).stdout;
    expect(md).toContain('Quiet evenings');
    expect(md).not.toContain('Calm mornings with my son');
  });
});

// ---------------------------------------------------------------- import

describe('journal import', () => {
  it('export → import into a fresh journal → export again is the same apart from exportedAt', async () => {
    await startSession('--client', 'P.', '--tag', 'intake');
    await startSession('--client', 'R.');
    await importEntries(three());
    const first = (await ok(['journal', 'export', '--format', 'json'])).stdout;
    const file = path.join(sb.dir, 'all.json');
    await writeFile(file, first);
    const other = path.join(sb.dir, 'other', 'journal.json');
    const r = await ok(['journal', 'import', file, '--journal', other]);
    expect(r.stdout).toMatch(/\b5\b/);
    const second = (await ok(['journal', 'export', '--format', 'json', '--journal', other])).stdout;
    const strip = (s: string) => s.replace(/"exportedAt": "[^"]*"/, '"exportedAt": ""');
    expect(strip(second)).toBe(strip(first));
    expect(JSON.parse(second).entries).toHaveLength(5);
  });

  it('importing the same file twice adds nothing the second time and says how many were skipped', async () => {
    await importEntries(three());
    const before = journalBytes();
    const file = path.join(sb.dir, 'crafted.json');
    const again = await ok(['journal', 'import', file]);
    expect(again.stdout).toMatch(/Imported 0 sessions; 3 were already present and skipped/);
    expect(storedEntries()).toHaveLength(3);
    expect(journalBytes().equals(before)).toBe(true);
    const json = JSON.parse((await ok(['journal', 'import', file, '--json'])).stdout) as { added: number; skipped: number };
    expect(json).toMatchObject({ added: 0, skipped: 3 });
  });

  it('adds the new sessions of a file that partly overlaps', async () => {
    await importEntries(three().slice(0, 1));
    const r = await importEntries(three(), 'more.json');
    expect(r.stdout).toMatch(/Imported 2 sessions; 1 was already present/);
    expect(await listIds()).toEqual([MAR, FEB, JAN]);
  });

  it('a file id that is twice in the file is added once and counted as skipped', async () => {
    const [a] = three();
    const r = await importEntries([a!, a!]);
    expect(r.stdout).toMatch(/Imported 1 session; 1 was already present/);
    expect(storedEntries()).toHaveLength(1);
    expect(statSync(sb.journal).mode & 0o777).toBe(0o700);
    const files = (readdirSync(sb.journal, { recursive: true }) as string[]).filter((n) => n.endsWith('.json'));
    for (const f of files) expect(statSync(path.join(sb.journal, f)).mode & 0o777).toBe(0o600);
  });

  it('an imported unfinished session can be continued with resume', async () => {
    const e = crafted('unfin1', '2026-05-01T12:00:00.000Z', { status: 'unfinished' });
    delete e.finishedAt;
    e.answers = [
      {
        question: 'pre-change',
        phase: 'pre-session',
        kind: 'confirm',
        asked: 'Since you made this appointment, has anything got even a little better?',
        value: true,
        answeredAt: '2026-05-01T12:01:00.000Z',
      },
    ];
    await importEntries([e]);
    expect((JSON.parse((await ok(['journal', 'list', '--json'])).stdout) as Ent[])[0]!.status).toBe('unfinished');
    await ok(['resume', 'unfin', '--answers', ANSWERS]);
    const after = JSON.parse((await ok(['journal', 'list', '--json'])).stdout) as Ent[];
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: 'unfin1', status: 'complete' });
  });

  describe('a bad file is exit 2 and leaves the journal as it was', () => {
    const bad: [string, () => string][] = [
      ['not JSON', () => 'this is { not json'],
      ['the wrong format field', () => JSON.stringify({ ...exportDoc(three()), format: 'something-else' })],
      ['no format field', () => JSON.stringify({ version: 1, exportedAt: '2026-01-01T00:00:00.000Z', entries: three() })],
      [
        'an entry missing its answers',
        () => {
          const [a, b] = three();
          const { answers: _drop, ...rest } = b!;
          return JSON.stringify(exportDoc([a!, rest as Ent]));
        },
      ],
      [
        'an answer missing its question',
        () => {
          const e = three()[0]!;
          const { question: _q, ...a } = e.answers[0]!;
          return JSON.stringify(exportDoc([{ ...e, answers: [a as Ans] }]));
        },
      ],
      ['an entry missing startedAt', () => JSON.stringify(exportDoc([{ ...three()[0]!, startedAt: undefined as unknown as string }]))],
    ];
    for (const [what, text] of bad) {
      it(what, async () => {
        await startSession('--client', 'P.');
        const before = journalBytes();
        const file = path.join(sb.dir, 'bad.json');
        await writeFile(file, text());
        const r = await run(['journal', 'import', file]);
        expect(r.code).toBe(2);
        oneLine(r.stderr);
        expect(r.stderr).toContain(file);
        expect(journalBytes().equals(before)).toBe(true);
      });
    }

    it('a missing file', async () => {
      const r = await run(['journal', 'import', path.join(sb.dir, 'nope.json')]);
      expect(r.code).toBe(2);
      expect(existsSync(sb.journal)).toBe(false);
    });
  });
});

// ---------------------------------------------------------------- delete and purge

describe('journal delete', () => {
  beforeEach(() => importEntries(three()));

  it('deletes one session by its id prefix with --yes', async () => {
    const r = await ok(['journal', 'delete', 'aaaa2', '--yes']);
    expect(r.stdout).toMatch(/Deleted 1 session/);
    expect(await listIds()).toEqual([MAR, JAN]);
  });

  it('deletes several ids at once', async () => {
    await ok(['journal', 'delete', 'aaaa1', MAR, '--yes']);
    expect(await listIds()).toEqual([FEB]);
  });

  it("deletes all of a client's sessions with --client and --yes", async () => {
    const r = await ok(['journal', 'delete', '--client', 'P.', '--yes']);
    expect(r.stdout).toMatch(/Deleted 2 session/);
    expect(await listIds()).toEqual([FEB]);
  });

  it('--client with no match deletes nothing and says so', async () => {
    const before = journalBytes();
    const r = await run(['journal', 'delete', '--client', 'Nobody', '--yes']);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/nothing was deleted/i);
    expect(journalBytes().equals(before)).toBe(true);
  });

  it('no ids and no --client is a usage error', async () => {
    const before = journalBytes();
    const r = await run(['journal', 'delete', '--yes']);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(journalBytes().equals(before)).toBe(true);
  });

  it('an unknown or ambiguous id is exit 2 and deletes nothing, not even the ids that were fine', async () => {
    const before = journalBytes();
    expect((await run(['journal', 'delete', 'cccc', '--yes'])).code).toBe(2);
    expect((await run(['journal', 'delete', 'aaaa', '--yes'])).code).toBe(2);
    expect((await run(['journal', 'delete', 'b', 'cccc', '--yes'])).code).toBe(2);
    expect(journalBytes().equals(before)).toBe(true);
  });

  it('without a terminal and without --yes, exit 2 and nothing deleted', async () => {
    const before = journalBytes();
    const r = await run(['journal', 'delete', 'aaaa1']);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/--yes/);
    const byClient = await run(['journal', 'delete', '--client', 'P.'], {}, 'y\n');
    expect(byClient.code).toBe(2);
    expect(journalBytes().equals(before)).toBe(true);
  });
});

describe('journal purge', () => {
  const daysAgo = (d: number) => new Date(Date.parse(FIXED_NOW) - d * 86_400_000).toISOString();
  const OLD = 'old00000-0000-4000-8000-000000000001';
  const OLD_UNFINISHED = 'old00000-0000-4000-8000-000000000002';
  const RECENT = 'new00000-0000-4000-8000-000000000003';
  const entries = () => {
    const old = crafted(OLD, daysAgo(730));
    const unfinished = crafted(OLD_UNFINISHED, daysAgo(720), { status: 'unfinished' });
    delete unfinished.finishedAt;
    return [old, unfinished, crafted(RECENT, daysAgo(3))];
  };

  it('removes complete sessions older than the retention with --yes, and keeps the others', async () => {
    await importEntries(entries());
    await ok(['config', 'set', 'retention-months', '1']);
    const r = await ok(['journal', 'purge', '--yes']);
    expect(r.stdout).toMatch(/Deleted 1 session/);
    // the old unfinished session (a draft since the import) is kept: purge removes complete sessions only
    const ids = async () => (JSON.parse((await ok(['journal', 'list', '--json'])).stdout) as Ent[]).map((e) => e.id).sort();
    expect(await ids()).toEqual([OLD_UNFINISHED, RECENT].sort());
    // a second purge finds nothing
    const again = await ok(['journal', 'purge', '--yes']);
    expect(again.stdout).toMatch(/No complete sessions older than 1 month/);
    expect(await ids()).toHaveLength(2);
  });

  it('without --yes and without a terminal, exit 2 and nothing removed', async () => {
    await importEntries(entries());
    await ok(['config', 'set', 'retention-months', '1']);
    const before = journalBytes();
    const r = await run(['journal', 'purge']);
    expect(r.code).toBe(2);
    expect(journalBytes().equals(before)).toBe(true);
  });

  it('without a retention configured, exit 2 naming the setting, and nothing removed', async () => {
    await importEntries(entries());
    const before = journalBytes();
    const r = await run(['journal', 'purge', '--yes']);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toContain('retention-months');
    expect(journalBytes().equals(before)).toBe(true);
  });
});

// ---------------------------------------------------------------- encryption

describe('journal encrypt / decrypt', () => {
  const withPass = { OPLOS_PASSPHRASE: PASS };

  it('encrypts at rest; list works with the passphrase; decrypt gives plain JSON back', async () => {
    await startSession('--client', 'P.');
    const plain = storedEntries();
    await ok(['journal', 'encrypt'], withPass);
    const text = journalBytes().toString('utf8');
    expect(text).not.toContain('Lay out the clothes');
    expect(text).not.toContain('calmer in the mornings');
    expect(text).not.toContain('"P."');
    const list = await ok(['journal', 'list', '--json'], withPass);
    expect((JSON.parse(list.stdout) as Ent[]).map((e) => e.id)).toEqual(plain.map((e) => e.id));
    // a session can be added to the encrypted journal, and stays encrypted
    await ok(['start', '--answers', ANSWERS, '--client', 'Q.'], withPass);
    expect(journalBytes().toString('utf8')).not.toContain('Lay out the clothes');
    await ok(['journal', 'decrypt'], withPass);
    expect(storedEntries()).toHaveLength(2);
    expect(journalBytes().toString('utf8')).toContain('Lay out the clothes on Sunday evening');
    // and it opens without a passphrase again
    expect((await ok(['journal', 'list', '--json'])).stdout).toContain('"Q."');
  });

  it('a wrong passphrase is exit 3 and the file stays byte for byte', { timeout: 30_000 }, async () => {
    await startSession('--client', 'P.');
    await ok(['journal', 'encrypt'], withPass);
    const before = journalBytes();
    for (const args of [
      ['journal', 'list'],
      ['journal', 'decrypt'],
      ['start', '--answers', ANSWERS],
      ['journal', 'delete', '--client', 'P.', '--yes'],
    ]) {
      const r = await run(args, { OPLOS_PASSPHRASE: 'not the passphrase' });
      expect(r.code, args.join(' ')).toBe(3);
      oneLine(r.stderr);
      expect(journalBytes().equals(before)).toBe(true);
    }
  });

  it('encrypt without OPLOS_PASSPHRASE and without a terminal is exit 2, saying how to give one, and changes nothing', async () => {
    await startSession('--client', 'P.');
    const before = journalBytes();
    const r = await run(['journal', 'encrypt']);
    expect(r.code).toBe(2);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/OPLOS_PASSPHRASE/);
    expect(r.stderr).not.toMatch(/--answers/);
    expect(journalBytes().equals(before)).toBe(true);
  });

  it('decrypt of a journal that is not encrypted changes nothing', async () => {
    await startSession('--client', 'P.');
    const before = journalBytes();
    const r = await run(['journal', 'decrypt'], withPass);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/not encrypted/);
    expect(journalBytes().equals(before)).toBe(true);
  });

  it('without a passphrase and without a terminal, exit 3 at once', async () => {
    await startSession('--client', 'P.');
    await ok(['journal', 'encrypt'], withPass);
    const before = journalBytes();
    const r = await run(['journal', 'list']);
    expect(r.code).toBe(3);
    oneLine(r.stderr);
    expect(r.stderr).toMatch(/OPLOS_PASSPHRASE/);
    expect(journalBytes().equals(before)).toBe(true);
  });
});

// ---------------------------------------------------------------- damage

describe('a damaged journal', () => {
  const damaged: [string, string][] = [
    ['not JSON', '{"version": 1, "entries": [\n'],
    ['a newer version', '{"version": 99, "entries": []}\n'],
    ['entries that are not entries', '{"version": 1, "entries": [{"id": 5}]}\n'],
  ];
  for (const [what, text] of damaged) {
    const commands = [
      ['journal', 'list'],
      ['start', '--answers', ANSWERS],
      ['journal', 'export', '--format', 'json'],
      ['journal', 'show', 'aaaa'],
      ['journal', 'import', 'EXPORT'],
      ['journal', 'delete', '--client', 'P.', '--yes'],
      ['journal', 'purge', '--yes'],
      ['journal', 'encrypt'],
      ['progress'],
      ['prepare', '--client', 'P.'],
    ];
    for (const args of commands) {
      it(`${what}: oplos ${args.join(' ').replace(ANSWERS, 'FILE')} exits 3 with one line naming the file, and changes nothing`, async () => {
        await mkdir(path.dirname(sb.journal), { recursive: true });
        await writeFile(sb.journal, text);
        const file = path.join(sb.dir, 'export.json');
        await writeFile(file, JSON.stringify(exportDoc(three())));
        await mkdir(path.join(sb.dir, 'config', 'oplos'), { recursive: true });
        await writeFile(path.join(sb.dir, 'config', 'oplos', 'config.json'), '{"retention-months": 1}\n');
        const r = await run(
          args.map((a) => (a === 'EXPORT' ? file : a)),
          { OPLOS_PASSPHRASE: PASS },
        );
        expect(r.code).toBe(3);
        oneLine(r.stderr);
        expect(r.stderr).toContain(sb.journal);
        expect(r.stderr).not.toMatch(/\n\s+at /);
        expect(readFileSync(sb.journal, 'utf8')).toBe(text);
      });
    }
  }
});

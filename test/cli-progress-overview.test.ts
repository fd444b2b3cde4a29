/**
 * `progress` as a practitioner with many clients reads it: an overview of
 * one line per client and scale instead of every chart; a time axis
 * proportional to the dates with years where they span them; a CSV table of
 * scales by date; and a follow-up's summary showing each scale's change.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, sandbox, type Sandbox } from './helpers/cli.js';
import { oplosIn } from './helpers/run-cli.js';
import { session, writeJournalFile } from './helpers/journal-file.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
  sb.env['TZ'] = 'UTC';
});
afterEach(() => sb.cleanup());

const run = (args: string[], columns = '80') => oplosIn([...args], { ...sb.env, COLUMNS: columns });

describe('progress without a client', () => {
  beforeEach(async () => {
    const entries = [];
    for (let c = 1; c <= 25; c++)
      for (let k = 0; k < 3; k++)
        entries.push(
          session(
            c * 10 + k,
            new Date(Date.UTC(2026, 0, c, 10) + k * 7 * 86_400_000).toISOString(),
            { client: `C-${c}` },
            { now: c % 10 === 0 ? 5 : k + (c % 3) },
          ),
        );
    await writeJournalFile(sb.journal, entries);
  });

  it('gives one line per client and scale, newest first, with the change and the command to draw one', async () => {
    const r = await run(['progress', '--lang', 'en']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^client\s+scale\s+latest\s+change\s+sessions\s+last session$/);
    expect(lines[1]).toMatch(/^C-25\s+now\s+3\s+↑ \+1\s+3\s+8 Feb 2026$/);
    expect(lines).toHaveLength(1 + 20 + 2);
    expect(lines.at(-2)).toBe('20 of 25 — --all for more');
    expect(lines.at(-1)).toBe('Draw one as a chart: oplos progress --client C-25 --question now');
    expect(r.stdout).not.toMatch(/┤/); // no charts
    const all = await run(['progress', '--all', '--lang', 'nl']);
    expect(all.stdout.trimEnd().split('\n')).toHaveLength(1 + 25 + 1);
    expect(all.stdout).toMatch(/Teken er een als grafiek: oplos progress --client C-25 --question now/);
  });

  it('names the command to draw one as this person runs oplos (issue 20, finding 14: hints runnable as printed)', async () => {
    const r = await oplosIn(['progress', '--lang', 'en'], { ...sb.env, COLUMNS: '80', OPLOS_INVOKED_AS: 'node bin/oplos.js' });
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('Draw one as a chart: node bin/oplos.js progress --client C-25 --question now');
  });

  it('draws the charts of one client', async () => {
    const r = await run(['progress', '--client', 'C-3', '--lang', 'en']);
    expect(r.stdout).toMatch(/┤/);
    expect(r.stdout).not.toMatch(/Draw one/);
  });
});

describe('the time axis', () => {
  it('spaces sessions by their dates and shows years when they span several', async () => {
    await writeJournalFile(sb.journal, [
      session(1, '2024-01-10T10:00:00.000Z', {}, { now: 2 }),
      session(2, '2024-01-12T10:00:00.000Z', {}, { now: 3 }),
      session(3, '2026-06-01T10:00:00.000Z', {}, { now: 6 }),
    ]);
    const r = await run(['progress', '--client', 'P.', '--lang', 'en'], '80');
    const ticks = r.stdout.split('\n').find((l) => l.includes('└')) ?? '';
    const at = [...ticks].flatMap((ch, i) => (ch === '┬' ? [i] : []));
    expect(at).toHaveLength(3);
    // two days apart sit side by side; two and a half years take the rest of the axis
    expect(at[1]! - at[0]!).toBeLessThanOrEqual(1);
    expect(at[2]! - at[1]!).toBeGreaterThan(50);
    expect(r.stdout).toMatch(/2024/);
    expect(r.stdout).toMatch(/1 Jun 2026/);
  });
});

describe('progress --format csv', () => {
  beforeEach(() =>
    writeJournalFile(sb.journal, [
      session(1, '2026-01-10T10:00:00.000Z', { client: 'Zoë' }, { now: 2 }),
      session(2, '2026-02-12T10:00:00.000Z', { client: 'Zoë' }, { now: 3.5 }),
    ]),
  );

  it('is one row per date and one column per scale', async () => {
    const r = await run(['progress', '--client', 'Zoë', '--format', 'csv']);
    expect(r.stdout).toBe('date,client,now\r\n2026-01-10,Zoë,2\r\n2026-02-12,Zoë,3.5\r\n');
  });

  it('with --excel in Dutch: a byte-order mark, ; and a decimal comma', async () => {
    const r = await run(['progress', '--client', 'Zoë', '--format', 'csv', '--excel', '--lang', 'nl']);
    expect(r.stdout).toBe('\ufeffdate;client;now\r\n2026-01-10;Zoë;2\r\n2026-02-12;Zoë;3,5\r\n');
  });

  it('journal export --excel also writes what Dutch Excel reads', async () => {
    const r = await run(['journal', 'export', '--format', 'csv', '--excel', '--lang', 'nl']);
    expect(r.stdout.startsWith('\ufeffentry;set;revision;')).toBe(true);
    expect(r.stdout).toContain(';Zoë;');
  });
});

describe("a follow-up's summary", () => {
  it("shows each scale's change since the session before", async () => {
    const answers = readFileSync(path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml'), 'utf8');
    const first = path.join(sb.dir, 'a1.yaml');
    const second = path.join(sb.dir, 'a2.yaml');
    await writeFile(first, answers.replace('now: 4', 'now: 3'));
    await writeFile(second, answers.replace('now: 4', 'now: 5'));
    await oplosIn(['start', '--client', 'K.', '--answers', first, '--lang', 'en'], sb.env);
    const r = await oplosIn(['start', '--client', 'K.', '--answers', second, '--lang', 'en'], sb.env);
    expect(r.stdout).toMatch(/ 5 .*since last time: 3 → 5 ↑/);
  });
});

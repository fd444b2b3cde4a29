/**
 * `journal list` at 3,000 sessions and at 60 columns: the newest 20 by
 * default with a line that says how to see more, columns that fit the width
 * (no row wraps), and text cut between graphemes (an emoji is never split).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandbox, type Sandbox } from './helpers/cli.js';
import { oplosIn } from './helpers/run-cli.js';
import { idOf, session, writeJournalFile } from './helpers/journal-file.js';
import { displayWidth } from '../src/text/width.js';

let sb: Sandbox;
const EMOJI = 'Samen 👨‍👩‍👧‍👦 fietsen 🚲🚲🚲 naar het strand, elke zondag weer, met de hele familie erbij';
beforeAll(async () => {
  sb = await sandbox();
  sb.env['TZ'] = 'UTC';
  const day = 86_400_000;
  const start = Date.UTC(2018, 0, 1);
  const entries = Array.from({ length: 3000 }, (_, i) =>
    session(
      i,
      new Date(start + i * day).toISOString(),
      { client: `C-${i % 400}` },
      { step: i === 2999 ? EMOJI : `Step number ${i} with some more words to fill the line` },
    ),
  );
  await writeJournalFile(sb.journal, entries);
});
afterAll(() => sb.cleanup());

const list = (args: string[], columns = '60', lang = 'en') =>
  oplosIn(['journal', 'list', '--lang', lang, ...args], { ...sb.env, COLUMNS: columns });

describe('journal list with many sessions', () => {
  it('shows the newest 20 and says how to see more', async () => {
    const r = await list([]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(22); // header, 20 rows, the line about more
    expect(lines[1]).toContain(idOf(2999).slice(0, 8));
    expect(lines[21]).toBe('20 of 3,000 sessions; more with -n N, or all with --all');
    const nl = await list([], '60', 'nl');
    expect(nl.stdout.trimEnd().split('\n').at(-1)).toBe('20 van 3.000 gesprekken; meer met -n N, of alle met --all');
  });

  it('gives more with -n and everything with --all', async () => {
    expect((await list(['-n', '50'])).stdout.trimEnd().split('\n')).toHaveLength(52);
    const all = (await list(['--all'])).stdout.trimEnd().split('\n');
    expect(all).toHaveLength(3001);
  });

  it('keeps --json whole and unaffected by the width', async () => {
    const r = await list(['--json', '--client', 'C-7']);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(8);
  });

  it('fits every row in 60 columns, and in 120 shows every column', async () => {
    for (const cols of ['60', '80', '120']) {
      const r = await list([], cols);
      for (const line of r.stdout.trimEnd().split('\n')) expect(displayWidth(line), `${cols}: ${line}`).toBeLessThanOrEqual(Number(cols));
    }
    const wide = (await list([], '120')).stdout.split('\n')[0] ?? '';
    for (const col of ['id', 'when', 'client', 'set', 'status', 'scales', 'key point']) expect(wide).toContain(col);
    const narrow = (await list([], '60')).stdout.split('\n')[0] ?? '';
    for (const col of ['id', 'when', 'client', 'key point']) expect(narrow).toContain(col);
  });

  it('never splits an emoji when it cuts', async () => {
    const r = await list(['-n', '1'], '60');
    expect(r.stdout).not.toContain('\uFFFD');
    const row = r.stdout.split('\n')[1] ?? '';
    expect(row).toMatch(/…$/);
    // every emoji that shows is whole: the family keeps all its joiners
    if (row.includes('👨')) expect(row).toContain('👨‍👩‍👧‍👦');
    expect(row).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

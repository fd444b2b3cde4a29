/**
 * Issue 23, in-process: the pictures said in words. Scale bars, progress
 * charts and tables become sentences and labelled lines in the accessible
 * mode (--accessible, OPLOS_ACCESSIBLE, ACCESSIBLE, config accessible), in
 * English and Dutch (3,5 in Dutch), with no escape sequence and no drawing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sandbox, type Sandbox } from './helpers/cli.js';
import { oplosIn } from './helpers/run-cli.js';
import { idOf, session, writeJournalFile } from './helpers/journal-file.js';
import { overviewSentence, scaleSentence, seriesSentences } from '../src/report/spoken.js';
import { numberText } from '../src/i18n/count.js';
import { inTimeZone } from '../src/domain/time-zone.js';
import type { ProgressSeries } from '../src/report/progress-series.js';
import { labelledLine, spokenLine } from '../src/cli/render/accessible-text.js';
import { pickChoice, scaleAnswer } from '../src/cli/prompts/accessible-prompter.js';

const DRAWN = /[█░┊┤│─↑↓→★]|\x1b/;

describe('the words of a picture', () => {
  it('writes numbers in the language', () => {
    expect(numberText(3.5, 'en')).toBe('3.5');
    expect(numberText(3.5, 'nl')).toBe('3,5');
    expect(numberText(7, 'nl')).toBe('7');
    expect(numberText(0.1 + 0.2, 'en')).toBe('0.3');
  });

  it('says a scale bar: value, good enough, the change since last time', () => {
    expect(scaleSentence({ value: 3.5, min: 0, max: 10, goal: 7 }, 'en')).toBe('3.5 of 10; good enough: 7');
    expect(scaleSentence({ value: 3.5, min: 0, max: 10, goal: 7 }, 'nl')).toBe('3,5 van 10; goed genoeg: 7');
    expect(scaleSentence({ value: 5, min: 0, max: 10, before: 3 }, 'en')).toBe('5 of 10; since last time: 3 to 5, up 2');
    expect(scaleSentence({ value: 2.5, min: 1, max: 5, before: 3 }, 'nl')).toBe(
      '2,5 op 1 tot 5; sinds vorige keer: 3 naar 2,5, 0,5 omlaag',
    );
  });

  const series: ProgressSeries = {
    question: 'now',
    client: 'P.',
    participant: 'Paul',
    title: 'Where are you now?',
    asked: 'Where are you now?',
    lang: 'en',
    min: 0,
    max: 10,
    goal: 7,
    points: [
      { date: '2026-11-03T10:00:00.000Z', value: 4, entryId: 'a', set: 'first-session', lang: 'en' },
      { date: '2026-11-10T10:00:00.000Z', value: 2.5, entryId: 'b', set: 'follow-up', lang: 'en' },
      { date: '2026-11-17T10:00:00.000Z', value: 6.5, entryId: 'c', set: 'follow-up', lang: 'en' },
      { date: '2026-11-24T10:00:00.000Z', value: 6, entryId: 'd', set: 'follow-up', lang: 'en' },
    ],
  };

  // dates are read in the run's zone: UTC here, whatever zone the tests run in
  it('says a progress chart: whose, how many, first, lowest, highest, last with dates, the change, good enough', () =>
    inTimeZone('UTC', () => {
      expect(seriesSentences(series, 'en')).toEqual([
        'Where are you now? (client P., for Paul) — 4 sessions, on a scale from 0 to 10.',
        'First 4 on 3 Nov 2026; lowest 2.5 on 10 Nov 2026; highest 6.5 on 17 Nov 2026; last 6 on 24 Nov 2026.',
        'Since the session before: down 0.5.',
        'Good enough: 7.',
      ]);
      expect(seriesSentences(series, 'nl')).toEqual([
        'Where are you now? (cliënt P., voor Paul) — 4 gesprekken, op een schaal van 0 tot 10.',
        'Eerst 4 op 3 nov. 2026; laagst 2,5 op 10 nov. 2026; hoogst 6,5 op 17 nov. 2026; laatst 6 op 24 nov. 2026.',
        'Sinds het gesprek ervoor: 0,5 omlaag.',
        'Goed genoeg: 7.',
      ]);
      expect(seriesSentences({ ...series, points: series.points.slice(0, 1), goal: undefined } as ProgressSeries, 'en')).toEqual([
        'Where are you now? (client P., for Paul) — 1 session, on a scale from 0 to 10.',
        'One answer: 4 on 3 Nov 2026.',
      ]);
    }));

  // dates are read in the run's zone: UTC here, whatever zone the tests run in
  it('says a row of the overview as a labelled line', () =>
    inTimeZone('UTC', () => {
      const row = { client: 'P.', question: 'now', latest: 5.5, previous: 3, count: 4, lastDate: '2026-11-22T10:00:00.000Z' };
      expect(overviewSentence(row, 'en')).toBe(
        'client P., scale now, latest 5.5, up 2.5 since the session before, 4 sessions, last on 22 Nov 2026',
      );
      expect(overviewSentence({ question: 'now', latest: 5, count: 1, lastDate: row.lastDate }, 'nl')).toBe(
        'geen cliënt, schaal now, laatst 5, eerste gesprek, 1 gesprek, laatst op 22 nov. 2026',
      );
    }));

  it('turns a table row into a labelled line, and a drawn heading into words', () => {
    expect(
      labelledLine([
        ['id', '0b7c1d2e'],
        ['client', 'P.'],
        ['tags', ''],
        ['key point', 'breakfast together', 'said'],
      ]),
    ).toBe('id 0b7c1d2e, client P., key point: breakfast together');
    expect(spokenLine('── Scaling ──')).toBe('Scaling:');
    expect(spokenLine('Where are you now?  ★ key point')).toBe('Where are you now?  key point');
  });

  it('takes a typed scale number rounded to the step, and a choice by number or the start of its name', () => {
    expect(scaleAnswer('3,4', { min: 0, max: 10, step: 0.5 })).toEqual({ value: 3.5, rounded: true });
    expect(scaleAnswer('3.5', { min: 0, max: 10, step: 0.5 })).toEqual({ value: 3.5, rounded: false });
    expect(scaleAnswer('11', { min: 0, max: 10 })).toBeUndefined();
    expect(scaleAnswer('four', { min: 0, max: 10 })).toBeUndefined();
    const labels = ['Calm', 'Busy', 'Both at once'];
    expect(pickChoice('2', labels)).toEqual({ index: 1 });
    expect(pickChoice('bo', labels)).toEqual({ index: 2 });
    expect(pickChoice('b', labels)).toEqual({ several: [1, 2] });
    expect(pickChoice('4', labels)).toEqual({ none: true });
    expect(pickChoice('calm', labels)).toEqual({ index: 0 });
  });
});

describe('the accessible mode at the command line', () => {
  let sb: Sandbox;
  beforeEach(async () => {
    sb = await sandbox();
    sb.env['TZ'] = 'UTC';
    await writeJournalFile(sb.journal, [
      session(1, '2026-11-03T10:00:00.000Z', { client: 'P.' }, { now: 3, hopes: 'Rest at home', step: 'Sunday breakfast' }),
      session(2, '2026-11-10T10:00:00.000Z', { client: 'P.' }, { now: 5.5, hopes: 'More calm' }),
      session(3, '2026-11-12T10:00:00.000Z', { client: 'Q.', status: 'unfinished', finishedAt: undefined } as never, { now: 2 }),
    ]);
  });
  afterEach(() => sb.cleanup());

  const run = (args: string[], env: Record<string, string> = {}) => oplosIn(args, { ...sb.env, COLUMNS: '80', ...env });

  it('progress: each chart as sentences (en and nl), nothing drawn', async () => {
    const en = await run(['progress', '--client', 'P.', '--accessible', '--lang', 'en']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('(client P.) — 2 sessions, on a scale from 0 to 10.');
    expect(en.stdout).toContain('First 3 on 3 Nov 2026; lowest 3 on 3 Nov 2026; highest 5.5 on 10 Nov 2026; last 5.5 on 10 Nov 2026.');
    expect(en.stdout).toContain('Since the session before: up 2.5.');
    expect(en.stdout).not.toMatch(DRAWN);
    const nl = await run(['progress', '--client', 'P.', '--lang', 'nl'], { OPLOS_ACCESSIBLE: '1' });
    expect(nl.stdout).toContain('Sinds het gesprek ervoor: 2,5 omhoog.');
    expect(nl.stdout).not.toMatch(DRAWN);
    // without the mode: the chart as before
    expect((await run(['progress', '--client', 'P.', '--lang', 'en'])).stdout).toMatch(/┤/);
  });

  it('journal list and sets list: labelled lines; the unfinished session said in words', async () => {
    const r = await run(['journal', 'list', '--lang', 'en'], { ACCESSIBLE: '1' });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^id 00000003, when 12 Nov 2026, client Q\., set first-session, status unfinished, scales now 2/);
    expect(lines[2]).toMatch(
      /^id 00000001, when 3 Nov 2026, client P\., set first-session, status complete, scales now 3, key point: Sunday breakfast$/,
    );
    expect(r.stdout).not.toMatch(DRAWN);
    expect((await run(['journal', 'list', '--accessible', '--lang', 'nl'])).stdout).toMatch(
      /^id 00000002, .*, schalen now 5,5, kernpunt: /m,
    );
    const sets = await run(['sets', 'list', '--accessible', '--lang', 'nl']);
    expect(sets.stdout).toMatch(/^id first-session, titel [^,]+, talen nl\/en, vragen \d+, bron /m);
  });

  it('journal show: a scale as a sentence, headings in words; turned on by the config too', async () => {
    expect((await run(['config', 'set', 'accessible', 'true'])).code).toBe(0);
    const r = await run(['journal', 'show', idOf(2).slice(0, 8), '--lang', 'nl']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}5,5 van 10$/m);
    expect(r.stdout).not.toMatch(DRAWN);
    expect((await run(['config', 'set', 'accessible', 'maybe'])).code).toBe(2);
    // OPLOS_ACCESSIBLE=0 turns it off for one run
    expect((await run(['progress', '--client', 'P.', '--lang', 'en'], { OPLOS_ACCESSIBLE: '0' })).stdout).toMatch(/┤/);
  });

  it("prepare: a scale's course in words; a key point named in words in every mode", async () => {
    const r = await run(['prepare', 'follow-up', '--client', 'P.', '--accessible', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}Where are you now\? 3, 5\.5, going up$/m);
    expect(r.stdout).not.toMatch(DRAWN);
    const plain = await run(['prepare', 'follow-up', '--client', 'P.', '--lang', 'nl']);
    expect(plain.stdout).toMatch(/★ kernpunt$/m);
  });

  it('progress overview of many clients: one labelled line each, the change in words', async () => {
    await writeJournalFile(sb.journal, [
      session(11, '2026-11-01T10:00:00.000Z', { client: 'A.' }, { now: 2 }),
      session(12, '2026-11-08T10:00:00.000Z', { client: 'A.' }, { now: 4.5 }),
      session(13, '2026-11-02T10:00:00.000Z', { client: 'B.' }, { now: 6 }),
      session(14, '2026-11-04T10:00:00.000Z', { client: 'C.' }, { now: 7 }),
    ]);
    const r = await run(['progress', '--accessible', '--lang', 'nl']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'cliënt A., schaal now, laatst 4,5, 2,5 omhoog sinds het gesprek ervoor, 2 gesprekken, laatst op 8 nov. 2026\n',
    );
    expect(r.stdout).toContain('cliënt C., schaal now, laatst 7, eerste gesprek, 1 gesprek, laatst op 4 nov. 2026\n');
    expect(r.stdout).not.toMatch(DRAWN);
  });
});

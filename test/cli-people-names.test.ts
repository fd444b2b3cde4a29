/**
 * Issue 20, "who said what, everywhere" (findings 1, 2, 3, 8, 9): in a session
 * held with several people (`--with Paul,moeder`) every answer carries its
 * person's name wherever it is shown or exported, a text that refers to a
 * per-person answer names each person (or, inside a per-person question, is
 * that person's own), and numbers are written in the session's language
 * (3,5 in Dutch). The set (test/fixtures/sets-people) has per-person
 * questions whose texts do not name the person.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, sandbox, type Sandbox, storedSessions } from './helpers/cli.js';
import { oplosIn } from './helpers/run-cli.js';
import { leerverslag } from '../src/report/leerverslag.js';
import type { Entry } from '../src/domain/types.js';
import { numberText } from '../src/i18n/count.js';
import { parseCondition } from '../src/sets/condition.js';
import { describeConditionBody } from '../src/sets/describe-condition.js';

const SETS = path.join(ROOT, 'test', 'fixtures', 'sets-people');

/** The first session of P. with Paul and his mother: every kind, Paul's step skipped. */
const FIRST = `
hope: {Paul: "Rust thuis", moeder: "Dat Paul praat"}
signs: {Paul: [ontbijt samen, fietsen], moeder: [koffie]}
now: {Paul: 3.5, moeder: 6}
enough: {Paul: 7.5, moeder: 8}
higher: {Paul: "Ik lach meer", moeder: "Ik slaap beter"}
stance: {Paul: look, moeder: work}
between: "Samen eten"
step: {moeder: "Luisteren"}
`;

/** The second: both give a step. */
const SECOND = `
hope: {Paul: "Meer lachen", moeder: "Rust"}
signs: {Paul: [voetbal], moeder: [wandelen]}
now: {Paul: 5, moeder: 6.5}
enough: {Paul: 7, moeder: 8}
stance: {Paul: work, moeder: work}
step: {Paul: "Samen koken", moeder: "Vragen hoe het ging"}
`;

interface Stored {
  id: string;
  answers: { question: string; participant?: string; asked: string; value?: unknown }[];
}

let sb: Sandbox;
const run = (args: string[]) => oplosIn([...args, '--sets', SETS], sb.env);
const ok = async (args: string[]) => {
  const r = await run(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
};
const session = async (answers: string, client: string, extra: string[] = []) => {
  const file = path.join(sb.dir, `answers-${Math.random().toString(36).slice(2)}.yaml`);
  await writeFile(file, answers);
  return ok(['start', 'people', '--client', client, '--with', 'Paul,moeder', '--lang', 'nl', '--answers', file, ...extra]);
};
/** The lines of `text`, trimmed, so an answer can be found on the line after its question. */
const lines = (text: string) => text.split('\n').map((l) => l.trim());
const after = (text: string, line: string) => {
  const all = lines(text);
  const at = all.indexOf(line);
  expect(at, `"${line}" in:\n${text}`).toBeGreaterThanOrEqual(0);
  return all[at + 1];
};

beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

describe('journal show and the closing summary name whose answer it is (findings 1, 9)', () => {
  it('every per-person answer under its person, numbers with a decimal comma', async () => {
    const summary = await session(FIRST, 'P.');
    // the closing summary: Dutch numbers
    expect(summary).toMatch(/Paul: Waar sta je nu\?\n\s+\S+ 3,5 +\(goed genoeg: 7,5\)/);
    expect(summary).not.toMatch(/\d\.\d/);
    // a key point Paul skipped says whose it was
    expect(after(summary, 'Paul: Wat is een kleine stap?')).toBe('(overgeslagen)');
    expect(after(summary, 'moeder: Wat is een kleine stap?')).toBe('Luisteren');
    const [e] = storedSessions<Stored>(sb.journal);
    const shown = await ok(['journal', 'show', e!.id.slice(0, 8), '--lang', 'nl']);
    expect(after(shown, 'Paul: Wat hoop je dat dit gesprek oplevert?  ★ kernpunt')).toBe('Rust thuis');
    expect(after(shown, 'moeder: Wat hoop je dat dit gesprek oplevert?  ★ kernpunt')).toBe('Dat Paul praat');
    expect(after(shown, 'Paul: Wat is er anders op die dag?')).toBe('• ontbijt samen');
    expect(after(shown, 'moeder: Wat is er anders op die dag?')).toBe('• koffie');
    expect(after(shown, 'Paul: Waar sta je nu?')).toBe('3,5 (0–10)');
    expect(after(shown, 'moeder: Wat past?')).toBe('Aan de slag');
    // inside a per-person question: that person's own answer, in Dutch numbers
    expect(after(shown, 'Paul: Wat is er anders op een 4,5?')).toBe('Ik lach meer');
    expect(after(shown, 'moeder: Wat is er anders op een 7?')).toBe('Ik slaap beter');
    // outside one: each person named, never one merged "je"
    expect(after(shown, 'Van Paul: 3,5, moeder: 6 naar Paul: 7,5, moeder: 8: wat helpt?')).toBe('Samen eten');
    expect(shown).not.toMatch(/\d\.\d/);
    // the list's key point says whose it is
    expect(await ok(['journal', 'list', '--lang', 'nl'])).toMatch(/moeder: Luisteren/);
  });
});

describe('journal edit changes the answer of the person named (finding 1)', () => {
  it('asks whose answer when several gave one, and changes only theirs', async () => {
    await session(FIRST, 'P.');
    const id = storedSessions<Stored>(sb.journal)[0]!.id.slice(0, 8);
    const unsure = await run(['journal', 'edit', id, '--question', 'now', '--answer', '7', '--lang', 'nl']);
    expect(unsure.code).toBe(2);
    expect(unsure.stderr).toMatch(/Paul, moeder.*--participant/);
    await ok(['journal', 'edit', id, '--question', 'now', '--answer', '7', '--participant', 'moeder']);
    expect(
      storedSessions<Stored>(sb.journal)[0]!
        .answers.filter((a) => a.question === 'now')
        .map((a) => [a.participant, a.value]),
    ).toEqual([
      ['Paul', 3.5],
      ['moeder', 7],
    ]);
  });
});

describe('progress keeps one series per person, labelled (findings 2, 9)', () => {
  beforeEach(async () => {
    sb.env['TZ'] = 'Europe/Amsterdam'; // the csv's day is the day in the run's zone
    await session(FIRST, 'P.', ['--at', '2026-11-10 10:00']);
    await session(SECOND, 'P.');
  });

  it('--format csv has a row for each person, Paul included', async () => {
    const csv = await ok(['progress', '--client', 'P.', '--format', 'csv']);
    expect(csv.split('\r\n')).toEqual([
      'date,client,participant,now',
      '2026-11-10,P.,Paul,3.5',
      '2026-11-10,P.,moeder,6',
      '2026-12-01,P.,Paul,5',
      '2026-12-01,P.,moeder,6.5',
      '',
    ]);
  });

  it('the charts and the json say whose scale it is; Dutch numbers on the chart', async () => {
    const chart = await ok(['progress', '--client', 'P.', '--lang', 'nl']);
    expect(chart).toMatch(/^Paul: Waar sta je nu\?$/m);
    expect(chart).toMatch(/^moeder: Waar sta je nu\?$/m);
    expect(chart).toMatch(/Laatste: 6,5 .* · goed genoeg: 8/);
    expect(chart).not.toMatch(/\d\.\d/);
    const series = JSON.parse(await ok(['progress', '--client', 'P.', '--json'])) as {
      participant?: string;
      points: { value: number }[];
    }[];
    expect(series.map((s) => [s.participant, s.points.map((p) => p.value)])).toEqual([
      ['Paul', [3.5, 5]],
      ['moeder', [6, 6.5]],
    ]);
  });

  it('the overview table has a labelled row for each person', async () => {
    await session(FIRST, 'Q.');
    const table = await ok(['progress', '--lang', 'nl']);
    const rows = lines(table).filter((l) => l.startsWith('P. '));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^P\. +Paul: now +5 +↑ \+1,5 /);
    expect(rows[1]).toMatch(/^P\. +moeder: now +6,5 +↑ \+0,5 /);
  });
});

describe("prepare keeps each person apart, in the client's language and words (findings 3, 8, 9)", () => {
  it("each person's key points and scales, by the scale's words, with Dutch numbers, without --lang", async () => {
    await session(FIRST, 'P.', ['--at', '2026-11-10 10:00']);
    await session(SECOND, 'P.');
    // no --lang and LANG=C: the client's last session was in Dutch
    const sheet = await ok(['prepare', 'people', '--client', 'P.']);
    expect(sheet).toMatch(/^Voorbereiding: P\./);
    expect(after(sheet, 'Paul: Wat is een kleine stap?')).toBe('Samen koken');
    expect(after(sheet, 'moeder: Wat is een kleine stap?')).toBe('Vragen hoe het ging');
    expect(lines(sheet)).toContain('schalen (Paul): Waar sta je nu? 5 · Wat is goed genoeg? 7');
    expect(lines(sheet)).toContain('schalen (moeder): Waar sta je nu? 6,5 · Wat is goed genoeg? 8');
    expect(lines(sheet)).toContain('Paul: Waar sta je nu?  3,5 → 5 ↑  (goed genoeg: 7)');
    expect(lines(sheet)).toContain('moeder: Waar sta je nu?  6 → 6,5 ↑  (goed genoeg: 8)');
    // a reference to a per-person answer outside a per-person question names each person
    expect(sheet).toMatch(/Hoe ging Paul: Samen koken, moeder: Vragen hoe het ging\?/);
    // inside one: each person's own answer, one line each
    expect(sheet).toMatch(/\d+\. Paul: Geldt 'Meer lachen' nog\?/);
    expect(sheet).toMatch(/\d+\. moeder: Geldt 'Rust' nog\?/);
    expect(sheet).not.toMatch(/\bnow\b|\benough\b|\d\.\d/);
    // --lang still decides when given
    expect(await ok(['prepare', 'people', '--client', 'P.', '--lang', 'en'])).toMatch(/^Preparation: P\./);
  });

  it('shows the fallback the next session will ask when the last session has nothing to fill in', async () => {
    // nobody gave a step: the session will ask the fallback, and so does the sheet
    await session(FIRST.replace('step: {moeder: "Luisteren"}', ''), 'Q.');
    const sheet = await ok(['prepare', 'people', '--client', 'Q.']);
    expect(sheet).toMatch(/\d+\. Wat ging er goed sinds de vorige keer\?/);
    expect(sheet).not.toMatch(/Hoe ging|\[antwoord op "Wat is een kleine stap\?", vorige keer\]/);
  });
});

describe('exports name each person (findings 1, 9)', () => {
  it('md, html, csv and json', async () => {
    await session(FIRST, 'P.');
    const md = await ok(['journal', 'export', '--format', 'md', '--lang', 'nl']);
    expect(md).toMatch(/\*\*Paul: Waar sta je nu\?\*\*\n\n3,5 \(0–10\)/);
    expect(md).toMatch(/\*\*moeder: Wat is er anders op die dag\?\*\*\n\n- koffie/);
    const html = await ok(['journal', 'export', '--format', 'html', '--lang', 'nl']);
    expect(html).toContain('<dt>Deelnemers</dt><dd>Paul, moeder</dd>');
    expect(html).toContain('<dt>Paul: Waar sta je nu?</dt><dd>3,5 (0–10)</dd>');
    const csv = (await ok(['journal', 'export', '--format', 'csv'])).split('\r\n');
    expect(csv.filter((l) => l.includes(',now,')).map((l) => l.split(',').at(-1))).toEqual(['Paul', 'moeder']);
    const json = JSON.parse(await ok(['journal', 'export', '--format', 'json'])) as { entries: Stored[] };
    expect(json.entries[0]!.answers.filter((a) => a.question === 'signs').map((a) => [a.participant, a.value])).toEqual([
      ['Paul', ['ontbijt samen', 'fietsen']],
      ['moeder', ['koffie']],
    ]);
  });

  it("the leerverslag names each person's answer to a part the group shares", () => {
    const at = '2026-11-10T10:00:00.000Z';
    const entry: Entry = {
      id: 'e1',
      set: 'intervision',
      lang: 'nl',
      participants: ['Paul', 'Ans'],
      tags: [],
      status: 'complete',
      startedAt: at,
      finishedAt: at,
      answers: [
        {
          question: 'reflections',
          phase: 'reflection',
          kind: 'long',
          asked: 'Wat valt op?',
          value: 'Veel geduld',
          participant: 'Paul',
          answeredAt: at,
        },
        {
          question: 'reflections',
          phase: 'reflection',
          kind: 'long',
          asked: 'Wat valt op?',
          value: 'Humor',
          participant: 'Ans',
          answeredAt: at,
        },
        { question: 'confidence-start', phase: 'p', kind: 'scale', asked: 'Vertrouwen?', value: 5.5, participant: 'Ans', answeredAt: at },
        { question: 'confidence', phase: 'p', kind: 'scale', asked: 'Vertrouwen?', value: 7.5, participant: 'Ans', answeredAt: at },
      ],
    };
    const report = leerverslag(entry, 'nl', undefined, 'Ans');
    expect(report).toContain('**Paul**:\n\nVeel geduld');
    expect(report).toContain('**Ans**:\n\nHumor');
    expect(report).toContain('5,5 → 7,5');
  });
});

describe('numberText: the one way a number becomes text (finding 9)', () => {
  it('writes Dutch numbers with a decimal comma and English ones with a point, grouped as Intl groups them', () => {
    expect(numberText(3.5, 'nl')).toBe('3,5');
    expect(numberText(3.5, 'en')).toBe('3.5');
    expect(numberText(-0.5, 'nl')).toBe('-0,5');
    for (const n of [7, 1234, 1234.25, 1_000_000]) {
      expect(numberText(n, 'nl')).toBe(new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 20 }).format(n));
      expect(numberText(n, 'en')).toBe(new Intl.NumberFormat('en-GB', { maximumFractionDigits: 20 }).format(n));
    }
  });

  it('an answers file with a number off the scale is told of in Dutch numbers', async () => {
    const file = path.join(sb.dir, 'off.yaml');
    await writeFile(file, 'hope: {Paul: a, moeder: b}\nsigns: {Paul: [x], moeder: [y]}\nnow: {Paul: 3.3, moeder: 6}\n');
    const r = await run(['start', 'people', '--client', 'X', '--with', 'Paul,moeder', '--lang', 'nl', '--answers', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('in stappen van 0,5 (zoals 0,5)');
  });

  it('a condition read out to a trainer says 2,5 in Dutch', () => {
    const parsed = parseCondition('now < 2.5');
    if (!parsed.ok) throw new Error('the condition should parse');
    expect(describeConditionBody(parsed.condition.ast, 'nl')).toMatch(/2,5/);
    expect(describeConditionBody(parsed.condition.ast, 'en')).toMatch(/2\.5/);
  });
});

describe('progress --format csv gives the day in the run’s time zone', () => {
  it('a session held at 10:00 on 10 November in Kiribati is on 10 November (9 November in UTC)', async () => {
    sb.env['TZ'] = 'Pacific/Kiritimati';
    await session(FIRST, 'P.', ['--at', '2026-11-10 10:00']);
    expect(storedSessions<{ startedAt: string }>(sb.journal)[0]!.startedAt).toMatch(/^2026-11-09T20:00/);
    const csv = await ok(['progress', '--client', 'P.', '--format', 'csv']);
    expect(csv.split('\r\n')[1]).toBe('2026-11-10,P.,Paul,3.5');
  });
});

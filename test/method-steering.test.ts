/**
 * Scripted sessions (answers files through main() in-process) that prove the
 * bundled sets steer the way a solution-focused practitioner would: the
 * working relationship, judged early and per person, decides what follows;
 * sessions held with several people keep each person's answers apart.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, sandbox, type Sandbox, storedSessions } from './helpers/cli.js';
import { oplosIn } from './helpers/run-cli.js';

const STEERING = path.join(ROOT, 'test', 'fixtures', 'answers', 'steering');

interface Stored {
  participants?: string[];
  answers: { question: string; participant?: string; value?: unknown; skipped?: boolean }[];
}

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

const entries = () => storedSessions<Stored>(sb.journal);
const ids = (e: Stored) => e.answers.map((a) => a.question);

describe('first-session steers by the working relationship', () => {
  it('a visitor-type session completes without a miracle answer, a small step or a task', async () => {
    const r = await oplosIn(
      ['start', 'first-session', '--client', 'P.', '--lang', 'nl', '--answers', path.join(STEERING, 'visitor.yaml')],
      sb.env,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const e = entries()[0]!;
    expect(ids(e)).toContain('referrer-wishes');
    // the miracle question is put to a visitor too (003: Paul's own goal comes from it), but may stay unanswered
    expect(e.answers.find((a) => a.question === 'miracle')?.skipped).toBe(true);
    for (const id of ['step', 'suggest-do', 'suggest-observe']) expect(ids(e)).not.toContain(id);
    // the relationship is judged before the preferred future
    expect(ids(e).indexOf('relationship')).toBeLessThan(ids(e).indexOf('now'));
  });

  it('a complainant-type session is asked for the observation task, not a task to do', async () => {
    const r = await oplosIn(
      ['start', 'first-session', '--client', 'P.', '--lang', 'nl', '--answers', path.join(STEERING, 'complainant.yaml')],
      sb.env,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const e = entries()[0]!;
    expect(e.answers.find((a) => a.question === 'suggest-observe')?.value).toMatch(/Let op/);
    expect(ids(e)).not.toContain('suggest-do');
    expect(ids(e)).toContain('miracle');
  });

  it('leaves practitioner notes out when someone journals for themself (no client, no participants)', async () => {
    const file = path.join(sb.dir, 'self.yaml');
    await writeFile(file, 'pre-change: false\nhopes: rust\nmiracle: "Ik word uitgerust wakker."\nnow: 5\nmeet-again: on-own\n');
    const r = await oplosIn(['start', 'first-session', '--answers', file], sb.env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const e = entries()[0]!;
    for (const id of ['relationship', 'relabel', 'compliments', 'suggest-do']) expect(ids(e)).not.toContain(id);
  });
});

describe('a session held with several people (--with)', () => {
  it("stores each participant's answers and scales, and progress draws them apart", async () => {
    const r = await oplosIn(
      [
        'start',
        'first-session',
        '--client',
        'gezin-P',
        '--with',
        'Paul,moeder',
        '--lang',
        'nl',
        '--answers',
        path.join(STEERING, 'two-people.yaml'),
      ],
      sb.env,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const e = entries()[0]!;
    expect(e.participants).toEqual(['Paul', 'moeder']);
    const now = e.answers.filter((a) => a.question === 'now');
    expect(now.map((a) => [a.participant, a.value])).toEqual([
      ['Paul', 7],
      ['moeder', 3.5],
    ]);
    // both are asked the miracle question; Paul (visitor) leaves it, his mother (complainant) answers it
    expect(e.answers.filter((a) => a.question === 'miracle' && a.value !== undefined).map((a) => a.participant)).toEqual(['moeder']);
    expect(e.answers.filter((a) => a.question === 'suggest-observe').map((a) => a.participant)).toEqual(['moeder']);

    const p = await oplosIn(['progress', '--client', 'gezin-P', '--json'], sb.env);
    expect(p.code).toBe(0);
    const series = JSON.parse(p.stdout) as { question: string; participant?: string; points: { value: number }[]; goal?: number }[];
    const nowSeries = series.filter((s) => s.question === 'now');
    expect(nowSeries.map((s) => [s.participant, s.points.map((x) => x.value), s.goal])).toEqual([
      ['Paul', [7], 7],
      ['moeder', [3.5], 6],
    ]);
    expect(series.filter((s) => s.question === 'support').map((s) => s.participant)).toEqual(['Paul', 'moeder']);
  });

  it("exports (md, csv, json, html) keep each participant's answers apart", async () => {
    const args = [
      'start',
      'first-session',
      '--client',
      'gezin-P',
      '--with',
      'Paul,moeder',
      '--lang',
      'nl',
      '--answers',
      path.join(STEERING, 'two-people.yaml'),
    ];
    expect((await oplosIn(args, sb.env)).code).toBe(0);
    const md = (await oplosIn(['journal', 'export', '--format', 'md', '--lang', 'nl'], sb.env)).stdout;
    expect(md).toContain('- Deelnemers: Paul, moeder');
    expect(md).toMatch(/\*\*Paul: Waar sta je nu op die schaal\?\*\*/);
    expect(md).toMatch(/\*\*moeder: Waar sta je nu op die schaal\?\*\*/);
    const csv = (await oplosIn(['journal', 'export', '--format', 'csv'], sb.env)).stdout.split('\r\n');
    expect(csv[0]).toMatch(/,participant$/);
    expect(csv.filter((l) => l.includes(',now,scale,')).map((l) => l.split(',').pop())).toEqual(['Paul', 'moeder']);
    const json = JSON.parse((await oplosIn(['journal', 'export', '--format', 'json'], sb.env)).stdout) as { entries: Stored[] };
    expect(json.entries[0]!.participants).toEqual(['Paul', 'moeder']);
    expect(json.entries[0]!.answers.filter((a) => a.question === 'now').map((a) => a.participant)).toEqual(['Paul', 'moeder']);
    const html = (await oplosIn(['journal', 'export', '--format', 'html', '--lang', 'nl'], sb.env)).stdout;
    expect(html).toContain('moeder: Waar sta je nu op die schaal?');
  });

  it('names the participant whose answer is missing or who is not in the session', async () => {
    const missing = path.join(sb.dir, 'missing.yaml');
    await writeFile(
      missing,
      readFileSync(path.join(STEERING, 'two-people.yaml'), 'utf8').replace('now: {Paul: 7, moeder: 3.5}', 'now: {Paul: 7}'),
    );
    const r = await oplosIn(['start', 'first-session', '--client', 'g', '--with', 'Paul,moeder', '--answers', missing], sb.env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"moeder".*"now"/);
    const stranger = path.join(sb.dir, 'stranger.yaml');
    await writeFile(
      stranger,
      readFileSync(path.join(STEERING, 'two-people.yaml'), 'utf8').replace(
        'now: {Paul: 7, moeder: 3.5}',
        'now: {Paul: 7, moeder: 3, vader: 5}',
      ),
    );
    const s = await oplosIn(['start', 'first-session', '--client', 'g', '--with', 'Paul,moeder', '--answers', stranger], sb.env);
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/"vader" is not a participant/);
    const twice = await oplosIn(['start', 'first-session', '--with', 'Paul,Paul', '--answers', missing], sb.env);
    expect(twice.code).toBe(2);
  });

  it('refuses a scale answer off the step grid and takes one on it', async () => {
    const off = path.join(sb.dir, 'off.yaml');
    await writeFile(off, readFileSync(path.join(STEERING, 'visitor.yaml'), 'utf8').replace('now: 6.5', 'now: 6.3'));
    const r = await oplosIn(['start', 'first-session', '--client', 'P.', '--answers', off], sb.env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"now".*steps of 0.5.*6.3/);
  });
});

describe('intervision: a leerverslag for every participant', () => {
  it('gives the presenter and a questioner each their own report, with the real duration and confidence before and after', async () => {
    const r = await oplosIn(
      ['start', 'intervision', '--with', 'Anna,Bram', '--lang', 'nl', '--answers', path.join(STEERING, 'intervision-group.yaml')],
      sb.env,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const x = await oplosIn(['journal', 'export', '--format', 'leerverslag', '--lang', 'nl'], sb.env);
    expect(x.code).toBe(0);
    const reports = x.stdout.split('# Leerverslag intervisie').slice(1);
    expect(reports).toHaveLength(2);
    const [anna, bram] = reports as [string, string];
    expect(anna).toContain('- Duur: 90 minuten');
    expect(anna).toContain('- Deelnemer: Anna');
    expect(anna).toContain('- Rol: Inbrenger');
    expect(anna).toContain('## Mijn volgende stap');
    expect(anna).toContain('Beginnen bij wat al werkte.');
    // a Dutch report writes its numbers with a decimal comma (issue 20, finding 9)
    expect(anna).toContain('3 → 7,5');
    expect(anna).toContain('Twee ideeën om uit te proberen.');
    expect(bram).toContain('- Rol: Vragensteller');
    expect(bram).toContain('## De volgende stap van de inbrenger');
    expect(bram).toContain('## Mijn volgende stap\n\nMorgen in mijn eigen gesprekken één vraag tegelijk stellen.');
    expect(bram).toContain('Eén vraag tegelijk stellen werkt beter.');
    expect(bram).not.toContain('Beginnen bij wat al werkte.');
    expect(bram).toContain('5 → 6');
    expect(x.stdout).not.toMatch(/geen namen van cliënten of collega’s in\./);
  });
});

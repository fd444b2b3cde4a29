/**
 * oplos in-process (main(), fixed clock) without a terminal: `journal edit` (scripted with
 * --question/--answer), `start --at`, what `resume` accepts, the note about
 * an unfinished session, and `sets validate` on control characters.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sessionName } from '../src/journal/layout.js';
import { ROOT, sandbox, type Sandbox, storedSessions } from './helpers/cli.js';
import { oplosIn } from './helpers/run-cli.js';

const ANSWERS = path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml');
let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

interface StoredAnswer {
  question: string;
  value?: unknown;
  skipped?: boolean;
  answeredAt: string;
  editedAt?: string;
}
const entries = () => storedSessions<{ id: string; startedAt: string; finishedAt: string; answers: StoredAnswer[] }>(sb.journal);

const session = async () => {
  const r = await oplosIn(['start', '--answers', ANSWERS, '--client', 'P.'], sb.env);
  expect(r.code).toBe(0);
  return entries()[0]!;
};

describe('journal edit', () => {
  it('changes one answer, records editedAt, keeps answeredAt and every other answer; show and exports give the new one, marked', async () => {
    const before = await session();
    const id = before.id.slice(0, 8);
    const r = await oplosIn(['journal', 'edit', id, '--question', 'step', '--answer', 'Lay out the clothes on Saturday'], sb.env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const after = entries()[0]!;
    const step = after.answers.find((a) => a.question === 'step')!;
    expect(step.value).toBe('Lay out the clothes on Saturday');
    expect(step.editedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(step.answeredAt).toBe(before.answers.find((a) => a.question === 'step')!.answeredAt);
    expect(after.answers.filter((a) => a.question !== 'step')).toEqual(before.answers.filter((a) => a.question !== 'step'));

    const show = await oplosIn(['journal', 'show', id], sb.env);
    expect(show.stdout).toMatch(/Lay out the clothes on Saturday/);
    expect(show.stdout).toMatch(/\(edited /);
    const md = await oplosIn(['journal', 'export', '--format', 'md'], sb.env);
    expect(md.stdout).toMatch(/_\(edited\)_/);
    expect(md.stdout).not.toMatch(/Sunday evening\*\*/);
    const csv = await oplosIn(['journal', 'export', '--format', 'csv'], sb.env);
    expect(csv.stdout.split(/\r?\n/)[0]).toMatch(/,editedAt,participant$/);
  });

  it('checks the new answer as the session does: a scale out of range, a question never answered', async () => {
    const e = await session();
    const id = e.id.slice(0, 8);
    const wrong = await oplosIn(['journal', 'edit', id, '--question', 'now', '--answer', '14'], sb.env);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/now/);
    const none = await oplosIn(['journal', 'edit', id, '--question', 'coping', '--answer', 'x'], sb.env);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no answer to question "coping"/);
    const ok = await oplosIn(['journal', 'edit', id, '--question', 'now', '--answer', '5'], sb.env);
    expect(ok.code).toBe(0);
    expect(entries()[0]!.answers.find((a) => a.question === 'now')!.value).toBe(5);
  });

  it('without a terminal and without --question, says how', async () => {
    const e = await session();
    const r = await oplosIn(['journal', 'edit', e.id.slice(0, 8)], sb.env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--question ID/);
  });
});

describe('start --at', () => {
  it('records a session held earlier: it starts then, and its answers follow from then', async () => {
    const r = await oplosIn(['start', '--answers', ANSWERS, '--at', '2026-03-04 14:30'], sb.env);
    expect(r.code).toBe(0);
    const e = entries()[0]!;
    const start = new Date(e.startedAt);
    // local time, as the person gave it
    expect([start.getFullYear(), start.getMonth() + 1, start.getDate(), start.getHours(), start.getMinutes()]).toEqual([
      2026, 3, 4, 14, 30,
    ]);
    for (const a of e.answers) expect(Date.parse(a.answeredAt)).toBeGreaterThanOrEqual(start.getTime());
    expect(Date.parse(e.finishedAt) - start.getTime()).toBeLessThan(24 * 3600_000);
  });

  it.each([['yesterday'], ['2026-02-30 10:00'], ['2026-03-04 25:00'], ['04-03-2026']])(
    'refuses %j naming the format, exit 2',
    async (at) => {
      const r = await oplosIn(['start', '--answers', ANSWERS, '--at', at], sb.env);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/YYYY-MM-DD HH:MM/);
    },
  );

  it('refuses a time in the future, exit 2', async () => {
    const r = await oplosIn(['start', '--answers', ANSWERS, '--at', '2999-01-01 10:00'], sb.env);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/future/);
  });
});

describe('resume and unfinished sessions', () => {
  it.each([
    ['--client', 'X.'],
    ['--tag', 'x'],
  ])('resume takes no %s: exit 2', async (flag, value) => {
    const r = await oplosIn(['resume', flag, value], sb.env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(flag);
  });

  it('start --answers with an unfinished session of the same client and set says so on stderr, with a command that runs', async () => {
    const id = '0badc0de-0000-4000-8000-000000000001';
    const startedAt = '2026-11-30T10:00:00.000Z';
    const drafts = path.join(sb.journal, 'unfinished');
    await mkdir(drafts, { recursive: true });
    await writeFile(path.join(sb.journal, 'oplos-journal.json'), JSON.stringify({ format: 'oplos-journal-folder', version: 2 }));
    await writeFile(
      path.join(drafts, sessionName({ id, startedAt })),
      JSON.stringify({ id, set: 'first-session', lang: 'en', client: 'P.', tags: [], status: 'unfinished', startedAt, answers: [] }),
    );
    const r = await oplosIn(['start', '--answers', ANSWERS, '--client', 'p.'], sb.env);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/unfinished session of this set .*continue it with: oplos resume 0badc0de$/m);
  });
});

describe('sets validate', () => {
  it('warns about control characters in a set, naming where', async () => {
    const dir = path.join(sb.dir, 'sets');
    await mkdir(dir);
    await writeFile(
      path.join(dir, 'x.yaml'),
      'format: 1\nid: x\nlanguages: [en]\ntitle: "X\\e]0;owned\\a"\nphases:\n  - id: p\n    title: P\n    questions:\n      - id: q\n        kind: text\n        ask: "Why\\u202e?"\n',
    );
    const r = await oplosIn(['sets', 'validate', dir], sb.env);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/x\.yaml:4:\d+: warning: .*U\+001B, U\+0007/);
    expect(r.stdout).toMatch(/x\.yaml:11:\d+: warning: .*U\+202E/);
    expect(r.stdout).not.toContain('\x1b]0;');
  });
});

describe('commands named in messages', () => {
  it('are written as this person runs oplos: through npm start, through npx, or installed', async () => {
    const viaNpm = await oplosIn(['journal', 'show', 'zzz'], { ...sb.env, npm_lifecycle_event: 'start', npm_command: 'run-script' });
    expect(viaNpm.stderr).toContain('See `npm start -- journal list` for the ids.');
    const viaNpx = await oplosIn(['journal', 'show', 'zzz'], { ...sb.env, npm_lifecycle_event: 'npx', npm_command: 'exec' });
    expect(viaNpx.stderr).toContain('See `npx oplos journal list` for the ids.');
    const installed = await oplosIn(['journal', 'show', 'zzz'], sb.env);
    expect(installed.stderr).toContain('See `oplos journal list` for the ids.');
  });
});

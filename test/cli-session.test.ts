/**
 * The command line run in-process without a terminal: sessions from answers files,
 * wrong files, and what ends up in the journal.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, sandbox, storedSessions, type Sandbox } from './helpers/cli.js';
import { cliIn } from './helpers/run-cli.js';

const ANSWERS = path.join(ROOT, 'test', 'fixtures', 'answers');
let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());
const { run } = cliIn(() => sb);

const journal = () =>
  ({ version: 2, entries: storedSessions(sb.journal) }) as {
    version: number;
    entries: {
      id: string;
      answers: { question: string; value?: unknown; asked: string }[];
      client?: string;
      tags: string[];
      status: string;
    }[];
  };

describe('oplos start --answers', () => {
  it('runs first-session from a YAML file and keeps the entry with every asked text', async () => {
    const r = await run([
      'start',
      '--answers',
      path.join(ANSWERS, 'first-session.yaml'),
      '--client',
      'P.',
      '--tag',
      'intake',
      '--tag',
      'demo',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Lay out the clothes on Sunday evening');
    const doc = journal();
    expect(doc.entries).toHaveLength(1);
    const e = doc.entries[0]!;
    expect(e.client).toBe('P.');
    expect(e.tags).toEqual(['intake', 'demo']);
    expect(e.status).toBe('complete');
    const ids = e.answers.map((a) => a.question);
    // the branch of a customer, not of a visitor or complainant
    expect(ids).toContain('suggest-do');
    expect(ids).not.toContain('offer-visitor');
    // exceptions were found, so no coping question
    expect(ids).toContain('exceptions-how');
    expect(ids).not.toContain('coping');
    // references are filled in: "what makes it 4 and not 0", "what would 5 look like"
    const nowWhy = e.answers.find((a) => a.question === 'now-why')!;
    expect(nowWhy.asked).toMatch(/\b4\b/);
    const next = e.answers.find((a) => a.question === 'next-point')!;
    expect(next.asked).toMatch(/\b5\b/);
  });

  it('writes nothing and names the question when a scale is out of range', async () => {
    const json = JSON.stringify({
      ...(await import('yaml')).parse(readFileSync(path.join(ANSWERS, 'first-session.yaml'), 'utf8')),
      now: 14,
    });
    const file = path.join(sb.dir, 'wrong-scale.json');
    await writeFile(file, json);
    const r = await run(['start', '--answers', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"now"/);
    expect(r.stderr).toMatch(/10/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(sb.journal)).toBe(false);
  });

  it('says which required question has no answer, and writes nothing', async () => {
    const file = path.join(sb.dir, 'short.yaml');
    await writeFile(file, 'pre-change: false\n');
    const r = await run(['start', '--answers', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/hopes/);
    expect(existsSync(sb.journal)).toBe(false);
  });

  it('refuses a choice value the question does not have, naming the allowed ones', async () => {
    const text = readFileSync(path.join(ANSWERS, 'first-session.yaml'), 'utf8').replace('relationship: customer', 'relationship: friend');
    const file = path.join(sb.dir, 'bad-choice.yaml');
    await writeFile(file, text);
    const r = await run(['start', '--client', 'P.', '--answers', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/relationship/);
    expect(r.stderr).toMatch(/customer/);
    expect(existsSync(sb.journal)).toBe(false);
  });

  it('rejects an answers file that is not a map, or not YAML at all', async () => {
    const list = path.join(sb.dir, 'list.yaml');
    await writeFile(list, '- a\n- b\n');
    expect((await run(['start', '--answers', list])).code).toBe(2);
    const broken = path.join(sb.dir, 'broken.yaml');
    await writeFile(broken, 'hopes: [unclosed\n');
    expect((await run(['start', '--answers', broken])).code).toBe(2);
    expect((await run(['start', '--answers', path.join(sb.dir, 'missing.yaml')])).code).toBe(2);
    expect(existsSync(sb.journal)).toBe(false);
  });

  it('without a terminal and without --answers, says so in one line and exits 2 at once', async () => {
    const r = await run(['start']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--answers/);
  });

  it('an unknown set is a usage error that lists the known ones', async () => {
    const r = await run(['start', 'no-such-set', '--answers', path.join(ANSWERS, 'first-session.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/first-session/);
  });

  it('speaks Dutch with --lang nl and stores the Dutch question texts', async () => {
    const r = await run(['start', '--lang', 'nl', '--answers', path.join(ANSWERS, 'first-session.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Samenvatting/);
    const e = journal().entries[0]!;
    expect((e as unknown as { lang: string }).lang).toBe('nl');
  });

  it('a follow-up session reads the last session: last.now and last.date are filled in', async () => {
    await run(['start', '--client', 'P.', '--answers', path.join(ANSWERS, 'first-session.yaml')]);
    const file = path.join(sb.dir, 'follow.yaml');
    await writeFile(
      file,
      [
        'better: "We left on time twice"',
        'change: better',
        'reinforce: "Clothes ready the evening before"',
        'now: 6',
        'now-up: "The routine on Sunday"',
        'next-point: "Three calm mornings"',
        'step: "Keep the Sunday routine"',
        'on-own: true',
        'keep-up: ["The Sunday routine"]',
      ].join('\n'),
    );
    const r = await run(['start', 'follow-up', '--client', 'P.', '--answers', file]);
    if (r.code !== 0) throw new Error(r.stderr);
    const follow = journal().entries.find((e) => (e as unknown as { set: string }).set === 'follow-up')!;
    const ids = follow.answers.map((a) => a.question);
    // 6 is higher than last time's 4: the "what made it go up" question, not the "down" one
    expect(ids).toContain('now-up');
    expect(ids).not.toContain('now-down');
    expect(ids).not.toContain('same-how');
    const asked = follow.answers.map((a) => a.asked).join('\n');
    expect(asked).toMatch(/\b4\b/); // last.now of the first session, filled in
    expect(asked).toMatch(/Lay out the clothes on Sunday evening/); // last.step
  });
});

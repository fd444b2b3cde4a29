/**
 * `prepare --client`: each earlier session, newest first, with what it said
 * (best hopes, the step agreed, the observation task) and its scales, then
 * the questions to come.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, sandbox, type Sandbox } from './helpers/cli.js';
import { oplosIn } from './helpers/run-cli.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
  sb.env['TZ'] = 'UTC';
  const answers = readFileSync(path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml'), 'utf8');
  const older = path.join(sb.dir, 'older.yaml');
  const newer = path.join(sb.dir, 'newer.yaml');
  await writeFile(
    older,
    answers.replace('now: 4', 'now: 3').replace('step: Lay out the clothes on Sunday evening', 'step: Call the school on Monday'),
  );
  await writeFile(newer, answers.replace('now: 4', 'now: 5'));
  for (const [file, at] of [
    [older, '2026-10-01T10:00'],
    [newer, '2026-11-01T10:00'],
  ] as const) {
    const r = await oplosIn(['start', '--client', 'K.', '--answers', file, '--at', at, '--lang', 'en'], sb.env);
    if (r.code !== 0) {
      // --at belongs to another branch; without it, the order of running keeps newer last
      const again = await oplosIn(['start', '--client', 'K.', '--answers', file, '--lang', 'en'], sb.env);
      if (again.code !== 0) throw new Error(again.stderr);
    }
  }
});
afterEach(() => sb.cleanup());

describe('prepare --client', () => {
  it("shows each earlier session's key points and scales, newest first, then the questions", async () => {
    const r = await oplosIn(['prepare', '--client', 'K.', '--lang', 'en'], { ...sb.env, COLUMNS: '120' });
    expect(r.code).toBe(0);
    const out = r.stdout;
    const newer = out.indexOf('Lay out the clothes on Sunday evening');
    const older = out.indexOf('Call the school on Monday');
    expect(newer).toBeGreaterThan(0);
    expect(older).toBeGreaterThan(newer);
    // best hopes and the observation task are there too
    expect(out).toContain('To feel calmer in the mornings with my son');
    expect(out).toContain('Try the Sunday preparation and notice what changes');
    // a scale by its words, not its id (issue 20, finding 9)
    expect(out).toMatch(/scales: Where are you on that scale right now\? 5 · .*\n[\s\S]*scales: Where are you on that scale right now\? 3/);
    expect(out.indexOf('The questions to come')).toBeGreaterThan(older);
  });

  it('holds the same in Markdown', async () => {
    const r = await oplosIn(['prepare', '--client', 'K.', '--format', 'md', '--lang', 'nl'], sb.env);
    expect(r.stdout).toMatch(/- schalen: Where are you on that scale right now\? 5/);
    expect(r.stdout.indexOf('Lay out the clothes')).toBeLessThan(r.stdout.indexOf('Call the school'));
  });
});

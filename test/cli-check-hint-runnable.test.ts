/**
 * Issue 20, finding 14 (hints runnable as printed), found again at a terminal:
 * `journal check` on a damaged journal said "Run `oplos journal check --fix`"
 * also where oplos is run as `node bin/oplos.js` (not on PATH).
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sandbox, type Sandbox } from './helpers/cli.js';
import { oplosIn } from './helpers/run-cli.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

it('journal check names the command to fix as this person runs oplos', async () => {
  const answers = path.join(sb.dir, 'answers.yaml');
  writeFileSync(answers, 'went-well: [a talk]\ngoal-scale: 5\nstep: rest\n');
  const started = await oplosIn(['start', 'reflection', '--lang', 'en', '--answers', answers], sb.env);
  expect(started.code, started.stderr).toBe(0);
  const year = readdirSync(path.join(sb.journal, 'sessions'))[0]!;
  const file = readdirSync(path.join(sb.journal, 'sessions', year))[0]!;
  writeFileSync(path.join(sb.journal, 'sessions', year, file), '{bad');
  for (const lang of ['en', 'nl']) {
    const r = await oplosIn(['journal', 'check', '--lang', lang], { ...sb.env, OPLOS_INVOKED_AS: 'node bin/oplos.js' });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('`node bin/oplos.js journal check --fix`');
    // a command reading the journal skips the file, saying how to look into it
    const listed = await oplosIn(['journal', 'list', '--lang', lang], { ...sb.env, OPLOS_INVOKED_AS: 'node bin/oplos.js' });
    expect(listed.stderr).toMatch(/`node bin\/oplos\.js journal check`/);
    expect(listed.stderr).not.toMatch(/(?<!bin\/)oplos journal check/);
  }
});

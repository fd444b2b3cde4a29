/**
 * One clock (issue 22 point 10): every command takes the time from the run's clock (io.clock, the core's
 * Clock shape), `journal edit` too; before, it stamped an edit with the system's time.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, sandbox, storedSessions, type Sandbox } from './helpers/cli.js';
import { clockAt, runCli } from './helpers/run-cli.js';

const ANSWERS = path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml');

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

describe('the run’s clock', () => {
  it('stamps an edited answer', async () => {
    const clock = clockAt('2021-03-04T05:06:07.000Z');
    expect((await runCli(['start', '--answers', ANSWERS], { env: sb.env, clock })).code).toBe(0);
    const id = storedSessions<{ id: string }>(sb.journal)[0]!.id.slice(0, 8);
    const r = await runCli(['journal', 'edit', id, '--question', 'step', '--answer', 'Call my sister'], { env: sb.env, clock });
    expect(r.code).toBe(0);
    const step = storedSessions<{ answers: { question: string; editedAt?: string }[] }>(sb.journal)[0]!.answers.find(
      (a) => a.question === 'step',
    )!;
    expect(step.editedAt?.slice(0, 10)).toBe('2021-03-04');
  });
});

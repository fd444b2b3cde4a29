/**
 * main(argv, io) keeps nothing of a run outside it (issue 22 point 4): two runs in one process may
 * overlap, each with its own working folder and time zone, and neither sees the other's.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, sandbox, type Sandbox } from './helpers/cli.js';
import { clockAt, runCli } from './helpers/run-cli.js';

const ANSWERS = path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml');

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

describe('two runs of main() at once', () => {
  it('each reads relative paths from its own folder and shows dates in its own zone', async () => {
    const env = { ...sb.env, OPLOS_JOURNAL: '' };
    delete (env as Record<string, string | undefined>)['OPLOS_JOURNAL'];
    // two folders, each with a journal "j" holding one session of its own client, held 2026-12-01 11:30 UTC:
    // 2 December in Kiritimati (UTC+14), 1 December in Los Angeles (UTC−8)
    for (const who of ['A', 'B']) {
      const dir = path.join(sb.dir, who);
      await mkdir(dir);
      const r = await runCli(['start', '--client', `client-${who}`, '--answers', ANSWERS, '--journal', path.join(dir, 'j')], {
        env,
        clock: clockAt('2026-12-01T11:30:00Z'),
      });
      expect(r.code).toBe(0);
    }
    const list = (who: string, zone: string) =>
      runCli(['journal', 'list', '--journal', 'j', '--lang', 'en'], {
        env: { ...env, TZ: zone },
        cwd: path.join(sb.dir, who),
        clock: clockAt('2027-01-15T12:00:00Z'), // weeks later: the list shows the date, not "2 hours ago"
      });
    // several pairs, started together, so that their awaits interleave
    const runs = await Promise.all(
      Array.from({ length: 4 }, () => [list('A', 'Pacific/Kiritimati'), list('B', 'America/Los_Angeles')]).flat(),
    );
    runs.forEach((r, i) => {
      expect(r.code).toBe(0);
      if (i % 2 === 0) {
        expect(r.stdout).toContain('client-A');
        expect(r.stdout).not.toContain('client-B');
        expect(r.stdout).toContain('2 Dec 2026');
      } else {
        expect(r.stdout).toContain('client-B');
        expect(r.stdout).not.toContain('client-A');
        expect(r.stdout).toContain('1 Dec 2026');
      }
    });
  });

  it('the help of one run speaks its --lang while another run speaks another', async () => {
    const [nl, en] = await Promise.all([
      runCli(['journal', 'list', '--help', '--lang', 'nl'], { env: sb.env }),
      runCli(['journal', 'list', '--help', '--lang', 'en'], { env: sb.env }),
    ]);
    expect(nl.stdout).toMatch(/Gebruik|Opties/);
    expect(en.stdout).toMatch(/Usage|Options/);
    expect(en.stdout).not.toMatch(/Opties/);
  });
});

/**
 * Issue 19, the findings about processes: a second `resume` of a session that
 * another process runs is refused before its first question (at a real
 * terminal), and a FIFO in the place of journal.lock is exit 3, not a hang
 * (the built binary, bounded by a time-out so a regression fails instead of
 * blocking the runner).
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, ROOT, sandbox, type Sandbox } from '../helpers/cli.js';
import { describePty, openTerminal } from '../helpers/pty.js';
import { draft } from '../helpers/journal-fixtures.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

/** `oplos ARGS` as a child process, killed after `ms`: its exit code, or 'timed out'. */
const bounded = (args: readonly string[], env: Record<string, string>, ms: number) =>
  new Promise<{ code: number | null | 'timed out'; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ code: 'timed out', stderr });
    }, ms);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });

describePty('a second resume of a running session', () => {
  it('is refused before its first question, naming the process that runs it', async () => {
    const d = draft('busy1234-0000', 0, { client: 'K.', lang: 'en' });
    const dir = path.join(sb.journal, 'unfinished');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(sb.journal, 'oplos-journal.json'), '{"format":"oplos-journal-folder","version":2}\n');
    const name = '2026-11-22T090000Z-busy1234.json';
    writeFileSync(path.join(dir, name), JSON.stringify(d.entry));
    // the first resume's claim: this test's own process is alive, so the lock is live
    writeFileSync(
      path.join(dir, `${name}.lock`),
      JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString(), token: 'first' }),
    );
    const t = openTerminal(['resume', 'busy1234', '--lang', 'en'], sb.env);
    const done = await Promise.race([
      t.exited,
      new Promise<'asked'>(
        (resolve) =>
          void t.waitFor(/question \d+ of about/, 8000).then(
            () => resolve('asked'),
            () => undefined,
          ),
      ),
    ]);
    if (done === 'asked') t.kill();
    expect(done).not.toBe('asked');
    expect((done as { exitCode: number }).exitCode).toBe(3);
    expect(t.screen()).toContain(String(process.pid));
  }, 20_000);
});

describe('a FIFO in the place of journal.lock', () => {
  it('is exit 3 naming it, at once, not a hang', async () => {
    mkdirSync(sb.journal, { recursive: true });
    writeFileSync(path.join(sb.journal, 'oplos-journal.json'), '{"format":"oplos-journal-folder","version":2}\n');
    execFileSync('mkfifo', [path.join(sb.journal, 'journal.lock')]);
    const r = await bounded(['start', '--answers', path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml')], sb.env, 8000);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(path.join(sb.journal, 'journal.lock'));
    expect(readdirSync(sb.journal).sort()).toEqual(['journal.lock', 'oplos-journal.json']);
  }, 20_000);
});

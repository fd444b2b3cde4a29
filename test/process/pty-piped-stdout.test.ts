/**
 * `oplos start | tee log` as a person runs it: the questions are asked on
 * the terminal, and the log (stdout, a pipe) holds plain lines without any
 * cursor or colour codes.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

// these tests start the real binary, several times each: a generous limit, only against a hang (a busy machine is slow)
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openTerminalCommand } from '../helpers/pty-shell.js';
import { describePty, KEY } from '../helpers/pty.js';
import { BIN, sandbox, type Sandbox } from '../helpers/cli.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

describePty('start with stdout piped', () => {
  it('asks on the terminal and writes a log without escape codes', { timeout: 60_000 }, async () => {
    const log = path.join(sb.dir, 'log.txt');
    const t = openTerminalCommand(`"${process.execPath}" "${BIN}" start reflection --lang en | cat > "${log}"`, sb.env);
    await t.waitFor('?', 20_000);
    t.mark();
    await t.line('A calm walk in the morning');
    await t.waitFor('?', 20_000);
    t.press(KEY.ctrlC);
    await t.exited;
    const text = readFileSync(log, 'utf8');
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/\x1b/);
  });
});

/**
 * Rechecking issue 19 ("no plain copy"): a session goes on at a terminal
 * while the journal is encrypted from another terminal. Once encrypt says it
 * is done, the session's next answers must not be written in plain text.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { BIN, sandbox, type Sandbox } from '../helpers/cli.js';
import { describePty, KEY, openTerminal } from '../helpers/pty.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

const holders = (dir: string, needle: string): string[] => {
  const out: string[] = [];
  for (const n of readdirSync(dir, { recursive: true }) as string[]) {
    const f = path.join(dir, n);
    if (statSync(f).isFile() && readFileSync(f).includes(needle)) out.push(n);
  }
  return out;
};

describePty('a session under way while the journal is encrypted', () => {
  it('writes its next answers sealed, never in plain text, and loses none', async () => {
    const t = openTerminal(['start', '--lang', 'en'], { ...sb.env, OPLOS_PASSPHRASE: 'correct horse battery' });
    await t.waitFor('Since you made this appointment');
    t.press(KEY.down);
    t.press(KEY.enter);
    await t.waitFor('What are your best hopes');
    await t.line('Before-encrypt answer');
    await t.waitFor('What makes things hard');
    execFileSync(process.execPath, [BIN, 'journal', 'encrypt'], {
      env: { ...sb.env, OPLOS_PASSPHRASE: 'correct horse battery' } as NodeJS.ProcessEnv,
    });
    await t.line('After-encrypt secret');
    await new Promise((r) => setTimeout(r, 1500));
    t.press(KEY.ctrlC);
    await t.exited;
    expect(holders(sb.journal, 'After-encrypt secret')).toEqual([]);
    expect(holders(sb.journal, 'Before-encrypt answer')).toEqual([]);
    // and not lost: the journal, opened with the passphrase, holds it
    const out = execFileSync(process.execPath, [BIN, 'journal', 'list', '--all', '--json'], {
      env: { ...sb.env, OPLOS_PASSPHRASE: 'correct horse battery' } as NodeJS.ProcessEnv,
      encoding: 'utf8',
    });
    expect(out).toContain('After-encrypt secret');
  }, 30_000);
});

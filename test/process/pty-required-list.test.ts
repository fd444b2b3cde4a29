/**
 * Found at a real terminal (issue 20, findings 12/14 kind: what a person sees): an
 * empty first item of a required list left "✔ What has gone well lately? (skipped)"
 * on screen and asked again without saying why; it must say an answer is needed
 * here, as a required text question does, and never claim it was skipped.
 */
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { describePty, itPty, KEY, openTerminal } from '../helpers/pty.js';
import { sandbox, type Sandbox } from '../helpers/cli.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

describePty('a required list', () => {
  itPty('an empty first item is refused with the reason, not shown as skipped', { timeout: 60_000 }, async () => {
    const t = openTerminal(['start', 'reflection', '--lang', 'en'], sb.env, { cols: 100, rows: 40 });
    await t.waitFor('? What has gone well lately?');
    t.mark();
    await t.line('');
    await t.waitFor('An answer is needed here.');
    await t.line('a good talk');
    await t.waitFor('? What else?');
    t.press(KEY.ctrlC);
    await t.exited;
    expect(t.screen()).not.toContain('(skipped)');
  });
});

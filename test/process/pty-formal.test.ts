/**
 * A formal session at a real terminal (issue 21): `start --formal` speaks with "u", shows each
 * question's phase and where it stands ("Beste hoop · 2 van 12") instead of a question count, and
 * `resume` goes on formally.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describePty, KEY, openTerminal } from '../helpers/pty.js';
import { sandbox, type Sandbox } from '../helpers/cli.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

describePty('a formal session', () => {
  it('speaks with "u", names the phase above each question, and resume goes on formally', async () => {
    const t = openTerminal(['start', 'first-session', '--lang', 'nl', '--client', 'M.', '--formal'], sb.env);
    await t.waitFor('Sinds u deze afspraak heeft gemaakt');
    expect(t.screen()).toMatch(/Wat is er al veranderd\? · 1 van 12/);
    expect(t.screen()).not.toMatch(/van ongeveer/);
    t.mark();
    t.press(KEY.down); // nee
    t.press(KEY.enter);
    await t.waitFor('Wat hoopt u dat deze gesprekken u opleveren?');
    expect(t.sinceMark()).toMatch(/Beste hoop · 2 van 12/);
    t.press(KEY.ctrlC);
    expect((await t.exited).exitCode).toBe(130);

    const r = openTerminal(['resume', '--lang', 'nl'], sb.env);
    await r.waitFor('Wat hoopt u dat deze gesprekken u opleveren?');
    r.press(KEY.ctrlC);
    expect((await r.exited).exitCode).toBe(130);
  }, 30_000);
});

/**
 * Passphrase prompts at a real terminal: a wrong passphrase is asked again
 * (three tries in all), a repeat that differs asks again, and Ctrl-C at the
 * prompt ends with a whole sentence in the person's language.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

// these tests start the real binary, several times each: a generous limit, only against a hang (a busy machine is slow)
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
import path from 'node:path';
import { describePty, KEY, openTerminal } from '../helpers/pty.js';
import { oplos, ROOT, sandbox, type Sandbox } from '../helpers/cli.js';

const ANSWERS = path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml');
const PASS = 'correct horse battery';
let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
  await oplos(['start', '--client', 'C.', '--answers', ANSWERS], sb.env);
});
afterEach(() => sb.cleanup());

const encrypt = () => oplos(['journal', 'encrypt'], { ...sb.env, OPLOS_PASSPHRASE: PASS });

describePty('the journal passphrase', () => {
  it('asks again after a wrong one, and opens with the right one', { timeout: 60_000 }, async () => {
    expect((await encrypt()).code).toBe(0);
    const t = openTerminal(['journal', 'list', '--lang', 'en'], sb.env);
    await t.waitFor('Passphrase for the journal');
    t.mark();
    await t.line('wrong one');
    await t.waitFor('2 more tries', 20_000);
    t.mark();
    await t.line('wrong two');
    await t.waitFor('one more try', 20_000);
    t.mark();
    await t.line(PASS);
    await t.waitFor('C.');
    expect((await t.exited).exitCode).toBe(0);
  });

  it('ends with exit 3 after three wrong tries', { timeout: 60_000 }, async () => {
    await encrypt();
    const t = openTerminal(['journal', 'list', '--lang', 'nl'], sb.env);
    await t.waitFor('Wachtwoordzin voor het logboek');
    await t.line('een');
    await t.waitFor('nog 2 pogingen', 20_000);
    t.mark();
    await t.line('twee');
    await t.waitFor('nog één poging', 20_000);
    t.mark();
    await t.line('drie');
    expect((await t.exited).exitCode).toBe(3);
  });

  it('Ctrl-C at the prompt says so in a sentence, in Dutch with --lang nl', { timeout: 60_000 }, async () => {
    await encrypt();
    const t = openTerminal(['journal', 'list', '--lang', 'nl'], sb.env);
    await t.waitFor('Wachtwoordzin voor het logboek');
    t.press(KEY.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    expect(t.screen()).toMatch(/Gestopt op jouw verzoek; er is niets veranderd\./);
    expect(t.screen()).not.toMatch(/^interrupted$/m);
  });
});

describePty('a new passphrase', () => {
  it('asks both again when the repeat differs', { timeout: 60_000 }, async () => {
    const t = openTerminal(['journal', 'encrypt', '--lang', 'en'], sb.env);
    await t.waitFor('New passphrase for the journal');
    await t.line(PASS);
    await t.waitFor('The same passphrase again');
    t.mark();
    await t.line('something else entirely');
    // the message and the new prompt may come in one write: wait for both, in order, since the mark
    await t.waitFor(/The two differ; choose the passphrase again\.[\s\S]*New passphrase for the journal/, 20_000);
    t.mark();
    await t.line(PASS);
    await t.waitFor('The same passphrase again', 20_000);
    t.mark();
    await t.line(PASS);
    await t.waitFor('encrypted at rest', 20_000);
    expect((await t.exited).exitCode).toBe(0);
  });
});

/**
 * `oplos journal edit ID` at a real terminal: pick the question, see its
 * answer, give the new one; the journal holds it with editedAt.
 */
import { afterEach, beforeEach, expect } from 'vitest';
import path from 'node:path';
import { itPty, KEY, openTerminal } from '../helpers/pty.js';
import { oplos, ROOT, sandbox, type Sandbox, storedSessions } from '../helpers/cli.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

itPty('picks a question, shows its answer, takes the new one', { timeout: 30_000 }, async () => {
  const r = await oplos(['start', '--answers', path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml')], sb.env);
  expect(r.code).toBe(0);
  const entries = storedSessions<{ id: string; answers: { question: string; value?: unknown; editedAt?: string }[] }>(sb.journal);
  const id = entries[0]!.id.slice(0, 8);

  const t = openTerminal(['journal', 'edit', id, '--lang', 'en'], sb.env);
  await t.waitFor('Which answer do you want to change?');
  t.press(KEY.down); // the second answered question: what got better
  t.press(KEY.enter);
  await t.waitFor('The answer now:');
  // the prompt, with the answer offered for editing
  await t.waitFor(/The answer now:[\s\S]*\n\? [^\n]*I called my sister back/);
  t.press('\x15'); // Ctrl-U: clear the offered answer
  await t.line('I called my brother back');
  await t.waitFor(/Changed: .* in session/);
  expect((await t.exited).exitCode).toBe(0);
  const after = storedSessions<(typeof entries)[number]>(sb.journal)[0]!;
  const edited = after.answers.find((a) => a.question === 'pre-change-what')!;
  expect(edited.value).toBe('I called my brother back');
  expect(edited.editedAt).toBeDefined();
});

itPty('in Dutch, the edit picker says its keys in Dutch (issue 20, finding 13)', { timeout: 30_000 }, async () => {
  const r = await oplos(
    ['start', '--lang', 'nl', '--answers', path.join(ROOT, 'test', 'fixtures', 'answers', 'first-session.yaml')],
    sb.env,
  );
  expect(r.code).toBe(0);
  const id = storedSessions<{ id: string }>(sb.journal)[0]!.id.slice(0, 8);
  const t = openTerminal(['journal', 'edit', id, '--lang', 'nl'], sb.env);
  await t.waitFor(/Welk antwoord[\s\S]*kiezen/);
  expect(t.screen()).not.toMatch(/navigate|select/);
  t.press(KEY.ctrlC);
  await t.exited;
});

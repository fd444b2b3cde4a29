/**
 * `journal show` reads in one language (issue 20, finding 13): a session held
 * in Dutch, shown in English, is headed "First session with P.", not
 * "Eerste gesprek with P.".
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { sandbox, type Sandbox } from './helpers/cli.js';
import { oplosIn } from './helpers/run-cli.js';
import { session, writeJournalFile } from './helpers/journal-file.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
  sb.env['TZ'] = 'UTC';
  await writeJournalFile(sb.journal, [session(1, '2026-11-01T10:00:00.000Z', { lang: 'nl' })]);
});
afterEach(() => sb.cleanup());

it('heads a Dutch session shown in English in English, and in Dutch in Dutch', async () => {
  const en = await oplosIn(['journal', 'show', '00000001', '--lang', 'en'], sb.env);
  expect(en.code).toBe(0);
  expect(en.stdout).toContain('First session with P.');
  expect(en.stdout).not.toContain('Eerste gesprek with');
  const nl = await oplosIn(['journal', 'show', '00000001', '--lang', 'nl'], sb.env);
  expect(nl.stdout).toContain('Eerste gesprek met P.');
});

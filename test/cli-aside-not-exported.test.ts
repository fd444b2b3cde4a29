/**
 * Answers kept aside by going back (issue 20, finding 6) stay in the session
 * file, but are never shown or exported as answers, and the file is sound to
 * `journal check`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { sandbox, type Sandbox } from './helpers/cli.js';
import { oplosIn } from './helpers/run-cli.js';
import { session, writeJournalFile } from './helpers/journal-file.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
  sb.env['TZ'] = 'UTC';
  const e = session(1, '2026-11-01T10:00:00.000Z');
  const aside = [
    {
      question: 'cope',
      phase: 'scaling',
      kind: 'text',
      asked: 'How do you keep going?',
      value: 'ONE-DAY-AT-A-TIME',
      answeredAt: '2026-11-01T10:10:00.000Z',
    },
  ];
  await writeJournalFile(sb.journal, [{ ...e, aside } as typeof e]);
});
afterEach(() => sb.cleanup());

it('show, list --json, every export and check leave the aside answers out, and the file keeps them', async () => {
  for (const args of [
    ['journal', 'show', '00000001'],
    ['journal', 'list', '--json'],
    ['journal', 'export', '--format', 'json'],
    ['journal', 'export', '--format', 'md'],
    ['journal', 'export', '--format', 'csv'],
  ]) {
    const r = await oplosIn([...args, '--lang', 'en'], sb.env);
    expect(r.code, args.join(' ')).toBe(0);
    expect(r.stdout, args.join(' ')).not.toContain('ONE-DAY-AT-A-TIME');
    expect(r.stdout, args.join(' ')).not.toContain('"aside"');
  }
  const check = await oplosIn(['journal', 'check', '--lang', 'en'], sb.env);
  expect(check.code).toBe(0);
  const [name] = readdirSync(path.join(sb.journal, 'sessions', '2026'));
  const raw = readFileSync(path.join(sb.journal, 'sessions', '2026', name!), 'utf8');
  expect(raw).toContain('ONE-DAY-AT-A-TIME');
});

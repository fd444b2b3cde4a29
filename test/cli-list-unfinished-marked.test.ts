/**
 * `journal list` marks an unfinished session at every width (issue 20,
 * finding 15): at 100 columns, as at 60, the status column stays when a
 * session in the list is unfinished; with none unfinished it may go first.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { sandbox, type Sandbox } from './helpers/cli.js';
import { oplosIn } from './helpers/run-cli.js';
import { session, writeDraftFile, writeJournalFile } from './helpers/journal-file.js';
import { displayWidth } from '../src/text/width.js';

let sb: Sandbox;
const LONG = 'Lay out the clothes the evening before, and put the keys by the door so nothing is looked for';
beforeEach(async () => {
  sb = await sandbox();
  sb.env['TZ'] = 'UTC';
  await writeJournalFile(sb.journal, [
    session(1, '2026-11-01T10:00:00.000Z', { client: 'Client-with-a-long-label' }, { step: LONG }),
    session(2, '2026-11-02T10:00:00.000Z', { client: 'Another-long-label' }, { step: LONG }),
  ]);
});
afterEach(() => sb.cleanup());

const list = (columns: string, lang = 'en') => oplosIn(['journal', 'list', '--lang', lang], { ...sb.env, COLUMNS: columns });

it.each(['100', '60', '120'])('marks the unfinished session at %s columns', async (columns) => {
  await writeDraftFile(sb.journal, session(3, '2026-11-03T10:00:00.000Z', { client: 'Third-long-label' }, { step: LONG }));
  const r = await list(columns);
  expect(r.code).toBe(0);
  const lines = r.stdout.trimEnd().split('\n');
  const row = lines.find((l) => l.startsWith('00000003'))!;
  expect(row).toContain('unfinished');
  for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(Number(columns));
  const nl = await list(columns, 'nl');
  expect(nl.stdout.split('\n').find((l) => l.startsWith('00000003'))).toContain('onafgemaakt');
});

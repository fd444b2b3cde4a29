/** Before removing, oplos names what goes: how many sessions, of which client, from which date to which. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sandbox, type Sandbox } from './helpers/cli.js';
import { oplosIn } from './helpers/run-cli.js';
import { session, writeJournalFile } from './helpers/journal-file.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
  sb.env['TZ'] = 'UTC';
  await writeJournalFile(sb.journal, [
    session(1, '2026-03-02T10:00:00.000Z', { client: 'Z-3' }),
    session(2, '2026-04-05T10:00:00.000Z', { client: 'Z-3' }),
    session(3, '2026-04-06T10:00:00.000Z', { client: 'Q.' }),
    session(4, '2019-01-06T10:00:00.000Z', { client: 'Q.' }),
  ]);
});
afterEach(() => sb.cleanup());

describe('what a removal names', () => {
  it('delete --client names the client, the count and the dates', async () => {
    const r = await oplosIn(['journal', 'delete', '--client', 'Z-3', '--lang', 'en'], sb.env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Delete 2 sessions of Z-3, held 2 Mar 2026 – 5 Apr 2026 for good?');
    const nl = await oplosIn(['journal', 'delete', '--client', 'Z-3', '--lang', 'nl'], sb.env);
    expect(nl.stderr).toContain('2 gesprekken met Z-3, gehouden 2 mrt. 2026 – 5 apr. 2026 definitief verwijderen?');
  });

  it('delete by id names one session and its day', async () => {
    const r = await oplosIn(['journal', 'delete', '00000003', '--lang', 'en'], sb.env);
    expect(r.stderr).toContain('Delete 1 session of Q., held on 6 Apr 2026 for good?');
  });

  it('purge names what is older than the retention', async () => {
    await oplosIn(['config', 'set', 'retention-months', '12'], sb.env);
    const r = await oplosIn(['journal', 'purge', '--lang', 'en'], sb.env);
    expect(r.stderr).toContain('Remove 1 session of Q., held on 6 Jan 2019, complete and older than 12 months?');
  });
});

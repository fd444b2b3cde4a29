/**
 * A separate oplos process for the concurrency and crash tests (bundled with
 * esbuild before the tests, since Node 20 cannot run TypeScript).
 * argv[2] is JSON:
 * - `{ mode: 'sessions', journal, prefix, count, staleMs? }`: saves each
 *   session as a draft (twice, as answers come), completes it, then prints
 *   its id on a line of its own;
 * - `{ mode: 'hold', journal }`: takes the journal's lock, prints `locked`
 *   and keeps it until killed.
 */
import { openJournal } from '../../src/journal/store.js';
import { draft, entry } from './journal-fixtures.js';

interface Args {
  mode: 'sessions' | 'hold';
  journal: string;
  prefix?: string;
  count?: number;
  staleMs?: number;
}

const args = JSON.parse(process.argv[2] ?? '{}') as Args;
const journal = await openJournal({
  path: args.journal,
  lang: 'en',
  lockTimeoutMs: 60_000,
  ...(args.staleMs ? { lockStaleMs: args.staleMs } : {}),
});

if (args.mode === 'hold') {
  setInterval(() => undefined, 1_000);
  await journal.locked(async () => {
    process.stdout.write('locked\n');
    await new Promise(() => undefined);
  });
} else {
  for (let i = 0; i < (args.count ?? 1); i++) {
    const id = `${args.prefix ?? 'w'}x${i}`;
    const d = draft(id, i);
    await journal.saveDraft(d);
    await journal.saveDraft({ ...d, pending: { question: 'exceptions', items: ['monday', 'tuesday'] } });
    await journal.completeDraft(entry(id, i));
    process.stdout.write(`${id}\n`);
  }
}

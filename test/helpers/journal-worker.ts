/**
 * A separate oplos process for the concurrency and crash tests (bundled with
 * esbuild before the tests, since Node 20 cannot run TypeScript).
 * argv[2] is JSON:
 * - `{ mode: 'sessions', journal, prefix, count }`: saves each session as a
 *   draft (twice, as answers come), completes it, then prints its id;
 * - `{ mode: 'hold', journal }`: takes the journal's lock, prints `locked`
 *   and keeps it until killed;
 * - `{ mode: 'switch', journal, count }`: encrypts and decrypts in turn
 *   (passphrase `pass-phrase`), printing `encrypted` / `decrypted`;
 * - `{ mode: 'delete', journal, ids }`: deletes the sessions one by one, printing each id;
 * - `{ mode: 'claim', journal, id }`: saves a draft of `id` (claiming it), prints `claimed`, waits.
 */
import { openJournal } from '../../src/journal/open.js';
import { draft, entry } from './journal-fixtures.js';

interface Args {
  mode: 'sessions' | 'hold' | 'switch' | 'delete' | 'claim';
  journal: string;
  prefix?: string;
  count?: number;
  staleMs?: number;
  ids?: string[];
  id?: string;
}

const args = JSON.parse(process.argv[2] ?? '{}') as Args;
const journal = await openJournal({
  path: args.journal,
  lang: 'en',
  lockWaitMs: 60_000,
  passphrase: async () => 'pass-phrase',
  ...(args.staleMs ? { lockStaleMs: args.staleMs } : {}),
});

if (args.mode === 'hold') {
  setInterval(() => undefined, 1_000);
  await journal.folder.locked(async () => {
    process.stdout.write('locked\n');
    await new Promise(() => undefined);
  });
} else if (args.mode === 'claim') {
  setInterval(() => undefined, 1_000);
  await journal.saveDraft(draft(args.id ?? 'c1'));
  process.stdout.write('claimed\n');
} else if (args.mode === 'switch') {
  for (let i = 0; i < (args.count ?? 1); i++) {
    if (journal.encrypted) {
      await journal.decrypt();
      process.stdout.write('decrypted\n');
    } else {
      await journal.encrypt('pass-phrase');
      process.stdout.write('encrypted\n');
    }
  }
} else if (args.mode === 'delete') {
  for (const id of args.ids ?? []) {
    await journal.delete([id]);
    process.stdout.write(`${id}\n`);
  }
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

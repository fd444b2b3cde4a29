/**
 * Switching a journal (and its drafts) to and from encryption at rest, in
 * place, under the lock. Everything is read and checked first (for decrypt
 * that proves the passphrase), so a refusal changes nothing. Drafts are
 * rewritten before the journal: a run cut short leaves the journal as it was
 * and running the command again finishes the job.
 */
import { peekEncrypted } from './document.js';
import { fail, journalTexts } from './messages.js';
import type { Journal } from './store.js';

export const switchEncryption = async (
  j: Journal,
  on: boolean,
  passphrase: string | undefined,
  stillHeld: () => void,
): Promise<void> => {
  const t = journalTexts(j.lang);
  if (on) {
    if (!passphrase) throw fail(2, t.emptyPassphrase());
    if (await peekEncrypted(j.path)) throw fail(2, t.alreadyEncrypted(j.path));
  }
  const x = await j.load();
  if (on && x.adapter.encrypted) throw fail(2, t.alreadyEncrypted(j.path));
  if (!on && !x.adapter.encrypted) throw fail(2, t.notEncrypted(j.path));
  if (on && passphrase) j.pass.set(passphrase);
  const drafts = await j.drafts.all();
  for (const d of drafts) {
    stillHeld();
    await j.drafts.save(d, on, j.path);
  }
  x.adapter.encrypted = on;
  await j.commit(x, stillHeld);
};

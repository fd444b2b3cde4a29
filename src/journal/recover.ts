/**
 * Tidying what a crash between "journal written" and "draft removed" left
 * (see completeDraft): a completion marker becomes a draft again when the
 * journal lacks its session, and goes when the journal has it; so does a
 * draft whose id the journal has. Rare, so it may take the lock and read
 * the whole journal.
 */
import type { JournalBase as Journal } from './journal-base.js';

export const recoverDrafts = async (j: Journal): Promise<void> => {
  await j.locked(async () => {
    const completing = await j.drafts.completingIds();
    const draftIds = await j.drafts.ids();
    if (completing.length === 0 && draftIds.length === 0) return;
    const inJournal = new Set((await j.load()).low.data.entries.map((e) => e.id));
    for (const id of completing) {
      if (inJournal.has(id) || draftIds.includes(id)) await j.drafts.removeCompleting(id);
      else await j.drafts.unmarkCompleting(id);
    }
    for (const id of draftIds) if (inJournal.has(id)) await j.drafts.remove(id);
  });
};

/** The menu's "find a session": by client, by date or by words, then one picked from the newest matches. */
import type { CliContext } from '../cli-context.js';
import { openContextJournal } from '../open-journal.js';
import { loadContextSets } from '../load-sets.js';
import { menuTexts } from '../messages-menu.js';
import { glance, whenText } from '../render/entry-glance.js';
import { clipWidth } from '../../text/width.js';
import { safeText } from '../render/safe-text.js';
import { ask, choose } from '../prompts/menu-prompts.js';
import type { EntryFilter } from '../../journal/filter.js';
import { pick } from '../../i18n/lang.js';

const SHOWN = 30;

const lastDayOf = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
};

/** The id of the session picked, or undefined when nothing matched. */
export const findSession = async (ctx: CliContext): Promise<string | undefined> => {
  const w = menuTexts[ctx.lang];
  const journal = await openContextJournal(ctx);
  const all = await journal.query({});
  if (all.length === 0) {
    ctx.err(w.emptyJournal);
    return undefined;
  }
  const by = await choose(ctx, w.findBy, [
    { value: 'client', name: w.byClient },
    { value: 'date', name: w.byDate },
    { value: 'words', name: w.byWords },
  ]);
  let filter: EntryFilter;
  if (by === 'client') {
    const clients = [...new Set(all.map((e) => e.client).filter((c): c is string => c !== undefined))];
    const client = await choose(
      ctx,
      w.whichClient,
      clients.map((c) => ({ value: c, name: safeText(c) })),
    );
    filter = { client };
  } else if (by === 'date') {
    const date = await ask(ctx, w.date, (v) => /^\d{4}-\d{2}(-\d{2})?$/.test(v.trim()) || w.badDate);
    filter = date.length === 7 ? { from: `${date}-01`, to: lastDayOf(date) } : { from: date, to: date };
  } else {
    filter = { search: await ask(ctx, w.words, (v) => v.trim() !== '' || w.wordsNeeded) };
  }
  // "the newest 30 of 41" counts the sessions that match, never the whole journal (counted only when more match than are shown)
  const first = await journal.query({ ...filter, limit: SHOWN + 1 });
  const entries = first.slice(0, SHOWN);
  const total = first.length > SHOWN ? (await journal.query(filter)).length : entries.length;
  if (entries.length === 0) {
    ctx.err(w.noneFound);
    return undefined;
  }
  const { sets } = await loadContextSets(ctx, { quiet: true });
  const now = ctx.clock.now();
  const room = Math.max(20, ctx.width - 4);
  return choose(
    ctx,
    w.found(entries.length, total),
    entries.map((e) => {
      const g = glance(e, sets.get(e.set));
      // the set by its title, as the menu's list of sets names it
      const set = sets.get(e.set);
      const line = [
        whenText(e.startedAt, now, ctx.lang),
        e.client ?? w.nobody,
        set ? pick(set.title, ctx.lang, set.languages) : e.set,
        g.keyPoint,
      ]
        .filter(Boolean)
        .join(' · ');
      return { value: e.id, name: clipWidth(safeText(line), room) };
    }),
  );
};

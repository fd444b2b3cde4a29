/**
 * `oplos` alone: on a terminal a short menu that asks what a person would be
 * asked before a session (which set, for whom, in which language), continues
 * a session picked from a list, finds one and opens it; elsewhere the help.
 */
import type { MenuOptions } from './menu.options.js';
import { EXIT } from '../../errors.js';
import type { Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import { loadContextSets } from '../load-sets.js';
import { openContextJournal } from '../open-journal.js';
import { pick } from '../../i18n/lang.js';
import { messages } from '../messages.js';
import { menuTexts, languageNames } from '../messages-menu.js';
import { clipWidth } from '../../text/width.js';
import { safeText } from '../render/safe-text.js';
import { fullNameWarning } from '../session/client-label.js';
import { errWrapped } from '../render/wrapped.js';
import type { QuestionSet } from '../../sets/types.js';
import type { Lang } from '../../i18n/lang.js';
import { findSession } from '../menu/menu-find.js';
import { ask, choose } from '../prompts/menu-prompts.js';

type Opts = MenuOptions;

/** Who the session is for: a known client (most recent first), a typed label, or the person themself (no client). */
const forWhom = async (ctx: CliContext): Promise<{ client: string | undefined; known: boolean }> => {
  const w = menuTexts[ctx.lang];
  const journal = await openContextJournal(ctx);
  const counts = new Map<string, number>();
  for (const e of await journal.query({})) if (e.client) counts.set(e.client, (counts.get(e.client) ?? 0) + 1);
  const recent = [...counts.keys()].slice(0, 10);
  const who = await choose(ctx, w.forWhom, [
    { value: 'new', name: w.newClient },
    ...recent.map((c) => ({ value: `client:${c}`, name: safeText(w.client(c, counts.get(c) ?? 0)) })),
    { value: 'self', name: w.myself },
  ]);
  if (who === 'self') return { client: undefined, known: false };
  if (who.startsWith('client:')) return { client: who.slice(7), known: true };
  const label = await ask(ctx, w.label, (v) => v.trim() !== '' || w.labelNeeded);
  const warning = fullNameWarning(label, ctx.lang);
  if (warning) errWrapped(ctx, warning);
  return { client: label, known: counts.has(label) };
};

/**
 * The sets in the order that fits: the likely one first (a follow-up for a
 * known client, the configured or first session for a new one), then the
 * sets whose `audience` fits (`self` for oneself, `practitioner` with a client).
 */
const pickSet = async (ctx: CliContext, audience?: 'self' | 'practitioner', likely?: string): Promise<QuestionSet> => {
  const w = menuTexts[ctx.lang];
  const { sets } = await loadContextSets(ctx);
  const fits = (s: QuestionSet) => (s.id === likely ? 0 : audience && s.audience.includes(audience) ? 1 : 2);
  const list = [...sets.values()].sort((a, b) => fits(a) - fits(b) || a.id.localeCompare(b.id));
  const room = Math.max(20, ctx.width - 4);
  const id = await choose(
    ctx,
    w.which,
    list.map((s) => {
      const title = pick(s.title, ctx.lang, s.languages);
      const summary = s.summary ? pick(s.summary, ctx.lang, s.languages).replace(/\s+/g, ' ').trim() : '';
      const name = safeText(summary ? `${title} — ${summary}` : title);
      // a screen reader hears the whole line; a list on screen is cut to the width
      // once chosen, the title alone (the whole line would wrap inside a word)
      return { value: s.id, name: ctx.accessible ? name : clipWidth(name, room), short: safeText(title) };
    }),
    list[0]?.id,
  );
  return sets.get(id) as QuestionSet;
};

/** The session's language: one of the set's, the current one first. */
const pickLang = async (ctx: CliContext, set: QuestionSet): Promise<Lang> => {
  const langs = set.languages.filter((l): l is Lang => l === 'nl' || l === 'en');
  if (langs.length <= 1) return langs[0] ?? ctx.lang;
  return choose(
    ctx,
    menuTexts[ctx.lang].language,
    langs.map((l) => ({ value: l, name: languageNames[l] ?? l })),
    langs.includes(ctx.lang) ? ctx.lang : langs[0],
  );
};

const startSession = async (ctx: CliContext, opts: Opts) => {
  const { client, known } = await forWhom(ctx);
  const { sets } = await loadContextSets(ctx, { quiet: true });
  const likely =
    client === undefined ? 'reflection' : known && sets.has('follow-up') ? 'follow-up' : (ctx.config['default-set'] ?? 'first-session');
  const set = await pickSet(ctx, client === undefined ? 'self' : 'practitioner', likely);
  const lang = await pickLang(ctx, set);
  // the session speaks the language chosen; the rest of this run too
  const inLang: CliContext = { ...ctx, lang, m: messages(lang) };
  // a session with several people (the client and their network): who takes part, as --with takes them
  const { askParticipants, asksEachPerson } = await import('../menu/menu-people.js');
  const people = client !== undefined && asksEachPerson(set) ? await askParticipants(inLang, client) : [];
  const withOpt = people.length > 0 ? { with: people.join(',') } : {};
  return (await import('./start.js')).run(inLang, [set.id], { ...opts, tag: [], ...(client !== undefined ? { client } : {}), ...withOpt });
};

const continueSession = async (ctx: CliContext, opts: Opts) => {
  const w = menuTexts[ctx.lang];
  const journal = await openContextJournal(ctx);
  const drafts = await journal.listDrafts();
  if (drafts.length === 0) {
    ctx.err(w.noDrafts);
    return EXIT.ok;
  }
  const { sets } = await loadContextSets(ctx, { quiet: true });
  const { whenText } = await import('../render/entry-glance.js');
  const now = ctx.clock.now();
  const id = await choose(
    ctx,
    w.whichDraft,
    drafts.map((d) => {
      const e = d.entry;
      const total = sets.get(e.set)?.questions.length ?? e.answers.length;
      // the set by its title, as the list of sets names it (not its id)
      const set = sets.get(e.set);
      const title = set ? pick(set.title, ctx.lang, set.languages) : e.set;
      return {
        value: e.id,
        name: safeText(w.draft(e.client ?? w.nobody, title, whenText(e.startedAt, now, ctx.lang), e.answers.length, total)),
      };
    }),
  );
  return (await import('./resume.js')).run(ctx, [id], opts);
};

export const run = async (ctx: CliContext, _args: string[], opts: Opts, program: Command) => {
  if (!ctx.interactive) {
    program.outputHelp();
    return;
  }
  const w = menuTexts[ctx.lang];
  (await import('../prompts/accessible-prompter.js')).announceAccessible(ctx);
  const choice = await choose(ctx, w.what, [
    { value: 'start', name: w.start },
    { value: 'resume', name: w.resume },
    { value: 'find', name: w.find },
    { value: 'demo', name: w.demo },
    { value: 'quit', name: w.quit },
  ]);
  switch (choice) {
    case 'start':
      return startSession(ctx, opts);
    case 'resume':
      return continueSession(ctx, opts);
    case 'find': {
      const id = await findSession(ctx);
      if (id) return (await import('./journal-show.js')).run(ctx, [id]);
      return EXIT.ok;
    }
    case 'demo':
      return (await import('./demo.js')).run(ctx, [(await pickSet(ctx, undefined)).id], opts);
    default:
      return EXIT.ok;
  }
};

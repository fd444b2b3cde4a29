/**
 * Asking one question through the Prompter, by kind. An empty answer to an
 * optional question is a skip; to a required one it is asked again. A value
 * the prompter should never have let through (out of range, unknown choice)
 * is a bug and thrown as such.
 */
import { formalKey, onGrid, type LocalText, type QuestionSet } from '../sets/types.js';
import { aboutMinutes, practitionerNote } from './messages.js';
import { pick } from '../i18n/lang.js';
import type { CheckedAnswer } from './answer-check.js';
import { GoBack, type PromptBase, type Prompter } from './ports.js';
import type { AskStep } from './session-machine.js';

export interface AskOptions {
  readonly prompter: Prompter;
  readonly set: QuestionSet;
  /** the user's language, for the prompt's own words */
  readonly uiLang: string;
  /** the language of the set's texts (labels) */
  readonly lang: string;
  /** 1.2: labels in their formal variant where the set has one */
  readonly formal?: boolean;
  /** list items already given (a resumed list) */
  readonly pending?: readonly string[];
  /** called with all items so far after every list item */
  readonly onItems?: (items: readonly string[]) => Promise<void>;
  /** going back out of a list: its items as they were (the one offered and those after it included), to keep aside */
  readonly onLeaveList?: (items: readonly string[]) => void;
  /** withdraws the question when aborted */
  readonly signal?: AbortSignal;
  /** the earlier answer offered for editing (going back); for a list, the item being taken back */
  readonly initial?: string | number | boolean;
  /** the earlier answer was a skip (going back) */
  readonly skippedBefore?: boolean;
}

const SKIPPED: CheckedAnswer = { skipped: true };

/** A label in the session's language, in its formal variant when the session is formal and the set has one. */
const label = (t: LocalText, o: AskOptions): string => (o.formal ? t[formalKey(o.lang)] : undefined) ?? pick(t, o.lang, o.set.languages);

const bug = (step: AskStep, got: unknown): Error =>
  new Error(`prompter returned ${JSON.stringify(got)} for ${step.question.kind} question ${step.question.id}`);

const askList = async (step: AskStep, base: PromptBase, o: AskOptions): Promise<CheckedAnswer> => {
  const q = step.question;
  if (q.kind !== 'list') throw bug(step, q.kind);
  const items = [...(o.pending ?? [])];
  let initial = typeof o.initial === 'string' ? o.initial : undefined;
  /** items taken back by going back inside the list: offered again, in order, as the person goes forward */
  const ahead: string[] = [];
  for (;;) {
    while (items.length < q.max) {
      const itemIndex = items.length;
      let raw: string | readonly string[];
      try {
        raw = await o.prompter.listItem({
          ...base,
          // whose turn it is stays in front of every item's prompt ("Paul: What else?")
          message: itemIndex === 0 ? base.message : `${whose(step)}${step.more ?? step.text}`,
          optional: q.optional || itemIndex > 0,
          itemIndex,
          max: q.max,
          ask: base.message,
          items: [...items],
          ...(initial !== undefined ? { initial } : {}),
        });
      } catch (e) {
        if (!(e instanceof GoBack)) throw e;
        // the item offered here is not given up: it comes again after the one taken back
        if (initial !== undefined) ahead.unshift(initial);
        if (items.length === 0) {
          // out of the list: what it held is kept aside, never lost
          if (ahead.length > 0) o.onLeaveList?.([...ahead]);
          throw e;
        }
        // back at a list with items: the last item is taken back and offered for editing
        initial = items.pop();
        await o.onItems?.(items);
        continue;
      }
      initial = ahead.shift();
      const given = (typeof raw === 'string' ? [raw] : raw).map((i) => i.trim()).filter((i) => i !== '');
      if (given.length === 0) break;
      items.push(...given.slice(0, q.max - items.length));
      await o.onItems?.(items);
    }
    if (items.length > 0) return { value: items };
    if (q.optional) return SKIPPED;
  }
};

/** In a session held with several people, whose turn it is, in front of every prompt of a per-person question. */
const whose = (step: AskStep): string => (step.participant !== undefined ? `${step.participant}: ` : '');

export const askQuestion = async (step: AskStep, o: AskOptions): Promise<CheckedAnswer> => {
  const q = step.question;
  const title = pick(step.phase.title, o.lang, o.set.languages);
  const note = q.for === 'practitioner' ? `[${practitionerNote(o.uiLang)}] ` : '';
  const base: PromptBase = {
    message: `${note}${whose(step)}${step.text}`,
    ...(step.help !== undefined ? { help: step.help } : {}),
    ...(step.participant !== undefined ? { participant: step.participant } : {}),
    optional: q.optional,
    phaseTitle: step.phase.minutes !== undefined ? `${title} (${aboutMinutes(step.phase.minutes, o.uiLang)})` : title,
    position: step.position,
    ...(step.phaseAt ? { phaseAt: { ...step.phaseAt, title } } : {}),
    lang: o.uiLang,
    ...(o.signal ? { signal: o.signal } : {}),
    ...(o.initial !== undefined && q.kind !== 'list' ? { initial: o.initial } : {}),
    ...(o.skippedBefore ? { skippedBefore: true } : {}),
  };
  if (q.kind === 'list') return askList(step, base, o);
  for (;;) {
    let got: unknown;
    switch (q.kind) {
      case 'text':
      case 'long': {
        const raw = await (q.kind === 'text' ? o.prompter.text(base) : o.prompter.long(base));
        got = raw?.trim() || undefined;
        break;
      }
      case 'scale': {
        const labels = new Map([...q.labels].map(([n, t]) => [n, label(t, o)] as const));
        got = await o.prompter.scale({ ...base, min: q.min, max: q.max, ...(q.step !== undefined ? { step: q.step } : {}), labels });
        if (got !== undefined && !(typeof got === 'number' && onGrid(q, got))) {
          throw bug(step, got);
        }
        break;
      }
      case 'choice': {
        const choices = q.choices.map((c) => ({ value: c.value, label: label(c.label, o) }));
        got = (await o.prompter.choice({ ...base, choices })) || undefined;
        if (got !== undefined && !q.choices.some((c) => c.value === got)) throw bug(step, got);
        break;
      }
      case 'confirm':
        got = await o.prompter.confirm(base);
        break;
    }
    if (got !== undefined) return { value: got as string | number | boolean };
    if (q.optional) return SKIPPED;
  }
};

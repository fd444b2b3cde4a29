/**
 * Checking one answer from an answers file (`--answers FILE`) against its
 * question. Choices made where the spec leaves room:
 * - text: a string of one line (surrounding space trimmed); long: any string.
 *   A number or true/false is not a text (the hint says to quote it).
 * - list: a list of strings; a single string counts as a one-item list.
 *   Items are trimmed and empty items dropped; more than `max` is an error.
 * - scale: a JSON/YAML number within min..max on the scale's step grid
 *   (1.1: 3.5 where the step is 0.5); a numeric string ("4") is rejected, as
 *   is 4.5 on a scale of whole steps.
 * - choice: a string equal to one of the values (named in the error).
 * - confirm: true or false.
 * - empty ('' or only spaces, [], null): skipped on an optional question, an
 *   error on a required one.
 * Errors are OplosError (exit 2) naming the question and what was expected.
 */
import type { AnswerValue } from '../domain/types.js';
import type { Question } from '../sets/types.js';
import { onGrid } from '../sets/types.js';
import { OplosError, EXIT } from '../errors.js';
import { emptyRequired, tooManyItems, wrongAnswer, wrongAnswerHint } from './messages.js';

export type CheckedAnswer = { readonly skipped: true } | { readonly skipped?: undefined; readonly value: AnswerValue };

const EMPTY = Symbol('empty');
const WRONG = Symbol('wrong');
type Parsed = AnswerValue | typeof EMPTY | typeof WRONG;

const isBlank = (s: string): boolean => s.trim() === '';

const parse = (q: Question, raw: unknown): Parsed => {
  if (raw === null || raw === undefined) return EMPTY;
  switch (q.kind) {
    case 'text':
      if (typeof raw !== 'string') return WRONG;
      if (isBlank(raw)) return EMPTY;
      return raw.trim().includes('\n') ? WRONG : raw.trim();
    case 'long':
      if (typeof raw !== 'string') return WRONG;
      return isBlank(raw) ? EMPTY : raw.trim();
    case 'list': {
      const list: unknown = typeof raw === 'string' ? [raw] : raw;
      if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) return WRONG;
      const items = list.map((s: string) => s.trim()).filter((s) => s !== '');
      return items.length === 0 ? EMPTY : items;
    }
    case 'scale':
      if (typeof raw === 'string' && isBlank(raw)) return EMPTY;
      return typeof raw === 'number' && onGrid(q, raw) ? raw : WRONG;
    case 'choice':
      if (typeof raw === 'string' && isBlank(raw)) return EMPTY;
      // a value such as 1 may come as a YAML number
      if (typeof raw === 'number' && q.choices.some((c) => c.value === String(raw))) return String(raw);
      return typeof raw === 'string' && q.choices.some((c) => c.value === raw) ? raw : WRONG;
    case 'confirm':
      if (typeof raw === 'string' && isBlank(raw)) return EMPTY;
      return typeof raw === 'boolean' ? raw : WRONG;
  }
};

/** The answer as it will be recorded, or an OplosError saying what is wrong. */
export const checkAnswer = (q: Question, raw: unknown, lang: string, participant?: string): CheckedAnswer => {
  const parsed = parse(q, raw);
  if (parsed === WRONG) throw new OplosError(wrongAnswer(q, raw, lang, participant), EXIT.usage, wrongAnswerHint(q, lang));
  if (parsed === EMPTY) {
    if (q.optional) return { skipped: true };
    throw new OplosError(emptyRequired(q, lang, participant), EXIT.usage);
  }
  if (q.kind === 'list' && Array.isArray(parsed) && parsed.length > q.max) {
    throw new OplosError(tooManyItems(q, parsed.length, lang), EXIT.usage);
  }
  return { value: parsed };
};

/**
 * The shape of a question-set file, format 1, as a zod schema: the single
 * source for both the loader's structural validation and the JSON Schema that
 * editors use (scripts/gen-schema.mjs writes schema/question-set.schema.json
 * from it). Checks that need more than one field (translations, references,
 * conditions, ranges) live in the loader, not here.
 *
 * Defaults are given with `.default()` so that they show in the JSON Schema;
 * the loader applies them itself when it builds the model.
 */
import { z } from 'zod';

import { ID_PATTERN } from './id-pattern.js';
export const LANG_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const VALUE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
export const LABEL_KEY_PATTERN = /^-?[0-9]+$/;
export const KINDS = ['text', 'long', 'list', 'scale', 'choice', 'confirm'] as const;
/**
 * The format versions this oplos reads: 1, 1.1 (which adds `per`, `for`, scale `step` and phase `minutes`)
 * and 1.2 (which adds `revises` and formal text variants such as `nl-formal`).
 */
export const FORMATS = [1, 1.1, 1.2] as const;

const got = (input: unknown) => (typeof input === 'string' ? `: got "${input}"` : '');

const idOf = (what: string) =>
  z.string().regex(ID_PATTERN, {
    error: (iss) => `${what} must be lowercase letters, digits and "-", starting with a letter or digit${got(iss.input)}`,
  });

const langCode = z.string().regex(LANG_PATTERN, {
  error: (iss) => `not a language code like "nl" or "en"${got(iss.input)}`,
});

const textValue = z.string().min(1, { error: 'a text must not be empty' });

/** A plain string (the same in every language) or a map from language code to string. */
const text = (description: string) =>
  z
    .union([textValue, z.record(langCode, textValue)], {
      error: 'must be a text, or a map from language code to text',
    })
    .describe(
      `${description} A plain string, or a map from language code to string (one entry per language in "languages"; format 1.2: also an optional formal variant such as "nl-formal", used in a session held with --formal).`,
    );

const refsNote = ' May hold references such as {{hopes}}, {{now.next}}, {{exceptions.count}}, {{client}}, {{last.now}}, {{last.date}}.';

const common = {
  id: idOf('a question id').describe('Unique within the set (across phases): lowercase letters, digits and "-".'),
  ask: text(`The question.${refsNote}`),
  help: text(`One line shown under the question.${refsNote}`).optional(),
  why: text('For the trainer: what the question does (demo and prepare show it).').optional(),
  optional: z.boolean().default(false).describe('true: an empty answer is accepted and recorded as skipped.'),
  when: z
    .string()
    .min(1, { error: 'a condition must not be empty' })
    .describe(
      'A condition over earlier answers; the question is asked only when it holds. E.g. "now <= 2", "exceptions.count == 0 or exceptions is skipped", "change = better", "pre-change is yes".',
    )
    .optional(),
  fallback: text('Text without references, asked instead of "ask" when a reference in "ask" cannot be filled.').optional(),
  highlight: z
    .boolean()
    .default(false)
    .describe("true: the answer is one of the session's key points, shown in the closing summary, journal list, prepare and reports."),
  for: z
    .literal('practitioner', { error: (iss) => `"for" can only be "practitioner"${got(iss.input)}` })
    .describe(
      'Format 1.1. "practitioner": a note for the practitioner, not a question to the client (shown set apart, never read out). Not asked in a session with no client and no participants.',
    )
    .optional(),
  per: z
    .literal('participant', { error: (iss) => `"per" can only be "participant"${got(iss.input)}` })
    .describe(
      'Format 1.1. "participant": in a session held with several people (--with A,B) the question is asked of each in turn, and each answer is stored with its participant; with one person it is asked once.',
    )
    .optional(),
  revises: idOf('"revises"')
    .describe(
      'Format 1.2. The id of an earlier question of the same kind (and choices) that this one judges again: once answered, references and conditions on that question read this answer; an empty answer leaves the earlier one in force. Both answers are kept.',
    )
    .optional(),
};

const kindOf = <K extends (typeof KINDS)[number]>(kind: K, description: string) => z.literal(kind).describe(description);

const textQuestion = (kind: 'text' | 'long', description: string) =>
  z.strictObject({
    ...common,
    kind: kindOf(kind, description),
    example: text('An example answer for demo mode.').optional(),
  });

const listQuestion = z.strictObject({
  ...common,
  kind: kindOf('list', 'Several short items, asked one after another; an empty answer ends the list.'),
  more: text(`The follow-up ask for the next item ("What else?").${refsNote}`),
  max: z.number().int().min(1).default(10).describe('The most items.'),
  example: z
    .union([z.array(text('An example item.')), z.record(langCode, z.array(textValue))], {
      error: 'must be a list of texts, or a map from language code to a list of texts',
    })
    .describe('Example items for demo mode: a list of texts, or a map from language code to a list of strings.')
    .optional(),
});

const scaleQuestion = z.strictObject({
  ...common,
  kind: kindOf('scale', 'A number from min to max, in steps of "step".'),
  min: z.number().int().default(0).describe('The lowest number; lower than max.'),
  max: z.number().int().default(10).describe('The highest number; higher than min.'),
  step: z
    .number()
    .positive({ error: '"step" must be more than 0' })
    .default(1)
    .describe(
      'Format 1.1. The distance between two answers, e.g. 0.5 (then 3.5 is an answer); (max - min) must be a whole number of steps.',
    )
    .optional(),
  labels: z
    .record(
      z.string().regex(LABEL_KEY_PATTERN, { error: (iss) => `a label's key must be a whole number${got(iss.input)}` }),
      text('What this number means.'),
    )
    .describe('A map from a number to a text; give at least the two ends (min and max).')
    .optional(),
  'goal-for': idOf('"goal-for"')
    .describe('The id of another scale in the set: this answer is the number that would be good enough on that scale.')
    .optional(),
  example: z.number().describe('An example answer for demo mode, a number from min to max on the step grid.').optional(),
});

const choice = z.strictObject({
  value: z
    .union([
      z.string().regex(VALUE_PATTERN, {
        error: (iss) => `a choice value must be one word (letters, digits, "-" and "_")${got(iss.input)}`,
      }),
      // `value: 1` in YAML is a number; it is recorded as the text "1"
      z.number().int().nonnegative(),
    ])
    .describe('What is recorded and what conditions compare ("relationship = customer"): one word, or a whole number.'),
  label: text('What the person sees.'),
});

const choiceQuestion = z.strictObject({
  ...common,
  kind: kindOf('choice', 'One value out of a list.'),
  choices: z.array(choice).min(2, { error: 'a choice needs at least two options' }).describe('The options, at least two.'),
  example: z.union([z.string(), z.number().int()]).describe('An example answer for demo mode: one of the choice values.').optional(),
});

const confirmQuestion = z.strictObject({
  ...common,
  kind: kindOf('confirm', 'Yes or no.'),
  example: z.boolean().describe('An example answer for demo mode: true or false.').optional(),
});

export const questionSchema = z
  .discriminatedUnion('kind', [
    textQuestion('text', 'One line.'),
    textQuestion('long', 'Several lines; the user may open $EDITOR.'),
    listQuestion,
    scaleQuestion,
    choiceQuestion,
    confirmQuestion,
  ])
  .describe('A question. "kind" decides which further fields it takes.');

export const phaseSchema = z
  .strictObject({
    id: idOf('a phase id').describe("Unique among the set's phases."),
    title: text("The phase's title."),
    purpose: text('Why this phase exists (demo and prepare show it).').optional(),
    minutes: z
      .number()
      .positive({ error: '"minutes" must be more than 0' })
      .describe('Format 1.1. The time the phase usually takes, in minutes; shown in demo and during a session.')
      .optional(),
    questions: z
      .array(questionSchema)
      .min(1, { error: 'a phase needs at least one question' })
      .describe('The questions, in the order they are asked; ids are unique across the whole set.'),
  })
  .describe('A phase of the conversation: a title and its questions, in order.');

export const setSchema = z
  .strictObject({
    format: z
      .literal([1, 1.1, 1.2])
      .describe(
        'The version of the question-set format: 1, 1.1 or 1.2 (this oplos reads all three; the later fields are accepted under any).',
      ),
    id: idOf('a set id').describe('Unique among the loaded sets: lowercase letters, digits and "-".'),
    revision: z.number().int().min(0).describe("The set's own edition, stored with each entry.").optional(),
    languages: z
      .array(langCode)
      .min(1, { error: 'a set needs at least one language' })
      .describe("Language codes; every text must exist in each. The first is the set's default."),
    title: text("The set's title."),
    summary: text('One paragraph, shown in "sets list" and "sets show".').optional(),
    audience: z
      .array(z.string().min(1, { error: 'an audience tag must not be empty' }))
      .describe('Free tags, e.g. practitioner, self, trainer.')
      .optional(),
    continues: idOf('"continues"').describe('The id of the set whose sessions this one follows up.').optional(),
    phases: z.array(phaseSchema).min(1, { error: 'a set needs at least one phase' }).describe('The phases, in order.'),
  })
  .meta({
    title: 'oplos question set (format 1, 1.1 and 1.2)',
    description: 'One question set for oplos, the command-line companion for solution-focused work.',
  });

export type SetInput = z.input<typeof setSchema>;
export type QuestionInput = z.input<typeof questionSchema>;
export type TextInput = string | Readonly<Record<string, string>>;

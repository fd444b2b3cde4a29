/**
 * Answers as text, and templates with their references filled in.
 */
import type { AnswerValue } from '../domain/types.js';
import type { Question, Ref, Template } from '../sets/types.js';
import { joinAnd, pick, yesNo, youWord } from '../i18n/lang.js';
import type { EvalContext } from './context.js';
import { resolveRef } from './refs.js';

/**
 * An answer as it reads in a sentence: a list as its items joined with the
 * language's "and", a choice as its label, a confirm as yes/no, a number as digits.
 */
export const formatValue = (
  value: AnswerValue,
  lang: string,
  question?: Question,
  languages: readonly string[] = [],
): string => {
  if (Array.isArray(value)) return joinAnd(value as readonly string[], lang);
  if (typeof value === 'boolean') return yesNo(value, lang);
  if (typeof value === 'number') return String(value);
  if (question?.kind === 'choice') {
    const choice = question.choices.find((c) => c.value === value);
    if (choice) return pick(choice.label, lang, languages);
  }
  return value as string;
};

/** The text a reference stands for, or undefined when it cannot be filled. */
export const fillRef = (ref: Ref, ctx: EvalContext): string | undefined => {
  const r = resolveRef(ref, ctx);
  if (r.state === 'answered') return formatValue(r.value, ctx.lang, r.question, r.languages);
  if (ref.type === 'client') return youWord(ctx.lang);
  return undefined;
};

/** The template with every reference filled in, or undefined when one cannot be. */
export const fillTemplate = (t: Template, ctx: EvalContext): string | undefined => {
  let out = '';
  for (const part of t.parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const text = fillRef(part, ctx);
    if (text === undefined) return undefined;
    out += text;
  }
  return out;
};

export const templateRefs = (t: Template): Ref[] => t.parts.filter((p): p is Ref => typeof p !== 'string');

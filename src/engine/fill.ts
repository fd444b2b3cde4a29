/**
 * Answers as text, and templates with their references filled in.
 */
import type { Ref, Template } from '../sets/types.js';
import { youWord } from '../i18n/lang.js';
import type { EvalContext } from './session-context.js';
import { resolveRef } from './resolve-ref.js';

import { formatValue } from './format-value.js';
export { formatValue };

/** The text a reference stands for, or undefined when it cannot be filled. */
export const fillRef = (ref: Ref, ctx: EvalContext): string | undefined => {
  const r = resolveRef(ref, ctx);
  if (r.state === 'answered') return formatValue(r.value, ctx.lang, r.question, r.languages);
  if (ref.type === 'client' || ref.type === 'participant') return youWord(ctx.lang, ctx.formal === true);
  return undefined;
};

/** The template with every reference filled in, or undefined when one cannot be. */
export const fillTemplate = (t: Template, ctx: EvalContext): string | undefined => {
  let out = '';
  let filled = false;
  for (const part of t.parts) {
    if (typeof part === 'string') {
      // an answer that ends a sentence itself, before the template's own full stop: one stop, not two
      // ("… 'nee' zeggen.. Hoe is dat gegaan?")
      out += filled && /[.!?]$/.test(out) && part.startsWith('.') ? part.slice(1) : part;
      filled = false;
      continue;
    }
    filled = true;
    const text = fillRef(part, ctx);
    if (text === undefined) return undefined;
    out += text;
  }
  return out;
};

export { templateRefs } from '../sets/template.js';

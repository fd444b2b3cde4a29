/**
 * Texts with references: `{{ ref }}` (inner spaces optional) among literal
 * text. Parsed once, when a set is loaded; filling them in is the engine's job.
 */
import type { Ref, Template } from './types.js';
import { parseRef } from './parse-ref.js';
import { said, type Said } from './messages-problems.js';

/** A reference as it stands in the source: `index` is where its `{{` begins (0-based). */
export interface TemplateRefAt {
  readonly ref: Ref;
  readonly index: number;
}

export type TemplateResult =
  | { readonly ok: true; readonly template: Template; readonly refs: readonly TemplateRefAt[] }
  /** `index` is 0-based; `col` the same, 1-based, for messages */
  | { readonly ok: false; readonly message: string; readonly nl: string; readonly index: number; readonly col: number };

const fail = (message: Said, index: number): TemplateResult => ({ ok: false, message: message.en, nl: message.nl, index, col: index + 1 });

export const parseTemplate = (source: string): TemplateResult => {
  const parts: (string | Ref)[] = [];
  const refs: TemplateRefAt[] = [];
  let pos = 0;
  for (;;) {
    const open = source.indexOf('{{', pos);
    if (open === -1) break;
    const close = source.indexOf('}}', open + 2);
    if (close === -1)
      return fail(
        said((t) => t.braceNotClosed),
        open,
      );
    const inner = source.slice(open + 2, close);
    const name = inner.trim();
    if (name === '')
      return fail(
        said((t) => t.braceEmpty),
        open,
      );
    const parsed = parseRef(name);
    if ('error' in parsed) return fail(parsed.error, open);
    if (open > pos) parts.push(source.slice(pos, open));
    parts.push(parsed.ref);
    refs.push({ ref: parsed.ref, index: open });
    pos = close + 2;
  }
  if (pos < source.length) parts.push(source.slice(pos));
  return { ok: true, template: { source, parts }, refs };
};

/** The references in a template, in order. */
export const templateRefs = (t: Template): Ref[] => t.parts.filter((p): p is Ref => typeof p !== 'string');

/** Where a text holds something that looks like a reference (`{{`), or -1. */
export const refMarkerIndex = (text: string): number => text.indexOf('{{');

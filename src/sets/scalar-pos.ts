/**
 * Where the character at `index` of a scalar's value stands in the file:
 * for a condition's bad token or a template's `{{`. Exact for one-line plain
 * and quoted scalars and for literal blocks (`|`); for other multi-line forms
 * it is the scalar's start (and `exact` is false, so the message can give
 * the column inside the text instead).
 */
import { isScalar } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { SourcePos } from './types.js';
import { posOf } from './yaml-source.js';
import type { YamlSource } from './yaml-source.js';

export interface ScalarPos {
  readonly pos: SourcePos;
  readonly exact: boolean;
}

const ESCAPE_LENGTH: Readonly<Record<string, number>> = { x: 4, u: 6, U: 10 };

/** Offset in `raw` (a one-line quoted scalar's source, quotes included) of value index `index`. */
const quotedOffset = (raw: string, index: number, quote: string): number | undefined => {
  let i = 1;
  for (let v = 0; v < index; v++) {
    if (i >= raw.length - 1) return undefined;
    if (quote === '"' && raw[i] === '\\') i += ESCAPE_LENGTH[raw[i + 1] ?? ''] ?? 2;
    else if (quote === "'" && raw[i] === "'" && raw[i + 1] === "'") i += 2;
    else i += 1;
  }
  return i;
};

/** Offset in `raw` (a literal block's source, header included) of value index `index`. */
const literalOffset = (raw: string, value: string, index: number): number | undefined => {
  const before = value.slice(0, index);
  const lineNo = before.split('\n').length - 1;
  const colInLine = index - (before.lastIndexOf('\n') + 1);
  const rawLines = raw.split('\n');
  const content = rawLines.slice(1);
  let indent = Infinity;
  for (const l of content) if (l.trim()) indent = Math.min(indent, l.length - l.trimStart().length);
  if (!Number.isFinite(indent) || lineNo >= content.length) return undefined;
  let offset = (rawLines[0]?.length ?? 0) + 1;
  for (let l = 0; l < lineNo; l++) offset += (content[l]?.length ?? 0) + 1;
  return offset + indent + colInLine;
};

export const scalarPos = (src: YamlSource, node: YamlNode, index: number): ScalarPos => {
  const start: ScalarPos = { pos: posOf(src, node), exact: index === 0 };
  if (!isScalar(node) || !node.range || typeof node.value !== 'string') return start;
  const [from, to] = node.range;
  const raw = src.text.slice(from, to);
  const oneLine = !raw.includes('\n');
  let offset: number | undefined;
  switch (node.type) {
    case 'PLAIN':
      offset = oneLine && raw === node.value ? index : undefined;
      break;
    case 'QUOTE_DOUBLE':
      offset = oneLine ? quotedOffset(raw, index, '"') : undefined;
      break;
    case 'QUOTE_SINGLE':
      offset = oneLine ? quotedOffset(raw, index, "'") : undefined;
      break;
    case 'BLOCK_LITERAL':
      offset = literalOffset(raw, node.value, index);
      break;
    default:
      offset = undefined;
  }
  if (offset === undefined) return start;
  return { pos: src.lines.linePos(from + offset), exact: true };
};

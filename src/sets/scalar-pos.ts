/**
 * Where the character at `index` of a scalar's value stands in the file:
 * for a condition's bad token or a template's `{{`. Exact for one-line plain
 * and quoted scalars and for literal blocks (`|`); for other multi-line forms
 * it is the scalar's start (and `exact` is false, so the message can give
 * the column inside the text instead).
 */
import { isScalar } from 'yaml';
import type { Node as YamlNode, Scalar } from 'yaml';
import type { SourcePos } from './types.js';
import { posOf } from './yaml-source.js';
import type { YamlSource } from './yaml-source.js';

export interface ScalarPos {
  readonly pos: SourcePos;
  readonly exact: boolean;
}

const ESCAPE_LENGTH: Readonly<Record<string, number>> = { x: 4, u: 6, U: 10 };

/** Value index → offset in the scalar's source, worked out once per scalar: a text with many references stays linear. */
type OffsetOf = (index: number) => number | undefined;

/** For a one-line quoted scalar's source `raw` (quotes included): the offset of each value index, in one pass. */
const quotedOffsets = (raw: string, quote: string): OffsetOf => {
  const starts: number[] = [];
  let i = 1;
  while (i < raw.length - 1) {
    starts.push(i);
    if (quote === '"' && raw[i] === '\\') i += ESCAPE_LENGTH[raw[i + 1] ?? ''] ?? 2;
    else if (quote === "'" && raw[i] === "'" && raw[i + 1] === "'") i += 2;
    else i += 1;
  }
  starts.push(i); // just past the last character: where a token at the very end stands
  return (index) => starts[index];
};

/** The index of the last element of sorted `xs` that is ≤ `x` (xs[0] is 0). */
const lastAtOrBefore = (xs: readonly number[], x: number): number => {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((xs[mid] ?? 0) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
};

/** For a literal block's source `raw` (header included) and its value. */
const literalOffsets = (raw: string, value: string): OffsetOf => {
  const valueLineStarts = [0];
  for (let i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) valueLineStarts.push(i + 1);
  const rawLines = raw.split('\n');
  const content = rawLines.slice(1);
  let indent = Infinity;
  for (const l of content) if (l.trim()) indent = Math.min(indent, l.length - l.trimStart().length);
  const lineOffsets: number[] = [];
  let offset = (rawLines[0]?.length ?? 0) + 1;
  for (const l of content) {
    lineOffsets.push(offset);
    offset += l.length + 1;
  }
  return (index) => {
    const lineNo = lastAtOrBefore(valueLineStarts, index);
    const colInLine = index - (valueLineStarts[lineNo] ?? 0);
    if (!Number.isFinite(indent) || lineNo >= content.length) return undefined;
    return (lineOffsets[lineNo] ?? 0) + indent + colInLine;
  };
};

const none: OffsetOf = () => undefined;

const offsetsOf = (node: Scalar, raw: string): OffsetOf => {
  const oneLine = !raw.includes('\n');
  const value = node.value as string;
  switch (node.type) {
    case 'PLAIN':
      return oneLine && raw === value ? (index) => index : none;
    case 'QUOTE_DOUBLE':
      return oneLine ? quotedOffsets(raw, '"') : none;
    case 'QUOTE_SINGLE':
      return oneLine ? quotedOffsets(raw, "'") : none;
    case 'BLOCK_LITERAL':
      return literalOffsets(raw, value);
    default:
      return none;
  }
};

const known = new WeakMap<Scalar, OffsetOf>();

export const scalarPos = (src: YamlSource, node: YamlNode, index: number): ScalarPos => {
  const start: ScalarPos = { pos: posOf(src, node), exact: index === 0 };
  if (!isScalar(node) || !node.range || typeof node.value !== 'string') return start;
  const from = node.range[0];
  let offsetOf = known.get(node);
  if (!offsetOf) {
    offsetOf = offsetsOf(node, src.text.slice(from, node.range[1]));
    known.set(node, offsetOf);
  }
  const offset = offsetOf(index);
  if (offset === undefined) return start;
  return { pos: src.lines.linePos(from + offset), exact: true };
};

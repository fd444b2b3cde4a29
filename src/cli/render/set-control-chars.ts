/**
 * `sets validate`: a warning for every text in a set file that holds
 * characters safeText would neutralise on a terminal (control characters,
 * escape sequences, bidi overrides), where the text is, even when written as
 * a YAML escape ("\e]0;…").
 */
import { readFileSync } from 'node:fs';
import { isScalar, parseDocument, visit } from 'yaml';
import type { SetProblem } from '../../sets/types.js';
import { unsafeChars } from './safe-text.js';

const lineCol = (text: string, offset: number) => {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, col: before[before.length - 1]!.length + 1 };
};

export const controlCharWarnings = (file: string, message: (chars: string) => string): SetProblem[] => {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return []; // the loader has said so already
  }
  const found: SetProblem[] = [];
  visit(parseDocument(text), {
    Scalar(_key, node) {
      if (!isScalar(node) || typeof node.value !== 'string') return;
      const chars = unsafeChars(node.value);
      if (chars.length === 0) return;
      const at = lineCol(text, node.range?.[0] ?? 0);
      found.push({ file, ...at, severity: 'warning', message: message(chars.join(', ')) });
    },
  });
  return found;
};

/**
 * Reading a set file's YAML safely, keeping every node's position: bytes to
 * text (UTF-8 only, BOM accepted, 1 MiB at most), text to a YAML document
 * with a LineCounter, a check of the document's shape (depth, keys) before it
 * is turned into plain data, and lookups from a data path back to its node.
 */
import { LineCounter, parseDocument, isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import { said, type Said } from './messages-problems.js';
import type { Document, Node as YamlNode, ParsedNode, YAMLError } from 'yaml';
import type { SourcePos } from './types.js';

export const MAX_BYTES = 1024 * 1024;
/** A question set needs about 8 levels; anything far deeper is garbage or an attack. */
export const MAX_DEPTH = 24;
export const MAX_ALIASES = 100;
const MAX_YAML_ERRORS = 20;

export type Path = readonly (string | number)[];

export interface RawProblem {
  readonly pos: SourcePos;
  readonly message: string;
  /** in Dutch, for the problems the catalogue has (messages-problems.ts) */
  readonly nl?: string;
  readonly severity: 'error' | 'warning';
}

export interface YamlSource {
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

const START: SourcePos = { line: 1, col: 1 };
const err = (message: Said, pos: SourcePos = START): RawProblem => ({ pos, message: message.en, nl: message.nl, severity: 'error' });

export const tooLarge = (size: number): RawProblem => err(said((t) => t.tooLarge((size / MAX_BYTES).toFixed(2))));

/** Bytes or text to text, or the reason it cannot be read. */
export const decodeText = (input: string | Uint8Array): { text: string } | { problem: RawProblem } => {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > MAX_BYTES) return { problem: tooLarge(size) };
  if (typeof input === 'string') return { text: input.startsWith('\uFEFF') ? input.slice(1) : input };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(input) };
  } catch {
    const loose = new TextDecoder('utf-8').decode(input);
    const at = loose.indexOf('\uFFFD');
    const lines = new LineCounter();
    lines.addNewLine(0);
    let nl = loose.indexOf('\n');
    while (nl !== -1 && nl < at) {
      lines.addNewLine(nl + 1);
      nl = loose.indexOf('\n', nl + 1);
    }
    return {
      problem: err(
        said((t) => t.notUtf8),
        at >= 0 ? lines.linePos(at) : START,
      ),
    };
  }
};

/** Text to a YAML document; any problem found on the way is returned instead. */
export const parseYaml = (text: string): { source: YamlSource; warnings: RawProblem[] } | { problems: RawProblem[] } => {
  const lines = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter: lines,
      prettyErrors: false,
      uniqueKeys: false, // checked below in linear time; yaml's own check is quadratic
      logLevel: 'error',
      merge: false,
      strict: true,
    });
  } catch (e) {
    // yaml guards its own recursion; this is a last line of defence against stack exhaustion
    if (e instanceof RangeError) return { problems: [err(said((t) => t.tooDeep))] };
    throw e;
  }
  const at = (offset: number | undefined): SourcePos => (offset === undefined ? START : lines.linePos(offset));
  if (doc.errors.length) {
    const problems = doc.errors.slice(0, MAX_YAML_ERRORS).map((e) => yamlError(text, e, at));
    if (doc.errors.length > MAX_YAML_ERRORS) {
      problems.push(
        err(
          said((t) => t.yamlMore(doc.errors.length - MAX_YAML_ERRORS)),
          at(doc.errors[MAX_YAML_ERRORS]?.pos[0]),
        ),
      );
    }
    return { problems };
  }
  const warnings = doc.warnings.map(
    (w): RawProblem => ({
      ...err(
        said((t) => t.yamlWarns(firstLine(w.message))),
        at(w.pos[0]),
      ),
      severity: 'warning',
    }),
  );
  const source: YamlSource = { text, doc, lines };
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    return { problems: [err(said((t) => t.emptyFile))] };
  }
  if (!isMap(contents)) {
    const found = isSeq(contents) ? 'list' : isAlias(contents) ? 'alias' : 'value';
    return { problems: [err(said((t) => t.notAMap(found)))] };
  }
  const shape = checkShape(contents, source);
  return shape.length ? { problems: shape } : { source, warnings };
};

const firstLine = (message: string) => message.split('\n')[0] ?? message;

/** yaml's error, worded for set authors; an unclosed quote is placed where it opens, not where the file ends. */
const yamlError = (text: string, e: YAMLError, at: (offset: number) => SourcePos): RawProblem => {
  if (e.code === 'RESOURCE_EXHAUSTION')
    return err(
      said((t) => t.yamlTooDeep),
      at(e.pos[0]),
    );
  if (e.code === 'MULTIPLE_DOCS')
    return err(
      said((t) => t.oneDocument),
      at(e.pos[0]),
    );
  const quote = e.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(e.message)?.[1] : undefined;
  if (quote) {
    let open = text.lastIndexOf(quote, e.pos[0] - 1);
    while (quote === '"' && open > 0 && text[open - 1] === '\\') open = text.lastIndexOf(quote, open - 1);
    if (open >= 0)
      return err(
        said((t) => t.neverClosed(quote)),
        at(open),
      );
  }
  return err(
    said((t) => t.yamlSays(firstLine(e.message))),
    at(e.pos[0]),
  );
};

/**
 * Depth, keys that are not plain scalars, duplicate keys and `__proto__`,
 * checked without recursion and without following aliases, before the
 * document is turned into plain data (whose cost these would blow up).
 */
const checkShape = (root: ParsedNode, src: YamlSource): RawProblem[] => {
  const problems: RawProblem[] = [];
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length && problems.length < MAX_YAML_ERRORS) {
    const { node, depth } = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_DEPTH) {
      problems.push(
        err(
          said((t) => t.nestedTooDeep(MAX_DEPTH)),
          posOf(src, node as YamlNode),
        ),
      );
      continue;
    }
    if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
      continue;
    }
    const seen = new Set<string>();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key;
      if (!isScalar(key)) {
        const where = key && typeof key === 'object' && 'range' in key ? posOf(src, key as YamlNode) : posOf(src, node as YamlNode);
        problems.push(
          err(
            said((t) => t.plainKey),
            where,
          ),
        );
        continue;
      }
      const name = String(key.value);
      if (name === '__proto__')
        problems.push(
          err(
            said((t) => t.protoKey),
            posOf(src, key),
          ),
        );
      else if (seen.has(name))
        problems.push(
          err(
            said((t) => t.keyTwice(name)),
            posOf(src, key),
          ),
        );
      seen.add(name);
      stack.push({ node: pair.value, depth: depth + 1 });
    }
  }
  return problems.sort((a, b) => a.pos.line - b.pos.line || a.pos.col - b.pos.col);
};

/** The document as plain data; aliases are expanded, within limits. */
export const toPlain = (src: YamlSource): { value: unknown } | { problem: RawProblem } => {
  try {
    return { value: src.doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (e) {
    if (e instanceof ReferenceError || e instanceof RangeError) {
      return { problem: err(said((t) => t.aliasBomb(MAX_ALIASES))) };
    }
    throw e;
  }
};

export const posOf = (src: YamlSource, node: YamlNode | undefined): SourcePos => (node?.range ? src.lines.linePos(node.range[0]) : START);

const resolve = (src: YamlSource, node: unknown): unknown => (isAlias(node) ? node.resolve(src.doc) : node);

/** The map pair for `key` in `node`, comparing keys as the plain data does (as strings). */
const pairOf = (node: unknown, key: string | number) => {
  if (!isMap(node)) return undefined;
  return node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
};

/**
 * The node at `path` (or, when the path leads nowhere, the nearest node on
 * the way), and whether it was found exactly.
 */
export const nodeAt = (src: YamlSource, path: Path): { node: YamlNode; exact: boolean } => {
  let node: unknown = src.doc.contents;
  let found = node as YamlNode;
  for (const seg of path) {
    const here = resolve(src, node);
    let next: unknown;
    if (isSeq(here) && typeof seg === 'number') next = here.items[seg];
    else next = pairOf(here, seg)?.value;
    if (!next || typeof next !== 'object') return { node: found, exact: false };
    node = next;
    found = next as YamlNode;
  }
  return { node: found, exact: true };
};

/** The key node of the last step of `path` (for problems about a key itself). */
export const keyNodeAt = (src: YamlSource, path: Path): YamlNode | undefined => {
  if (!path.length) return undefined;
  const parent = resolve(src, nodeAt(src, path.slice(0, -1)).node);
  const key = pairOf(parent, path[path.length - 1]!)?.key;
  return isScalar(key) ? key : undefined;
};

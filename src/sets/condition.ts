/**
 * The `when:` language, parsed once at load (never eval'd):
 *
 *   expr  := term (("and" | "or") term)*      "and" binds tighter than "or"
 *   term  := "not" term | "(" expr ")" | ref op (number | ref) | ref "is" state | ref "=" word
 *   op    := "<" | "<=" | ">" | ">=" | "==" | "!="
 *   state := "answered" | "skipped" | "yes" | "no"
 *
 * The spec's own example `now > last.now` compares two refs, so the right
 * side of a comparison may be a ref too. Besides the AST, the parser returns
 * each leaf with the place of its refs, for the loader's checks.
 */
import type { CompareOp, Condition, ParsedCondition, Ref, RefState } from './types.js';
import { parseRef, refText } from './parse-ref.js';
import { said, type ProblemTexts, type Said } from './messages-problems.js';

type Leaf = Extract<Condition, { type: 'compare' | 'state' | 'equals' }>;

/** A comparison, state test or `= word`, with 0-based indexes into the source. */
export interface ConditionLeaf {
  readonly node: Leaf;
  readonly refIndex: number;
  /** a comparison's right-hand ref, or an `= word`'s word */
  readonly otherIndex?: number;
}

export type ConditionResult =
  | { readonly ok: true; readonly condition: ParsedCondition; readonly leaves: readonly ConditionLeaf[] }
  /** `index` 0-based, `col` 1-based */
  | { readonly ok: false; readonly message: string; readonly nl: string; readonly index: number; readonly col: number };

interface Token {
  readonly kind: 'word' | 'op' | '(' | ')';
  readonly text: string;
  readonly index: number;
}

const OPS: readonly string[] = ['<=', '>=', '==', '!=', '<', '>', '='];
const STATES: readonly string[] = ['answered', 'skipped', 'yes', 'no'];
/** words of the language that can never be a ref (question ids may not be these) */
const KEYWORDS: readonly string[] = ['and', 'or', 'not', 'is'];
const WORD = /[A-Za-z0-9_.-]/;
const NUMBER = /^-?[0-9]+(\.[0-9]+)?$/;
const MAX_NESTING = 32;

class SyntaxProblem {
  constructor(
    readonly message: Said,
    readonly index: number,
  ) {}
}

const syntax = (f: (t: ProblemTexts) => string, index: number) => new SyntaxProblem(said(f), index);

const tokenize = (src: string): Token[] => {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (c === '(' || c === ')') tokens.push({ kind: c, text: c, index: i++ });
    else if (WORD.test(c)) {
      const start = i;
      while (i < src.length && WORD.test(src[i]!)) i++;
      tokens.push({ kind: 'word', text: src.slice(start, i), index: start });
    } else {
      const op = OPS.find((o) => src.startsWith(o, i));
      if (!op) throw syntax((t) => t.unexpectedChar(c), i);
      tokens.push({ kind: 'op', text: op, index: i });
      i += op.length;
    }
  }
  return tokens;
};

/** the token found, in the words of `t` */
const describe = (t: ProblemTexts, token: Token | undefined) => t.found(token?.text);

class Parser {
  private pos = 0;
  private depth = 0;
  readonly leaves: ConditionLeaf[] = [];
  constructor(
    private readonly tokens: readonly Token[],
    private readonly end: number,
  ) {}

  private peek = () => this.tokens[this.pos];
  private at = () => this.peek()?.index ?? this.end;
  private isWord = (w: string) => this.peek()?.kind === 'word' && this.peek()?.text === w;

  parseAll(): Condition {
    const c = this.expr();
    const t = this.peek();
    if (t) throw syntax((w) => w.expectedAndOr(describe(w, t)), t.index);
    return c;
  }

  /** `index`: where the nesting token stands, for the error */
  private nest<T>(index: number, f: () => T): T {
    if (++this.depth > MAX_NESTING) throw syntax((t) => t.nestedDeep(MAX_NESTING), index);
    const r = f();
    this.depth--;
    return r;
  }

  private expr(): Condition {
    let left = this.conjunction();
    while (this.isWord('or')) {
      this.pos++;
      left = { type: 'or', left, right: this.conjunction() };
    }
    return left;
  }

  private conjunction(): Condition {
    let left = this.term();
    while (this.isWord('and')) {
      this.pos++;
      left = { type: 'and', left, right: this.term() };
    }
    return left;
  }

  private term(): Condition {
    const t = this.peek();
    if (!t) throw syntax((w) => w.expectedCondition, this.end);
    if (t.kind === 'word' && t.text === 'not') {
      this.pos++;
      return this.nest(t.index, () => ({ type: 'not', operand: this.term() }));
    }
    if (t.kind === '(') {
      this.pos++;
      const inner = this.nest(t.index, () => this.expr());
      const close = this.peek();
      if (close?.kind !== ')') throw syntax((w) => w.expectedClose(t.index + 1, describe(w, close)), this.at());
      this.pos++;
      return inner;
    }
    return this.leaf();
  }

  /** `expected`: the problem when no ref stands here, given what was found */
  private ref(expected: (w: ProblemTexts, found: string) => string): Ref {
    const t = this.peek();
    if (t?.kind !== 'word' || KEYWORDS.includes(t.text)) throw syntax((w) => expected(w, describe(w, t)), this.at());
    const parsed = parseRef(t.text);
    if ('error' in parsed) throw new SyntaxProblem(parsed.error, t.index);
    this.pos++;
    return parsed.ref;
  }

  private leaf(): Condition {
    const refIndex = this.at();
    const ref = this.ref((w, found) => w.expectedRefStart(found));
    const op = this.peek();
    const name = refText(ref);
    if (op?.kind === 'word' && op.text === 'is') {
      this.pos++;
      const s = this.peek();
      if (s?.kind !== 'word' || !STATES.includes(s.text)) {
        throw syntax((w) => w.expectedState(name, describe(w, s)), this.at());
      }
      this.pos++;
      return this.push({ type: 'state', ref, state: s.text as RefState }, refIndex);
    }
    if (op?.kind !== 'op') throw syntax((w) => w.expectedOp(name, describe(w, op)), this.at());
    this.pos++;
    const value = this.peek();
    const otherIndex = this.at();
    if (op.text === '=') {
      if (value?.kind !== 'word' || value.text.includes('.'))
        throw syntax((w) => w.expectedChoiceValue(name, describe(w, value)), otherIndex);
      this.pos++;
      return this.push({ type: 'equals', ref, word: value.text }, refIndex, otherIndex);
    }
    const cmp = op.text as CompareOp;
    if (value?.kind === 'word' && NUMBER.test(value.text)) {
      this.pos++;
      return this.push({ type: 'compare', ref, op: cmp, value: Number(value.text) }, refIndex);
    }
    const right = this.ref((w, found) => w.expectedNumberOrRef(name, cmp, found));
    return this.push({ type: 'compare', ref, op: cmp, value: right }, refIndex, otherIndex);
  }

  private push(node: Leaf, refIndex: number, otherIndex?: number): Leaf {
    this.leaves.push(otherIndex === undefined ? { node, refIndex } : { node, refIndex, otherIndex });
    return node;
  }
}

export const parseCondition = (source: string): ConditionResult => {
  try {
    const parser = new Parser(tokenize(source), source.length);
    const ast = parser.parseAll();
    return { ok: true, condition: { source, ast }, leaves: parser.leaves };
  } catch (e) {
    if (e instanceof SyntaxProblem) return { ok: false, message: e.message.en, nl: e.message.nl, index: e.index, col: e.index + 1 };
    throw e;
  }
};

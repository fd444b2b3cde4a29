/**
 * Building QuestionSet objects (and journal entries) by hand in tests, without
 * the loader. Texts may hold `{{ref}}`s, split here by a tiny test-only
 * splitter; conditions are built as ASTs with cmp/and/or/not/is/eq.
 */
import type { Answer, AnswerValue, Entry } from '../../src/domain/types.js';
import type {
  CompareOp,
  Condition,
  LocalTemplate,
  LocalText,
  Phase,
  Question,
  QuestionKind,
  QuestionSet,
  Ref,
  RefState,
  Template,
} from '../../src/sets/types.js';

/** `now`, `now.next`, `list.count`, `client`, `last.now`, `last.now.prev`, `last.date` */
export const ref = (path: string): Ref => {
  if (path === 'client') return { type: 'client' };
  if (path === 'last.date') return { type: 'lastDate' };
  const parts = path.split('.');
  const last = parts[0] === 'last';
  if (last) parts.shift();
  const [question = '', prop] = parts;
  const base = { type: last ? ('last' as const) : ('answer' as const), question };
  return prop ? { ...base, prop: prop as 'next' | 'prev' | 'count' } : base;
};

const sourceOf = (r: Ref): string =>
  r.type === 'client' || r.type === 'participant'
    ? r.type
    : r.type === 'lastDate'
      ? 'last.date'
      : `${r.type === 'last' ? 'last.' : ''}${r.question}${r.prop ? `.${r.prop}` : ''}`;

/** A template from literal pieces and refs: `tpl('What makes it ', ref('now'), ' and not 0?')`. */
export const tpl = (...parts: (string | Ref)[]): Template => ({
  source: parts.map((p) => (typeof p === 'string' ? p : `{{${sourceOf(p)}}}`)).join(''),
  parts,
});

/** A template from `'What makes it {{now}}?'`. */
export const parseTpl = (s: string): Template =>
  tpl(
    ...s
      .split(/\{\{\s*([^}]*?)\s*\}\}/)
      .map((piece, i) => (i % 2 === 1 ? ref(piece) : piece))
      .filter((p) => p !== ''),
  );

type Cond = Condition;
type R = Ref | string;
const asRef = (r: R): Ref => (typeof r === 'string' ? ref(r) : r);
/** `cmp('now', '<=', 2)`; a Ref as value compares two answers: `cmp('now', '>', ref('last.now'))`. */
export const cmp = (r: R, op: CompareOp, value: number | Ref): Cond => ({ type: 'compare', ref: asRef(r), op, value });
export const is = (r: R, state: RefState): Cond => ({ type: 'state', ref: asRef(r), state });
export const eq = (r: R, word: string): Cond => ({ type: 'equals', ref: asRef(r), word });
export const and = (left: Cond, right: Cond): Cond => ({ type: 'and', left, right });
export const or = (left: Cond, right: Cond): Cond => ({ type: 'or', left, right });
export const not = (operand: Cond): Cond => ({ type: 'not', operand });

/** A text: one string for every language, or a map by language. */
export type TextIn = string | Readonly<Record<string, string>>;

export interface QuestionIn {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly ask: TextIn;
  readonly help?: TextIn;
  readonly more?: TextIn;
  readonly fallback?: TextIn;
  readonly when?: Condition;
  readonly optional?: boolean;
  readonly highlight?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly labels?: Readonly<Record<number, TextIn>>;
  readonly goalFor?: string;
  readonly choices?: readonly { readonly value: string; readonly label: TextIn }[];
}

export interface SetIn {
  readonly id?: string;
  readonly languages?: readonly string[];
  readonly revision?: number;
  readonly continues?: string;
  readonly phases: readonly { readonly id: string; readonly title?: TextIn; readonly questions: readonly QuestionIn[] }[];
}

export const buildSet = (s: SetIn): QuestionSet => {
  const languages = s.languages ?? ['en'];
  const text = (t: TextIn): LocalText => (typeof t === 'string' ? Object.fromEntries(languages.map((l) => [l, t])) : t);
  const template = (t: TextIn): LocalTemplate => Object.fromEntries(Object.entries(text(t)).map(([l, v]) => [l, parseTpl(v)]));
  const question = (q: QuestionIn, phase: string): Question => {
    const base = {
      id: q.id,
      phase,
      ask: template(q.ask),
      optional: q.optional ?? false,
      highlight: q.highlight ?? false,
      ...(q.help !== undefined ? { help: template(q.help) } : {}),
      ...(q.fallback !== undefined ? { fallback: text(q.fallback) } : {}),
      ...(q.when ? { when: { source: 'test', ast: q.when } } : {}),
    };
    switch (q.kind) {
      case 'text':
      case 'long':
      case 'confirm':
        return { ...base, kind: q.kind };
      case 'list':
        return { ...base, kind: 'list', more: template(q.more ?? 'What else?'), max: q.max ?? 10 };
      case 'scale': {
        const min = q.min ?? 0;
        const max = q.max ?? 10;
        const labels = new Map(Object.entries(q.labels ?? { [min]: 'low', [max]: 'high' }).map(([n, t]) => [Number(n), text(t)] as const));
        return { ...base, kind: 'scale', min, max, labels, ...(q.goalFor ? { goalFor: q.goalFor } : {}) };
      }
      case 'choice':
        return { ...base, kind: 'choice', choices: (q.choices ?? []).map((c) => ({ value: c.value, label: text(c.label) })) };
    }
  };
  const phases: Phase[] = s.phases.map((p) => ({
    id: p.id,
    title: text(p.title ?? p.id),
    questions: p.questions.map((q) => question(q, p.id)),
  }));
  return {
    format: 1,
    id: s.id ?? 'test-set',
    ...(s.revision !== undefined ? { revision: s.revision } : {}),
    languages,
    title: text('Test set'),
    audience: [],
    ...(s.continues ? { continues: s.continues } : {}),
    phases,
    questions: phases.flatMap((p) => p.questions),
    source: { origin: 'bundled', file: `${s.id ?? 'test-set'}.yaml` },
  };
};

/** A set with one phase holding these questions. */
export const onePhaseSet = (questions: readonly QuestionIn[], more: Omit<SetIn, 'phases'> = {}): QuestionSet =>
  buildSet({ ...more, phases: [{ id: 'main', questions }] });

/** `'skip'` records a skipped answer. */
export const answer = (question: string, value: AnswerValue | 'skip', kind = 'text'): Answer => ({
  question,
  phase: 'main',
  kind,
  asked: `${question}?`,
  ...(value === 'skip' ? { skipped: true as const } : { value }),
  answeredAt: '2026-01-01T10:00:00.000Z',
});

export const entry = (e: Partial<Entry> & { readonly answers?: readonly Answer[] }): Entry => ({
  id: e.id ?? 'entry-1',
  set: e.set ?? 'test-set',
  lang: e.lang ?? 'en',
  tags: e.tags ?? [],
  status: e.status ?? 'complete',
  startedAt: e.startedAt ?? '2026-01-01T10:00:00.000Z',
  ...(e.finishedAt !== undefined ? { finishedAt: e.finishedAt } : {}),
  ...(e.client !== undefined ? { client: e.client } : {}),
  answers: e.answers ?? [],
});

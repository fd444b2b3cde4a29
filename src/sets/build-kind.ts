/**
 * The part of a question that depends on its kind: list (`more`, `max`),
 * scale (range, labels, `goal-for`), choice (options) and the example answer,
 * which must fit the kind.
 */
import { onGrid, type Choice, type LocalTemplate, type LocalText, type Question, type TextQuestion } from './types.js';
import { said, type ProblemTexts } from './messages-problems.js';
import type { QuestionInput, TextInput } from './schema.js';
import type { Path } from './yaml-source.js';
import type { QuestionBuild } from './question-build.js';

type Base = Omit<TextQuestion, 'kind' | 'example'>;
type Of<K extends QuestionInput['kind']> = Extract<QuestionInput, { kind: K }>;

const listExample = (q: Of<'list'>, path: Path, where: string, b: QuestionBuild, max: number): LocalText[] | undefined => {
  const raw = q.example;
  if (raw === undefined) return undefined;
  const at = [...path, 'example'];
  const w = (f: (t: ProblemTexts) => string) => said((t) => t.question(q.id) + f(t));
  let items: LocalText[];
  if (Array.isArray(raw)) {
    items = raw.map((item: TextInput, i) => b.texts.text(item, [...at, i], where, `example[${i}]`));
  } else {
    const wanted = b.texts.languages;
    for (const lang of wanted)
      if (!Object.hasOwn(raw, lang))
        b.ctx.error(
          at,
          w((t) => t.exampleNoText(lang)),
        );
    for (const lang of Object.keys(raw))
      if (!wanted.includes(lang))
        b.ctx.warn(
          [...at, lang],
          w((t) => t.exampleOtherLang(lang)),
          { key: true },
        );
    const lists = wanted.filter((l) => Object.hasOwn(raw, l)).map((l) => [l, raw[l]!] as const);
    const counts = new Set(lists.map(([, list]) => list.length));
    if (counts.size > 1) {
      const detail = lists.map(([l, list]) => [l, list.length] as const);
      b.ctx.error(
        at,
        w((t) => t.exampleCounts(detail)),
      );
    }
    const n = Math.min(...counts);
    items = Array.from({ length: Number.isFinite(n) ? n : 0 }, (_, i) => Object.fromEntries(lists.map(([l, list]) => [l, list[i]!])));
  }
  const n = items.length;
  if (n > max)
    b.ctx.error(
      at,
      w((t) => t.exampleTooMany(n, max)),
    );
  return items;
};

const scale = (q: Of<'scale'>, base: Base, path: Path, where: string, b: QuestionBuild): Question => {
  const min = q.min ?? 0;
  const max = q.max ?? 10;
  const step = q.step ?? 1;
  const grid = { min, max, step };
  const w = (f: (t: ProblemTexts) => string) => said((t) => t.question(q.id) + f(t));
  if (min >= max)
    b.ctx.error(
      [...path, q.min !== undefined ? 'min' : 'max'],
      w((t) => t.reversedScale(min, max)),
    );
  else if (step > 0 && !onGrid(grid, max)) {
    b.ctx.error(
      [...path, 'step'],
      w((t) => t.stepDivides(step, min, max)),
    );
  }
  const labels = new Map<number, LocalText>();
  for (const [key, raw] of Object.entries(q.labels ?? {})) {
    const n = Number(key);
    const at = [...path, 'labels', key];
    if (n < min || n > max)
      b.ctx.error(
        at,
        w((t) => t.labelOutside(key, min, max)),
        { key: true },
      );
    else if (labels.has(n))
      b.ctx.error(
        at,
        w((t) => t.labelTwice(n)),
        { key: true },
      );
    labels.set(n, b.texts.text(raw, at, where, `labels.${key}`));
  }
  if (min < max && (!labels.has(min) || !labels.has(max))) {
    b.ctx.warn(
      q.labels ? [...path, 'labels'] : path,
      w((t) => t.labelsBothEnds(min, max)),
    );
  }
  if (q.example !== undefined && (q.example < min || q.example > max)) {
    const example = q.example;
    b.ctx.error(
      [...path, 'example'],
      w((t) => t.exampleOutside(example, min, max)),
    );
  } else if (q.example !== undefined && step > 0 && !onGrid(grid, q.example)) {
    const example = q.example;
    b.ctx.error(
      [...path, 'example'],
      w((t) => t.exampleOffGrid(example, min, min + step, max)),
    );
  }
  return {
    ...base,
    kind: 'scale',
    min,
    max,
    ...(q.step !== undefined ? { step: q.step } : {}),
    labels: new Map([...labels].sort((x, y) => x[0] - y[0])),
    ...(q['goal-for'] !== undefined ? { goalFor: q['goal-for'] } : {}),
    ...(q.example !== undefined ? { example: q.example } : {}),
  };
};

const choice = (q: Of<'choice'>, base: Base, path: Path, where: string, b: QuestionBuild): Question => {
  const seen = new Set<string>();
  const w = (f: (t: ProblemTexts) => string) => said((t) => t.question(q.id) + f(t));
  const choices: Choice[] = q.choices.map((raw, i) => {
    const c = { ...raw, value: String(raw.value) };
    if (seen.has(c.value))
      b.ctx.error(
        [...path, 'choices', i, 'value'],
        w((t) => t.choiceTwice(c.value)),
      );
    seen.add(c.value);
    return { value: c.value, label: b.texts.text(c.label, [...path, 'choices', i, 'label'], where, `choices[${i}].label`) };
  });
  const example = q.example === undefined ? undefined : String(q.example);
  if (example !== undefined && !seen.has(example)) {
    const values = [...seen].join(', ');
    b.ctx.error(
      [...path, 'example'],
      w((t) => t.exampleNotChoice(example, values)),
    );
  }
  return { ...base, kind: 'choice', choices, ...(example !== undefined ? { example } : {}) };
};

export const buildKind = (
  q: QuestionInput,
  base: Base,
  path: Path,
  where: string,
  b: QuestionBuild,
  more: (raw: TextInput) => LocalTemplate,
): Question => {
  switch (q.kind) {
    case 'text':
    case 'long': {
      const example = q.example === undefined ? undefined : b.texts.text(q.example, [...path, 'example'], where, 'example');
      return { ...base, kind: q.kind, ...(example ? { example } : {}) };
    }
    case 'list': {
      const max = q.max ?? 10;
      const example = listExample(q, path, where, b, max);
      return { ...base, kind: 'list', more: more(q.more), max, ...(example ? { example } : {}) };
    }
    case 'scale':
      return scale(q, base, path, where, b);
    case 'choice':
      return choice(q, base, path, where, b);
    case 'confirm':
      return { ...base, kind: 'confirm', ...(q.example !== undefined ? { example: q.example } : {}) };
  }
};

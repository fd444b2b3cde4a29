/**
 * One question of the file, as the model holds it: texts per language,
 * templates and its condition parsed, defaults filled in, and the checks
 * that concern the question alone (ranges, choices, the example).
 */
import type { Question } from './types.js';
import type { QuestionInput } from './schema.js';
import type { QuestionBuild } from './question-build.js';
import type { Texts } from './local-texts.js';
import type { Path } from './yaml-source.js';
import { parseCondition } from './condition.js';
import { refText } from './parse-ref.js';
import { buildKind } from './build-kind.js';
import { inLang, said } from './messages-problems.js';

const conditionOf = (q: QuestionInput, path: Path, index: number, where: string, b: QuestionBuild) => {
  if (q.when === undefined) return undefined;
  const whenPath = [...path, 'when'];
  const parsed = parseCondition(q.when);
  if (!parsed.ok) {
    const why = { en: parsed.message, nl: parsed.nl };
    b.ctx.error(
      whenPath,
      said((t) => t.where(where) + t.condition + inLang(t, why)),
      { index: parsed.index, within: 'condition' },
    );
    return undefined;
  }
  const at = (i: number) => b.ctx.place(whenPath, { index: i, within: 'condition' });
  for (const leaf of parsed.leaves) {
    const n = leaf.node;
    const base = { from: index, where };
    const shown = (r: typeof n.ref) => `"${refText(r)}" in the condition`;
    if (n.type === 'compare') {
      b.uses.push({ ...base, ref: n.ref, place: at(leaf.refIndex), shown: shown(n.ref), use: { kind: 'compare' } });
      if (typeof n.value !== 'number') {
        b.uses.push({
          ...base,
          ref: n.value,
          place: at(leaf.otherIndex ?? leaf.refIndex),
          shown: shown(n.value),
          use: { kind: 'compare' },
        });
      }
    } else if (n.type === 'state') {
      b.uses.push({ ...base, ref: n.ref, place: at(leaf.refIndex), shown: shown(n.ref), use: { kind: 'state', state: n.state } });
    } else {
      const wordPlace = at(leaf.otherIndex ?? leaf.refIndex);
      b.uses.push({ ...base, ref: n.ref, place: at(leaf.refIndex), shown: shown(n.ref), use: { kind: 'equals', word: n.word, wordPlace } });
    }
  }
  return parsed.condition;
};

export const buildQuestion = (q: QuestionInput, path: Path, phase: string, index: number, b: QuestionBuild): Question => {
  const where = `question "${q.id}": `;
  const { texts, uses } = b;
  const template = (field: 'ask' | 'help' | 'more', raw: Parameters<Texts['template']>[0]) =>
    texts.template(raw, [...path, field], where, field, (u) =>
      uses.push({ ref: u.ref, place: u.place, from: index, where, shown: `{{${refText(u.ref)}}}`, use: { kind: 'text' } }),
    );
  const when = conditionOf(q, path, index, where, b);
  const base = {
    id: q.id,
    phase,
    ask: template('ask', q.ask),
    ...(q.help !== undefined ? { help: template('help', q.help) } : {}),
    ...(q.why !== undefined ? { why: texts.text(q.why, [...path, 'why'], where, 'why') } : {}),
    optional: q.optional ?? false,
    ...(when ? { when } : {}),
    ...(q.fallback !== undefined ? { fallback: texts.text(q.fallback, [...path, 'fallback'], where, 'fallback', 'forbidden') } : {}),
    highlight: q.highlight ?? false,
    ...(q.for !== undefined ? { for: q.for } : {}),
    ...(q.per !== undefined ? { per: q.per } : {}),
    ...(q.revises !== undefined ? { revises: q.revises } : {}),
    pos: b.ctx.place(path).pos,
  };
  return buildKind(q, base, path, where, b, (raw) => template('more', raw));
};

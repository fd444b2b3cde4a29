/**
 * A validated file's data as the model: phases and questions in order,
 * texts per language, and the checks that need the whole set (unique and
 * reserved ids, `goal-for`, references between questions).
 */
import type { Phase, Question, QuestionSet, SetOrigin } from './types.js';
import type { SetInput } from './schema.js';
import type { SetContext } from './check-context.js';
import type { Path } from './yaml-source.js';
import type { RefUse } from './ref-use.js';
import type { CrossCheck } from './cross-set.js';
import { Texts } from './local-texts.js';
import { buildQuestion } from './build-question.js';
import { checkRefs } from './check-refs.js';
import { said, type ProblemTexts } from './messages-problems.js';

/** Ids that would clash with reference words, condition words or object internals. */
const RESERVED_QUESTION_IDS = new Set(['client', 'last', 'not', 'and', 'or', 'is', 'constructor', 'prototype']);
const RESERVED_IDS = new Set(['constructor', 'prototype']);

const unique = (ctx: SetContext, what: 'question' | 'phase', items: { id: string; path: Path }[], reserved: ReadonlySet<string>) => {
  const seen = new Map<string, Path>();
  for (const { id, path } of items) {
    if (reserved.has(id))
      ctx.error(
        path,
        said((t) => t.idReserved(t.what[what], id)),
      );
    const first = seen.get(id);
    if (first) {
      const line = ctx.place(first).pos.line;
      ctx.error(
        path,
        said((t) => t.idUsed(t.what[what], id, line)),
      );
    } else seen.set(id, path);
  }
};

const checkGoals = (ctx: SetContext, questions: readonly Question[], paths: readonly Path[]) => {
  questions.forEach((q, i) => {
    if (q.kind !== 'scale' || q.goalFor === undefined) return;
    const at = [...paths[i]!, 'goal-for'];
    const target = questions.find((t) => t.id === q.goalFor);
    const goal = q.goalFor;
    if (!target)
      ctx.error(
        at,
        said((t) => t.goalNone(q.id, goal)),
      );
    else if (target === q)
      ctx.error(
        at,
        said((t) => t.goalItself(q.id)),
      );
    else if (target.kind !== 'scale')
      ctx.error(
        at,
        said((t) => t.goalNotScale(q.id, goal, target.kind)),
      );
  });
};

/** 1.2 `revises`: an earlier question of the same kind (a choice with the same values), asked of the same people. */
const checkRevises = (ctx: SetContext, questions: readonly Question[], paths: readonly Path[]) => {
  questions.forEach((q, i) => {
    if (q.revises === undefined) return;
    const at = [...paths[i]!, 'revises'];
    const name = q.revises;
    const rev = (f: (t: ProblemTexts) => string) => said((t) => t.revises(q.id) + f(t));
    const j = questions.findIndex((t) => t.id === q.revises);
    const target = questions[j];
    if (!target)
      return ctx.error(
        at,
        rev((t) => t.revNone(name)),
      );
    if (j >= i)
      return ctx.error(
        at,
        rev((t) => t.revLater(name)),
      );
    const above = target.revises;
    if (above !== undefined)
      return ctx.error(
        at,
        rev((t) => t.revChain(name, above)),
      );
    if (target.kind !== q.kind)
      return ctx.error(
        at,
        rev((t) => t.revKind(name, target.kind, q.kind)),
      );
    if ((target.per ?? '') !== (q.per ?? ''))
      return ctx.error(
        at,
        rev((t) => t.revPer(name)),
      );
    if (target.kind === 'choice' && q.kind === 'choice') {
      const a = target.choices
        .map((c) => c.value)
        .sort()
        .join(' ');
      const b = q.choices
        .map((c) => c.value)
        .sort()
        .join(' ');
      if (a !== b)
        ctx.error(
          at,
          rev((t) => t.revChoices(name)),
        );
    }
    if (target.kind === 'scale' && q.kind === 'scale' && (target.min !== q.min || target.max !== q.max)) {
      ctx.error(
        at,
        rev((t) => t.revScale(target.min, target.max, name)),
      );
    }
  });
};

export const buildSet = (input: SetInput, ctx: SetContext, origin: SetOrigin): { set: QuestionSet; cross: CrossCheck } => {
  const languages = [...new Set(input.languages)];
  input.languages.forEach((l, i) => {
    if (input.languages.indexOf(l) !== i)
      ctx.error(
        ['languages', i],
        said((t) => t.languageTwice(l)),
      );
  });
  const texts = new Texts(ctx, languages);
  const uses: RefUse[] = [];
  const questions: Question[] = [];
  const questionPaths: Path[] = [];
  const phases: Phase[] = input.phases.map((p, pi) => {
    const path = ['phases', pi];
    const where = `phase "${p.id}": `;
    const own = p.questions.map((q, qi) => {
      const qPath = [...path, 'questions', qi];
      const question = buildQuestion(q, qPath, p.id, questions.length, { ctx, texts, uses });
      questions.push(question);
      questionPaths.push(qPath);
      return question;
    });
    return {
      id: p.id,
      title: texts.text(p.title, [...path, 'title'], where, 'title'),
      ...(p.purpose !== undefined ? { purpose: texts.text(p.purpose, [...path, 'purpose'], where, 'purpose') } : {}),
      ...(p.minutes !== undefined ? { minutes: p.minutes } : {}),
      questions: own,
    };
  });
  unique(
    ctx,
    'phase',
    input.phases.map((p, i) => ({ id: p.id, path: ['phases', i, 'id'] })),
    RESERVED_IDS,
  );
  unique(
    ctx,
    'question',
    questions.map((q, i) => ({ id: q.id, path: [...questionPaths[i]!, 'id'] })),
    RESERVED_QUESTION_IDS,
  );
  if (RESERVED_IDS.has(input.id))
    ctx.error(
      ['id'],
      said((t) => t.setIdReserved(input.id)),
    );
  if (input.continues === input.id)
    ctx.error(
      ['continues'],
      said((t) => t.continuesItself(input.id)),
    );
  checkGoals(ctx, questions, questionPaths);
  checkRevises(ctx, questions, questionPaths);
  const lastRefs = checkRefs(ctx, questions, uses, input.continues);

  const where = `set "${input.id}": `;
  const set: QuestionSet = {
    format: input.format,
    id: input.id,
    ...(input.revision !== undefined ? { revision: input.revision } : {}),
    languages,
    title: texts.text(input.title, ['title'], where, 'title'),
    ...(input.summary !== undefined ? { summary: texts.text(input.summary, ['summary'], where, 'summary') } : {}),
    audience: input.audience ?? [],
    ...(input.continues !== undefined ? { continues: input.continues } : {}),
    phases,
    questions,
    source: { origin, file: ctx.file },
  };
  const cross: CrossCheck = {
    file: ctx.file,
    ...(input.continues !== undefined && input.continues !== input.id
      ? { continues: { id: input.continues, place: ctx.place(['continues']) } }
      : {}),
    lastRefs,
  };
  return { set, cross };
};

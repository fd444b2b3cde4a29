/**
 * Every problem of a file in one run: when the file fails the schema somewhere, the questions that pass
 * it on their own are still built, so that their own problems (a reversed scale, an example off the
 * scale) are reported beside the schema's, not one run later. What needs the whole set (references
 * between questions, unique ids) waits until the schema passes.
 */
import type { SetContext } from './check-context.js';
import { valueAt } from './check-context.js';
import { questionSchema, type QuestionInput } from './schema.js';
import { Texts } from './local-texts.js';
import { buildQuestion } from './build-question.js';
import type { Path } from './yaml-source.js';

const under = (path: readonly PropertyKey[], prefix: readonly PropertyKey[]): boolean => prefix.every((p, i) => path[i] === p);

export const checkQuestionsAlone = (raw: unknown, ctx: SetContext, issues: readonly { readonly path: readonly PropertyKey[] }[]): void => {
  // the questions' texts are read per language: only with a list of languages the schema accepted
  if (issues.some((i) => i.path[0] === 'languages')) return;
  const languages = valueAt(raw, ['languages']);
  if (!Array.isArray(languages) || languages.length === 0 || !languages.every((l) => typeof l === 'string')) return;
  const phases = valueAt(raw, ['phases']);
  if (!Array.isArray(phases)) return;
  const texts = new Texts(ctx, [...new Set(languages as string[])]);
  phases.forEach((phase: unknown, pi) => {
    const questions = valueAt(phase, ['questions']);
    if (!Array.isArray(questions)) return;
    questions.forEach((q: unknown, qi) => {
      const path: Path = ['phases', pi, 'questions', qi];
      // a question with a problem of its own in the schema has been reported; one the schema accepts is built
      if (issues.some((i) => under(i.path, path)) || !questionSchema.safeParse(q).success) return;
      buildQuestion(q as QuestionInput, path, String(valueAt(phase, ['id']) ?? ''), qi, { ctx, texts, uses: [] });
    });
  });
};

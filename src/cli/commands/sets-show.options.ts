/** `oplos sets show`: its declaration (the action is sets-show.ts); the common options only. */
import type { Declaration } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

export type SetsShowOptions = CommonOptions;

export const setsShowCommand: Declaration<SetsShowOptions> = {
  name: 'show <set>',
  description: (tr) => tr("a set's phases and questions, in order, with conditions"),
};

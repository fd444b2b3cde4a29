/** `oplos sets validate`: its declaration (the action is sets-validate.ts); the common options only. */
import type { Declaration } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

export type SetsValidateOptions = CommonOptions;

export const setsValidateCommand: Declaration<SetsValidateOptions> = {
  name: 'validate <path...>',
  description: (tr) => tr('check files or folders of sets against the format'),
};

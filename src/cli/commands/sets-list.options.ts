/** `oplos sets list`: its declaration (the action is sets-list.ts); the common options only. */
import type { Declaration } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

export type SetsListOptions = CommonOptions;

export const setsListCommand: Declaration<SetsListOptions> = {
  name: 'list',
  description: (tr) => tr('the loaded sets'),
};

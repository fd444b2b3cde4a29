/** `oplos` alone: the menu. It takes the common options only; program.ts gives them to the root. */
import type { CommonOptions } from '../cli-context.js';

export type MenuOptions = CommonOptions;

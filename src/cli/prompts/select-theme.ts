/**
 * The theme of every @inquirer list: its key help ("↑↓ navigate • ⏎ select")
 * in the run's language ("↑↓ kiezen • ⏎ bevestigen"), never inquirer's English.
 */
import type { CliContext } from '../cli-context.js';

export const selectTheme = (ctx: Pick<CliContext, 'theme' | 'm'>) => ({
  style: {
    keysHelpTip: (keys: [string, string][]) =>
      ctx.theme.dim(keys.map(([key, action]) => `${key} ${ctx.m.keyActions[action] ?? action}`).join(' • ')),
  },
});

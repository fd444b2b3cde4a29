/** `oplos config get|set|unset|list`: their declarations (the actions are in config.ts); the common options only. */
import type { Declaration } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

export type ConfigOptions = CommonOptions;

export const configGetCommand: Declaration<ConfigOptions> = {
  name: 'get <key>',
  description: (tr) => tr('one setting'),
  lenientConfig: true,
};
export const configSetCommand: Declaration<ConfigOptions> = {
  name: 'set <key> <value>',
  description: (tr) => tr('change a setting'),
  lenientConfig: true,
};
export const configUnsetCommand: Declaration<ConfigOptions> = {
  name: 'unset <key>',
  description: (tr) => tr('back to the default'),
  lenientConfig: true,
};
export const configListCommand: Declaration<ConfigOptions> = { name: 'list', description: (tr) => tr('all settings'), lenientConfig: true };

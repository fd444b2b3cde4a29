/**
 * The one place colours are chosen. Everything that prints takes a Theme;
 * with colour off every function is the identity, so output stays plain.
 */
import { Chalk } from 'chalk';

export interface Theme {
  readonly heading: (s: string) => string;
  readonly phase: (s: string) => string;
  readonly question: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly accent: (s: string) => string;
  readonly good: (s: string) => string;
  readonly warn: (s: string) => string;
  readonly error: (s: string) => string;
  readonly code: (s: string) => string;
  readonly enabled: boolean;
}

export const makeTheme = (color: boolean): Theme => {
  const c = new Chalk({ level: color ? 2 : 0 });
  return {
    heading: (s) => c.bold(s),
    phase: (s) => c.bold.cyan(s),
    question: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    accent: (s) => c.cyan(s),
    good: (s) => c.green(s),
    warn: (s) => c.yellow(s),
    error: (s) => c.red(s),
    code: (s) => c.cyan(s),
    enabled: color,
  };
};

/**
 * Colour only for a terminal, and never when the person asked for none:
 * `--no-color`, or NO_COLOR set to anything but the empty string
 * (no-color.org); chalk itself does not look at NO_COLOR.
 */
export const wantsColor = (opts: { flag?: boolean; env: Record<string, string | undefined>; isTTY: boolean }): boolean => {
  if (opts.flag === false) return false;
  const noColor = opts.env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  const force = opts.env['FORCE_COLOR'];
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  return opts.isTTY && opts.env['TERM'] !== 'dumb';
};

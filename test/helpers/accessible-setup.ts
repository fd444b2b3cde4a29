/**
 * The accessible prompter with nothing but lines: typed lines go into its stdin, what it writes is
 * collected. `type(line, ready)` types once `ready` has been written since the last typing.
 */
import { PassThrough } from 'node:stream';
import type { CliContext } from '../../src/cli/cli-context.js';
import { messages } from '../../src/cli/messages.js';
import { makeAccessiblePrompter } from '../../src/cli/prompts/accessible-prompter.js';

export const accessibleSetup = (lang: 'en' | 'nl' = 'en') => {
  const stdin = new PassThrough() as unknown as NodeJS.ReadStream;
  let written = '';
  const ctx = {
    lang,
    m: messages(lang),
    accessible: true,
    env: {},
    config: {},
    streams: { stdin, stdout: { isTTY: true } as NodeJS.WriteStream, stderr: { isTTY: true } as NodeJS.WriteStream, env: {} },
    out: (line = '') => void (written += `${line}\n`),
    err: (line = '') => void (written += `${line}\n`),
  } as unknown as CliContext;
  const prompter = makeAccessiblePrompter(ctx);
  /** types `line` and Enter once `ready` is in what was written since the last typing */
  let seen = 0;
  const type = async (line: string, ready?: string) => {
    for (let i = 0; ready !== undefined && !written.slice(seen).includes(ready); i++) {
      if (i > 500) throw new Error(`never said ${ready}:\n${written}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    seen = written.length;
    (stdin as unknown as PassThrough).write(`${line}\n`);
  };
  return { prompter, type, out: () => written };
};

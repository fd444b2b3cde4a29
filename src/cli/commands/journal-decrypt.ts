import { EXIT } from '../../errors.js';
import type { CliContext } from '../cli-context.js';
import { openContextJournal } from '../open-journal.js';

export const run = async (ctx: CliContext) => {
  const journal = await openContextJournal(ctx);
  if (!journal.encrypted) {
    ctx.err(ctx.m.notEncrypted);
    return EXIT.ok;
  }
  await journal.decrypt();
  ctx.out(ctx.m.decrypted);
  return EXIT.ok;
};

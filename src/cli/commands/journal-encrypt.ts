import type { CliContext } from '../cli-context.js';
import { openContextJournal } from '../open-journal.js';
import { EXIT, OplosError } from '../../errors.js';
import { journalMessages } from '../messages-journal.js';

/** The new passphrase: OPLOS_PASSPHRASE, else asked twice on the terminal. */
const MIN_LENGTH = 8;

const newPassphrase = async (ctx: CliContext): Promise<string> => {
  const { m } = ctx;
  const fromEnv = ctx.env['OPLOS_PASSPHRASE'];
  if (fromEnv) {
    // the same rule as at the prompt: a short passphrase protects little
    if (fromEnv.length < MIN_LENGTH) throw new OplosError(`OPLOS_PASSPHRASE: ${m.passphraseShort}`, EXIT.usage);
    return fromEnv;
  }
  if (!ctx.streams.stdin.isTTY) throw new OplosError(journalMessages(ctx.lang).encrypt.noTerminal, EXIT.usage, journalMessages(ctx.lang).encrypt.noTerminalHint);
  const { askNewPassphrase } = await import('../prompts/passphrase-ask.js');
  return askNewPassphrase({ input: ctx.streams.stdin, output: ctx.streams.stderr, accessible: ctx.accessible }, m, MIN_LENGTH, ctx.lang);
};

export const run = async (ctx: CliContext) => {
  const journal = await openContextJournal(ctx);
  if (journal.encrypted) {
    // never "already encrypted" while one plain file of the journal remains: it is sealed with the journal's key
    if ((await journal.unsealed()).plain.length === 0) {
      ctx.err(ctx.m.alreadyEncrypted);
      return EXIT.ok;
    }
    ctx.out(journalMessages(ctx.lang).encrypt.sealedLeft((await journal.sealAsRecorded()).length));
    return EXIT.ok;
  }
  await journal.encrypt(await newPassphrase(ctx));
  ctx.out(ctx.m.encrypted);
  return EXIT.ok;
};

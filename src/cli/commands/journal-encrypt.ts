import type { CliContext } from '../cli-context.js';
import { openContextJournal } from '../open-journal.js';
import { EXIT, OplosError } from '../../errors.js';
import { journalMessages } from '../messages-journal.js';
import { layout1Backup } from '../layout1-backup.js';
import type { Journal } from '../../journal/store.js';

/** The old single-file journal beside the folder, when it holds its sessions in plain text: named (issue 19). */
export const namePlainLayout1 = async (ctx: CliContext, journal: Journal): Promise<void> => {
  const old = await layout1Backup(journal.dir);
  if (old?.plain) ctx.err(journalMessages(ctx.lang).encrypt.layout1Plain(old.paths[0]!, old.remove));
};

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
  if (!ctx.streams.stdin.isTTY)
    throw new OplosError(journalMessages(ctx.lang).encrypt.noTerminal, EXIT.usage, journalMessages(ctx.lang).encrypt.noTerminalHint);
  const { askNewPassphrase } = await import('../prompts/passphrase-ask.js');
  return askNewPassphrase({ input: ctx.streams.stdin, output: ctx.streams.stderr, accessible: ctx.accessible }, m, MIN_LENGTH, ctx.lang);
};

export const run = async (ctx: CliContext) => {
  const journal = await openContextJournal(ctx);
  if (journal.encrypted) {
    // never "already encrypted" while one plain file of the journal remains: it is sealed with the journal's key
    if ((await journal.unsealed()).plain.length === 0) {
      ctx.err(ctx.m.alreadyEncrypted);
      await namePlainLayout1(ctx, journal);
      return EXIT.ok;
    }
    ctx.out(journalMessages(ctx.lang).encrypt.sealedLeft((await journal.sealAsRecorded()).length));
    await namePlainLayout1(ctx, journal);
    return EXIT.ok;
  }
  await journal.encrypt(await newPassphrase(ctx));
  ctx.out(ctx.m.encrypted);
  await namePlainLayout1(ctx, journal);
  return EXIT.ok;
};

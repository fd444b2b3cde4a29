/**
 * A person at a real terminal (node-pty): answers first-session by typing,
 * presses Ctrl-C half-way, sees exit 130 and how to continue, resumes, and
 * finds every answer in the journal.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { KEY, openTerminal } from './helpers/pty.js';
import { sandbox, type Sandbox } from './helpers/cli.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

interface Stored {
  entries: { id: string; status: string; answers: { question: string; value?: unknown; skipped?: boolean }[] }[];
}

/** Waits for question `n`'s position line, then types `text` and Enter. */
const answer = async (t: ReturnType<typeof openTerminal>, n: number, text: string) => {
  await t.waitFor(new RegExp(`question ${n} of about \\d+`));
  t.mark();
  await t.line(text);
};

describe('a session in a real terminal', () => {
  it('keeps every answer through Ctrl-C and continues with resume', async () => {
    const t = openTerminal(['start', '--lang', 'en', '--client', 'K.'], sb.env);
    await t.waitFor('First session');
    // 1: has something changed already? (a yes/no)
    await t.waitFor(/question 1 of about \d+/);
    t.mark();
    t.type('n');
    t.press(KEY.enter);
    await answer(t, 2, 'Calmer mornings with my son');
    await answer(t, 3, ''); // the burden: optional, skipped
    await answer(t, 4, 'We would have breakfast together');
    await t.waitFor(/question 5 of about \d+/);
    // Ctrl-C at the fifth question
    t.press(KEY.ctrlC);
    const { exitCode } = await t.exited;
    expect(exitCode).toBe(130);
    expect(t.screen()).toMatch(/oplos resume [0-9a-f]{8}/);

    // nothing is complete yet, and the draft holds what was typed
    const drafts = `${sb.journal}.drafts`;
    expect(existsSync(drafts)).toBe(true);
    const [file] = readdirSync(drafts).filter((f) => f.endsWith('.json'));
    const draft = JSON.parse(readFileSync(`${drafts}/${file}`, 'utf8')) as { entry: Stored['entries'][number] };
    expect(draft.entry.answers.map((a) => a.question)).toEqual(['pre-change', 'hopes', 'burden', 'miracle']);
    expect(draft.entry.answers[2]!.skipped).toBe(true);

    // resume with an answers file for the rest
    const r = openTerminal(['resume', '--lang', 'en'], sb.env);
    await r.waitFor(/question \d+ of about \d+/);
    // the next question is the fifth: the first small sign
    expect(r.sinceMark()).toMatch(/sign|notice/i);
    r.press(KEY.ctrlC);
    expect((await r.exited).exitCode).toBe(130);
  }, 30_000);
});

/**
 * A person at a real terminal (node-pty): answers first-session by typing,
 * presses Ctrl-C half-way, sees exit 130 and how to continue, resumes, and
 * finds every answer in the journal.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describePty, KEY, openTerminal } from '../helpers/pty.js';
import { oplos, sandbox, storedSessions, unfinishedFiles, type Sandbox } from '../helpers/cli.js';
import { hostname } from 'node:os';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

interface Stored {
  entries: { id: string; status: string; answers: { question: string; value?: unknown; skipped?: boolean }[] }[];
}

/** first-session's first questions (English), by their opening words: the line above a question names its phase, not a count */
const QUESTION: Record<number, string> = {
  1: 'Since you made this appointment',
  2: 'What are your best hopes',
  3: 'What makes things hard',
  4: 'Are there times when',
  5: 'What behaviour could you',
  6: 'How did this conversation come about',
};
const questionText = (n: number) => QUESTION[n]!;

/** Waits for question `n` (since the last mark), then types `text` and Enter. */
const answer = async (t: ReturnType<typeof openTerminal>, n: number, text: string) => {
  await t.waitFor(questionText(n));
  t.mark();
  await t.line(text);
};

describePty('a session in a real terminal', () => {
  it('keeps every answer through Ctrl-C and continues with resume', async () => {
    const t = openTerminal(['start', '--lang', 'en', '--client', 'K.'], sb.env);
    await t.waitFor('First session');
    // 1: has something changed already? (a yes/no)
    await t.waitFor(questionText(1));
    t.mark();
    t.press(KEY.down); // "no"
    t.press(KEY.enter);
    await answer(t, 2, 'Calmer mornings with my son');
    await answer(t, 3, ''); // the burden: optional, skipped
    await answer(t, 4, 'At weekends it is fine'); // exceptions to the problem
    await t.waitFor(questionText(5));
    // Ctrl-C at the fifth question
    t.press(KEY.ctrlC);
    const { exitCode } = await t.exited;
    expect(exitCode).toBe(130);
    expect(t.screen()).toMatch(/node \S*bin\/oplos\.js resume [0-9a-f]{8}/);

    // nothing is complete yet, and the draft holds what was typed
    const drafts = path.join(sb.journal, 'unfinished');
    expect(existsSync(drafts)).toBe(true);
    const [file] = readdirSync(drafts).filter((f) => f.endsWith('.json'));
    const draft = { entry: JSON.parse(readFileSync(`${drafts}/${file}`, 'utf8')) as Stored['entries'][number] };
    expect(draft.entry.answers.map((a) => a.question)).toEqual(['pre-change', 'hopes', 'burden', 'problem-less']);
    expect(draft.entry.answers[2]!.skipped).toBe(true);

    // resume at the terminal: it continues at the fifth question, a practitioner's note (there is a client)
    const r = openTerminal(['resume', '--lang', 'en'], sb.env);
    await r.waitFor(questionText(5));
    await r.waitFor(/Note for you, not to read out/);
    r.mark();
    await r.line('He takes his time to think');
    await r.waitFor(questionText(6));
    r.press(KEY.ctrlC);
    expect((await r.exited).exitCode).toBe(130);

    // and finish it from an answers file: every answer typed before is kept
    const rest = path.join(sb.dir, 'rest.yaml');
    await writeFile(
      rest,
      [
        'relationship: customer',
        'mandated: false',
        'miracle: We would have breakfast together',
        'first-sign: I would hum while making coffee',
        'instead: Sit with him',
        'who-notices: My son',
        'exceptions: []',
        'coping: I keep going for him',
        'now: 2',
        'now-why: Some mornings work',
        'now-coping: My sister helps',
        'next-point: One calm morning',
        'good-enough: 6',
        'confidence: 5',
        'step: Lay out clothes',
        'compliments: [You came today]',
        'suggest-do: Lay out the clothes on Sunday',
        'meet-again: again',
      ].join('\n'),
    );
    const done = await oplos(['resume', '--answers', rest], sb.env);
    expect(done.stderr).not.toMatch(/error/i);
    expect(done.code).toBe(0);
    const stored = { entries: storedSessions<Stored['entries'][number]>(sb.journal) };
    expect(stored.entries).toHaveLength(1);
    const entry = stored.entries[0]!;
    expect(entry.status).toBe('complete');
    const value = (id: string) => entry.answers.find((a) => a.question === id)?.value;
    expect(value('hopes')).toBe('Calmer mornings with my son');
    expect(value('relabel')).toBe('He takes his time to think');
    expect(value('miracle')).toBe('We would have breakfast together');
    expect(value('first-sign')).toBe('I would hum while making coffee');
    expect(value('now')).toBe(2);
    // no exceptions: the coping question was asked; a low scale: the coping one there too
    expect(value('coping')).toBe('I keep going for him');
    expect(value('now-coping')).toBe('My sister helps');
    expect(readdirSync(drafts).filter((f) => f.endsWith('.json'))).toEqual([]);
  }, 30_000);
});

describePty('a long answer in the editor', () => {
  it('opens $EDITOR on /e and stores what was written there', async () => {
    const editorScript = path.join(sb.dir, 'fake-editor.sh');
    await writeFile(editorScript, '#!/bin/sh\nprintf "Line one\\nLine two\\n" > "$1"\n', { mode: 0o755 });
    const t = openTerminal(['start', '--lang', 'en'], { ...sb.env, EDITOR: editorScript, VISUAL: editorScript });
    await t.waitFor(questionText(1));
    t.press(KEY.down);
    t.press(KEY.enter);
    await answer(t, 2, 'Calmer mornings');
    await t.waitFor(questionText(3));
    await t.waitFor('/e');
    t.mark();
    await t.line('/e');
    await t.waitFor(questionText(4));
    t.press(KEY.ctrlC);
    expect((await t.exited).exitCode).toBe(130);
    const drafts = path.join(sb.journal, 'unfinished');
    const [file] = readdirSync(drafts).filter((f) => f.endsWith('.json'));
    const draft = { entry: JSON.parse(readFileSync(`${drafts}/${file}`, 'utf8')) as Stored['entries'][number] };
    expect(draft.entry.answers.find((a) => a.question === 'burden')?.value).toBe('Line one\nLine two');
  }, 20_000);
});

describePty('a Ctrl-C that comes as SIGINT (between two prompts, outside raw mode)', () => {
  it('ends the session as a Ctrl-C at a prompt does: exit 130, the answer being saved kept, how to resume', async () => {
    // an encrypted journal: every save runs scrypt, so there is time between the answer and the next prompt
    const env = { ...sb.env, OPLOS_PASSPHRASE: 'correct horse battery' };
    expect((await oplos(['journal', 'encrypt'], env)).code).toBe(0);
    const t = openTerminal(['start', '--lang', 'en'], env);
    await t.waitFor(questionText(1));
    t.mark();
    t.press(KEY.enter); // yes: now saved, with no prompt open
    // the answer taken (its line left on screen) before the signal: a signal can overtake a key on its way
    await t.waitFor('✔');
    t.signal('SIGINT');
    const { exitCode, signal } = await t.exited;
    expect({ exitCode, signal: signal ?? 0 }).toEqual({ exitCode: 130, signal: 0 });
    expect(t.sinceMark()).toMatch(/oplos\.js resume [0-9a-f]{8}/);
    expect(t.sinceMark()).not.toContain(questionText(2));
    const shown = await oplos(['journal', 'show', t.sinceMark().match(/oplos\.js resume ([0-9a-f]{8})/)?.[1] ?? '?', '--json'], env);
    expect((JSON.parse(shown.stdout) as Stored['entries'][number]).answers.map((a) => a.question)).toEqual(['pre-change']);
  }, 20_000);
});

describePty('the first save runs while the first question is on screen', () => {
  it('an answer waits for it; when it cannot be made, the question is withdrawn with exit 3', async () => {
    // another oplos holds the journal's lock and keeps it fresh: the first save waits for it, then gives up
    // held by this (live) test process
    const lock = path.join(sb.journal, 'journal.lock');
    await mkdir(sb.journal, { recursive: true });
    await writeFile(lock, JSON.stringify({ pid: process.pid, host: hostname(), since: '', token: 'test' }));
    const fresh = setInterval(() => {
      const now = new Date();
      utimes(lock, now, now).catch(() => undefined);
    }, 500);
    try {
      // a short wait for the lock (12 s by default), so the test does not sit out the real one
      const t = openTerminal(['start', '--lang', 'en'], { ...sb.env, OPLOS_LOCK_WAIT_MS: '1500' });
      // the question is there at once, though the lock is not
      await t.waitFor(questionText(1), 5_000);
      t.mark();
      t.press(KEY.enter); // "yes": taken, but not saved, so no next question
      const { exitCode } = await t.exited;
      expect(exitCode).toBe(3);
      expect(t.sinceMark()).toMatch(/in use by another oplos/);
      expect(t.sinceMark()).not.toContain(questionText(2));
      expect(unfinishedFiles(sb.journal)).toEqual([]);
    } finally {
      clearInterval(fresh);
    }
  }, 30_000);
});

/**
 * An answer written in $EDITOR is a plain-text file while the editor runs; it
 * must not outlive oplos, however oplos ends (here: SIGTERM while the editor
 * is still open, and a normal end).
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { sandbox, type Sandbox } from '../helpers/cli.js';
import { describePty, KEY, openTerminal } from '../helpers/pty.js';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

/** first-session's first questions (English), by their opening words */
const QUESTION: Record<number, string> = {
  1: 'Since you made this appointment',
  2: 'What are your best hopes',
  3: 'What makes things hard',
};
const questionText = (n: number) => QUESTION[n]!;

const answer = async (t: ReturnType<typeof openTerminal>, n: number, text: string) => {
  await t.waitFor(questionText(n));
  await t.line(text);
};

/** Every file under `dir`, recursively, with its text. */
const texts = async (dir: string): Promise<string[]> => {
  const { readFile, stat } = await import('node:fs/promises');
  const out: string[] = [];
  for (const n of await readdir(dir, { recursive: true })) {
    const f = path.join(dir, n);
    if ((await stat(f)).isFile()) out.push(await readFile(f, 'utf8'));
  }
  return out;
};

describePty('$EDITOR temporary files', () => {
  it('are gone after SIGTERM while the editor is open', async () => {
    const tmp = path.join(sb.dir, 'tmp');
    await mkdir(tmp);
    const editorScript = path.join(sb.dir, 'slow-editor.sh');
    const ready = path.join(sb.dir, 'editor-open');
    await writeFile(editorScript, `#!/bin/sh\nprintf "A secret answer\\n" > "$1"\ntouch "${ready}"\nsleep 30\n`, { mode: 0o755 });
    const t = openTerminal(['start', '--lang', 'en'], { ...sb.env, EDITOR: editorScript, VISUAL: editorScript, TMPDIR: tmp });
    await t.waitFor(questionText(1));
    t.press(KEY.down);
    t.press(KEY.enter);
    await answer(t, 2, 'Calmer mornings');
    await t.waitFor(questionText(3));
    await t.waitFor('/e');
    await t.line('/e');
    const { existsSync } = await import('node:fs');
    for (let i = 0; i < 200 && !existsSync(ready); i++) await new Promise((r) => setTimeout(r, 50));
    expect((await texts(tmp)).join('\n')).toContain('A secret answer');
    t.signal('SIGTERM');
    await t.exited;
    expect((await texts(tmp)).join('\n')).not.toContain('A secret answer');
  }, 30_000);
});

/** A slow editor: writes `text` into the file, says it is open, then waits. */
const slowEditor = async (text: string) => {
  const editorScript = path.join(sb.dir, 'slow-editor.sh');
  const ready = path.join(sb.dir, 'editor-open');
  await writeFile(editorScript, `#!/bin/sh\nprintf "${text}\\n" > "$1"\ntouch "${ready}"\nsleep 30\n`, { mode: 0o755 });
  const { existsSync } = await import('node:fs');
  const opened = async () => {
    for (let i = 0; i < 200 && !existsSync(ready); i++) await new Promise((r) => setTimeout(r, 50));
  };
  return { editorScript, opened };
};

describePty('$EDITOR temporary files after Ctrl-C (issue 19: nothing outside the journal once the command ends)', () => {
  it('are gone after Ctrl-C at the terminal while the editor is open', async () => {
    const tmp = path.join(sb.dir, 'tmp');
    await mkdir(tmp);
    const ed = await slowEditor('A secret answer');
    const t = openTerminal(['start', '--lang', 'en'], { ...sb.env, EDITOR: ed.editorScript, VISUAL: ed.editorScript, TMPDIR: tmp });
    await t.waitFor(questionText(1));
    t.press(KEY.down);
    t.press(KEY.enter);
    await answer(t, 2, 'Calmer mornings');
    await t.waitFor(questionText(3));
    await t.waitFor('/e');
    await t.line('/e');
    await ed.opened();
    expect((await texts(tmp)).join('\n')).toContain('A secret answer');
    t.press(KEY.ctrlC);
    await t.exited;
    expect((await texts(tmp)).join('\n')).not.toContain('A secret answer');
  }, 30_000);
});

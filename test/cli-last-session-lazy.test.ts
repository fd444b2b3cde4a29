/**
 * A new client's first session reads no session file when its set refers to no earlier session
 * (issue 22 point 16): the last session is looked up only when the set uses it. Seen through a damaged
 * session file holding the client's label: reading it says so on stderr.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, sandbox, type Sandbox } from './helpers/cli.js';
import { cliIn } from './helpers/run-cli.js';
import { refersToLastSession } from '../src/sets/refers-to-last.js';
import { loadSetFile } from '../src/sets/loader.js';

const answers = (set: string) => path.join(ROOT, 'test', 'fixtures', 'answers', `${set}.yaml`);

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());
const { run, ok } = cliIn(() => sb);

describe('the last session, looked up only when used', () => {
  const damaged = async () => {
    await ok(['start', '--answers', answers('first-session'), '--client', 'OTHER']);
    const file = path.join(sb.journal, 'sessions', '2026', '2026-11-01T100000Z-deadbeef.json');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, '{"client":"NEW-1", "set": "reflection", not json');
    return file;
  };

  it('a set that refers to no earlier session, with --json (no summary): no session file is read for it', async () => {
    const file = await damaged();
    const r = await run(['start', 'first-session', '--answers', answers('first-session'), '--client', 'NEW-1', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain(path.basename(file));
    expect(JSON.parse(r.stdout).client).toBe('NEW-1');
  });

  it('the summary shows each scale since last time, so without --json it is looked up', async () => {
    const file = await damaged();
    const r = await run(['start', 'first-session', '--answers', answers('first-session'), '--client', 'NEW-1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(path.basename(file));
  });

  it('a set that refers to one (reflection: {{last.…}}) looks it up, and so meets the damaged file', async () => {
    const file = await damaged();
    const r = await run(['start', 'reflection', '--answers', answers('reflection'), '--client', 'NEW-1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(path.basename(file));
  });

  it('knows which bundled sets refer to an earlier session', async () => {
    const refers = async (id: string) =>
      refersToLastSession(loadSetFile(path.join(ROOT, 'question-sets', `${id}.yaml`), { deferCrossSet: true }).set!);
    expect(await refers('first-session')).toBe(false);
    expect(await refers('network')).toBe(false);
    expect(await refers('reflection')).toBe(true);
    expect(await refers('follow-up')).toBe(true);
  });
});

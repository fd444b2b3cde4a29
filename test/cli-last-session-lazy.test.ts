/**
 * A new client's first session reads no session file when its set refers to no earlier session
 * (issue 22 point 16): the last session is looked up only when the set uses it (a reference, a condition,
 * or a scale, whose summary line compares with last time). Seen through a damaged
 * session file holding the client's label: reading it says so on stderr.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, sandbox, type Sandbox } from './helpers/cli.js';
import { cliIn } from './helpers/run-cli.js';
import { refersToLastSession } from '../src/sets/refers-to-last.js';
import { loadSetFile } from '../src/sets/loader.js';

/** a set with no {{last.…}}, no condition on one and no scale (test/fixtures/sets-no-last/check-in.yaml) */
const NO_LAST = path.join(ROOT, 'test', 'fixtures', 'sets-no-last');
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

  it('a set that refers to no earlier session: no session file is read for it', async () => {
    const file = await damaged();
    const r = await run(['start', 'check-in', '--sets', NO_LAST, '--answers', answers('check-in'), '--client', 'NEW-1']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain(path.basename(file));
    expect(r.stdout).toMatch(/Saved as [0-9a-f]{8}/);
  });

  it('a set that refers to one (reflection: {{last.…}}) looks it up, and so meets the damaged file', async () => {
    const file = await damaged();
    const r = await run(['start', 'reflection', '--answers', answers('reflection'), '--client', 'NEW-1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(path.basename(file));
  });

  it("a set with a scale looks it up: the summary says the scale's change since last time", async () => {
    const file = await damaged();
    const r = await run(['start', 'first-session', '--answers', answers('first-session'), '--client', 'NEW-1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(path.basename(file));
  });

  it('knows which sets need an earlier session', async () => {
    const refers = async (file: string) => refersToLastSession(loadSetFile(file, { deferCrossSet: true }).set!);
    const bundled = (id: string) => refers(path.join(ROOT, 'question-sets', `${id}.yaml`));
    expect(await refers(path.join(NO_LAST, 'check-in.yaml'))).toBe(false);
    expect(await bundled('first-session')).toBe(true); // its scales: the summary compares with last time
    expect(await bundled('network')).toBe(true);
    expect(await bundled('reflection')).toBe(true);
    expect(await bundled('follow-up')).toBe(true);
  });
});

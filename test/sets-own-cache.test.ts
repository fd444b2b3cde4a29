/**
 * A person's own sets (the config folder's sets/, --sets / OPLOS_SETS) are
 * parsed once and then read from their cache folder while the files are
 * unchanged; a changed, added or removed file is always seen. The bundled
 * sets alone come from the build's cache. OPLOS_TRACE_SETS=1 says which.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sandbox, type Sandbox } from './helpers/cli.js';
import { cliIn } from './helpers/run-cli.js';

let sb: Sandbox;
let dir: string;
beforeEach(async () => {
  sb = await sandbox();
  dir = path.join(sb.dir, 'own-sets');
  await mkdir(dir);
});
afterEach(() => sb.cleanup());
const { run, ok } = cliIn(() => sb);

const setText = (id: string, title: string) =>
  [
    'format: 1',
    `id: ${id}`,
    'languages: [en]',
    `title: ${title}`,
    'phases:',
    '  - id: only',
    '    title: Only',
    '    questions:',
    '      - id: hopes',
    '        kind: text',
    '        ask: What are your best hopes?',
    '',
  ].join('\n');

const writeSet = (name: string, id: string, title: string) => writeFile(path.join(dir, name), setText(id, title));

/** `sets list --json` with the trace: which sets, and where they came from. */
const listed = async (env: Record<string, string> = { OPLOS_SETS: dir }) => {
  const r = await ok(['sets', 'list', '--json'], { ...env, OPLOS_TRACE_SETS: '1' });
  const sets = JSON.parse(r.stdout) as { id: string; title: string }[];
  const from = /oplos: sets: (.+)/.exec(r.stderr)?.[1];
  return { titles: Object.fromEntries(sets.map((s) => [s.id, s.title])), from };
};

describe('own sets from the cache', () => {
  it('are parsed once, then read from the cache while unchanged', async () => {
    await writeSet('one.yaml', 'own-one', 'One');
    await writeSet('two.yaml', 'own-two', 'Two');
    const first = await listed();
    expect(first.from).toBe('parsed');
    const second = await listed();
    expect(second.from).toBe('own cache');
    expect(second.titles).toEqual(first.titles);
    expect(second.titles['own-two']).toBe('Two');
    expect(readdirSync(path.join(sb.dir, 'cache', 'oplos', 'sets'))).toHaveLength(1);
  });

  it('a changed file is seen, even at the same size and modification time', async () => {
    await writeSet('one.yaml', 'own-one', 'One');
    await listed();
    const file = path.join(dir, 'one.yaml');
    const before = await stat(file);
    await writeSet('one.yaml', 'own-one', 'Uno'); // same size
    await utimes(file, before.atime, before.mtime);
    const after = await listed();
    expect(after.from).toBe('parsed');
    expect(after.titles['own-one']).toBe('Uno');
  });

  it('an added and a removed file are seen', async () => {
    await writeSet('one.yaml', 'own-one', 'One');
    await listed();
    await writeSet('two.yaml', 'own-two', 'Two');
    const added = await listed();
    expect(added.from).toBe('parsed');
    expect(added.titles['own-two']).toBe('Two');
    await rm(path.join(dir, 'one.yaml'));
    const removed = await listed();
    expect(removed.from).toBe('parsed');
    expect(removed.titles['own-one']).toBeUndefined();
    expect((await listed()).from).toBe('own cache');
  });

  it('a broken file is reported from the cache as when parsed', async () => {
    await writeSet('one.yaml', 'own-one', 'One');
    await writeFile(path.join(dir, 'broken.yaml'), 'format: 1\nid: [\n');
    const parsed = await run(['sets', 'list'], { OPLOS_SETS: dir });
    const cached = await run(['sets', 'list'], { OPLOS_SETS: dir });
    expect(parsed.stderr).toMatch(/broken\.yaml:\d+:\d+: /);
    expect(cached.stderr).toBe(parsed.stderr);
    expect(cached.stdout).toBe(parsed.stdout);
  });

  it('the config folder’s sets/ are cached too, apart from --sets', async () => {
    const own = path.join(sb.dir, 'config', 'oplos', 'sets');
    await mkdir(own, { recursive: true });
    await writeFile(path.join(own, 'mine.yaml'), setText('mine', 'Mine'));
    expect((await listed({})).from).toBe('parsed');
    expect((await listed({})).from).toBe('own cache');
    expect((await listed({})).titles['mine']).toBe('Mine');
    // another combination of folders has its own cache
    await writeSet('one.yaml', 'own-one', 'One');
    expect((await listed()).from).toBe('parsed');
    expect((await listed()).titles['mine']).toBe('Mine');
  });

  it('a missing --sets folder is an error every time, cached or not', async () => {
    const r = await run(['sets', 'list'], { OPLOS_SETS: path.join(sb.dir, 'nowhere'), OPLOS_TRACE_SETS: '1' });
    expect(r.stderr).toMatch(/no such folder of sets/);
    const again = await run(['sets', 'list'], { OPLOS_SETS: path.join(sb.dir, 'nowhere'), OPLOS_TRACE_SETS: '1' });
    expect(again.stderr).toMatch(/no such folder of sets/);
  });

  it('the bundled sets alone come from the build’s cache, and no own cache is written', async () => {
    expect((await listed({})).from).toBe('bundled cache');
    expect(existsSync(path.join(sb.dir, 'cache', 'oplos', 'sets'))).toBe(false);
  });
});

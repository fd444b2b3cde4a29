/**
 * The cache of loaded sets (src/sets/cache.ts): read back, it gives exactly
 * what loading the YAML gives (scale labels as maps included); the bundled
 * sets' key is their content, so file times (1985 in a packed install) do not
 * matter, and it is not used once a set file's content changed.
 */
import { cp, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_FORMAT, contentKey, readCache, setFileNames, writeCacheText } from '../src/sets/cache.js';
import { loadSets } from '../src/sets/registry.js';

const BUNDLED = path.resolve('question-sets');

let dir: string;
let setsDir: string;
let cacheFile: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'oplos-cache-'));
  setsDir = path.join(dir, 'sets');
  await cp(BUNDLED, setsDir, { recursive: true });
  cacheFile = path.join(dir, 'cache.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const key = () => contentKey(setsDir, setFileNames(setsDir) ?? []);
const read = () => readCache(cacheFile, key(), setsDir);

const build = async () => {
  const { sets, problems } = loadSets({ dirs: [{ dir: setsDir, origin: 'bundled' }] });
  await writeFile(cacheFile, writeCacheText(key(), [...sets.values()], problems, setsDir));
  return { sets, problems };
};

describe('the sets cache', () => {
  it('reads back what the loader gave, scale labels as maps included', async () => {
    const loaded = await build();
    const cached = read();
    expect(cached).toBeDefined();
    expect(new Map(cached?.sets.map((s) => [s.id, s]))).toEqual(loaded.sets);
    expect(cached?.problems).toEqual(loaded.problems);
    const labels = cached?.sets.flatMap((s) => [...s.questions.values()]).flatMap((q) => ('labels' in q ? [q.labels] : []));
    expect(labels?.length).toBeGreaterThan(0);
    for (const l of labels ?? []) expect(l).toBeInstanceOf(Map);
  });

  it('is not used when a set file changed, came or went', async () => {
    await build();
    const [first] = setFileNames(setsDir) ?? [];
    const file = path.join(setsDir, first as string);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('title:', 'title: '));
    expect(read()).toBeUndefined();
    await build();
    await writeFile(path.join(setsDir, 'extra.yaml'), 'id: extra\n');
    expect(read()).toBeUndefined();
    await rm(path.join(setsDir, 'extra.yaml'));
    expect(read()).toBeDefined();
    await rm(file);
    expect(read()).toBeUndefined();
  });

  it('is used whatever the files’ times: a packed install sets them all to 1985', async () => {
    await build();
    const packed = new Date('1985-10-26T08:15:00Z');
    for (const name of await readdir(setsDir)) await utimes(path.join(setsDir, name), packed, packed);
    expect(read()).toBeDefined();
  });

  it('writer and reader list the files in one order, whatever the locale would say', async () => {
    for (const name of ['b.yaml', 'B.yaml', 'a.yml', '_x.yaml', 'Z.YAML']) await writeFile(path.join(setsDir, name), 'x: 1\n');
    const names = setFileNames(setsDir) ?? [];
    expect(names).toEqual([...names].sort());
    expect(names.indexOf('B.yaml')).toBeLessThan(names.indexOf('b.yaml'));
  });

  it('is not used when it is missing, damaged or of another format', async () => {
    expect(read()).toBeUndefined();
    await writeFile(cacheFile, `{"format":${CACHE_FORMAT},"key":[`);
    expect(read()).toBeUndefined();
    await build();
    const text = (await import('node:fs')).readFileSync(cacheFile, 'utf8').replace(`"format":${CACHE_FORMAT}`, '"format":99');
    await writeFile(cacheFile, text);
    expect(read()).toBeUndefined();
  });
});

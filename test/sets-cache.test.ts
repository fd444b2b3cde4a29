/**
 * The build-time cache of the bundled sets (src/sets/cache.ts): read back,
 * it gives exactly what loading the YAML gives (scale labels as maps
 * included), and it is not used once a set file changed.
 */
import { cp, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCache, writeCacheText } from '../src/sets/cache.js';
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

const names = () => readdir(setsDir);

const build = async () => {
  const { sets, problems } = loadSets({ dirs: [{ dir: setsDir, origin: 'bundled' }] });
  await writeFile(cacheFile, writeCacheText(setsDir, await names(), [...sets.values()], problems));
  return { sets, problems };
};

describe('the sets cache', () => {
  it('reads back what the loader gave, scale labels as maps included', async () => {
    const loaded = await build();
    const cached = readCache(cacheFile, setsDir, await names());
    expect(cached).toBeDefined();
    expect(new Map(cached?.sets.map((s) => [s.id, s]))).toEqual(loaded.sets);
    expect(cached?.problems).toEqual(loaded.problems);
    const labels = cached?.sets.flatMap((s) => [...s.questions.values()]).flatMap((q) => ('labels' in q ? [q.labels] : []));
    expect(labels?.length).toBeGreaterThan(0);
    for (const l of labels ?? []) expect(l).toBeInstanceOf(Map);
  });

  it('is not used when a set file changed, came or went', async () => {
    await build();
    const [first] = (await names()).sort();
    const file = path.join(setsDir, first as string);
    const later = new Date(Date.now() + 10_000);
    await utimes(file, later, later);
    expect(readCache(cacheFile, setsDir, await names())).toBeUndefined();
    await build();
    await writeFile(path.join(setsDir, 'extra.yaml'), 'id: extra\n');
    expect(readCache(cacheFile, setsDir, await names())).toBeUndefined();
  });

  it('is not used when it is missing, damaged or of another format', async () => {
    expect(readCache(cacheFile, setsDir, await names())).toBeUndefined();
    await writeFile(cacheFile, '{"format":1,"files":[');
    expect(readCache(cacheFile, setsDir, await names())).toBeUndefined();
    await build();
    const text = (await import('node:fs')).readFileSync(cacheFile, 'utf8').replace('"format":1', '"format":99');
    await writeFile(cacheFile, text);
    expect(readCache(cacheFile, setsDir, await names())).toBeUndefined();
  });
});

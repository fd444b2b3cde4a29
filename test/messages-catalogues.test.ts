import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');

/** Every catalogue module: a file named messages*.ts anywhere under src/. */
async function catalogueFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const d of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) out.push(...(await catalogueFiles(p)));
    else if (/^messages(-[\w-]+)?\.ts$/.test(d.name)) out.push(p);
  }
  return out.sort();
}

/** Where `a` and `b` differ in keys (at any depth) or in the kind of a value. */
function keyDifferences(a: unknown, b: unknown, where = ''): string[] {
  const kind = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
  if (kind(a) !== kind(b)) return [`${where || '(top)'}: en is ${kind(a)}, nl is ${kind(b)}`];
  if (kind(a) !== 'object') return [];
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const out: string[] = [];
  for (const k of Object.keys(ra)) if (!(k in rb)) out.push(`${where}${k}: missing in nl`);
  for (const k of Object.keys(rb)) if (!(k in ra)) out.push(`${where}${k}: missing in en`);
  for (const k of Object.keys(ra)) if (k in rb) out.push(...keyDifferences(ra[k], rb[k], `${where}${k}.`));
  return out;
}

describe('message catalogues', () => {
  it('the comparison finds a key missing in one language, at any depth (the check can fail)', () => {
    expect(keyDifferences({ a: 'x', b: { c: 'y' } }, { a: 'x', b: {} })).toEqual(['b.c: missing in nl']);
    expect(keyDifferences({ a: 'x' }, { a: 'x', z: () => '' })).toEqual(['z: missing in en']);
    expect(keyDifferences({ a: () => '' }, { a: 'x' })).toEqual(['a.: en is function, nl is string']);
  });

  it('there is one per layer at least: cli, config, engine, journal, report, sync', async () => {
    const layers = new Set((await catalogueFiles(SRC)).map((f) => path.relative(SRC, f).split(path.sep)[0]));
    for (const layer of ['cli', 'config', 'engine', 'journal', 'report', 'sync']) expect(layers).toContain(layer);
  });

  it('each exports `catalogue` with en and nl of exactly the same keys', async () => {
    const problems: string[] = [];
    for (const file of await catalogueFiles(SRC)) {
      const where = path.relative(SRC, file);
      const mod = (await import(pathToFileURL(file).href)) as { catalogue?: { en?: unknown; nl?: unknown } };
      if (!mod.catalogue || mod.catalogue.en === undefined || mod.catalogue.nl === undefined) {
        problems.push(`${where}: exports no catalogue { en, nl }`);
        continue;
      }
      problems.push(...keyDifferences(mod.catalogue.en, mod.catalogue.nl).map((d) => `${where}: ${d}`));
    }
    expect(problems).toEqual([]);
  });
});

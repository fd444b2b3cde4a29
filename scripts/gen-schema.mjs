// Writes schema/question-set.schema.json from the zod schema in
// src/sets/schema.ts (the single source). Node 20 cannot run TypeScript, so
// the module is bundled with esbuild to a temporary file and imported.
// Usage: node scripts/gen-schema.mjs [--check]   (--check: exit 1 if the file is stale)
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = join(root, 'schema', 'question-set.schema.json');
const dir = await mkdtemp(join(tmpdir(), 'oplos-gen-schema-'));
try {
  const outfile = join(dir, 'json-schema.mjs');
  await build({
    entryPoints: [join(root, 'src', 'sets', 'json-schema.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  const { jsonSchemaText } = await import(pathToFileURL(outfile).href);
  const text = jsonSchemaText();
  if (process.argv.includes('--check')) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== text) {
      console.error('schema/question-set.schema.json is out of date: run node scripts/gen-schema.mjs');
      process.exitCode = 1;
    }
  } else {
    await writeFile(target, text);
    console.log(`wrote ${target}`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

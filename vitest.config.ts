// Two tiers (docs/architecture.md, "Tests"): `fast` is every test that runs in this process alone
// (`npm run test:fast`, the inner loop); `process` is every test that spawns a process, opens a
// terminal, runs git or Chromium, or installs the packed tarball (test/process/). `npm test` runs both.
// A test's time limit is against a hang, not a measurement: the spawned and terminal tests take a few
// seconds on a loaded 2-core machine (scrypt for an encrypted journal, node starting several times),
// past vitest's default of 5 s. Timings belong in `npm run bench`.
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

// .bench/layout1 holds the last layout-1 commit for `npm run bench` (its own tests are not ours)
const exclude = [...configDefaults.exclude, '.bench/**'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // vitest runs one file at a time on 2 cores (cores - 1); most of the process tier's files wait on
    // processes they spawned (oplos, git, a terminal), so two at a time nearly halve the suite's time there
    maxWorkers: Math.max(2, availableParallelism()),
    hookTimeout: 60_000,
    projects: [
      // in-process tests share one module graph (no isolation, threads): loading the modules once per worker
      // instead of once per file halves the tier's time. A test that replaces a module (vi.mock) or sets
      // something of the whole process (process.env.TZ: a worker thread cannot change the process's zone)
      // goes in test/isolated/, which runs each file in a fresh process of its own.
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['test/**/*.test.ts'],
          exclude: [...exclude, 'test/process/**', 'test/isolated/**'],
          pool: 'threads',
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: ['test/isolated/**/*.test.ts'], exclude } },
      { extends: true, test: { name: 'process', include: ['test/process/**/*.test.ts'], exclude } },
    ],
  },
});

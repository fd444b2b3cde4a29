// A test's time limit is against a hang, not a measurement: the spawned and terminal tests take a few
// seconds on a loaded 2-core machine (scrypt for an encrypted journal, node starting several times),
// past vitest's default of 5 s. Timings belong in `npm run bench`.
import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // vitest runs one file at a time on 2 cores (cores - 1); most of these files wait on processes they
    // spawned (oplos, git, a terminal), so two at a time nearly halve the suite's time there
    maxWorkers: Math.max(2, availableParallelism()),
    hookTimeout: 60_000,
    // .bench/layout1 holds the last layout-1 commit for `npm run bench` (its own tests are not ours)
    exclude: [...configDefaults.exclude, '.bench/**'],
  },
});

/**
 * Random numbers a failing test can be run again with: a seed from OPLOS_TEST_SEED, or a new one per
 * run, and each test draws from its own generator derived from the seed and the test's name (so one test
 * run alone draws what it drew in the whole file). The seed is printed when a test fails. The draws are
 * reproduced; how the processes they time are scheduled on a loaded machine is not.
 */
import { randomInt } from 'node:crypto';
import { beforeEach, type TestContext } from 'vitest';

/** mulberry32: a small generator of numbers in [0, 1) from a 32-bit state. */
export const mulberry32 = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** The seed of this run: OPLOS_TEST_SEED when set (a whole number), else a new one. */
export const runSeed = (env: Record<string, string | undefined> = process.env): number => {
  const given = env['OPLOS_TEST_SEED'];
  if (given === undefined || given === '') return randomInt(2 ** 31);
  if (!/^\d+$/.test(given)) throw new Error(`OPLOS_TEST_SEED must be a whole number, not ${given}`);
  return Number(given);
};

/** The generator of one test: the run's seed mixed with the test's name (FNV-1a). */
export const generatorFor = (seed: number, name: string): (() => number) => {
  let h = 0x811c9dc5 ^ seed;
  for (const c of name) h = Math.imul(h ^ c.codePointAt(0)!, 0x01000193);
  return mulberry32(h);
};

/**
 * For a test file: `random()` draws from the running test's generator; a failing test prints
 * `OPLOS_TEST_SEED=…` to run it again with the same draws.
 */
export const seededRandomPerTest = (file: string): { readonly seed: number; random: () => number } => {
  const seed = runSeed();
  let current = generatorFor(seed, '');
  beforeEach((ctx: TestContext) => {
    current = generatorFor(seed, ctx.task.name);
    ctx.onTestFailed(() => {
      console.error(`"${ctx.task.name}" failed with the random seed ${seed}; again with: OPLOS_TEST_SEED=${seed} npx vitest run ${file}`);
    });
  });
  return { seed, random: () => current() };
};

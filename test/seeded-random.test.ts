/** The seeded random numbers of the process tests (test/helpers/seeded-random.ts): the same seed, the same draws. */
import { describe, expect, it } from 'vitest';
import { generatorFor, runSeed } from './helpers/seeded-random.js';

const draws = (next: () => number, n = 5) => Array.from({ length: n }, next);

describe('seeded random numbers', () => {
  it('one seed and test name give the same draws every time; another seed or name, others', () => {
    expect(draws(generatorFor(42, 'a test'))).toEqual(draws(generatorFor(42, 'a test')));
    expect(draws(generatorFor(42, 'a test'))).not.toEqual(draws(generatorFor(43, 'a test')));
    expect(draws(generatorFor(42, 'a test'))).not.toEqual(draws(generatorFor(42, 'another test')));
    for (const x of draws(generatorFor(7, 'x'), 1000)) expect(x >= 0 && x < 1).toBe(true);
  });

  it('OPLOS_TEST_SEED is the seed when set; a wrong one is refused, not ignored', () => {
    expect(runSeed({ OPLOS_TEST_SEED: '123456' })).toBe(123456);
    expect(() => runSeed({ OPLOS_TEST_SEED: 'abc' })).toThrow(/whole number/);
    expect(Number.isInteger(runSeed({}))).toBe(true);
  });
});

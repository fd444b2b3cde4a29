/**
 * People often answer a scale with a half point ("a 3.5"): every scale in the
 * bundled sets takes one, for a client, someone journaling or a practitioner.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadSets } from '../src/sets/registry.js';

const dir = path.resolve(__dirname, '..', 'question-sets');
const { sets } = loadSets({ dirs: [{ dir, origin: 'bundled' }] });

describe('the bundled scales', () => {
  it('all take half points (step 0.5)', () => {
    const scales = [...sets.values()].flatMap((s) =>
      s.questions.filter((q) => q.kind === 'scale').map((q) => ({ at: `${s.id}/${q.id}`, step: (q as { step?: number }).step })),
    );
    expect(scales.length).toBeGreaterThan(15);
    expect(scales.filter((s) => s.step !== 0.5).map((s) => s.at)).toEqual([]);
  });
});

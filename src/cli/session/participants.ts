/**
 * `--with A,B`: the participants of a session held with several people, as
 * labels in the order given (surrounding spaces trimmed, each label once).
 */
import { OplosError, EXIT } from '../../errors.js';
import type { Messages } from '../messages.js';

export const parseParticipants = (raw: string, m: Pick<Messages, 'withEmpty' | 'withTwice'>): string[] => {
  const labels = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (labels.length === 0) throw new OplosError(m.withEmpty, EXIT.usage);
  const seen = new Set<string>();
  for (const label of labels) {
    if (seen.has(label)) throw new OplosError(m.withTwice(label), EXIT.usage);
    seen.add(label);
  }
  return labels;
};

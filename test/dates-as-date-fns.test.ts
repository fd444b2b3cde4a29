/**
 * Two date texts oplos works out without the heavy parts of date-fns (its
 * parse and format load dozens of modules at every start): they must give
 * exactly what date-fns gives.
 */
import fc from 'fast-check';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { describe, expect, it } from 'vitest';
import { whenText } from '../src/cli/render/entry-glance.js';
import { dateLocale } from '../src/i18n/lang.js';
import { parseDay } from '../src/journal/filter.js';
import { OplosError } from '../src/errors.js';

/** What parseDay gave before: date-fns' parse, or exit 2. */
const withDateFns = (value: string): number | 'exit 2' => {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1)) : new Date(NaN);
  return isValid(d) ? d.getTime() : 'exit 2';
};
const ours = (value: string): number | 'exit 2' => {
  try {
    return parseDay(value, 'from', 'en').getTime();
  } catch (e) {
    if (e instanceof OplosError && e.exitCode === 2) return 'exit 2';
    throw e;
  }
};

const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('parseDay (--from, --to)', () => {
  it.each([
    '2026-11-23',
    '2024-02-29',
    '2023-02-29',
    '2026-02-30',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-04-31',
    '0000-01-01',
    '0099-12-31',
    '1900-02-29',
    '2000-02-29',
    '9999-12-31',
    '2026-1-5',
    ' 2026-11-23',
    '2026-11-23 ',
    '2026/11/23',
    '',
    '20261123',
    '2026-11-23T00:00',
  ])('%j as date-fns parses it', (value) => expect(ours(value)).toEqual(withDateFns(value)));

  it('agrees with date-fns on generated days, valid and not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 }), (y, m, d) => {
        const value = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        expect(ours(value)).toEqual(withDateFns(value));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('whenText for older dates', () => {
  const now = new Date(2026, 10, 23, 12);
  it('is date-fns format "d MMM yyyy" in both languages', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(1, 0, 1), max: new Date(2026, 10, 15), noInvalidDate: true }),
        fc.constantFrom('nl', 'en'),
        (d, lang) => {
          expect(whenText(d.toISOString(), now, lang)).toBe(format(d, 'd MMM yyyy', { locale: dateLocale(lang) }));
        },
      ),
      { numRuns: 2000 },
    );
    expect(whenText(new Date(2026, 2, 3).toISOString(), now, 'nl')).toBe('3 mrt. 2026');
    expect(whenText(new Date(2026, 4, 3).toISOString(), now, 'en')).toBe('3 May 2026');
  });
});

describe('the medium date is one implementation', () => {
  it('the chart range and the journal list give the same text for the same day', async () => {
    const { mediumDate } = await import('../src/report/dates.js');
    const now = new Date(2026, 10, 23, 12);
    const feb = new Date(2026, 1, 1, 9);
    expect(mediumDate(feb, 'nl')).toBe('1 feb. 2026');
    expect(mediumDate(feb, 'nl')).toBe(whenText(feb.toISOString(), now, 'nl'));
    expect(mediumDate(feb, 'en')).toBe(whenText(feb.toISOString(), now, 'en'));
  });
});

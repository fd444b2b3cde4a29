/**
 * Issue 23: the html report as a screen reader is given it, read from
 * Chromium's accessibility tree (DevTools protocol, Accessibility.getFullAXTree):
 * headings in order, each chart an image with a name and the same sentences as
 * `progress --accessible` as its description, every answer reachable as text,
 * and a key point named in words.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportHtml } from '../../src/report/export-html.js';
import { progressSeries } from '../../src/report/progress-series.js';
import { seriesSentences } from '../../src/report/spoken.js';
import { allSets, entry, ans, firstSession, followUp, journeyP, pinTimeZone } from '../helpers/report-fixtures.js';
import { chromiumSkipReason } from '../helpers/report-chromium.js';
import { accessibilityTree, inOrder, propertyOf } from '../helpers/chromium-ax.js';

pinTimeZone();

const skip = chromiumSkipReason();
const dir = mkdtempSync(join(tmpdir(), 'oplos-report-ax-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sets = allSets(firstSession, followUp);
const entries = () => [
  ...journeyP(),
  entry({
    id: 'paul1',
    set: 'first-session',
    lang: 'nl',
    client: 'Q.',
    startedAt: '2026-12-10T10:00:00.000Z',
    answers: [ans('hopes', 'best-hopes', 'text', 'Wat hoop je?', 'Rust')],
  }),
  // a session held with two people: each answer and each chart carries its person's name
  entry({
    id: 'with2',
    set: 'first-session',
    lang: 'nl',
    client: 'R.',
    participants: ['Paul', 'moeder'],
    startedAt: '2026-12-10T11:00:00.000Z',
    answers: [
      { ...ans('hopes', 'best-hopes', 'text', 'Wat hoop je?', 'Samen eten'), participant: 'Paul' },
      { ...ans('hopes', 'best-hopes', 'text', 'Wat hoop je?', 'Weer praten'), participant: 'moeder' },
      { ...ans('now', 'scaling', 'scale', 'Waar sta je nu?', 4.5), participant: 'Paul' },
      { ...ans('now', 'scaling', 'scale', 'Waar sta je nu?', 6), participant: 'moeder' },
    ],
  }),
];

describe.skipIf(skip !== undefined)(`the html report in Chromium's accessibility tree${skip ? ` — skipped: ${skip}` : ''}`, () => {
  it('headings in order, charts with a name and the progress sentences, the answers as text', { timeout: 180_000 }, async () => {
    const file = join(dir, 'report.html');
    writeFileSync(file, exportHtml(entries(), sets, 'nl', { title: 'Journaal P.', generatedAt: '2026-12-11T09:00:00.000Z' }));
    const nodes = inOrder(await accessibilityTree(file, dir));

    // headings: the first is the level-1 title, and no heading is more than one level below the one before
    const levels = nodes.filter((n) => n.role?.value === 'heading').map((n) => Number(propertyOf(n, 'level')));
    expect(levels[0]).toBe(1);
    expect(levels.length).toBeGreaterThan(4);
    levels.forEach((l, i) => {
      if (i > 0) expect(l, `heading ${i} (levels ${levels.join(',')})`).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
    expect(levels.filter((l) => l === 1)).toHaveLength(1);

    // each chart: one image with a name (its inner texts are not read one by one) and a figure described by the sentences
    const series = progressSeries(entries(), sets);
    expect(series.length).toBeGreaterThan(0);
    const images = nodes.filter((n) => n.role?.value === 'image');
    expect(images.map((n) => n.name?.value)).toEqual(series.map((s) => `Voortgang: ${s.title}`));
    const figures = nodes.filter((n) => n.role?.value === 'figure');
    expect(figures).toHaveLength(series.length);
    series.forEach((s, i) => expect(figures[i]!.description?.value).toBe(seriesSentences(s, 'nl').join(' ')));
    // the sentences say the values and dates in Dutch
    expect(figures[0]!.description?.value).toMatch(/Eerst \d+(,\d+)? op \d+ nov\. 2026/);

    // the answers are there as text for a reader
    const text = nodes.map((n) => n.name?.value ?? '').join('\n');
    expect(text).toContain('Weer rust in huis');
    // a key point is named in words, not by a colour or a drawn star alone
    expect(text).toContain('(kernpunt)');
    // with two people: who said what, in the names a reader hears (the answer's question, the chart's image, the list of those present)
    expect(text).toContain('Paul: Wat hoop je?');
    expect(text).toContain('moeder: Wat hoop je?');
    expect(text).toContain('Paul, moeder');
    expect(images.map((n) => n.name?.value)).toEqual(
      expect.arrayContaining(['Voortgang: Paul: Waar sta je nu?', 'Voortgang: moeder: Waar sta je nu?']),
    );
    expect(text).toMatch(/Eén antwoord: 4,5 op 10 dec\. 2026/);
  });
});

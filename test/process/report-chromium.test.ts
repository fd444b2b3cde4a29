import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportHtml } from '../../src/report/export-html.js';
import { allSets, ans, entry, firstSession, followUp, journeyP, pinTimeZone } from '../helpers/report-fixtures.js';
import { chromiumSkipReason, dumpDom, screenshot } from '../helpers/report-chromium.js';

pinTimeZone();

const skip = chromiumSkipReason();
const dir = mkdtempSync(join(tmpdir(), 'oplos-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (): string => {
  const hostile = entry({
    id: 'evil1',
    set: 'first-session',
    lang: 'en',
    client: 'P.',
    startedAt: '2026-12-10T10:00:00.000Z',
    answers: [
      ans('hopes', 'best-hopes', 'text', 'What are your best hopes?', '<script>document.title="pwned"</script>'),
      ans('signs', 'future', 'list', 'How would you notice?', ['<img src=x onerror="document.title=1">', 'breakfast together']),
      ans('small-step', 'closing', 'text', 'A small step?', undefined),
    ],
  });
  const file = join(dir, 'report.html');
  writeFileSync(
    file,
    exportHtml([...journeyP(), hostile], allSets(firstSession, followUp), 'nl', {
      title: 'Journaal P.',
      generatedAt: '2026-12-11T09:00:00.000Z',
    }),
  );
  return file;
};

describe.skipIf(skip !== undefined)(`the HTML report in headless chromium${skip ? ` — skipped: ${skip}` : ''}`, () => {
  it('builds a DOM with the answers as text, the chart as svg, and no script', { timeout: 180_000 }, () => {
    const dom = dumpDom(page(), dir);
    expect(dom).toContain('<title>Journaal P.</title>'); // a script that ran would have changed it
    expect(dom).toContain('Weer rust in huis');
    expect(dom).toContain('Zondag samen ontbijten');
    expect(dom).toContain('&lt;script&gt;document.title="pwned"&lt;/script&gt;');
    expect(dom).toContain('&lt;img src=x onerror="document.title=1"&gt;');
    expect(dom).not.toMatch(/<script|<img/i);
    expect(dom).toMatch(/<svg [^>]*class="chart"/);
    expect(dom).toContain('<polyline');
    expect(dom.match(/<article class="session"/g)).toHaveLength(4);
  });

  it('draws a screenshot of the page', { timeout: 180_000 }, () => {
    const png = join(dir, 'page.png');
    screenshot(page(), png, dir);
    const bytes = readFileSync(png);
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes.readUInt32BE(16)).toBe(1000); // width from the IHDR chunk
    expect(statSync(png).size).toBeGreaterThan(20_000); // a blank page compresses to a few kB
    if (process.env['OPLOS_KEEP_SCREENSHOT']) writeFileSync(process.env['OPLOS_KEEP_SCREENSHOT'], bytes);
  });
});

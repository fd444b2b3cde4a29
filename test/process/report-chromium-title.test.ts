/**
 * A long chart title in the HTML report, rendered by headless chromium: it
 * wraps between words and every line stays inside the chart (before, one
 * line ran off the edge and was cut mid-word: "…die je beschreef: w").
 * The screenshot is kept under test-artifacts/ (not committed) to look at.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportHtml } from '../../src/report/export-html.js';
import { ans, allSets, entry, firstSession, pinTimeZone } from '../helpers/report-fixtures.js';
import { chromiumSkipReason, dumpDom, screenshot } from '../helpers/report-chromium.js';
import { ROOT } from '../helpers/cli.js';

pinTimeZone();
const skip = chromiumSkipReason();

const TITLE =
  'Stel dat 10 staat voor de situatie waarin het wonder dat je beschreef helemaal is gebeurd, en 0 voor het moment dat je besloot hulp te zoeken: waar sta je nu, op de schaal die je beschreef: wat zie je?';

const report = (): string => {
  const sessions = [3, 5, 6].map((now, i) =>
    entry({
      id: `t${i}`,
      set: 'first-session',
      lang: 'nl',
      client: 'P.',
      startedAt: `2026-0${i + 3}-10T10:00:00.000Z`,
      answers: [ans('now', 'scaling', 'scale', TITLE, now)],
    }),
  );
  return exportHtml(sessions, allSets(firstSession), 'nl', { title: 'Journaal P.', generatedAt: '2026-12-01T09:00:00.000Z' });
};

/** The report with a measuring script after it: each title line's right edge against the chart's width. */
const measured = (html: string) =>
  // the report forbids scripts; this copy, only for measuring, lets one run
  html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace(
    '</body>',
    `<pre id="measure"></pre><script>
      const out = [];
      for (const svg of document.querySelectorAll('svg.chart')) {
        const width = svg.viewBox.baseVal.width;
        for (const span of svg.querySelectorAll('text.title tspan')) {
          const box = span.getBBox();
          out.push(JSON.stringify({ right: box.x + box.width, width, text: span.textContent }));
        }
      }
      document.getElementById('measure').textContent = out.join('\\n');
    </script></body>`,
  );

describe.skipIf(skip !== undefined)(`a long chart title in chromium${skip ? ` — skipped: ${skip}` : ''}`, () => {
  it('wraps between words and stays inside the chart', { timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'oplos-title-'));
    try {
      const html = report();
      const file = join(dir, 'measure.html');
      writeFileSync(file, measured(html));
      const dom = dumpDom(file, dir);
      const lines = (/<pre id="measure">([^<]*)<\/pre>/.exec(dom)?.[1] ?? '')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as { right: number; width: number; text: string });
      expect(lines.length).toBeGreaterThan(1);
      for (const l of lines) expect(l.right, l.text).toBeLessThanOrEqual(l.width);
      // every word of the title is there, whole, in order
      expect(lines.map((l) => l.text).join(' ')).toBe(TITLE);

      const artefacts = join(ROOT, 'test-artifacts');
      mkdirSync(artefacts, { recursive: true });
      const page = join(dir, 'report.html');
      writeFileSync(page, html);
      const png = join(artefacts, 'report-long-chart-title.png');
      screenshot(page, png, dir);
      expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

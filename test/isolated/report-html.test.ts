import { beforeAll, describe, expect, it } from 'vitest';
import { exportHtml } from '../../src/report/export-html.js';
import { allSets, ans, entry, firstSession, followUp, journeyP, pinTimeZone } from '../helpers/report-fixtures.js';

pinTimeZone();

const sets = allSets(firstSession, followUp);
const opts = { title: 'Journaal van P.', generatedAt: '2026-12-02T09:00:00.000Z' };

const hostileEntry = () =>
  entry({
    id: 'evil1',
    set: 'first-session',
    lang: 'en',
    client: '<i>X</i>',
    tags: ['"><b>'],
    startedAt: '2026-12-10T10:00:00.000Z',
    answers: [
      ans('hopes', 'best-hopes', 'text', 'What <b>are</b> your hopes?', '<script>alert(1)</script>'),
      ans('signs', 'future', 'list', 'Signs?', ['<img src=x onerror=alert(2)>', "it's & ok"]),
      ans('small-step', 'closing', 'text', 'Step?', '</dd></dl><iframe src="https://evil.example"></iframe>'),
    ],
  });

describe('exportHtml', () => {
  let html = '';
  beforeAll(() => {
    html = exportHtml(journeyP(), sets, 'nl', opts);
  });

  it('is one page in the report language with inline style and no scripts or outside references', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toMatch(/<style>[\s\S]*@media print[\s\S]*<\/style>/);
    expect(html).toContain('Content-Security-Policy" content="default-src \'none\'');
    expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|\ssrc=|\shref=/i);
    expect(html.match(/https?:\/\/[^"\s]*/g)).toEqual(['http://www.w3.org/2000/svg']);
  });

  it('holds every session with its questions and answers, dates in the session language', () => {
    expect(html).toContain('<title>Journaal van P.</title>');
    expect(html.match(/<article class="session"/g)).toHaveLength(3);
    expect(html).toContain('<article class="session" lang="nl" id="session-aaa111">');
    expect(html).toContain('Eerste gesprek <span class="date">3 november 2026</span>');
    expect(html).toContain('<dt>Wat hoop je? <span class="key-mark" lang="nl">(kernpunt)</span></dt><dd>Weer rust in huis</dd>');
    expect(html).toContain('<dd><ul><li>samen eten</li><li>lachen</li></ul></dd>');
    const english = exportHtml([{ ...journeyP()[0]!, lang: 'en' }], sets, 'nl', opts);
    expect(english).toContain('First session <span class="date">3 November 2026</span>');
    expect(english).toContain('<dt>Cliënt</dt>');
  });

  it('emphasises the key points', () => {
    expect(html).toMatch(
      /<aside class="key-points"><h3 lang="nl">Kernpunten<\/h3><ul><li><span class="q">Wat hoop je\?<\/span> <strong>Weer rust in huis<\/strong><\/li>/,
    );
    // a key point named in words, not by a colour or a drawn star alone (issue 23)
    expect(html).toContain('<div class="qa-item key"><dt>Kleine stap? <span class="key-mark" lang="nl">(kernpunt)</span></dt>');
  });

  it('shows a skipped question as skipped', () => {
    const e = entry({
      set: 'first-session',
      startedAt: '2026-11-03T10:00:00.000Z',
      answers: [ans('small-step', 'closing', 'text', 'Kleine stap?', undefined)],
    });
    const out = exportHtml([e], sets, 'en', opts);
    expect(out).toContain('<div class="qa-item is-skipped"><dt>Kleine stap?</dt><dd><span class="skipped">skipped</span></dd></div>');
    expect(out).not.toContain('<aside class="key-points"');
  });

  it('draws the progress chart as inline svg', () => {
    expect(html).toContain('<section class="progress"><h2>Voortgang</h2>');
    expect(html.match(/<svg /g)).toHaveLength(1);
    expect(html).toContain('goed genoeg 8');
    expect(exportHtml([hostileEntry()], sets, 'en', opts)).not.toContain('<svg');
  });

  it('keeps hostile answers, questions, labels and titles as text', () => {
    const out = exportHtml([hostileEntry()], sets, 'en', { ...opts, title: '</title><script>t()</script>' });
    expect(out).not.toMatch(/<script|<img|<iframe|<i>|<b>|<\/dd><\/dl><iframe/i);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('<li>&lt;img src=x onerror=alert(2)&gt;</li><li>it&#39;s &amp; ok</li>');
    expect(out).toContain('<dt>What &lt;b&gt;are&lt;/b&gt; your hopes? <span class="key-mark" lang="en">(key point)</span></dt>');
    expect(out).toContain('<dd>&lt;i&gt;X&lt;/i&gt;</dd>');
    expect(out).toContain('<title>&lt;/title&gt;&lt;script&gt;t()&lt;/script&gt;</title>');
    expect(out.match(/<\/dd>/g)?.length).toBe(out.match(/<dd>/g)?.length);
  });

  it('says when it was made, in the report language', () => {
    expect(exportHtml([], sets, 'en', opts)).toMatch(/Generated on 2 December 2026, \d\d:\d\d · 0 sessions/);
    expect(exportHtml([], sets, 'en', opts)).toContain('<p class="muted">No sessions.</p>');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { exportMarkdown } from '../../src/report/export-markdown.js';
import { allSets, ans, entry, firstSession, followUp, journeyP, pinTimeZone } from '../helpers/report-fixtures.js';

pinTimeZone();

const sets = allSets(firstSession, followUp);

describe('exportMarkdown', () => {
  let md = '';
  beforeAll(() => {
    md = exportMarkdown(journeyP(), sets, 'nl');
  });

  it('heads each session with its set title and date in the session language', () => {
    expect(md.startsWith('# Logboek\n')).toBe(true);
    expect(md).toContain('_3 gesprekken_');
    expect(md).toContain('## Eerste gesprek — 3 november 2026');
    expect(md).toContain('## Vervolggesprek — 17 november 2026');
    const en = exportMarkdown([{ ...journeyP()[0]!, lang: 'en' }], sets, 'nl');
    expect(en).toContain('## First session — 3 November 2026');
  });

  it('lists the session details with labels in the report language', () => {
    expect(md).toContain('- Cliënt: P.\n- Labels: intake\n- Status: afgerond\n- Begonnen: 3 november 2026');
    const en = exportMarkdown(journeyP().slice(0, 1), sets, 'en');
    expect(en).toContain('# Journal');
    expect(en).toContain('- Client: P.\n- Tags: intake\n- Status: complete');
  });

  it('groups the questions under their phase titles with the answers in words', () => {
    expect(md).toContain('### Beste hoop\n\n**Wat hoop je?** ★\n\nWeer rust in huis\n');
    expect(md).toContain('**Waaraan merk je het?**\n\n- samen eten\n- lachen\n');
    expect(md).toContain('**Werkrelatie?**\n\nklant\n'); // the choice's label
    expect(md).toContain('**Nog eens afspreken?**\n\nja\n');
    expect(md).toContain('**Waar sta je nu?**\n\n3 (0–10)\n');
  });

  it('gathers the highlighted answers as key points', () => {
    const keys = md.slice(md.indexOf('**Kernpunten**'), md.indexOf('### Beste hoop'));
    expect(keys).toContain('- Wat hoop je? **Weer rust in huis**');
    expect(keys).toContain('- Kleine stap? **Zondag samen ontbijten**');
    expect(keys).not.toContain('Werkrelatie');
  });

  it('shows a skipped question as skipped and falls back to ids without the set', () => {
    const e = entry({ set: 'gone', startedAt: '2026-11-03T10:00:00.000Z', answers: [ans('x', 'some-phase', 'text', 'Iets?', undefined)] });
    const out = exportMarkdown([e], sets, 'en');
    expect(out).toContain('## gone — 3 november 2026');
    expect(out).toContain('### some-phase\n\n**Iets?**\n\n_skipped_');
  });

  it('keeps hostile answers as text', () => {
    const e = entry({
      set: 'first-session',
      startedAt: '2026-11-03T10:00:00.000Z',
      answers: [ans('hopes', 'best-hopes', 'long', 'Wat hoop je?', '# kop\n<script>x</script> *vet* [link](http://x)\n- lijst\n1. een')],
    });
    const out = exportMarkdown([e], sets, 'nl');
    expect(out).toContain('\\# kop  \n\\<script\\>x\\</script\\> \\*vet\\* \\[link\\](http://x)  \n\\- lijst  \n1\\. een');
    expect(out).not.toMatch(/^# kop/m);
  });

  it('says so when there are no sessions', () => {
    expect(exportMarkdown([], sets, 'en')).toBe('# Journal\n\n_0 sessions_\n\nNo sessions.\n');
  });
});

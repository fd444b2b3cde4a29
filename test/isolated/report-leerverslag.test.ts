import { describe, expect, it } from 'vitest';
import { isIntervision, leerverslag, leerverslagen } from '../../src/report/leerverslag.js';
import path from 'node:path';
import { loadSets } from '../../src/sets/registry.js';
import { allSets, ans, entry, intervision, journeyP, pinTimeZone } from '../helpers/report-fixtures.js';

const bundled = loadSets({ dirs: [{ dir: path.resolve(__dirname, '..', '..', 'question-sets'), origin: 'bundled' }] }).sets;
const bundledIntervision = bundled.get('intervision')!;

pinTimeZone();

const session = (
  answers = [
    ans('case-question', 'case', 'text', 'Je casusvraag?', 'Hoe blijf ik naast een vader staan die elke afspraak afzegt?'),
    ans('group-questions', 'case', 'list', 'Vragen?', ['Wanneer kwam hij wel?', 'Wat deed jij toen anders?']),
    ans('impressed', 'case', 'list', 'Indruk?', ['Je geduld']),
    ans('reflections', 'case', 'long', 'Reflecties?', 'Misschien helpt een kort belletje.\nOf een afspraak bij hem thuis.'),
    ans('next-step', 'closing', 'text', 'Volgende stap?', 'Ik bel hem maandag.'),
    ans('learned', 'closing', 'long', 'Geleerd?', 'Kleine successen benoemen werkt.'),
  ],
) =>
  entry({
    id: 'iv1',
    set: 'intervision',
    client: 'casus-7',
    startedAt: '2026-11-05T13:00:00.000Z',
    finishedAt: '2026-11-05T14:30:00.000Z',
    answers,
  });

describe('leerverslag', () => {
  it('knows intervision sessions', () => {
    expect(isIntervision(session())).toBe(true);
    expect(isIntervision(journeyP()[0]!)).toBe(false);
  });

  it('writes the Dutch report with every part in order', () => {
    const md = leerverslag(session(), 'nl', intervision);
    expect(
      md.startsWith(
        '# Leerverslag intervisie\n\n- Datum: 5 november 2026\n- Duur: 90 minuten\n- Casus: casus-7\n\n_Dit verslag legt vast dat ik',
      ),
    ).toBe(true);
    const order = [
      '## Wat de inbrenger na de bespreking wilde weten of kunnen',
      '## Wat de groep vroeg',
      '## Wat indruk maakte',
      '## Reflecties van de groep',
      '## Mijn volgende stap',
      '## Wat ik heb geleerd',
      '## Voor het register',
    ];
    const at = order.map((h) => md.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(md).toContain(
      '## Wat de inbrenger na de bespreking wilde weten of kunnen\n\nHoe blijf ik naast een vader staan die elke afspraak afzegt?\n',
    );
    expect(md).toContain('## Wat de groep vroeg\n\n- Wanneer kwam hij wel?\n- Wat deed jij toen anders?\n');
    expect(md).toContain('Misschien helpt een kort belletje.  \nOf een afspraak bij hem thuis.');
    expect(md).toContain('## Mijn volgende stap\n\nIk bel hem maandag.\n');
  });

  it('closes with a line for the re-registration file that names only the case label', () => {
    const md = leerverslag(session(), 'nl', intervision);
    const closing = md.trimEnd().split('\n').pop() ?? '';
    expect(closing).toMatch(
      /^_Dit verslag hoort bij de oplossingsgerichte intervisie van 5 november 2026 \(casuslabel: casus-7\) .*herregistratiedossier.*_$/,
    );
    expect(md).not.toContain('casus casus');
    const anonymous = leerverslag({ ...session(), client: undefined }, 'nl');
    expect(anonymous).not.toContain('Casus:');
    expect(anonymous).not.toContain('casuslabel');
  });

  it('writes the English report', () => {
    const md = leerverslag(session(), 'en', intervision);
    expect(md.startsWith('# Peer supervision reflection report\n\n- Date: 5 November 2026\n- Duration: 90 minutes')).toBe(true);
    expect(md).toContain('## What the group asked');
    expect(md).toContain('re-registration file');
  });

  it('marks parts that were skipped or not asked as not recorded', () => {
    const md = leerverslag(
      session([ans('case-question', 'case', 'text', 'Vraag?', 'Een vraag'), ans('impressed', 'case', 'list', 'Indruk?', undefined)]),
      'nl',
    );
    expect(md).toContain('## Wat indruk maakte\n\n— (niet vastgelegd)\n');
    expect(md).toContain('## Wat ik heb geleerd\n\n— (niet vastgelegd)\n');
    expect(md.match(/niet vastgelegd/g)).toHaveLength(5);
    expect(leerverslag(session([]), 'en')).toContain(
      '## What the presenter wanted to know or be able to do after the discussion\n\n— (not recorded)\n',
    );
  });

  it('writes one report per intervision session and none for other sessions', () => {
    const two = leerverslagen(
      [...journeyP(), session(), { ...session(), id: 'iv2', startedAt: '2026-12-03T13:00:00.000Z' }],
      'nl',
      allSets(intervision),
    );
    expect(two.match(/^# Leerverslag intervisie$/gm)).toHaveLength(2);
    expect(two).toContain('3 december 2026');
    expect(two).not.toContain('Weer rust in huis');
    expect(leerverslagen(journeyP(), 'en')).toBe('# Peer supervision reflection report\n\nNo peer supervision sessions found.\n');
  });

  it('keeps markdown in answers as text', () => {
    const md = leerverslag(session([ans('learned', 'closing', 'long', 'Geleerd?', '# Niet een kop\n*ster*')]), 'nl');
    expect(md).toContain('\\# Niet een kop  \n\\*ster\\*');
  });

  it('lists those present with their role, gives each their own next step, and leaves room for the register (004)', () => {
    const people = entry({
      id: 'iv3',
      set: 'intervision',
      participants: ['Anna', 'Bram', 'Carla'],
      startedAt: '2026-11-05T13:00:00.000Z',
      finishedAt: '2026-11-05T14:30:00.000Z',
      answers: [
        { ...ans('role', 'preparation', 'choice', 'Rol?', 'presenter'), participant: 'Anna' },
        { ...ans('role', 'preparation', 'choice', 'Rol?', 'questioner'), participant: 'Bram' },
        { ...ans('role', 'preparation', 'choice', 'Rol?', 'facilitator'), participant: 'Carla' },
        { ...ans('next-step', 'closing', 'text', 'Stap?', 'Vader laten kiezen.'), participant: 'Anna' },
        { ...ans('next-step', 'closing', 'text', 'Stap?', 'Eén vraag tegelijk.'), participant: 'Bram' },
      ],
    });
    const bram = leerverslag(people, 'nl', bundledIntervision, 'Bram');
    expect(bram).toContain('## Aanwezigen\n\n- Anna (Inbrenger)\n- Bram (Vragensteller)\n- Carla (Gespreksleider)\n');
    expect(bram).toContain('## Mijn volgende stap\n\nEén vraag tegelijk.\n');
    expect(bram).toContain('## De volgende stap van de inbrenger\n\nVader laten kiezen.\n');
    const carla = leerverslag(people, 'nl', bundledIntervision, 'Carla');
    expect(carla).toContain('## Mijn volgende stap\n\n— (niet vastgelegd)\n');
    const anna = leerverslag(people, 'nl', bundledIntervision, 'Anna');
    expect(anna).toContain('## Mijn volgende stap\n\nVader laten kiezen.\n');
    expect(anna).not.toContain('## De volgende stap van de inbrenger');
    expect(anna).toContain(
      '## Voor het register\n\nVul aan wat ontbreekt en laat de aanwezigen tekenen.\n\n- Datum: 5 november 2026\n- Duur: 90 minuten\n',
    );
    expect(anna).toContain(
      '| Naam | Rol | Handtekening |\n|---|---|---|\n| Anna | Inbrenger |  |\n| Bram | Vragensteller |  |\n| Carla | Gespreksleider |  |\n',
    );
    // without participants: empty rows to sign on, and a duration left open when unknown
    const alone = leerverslag({ ...session(), finishedAt: undefined }, 'nl', intervision);
    expect(alone).toContain('- Duur: …');
    expect(alone.match(/^\| {2}\| {2}\| {2}\|$/gm)).toHaveLength(4);
  });
});

/**
 * The two walks of docs/method.md, over the bundled sets, in Dutch (issue 21): the intake with Paul
 * and his mother (source 003) and an intervision meeting where Anna brings a case, Bram asks and
 * Carla leads (source 004). Answers files through main() in-process.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { ROOT, sandbox, type Sandbox, storedSessions } from './helpers/cli.js';
import { oplosIn } from './helpers/run-cli.js';

const WALKS = path.join(ROOT, 'test', 'fixtures', 'answers', 'walks');

interface Stored {
  formal?: boolean;
  participants?: string[];
  answers: { question: string; participant?: string; value?: unknown; skipped?: boolean; asked: string }[];
}

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(() => sb.cleanup());

const paul = (...more: string[]) =>
  oplosIn(
    [
      'start',
      'first-session',
      '--client',
      'gezin-P',
      '--with',
      'Paul,moeder',
      '--lang',
      'nl',
      ...more,
      '--answers',
      path.join(WALKS, 'paul.yaml'),
    ],
    sb.env,
  );

/** [participant, value or 'skipped'] of each answer to `id`. */
const of = (e: Stored, id: string) =>
  e.answers.filter((a) => a.question === id).map((a) => [a.participant, a.skipped ? 'skipped' : a.value]);

describe('the intake with Paul and his mother (003)', () => {
  it('completes with what 003 tells, without a task for either and without going back', async () => {
    const r = await paul();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const e = storedSessions<Stored>(sb.journal)[0]!;
    // who asked for help, and with what: asked of every new client
    expect(of(e, 'referral')).toEqual([[undefined, 'Moeder heeft Paul aangemeld, vanwege de scheiding.']]);
    // the burden, exceptions and compliments are asked of each ("zowel voor moeder als voor Paul")
    for (const id of ['burden', 'problem-less', 'exceptions', 'compliment-exceptions', 'compliment-resources']) {
      expect(
        of(e, id).map(([who]) => who),
        id,
      ).toEqual(['Paul', 'moeder']);
    }
    // judged at the start: mother complainant-type, Paul visitor-type; the visitor is asked about the future too
    expect(of(e, 'relationship')).toEqual([
      ['Paul', 'visitor'],
      ['moeder', 'complainant'],
    ]);
    expect(of(e, 'miracle')).toContainEqual(['Paul', "Dan kan ik beter 'nee' zeggen als ik iets niet wil."]);
    // judged again after his own goal came up: what follows goes by the new view, the first is kept
    expect(of(e, 'relationship-now')).toEqual([
      ['Paul', 'customer'],
      ['moeder', 'skipped'],
    ]);
    expect(of(e, 'step')).toEqual([
      ['Paul', "Op school meedoen met de lessen over 'nee' zeggen."],
      ['moeder', 'skipped'],
    ]);
    expect(of(e, 'suggest-do').map(([who]) => who)).toEqual(['Paul']);
    expect(of(e, 'suggest-observe').map(([who]) => who)).toEqual(['moeder']);
    expect(of(e, 'offer-visitor')).toEqual([]);
    // no task is required: 003 ends with help no longer needed
    expect(of(e, 'suggest-do')).toEqual([['Paul', 'skipped']]);
    expect(of(e, 'suggest-observe')).toEqual([['moeder', 'skipped']]);
    // the person at the table is scored apart from the people around
    expect(of(e, 'support')).toEqual([
      ['Paul', 8],
      ['moeder', 'skipped'],
    ]);
    expect(of(e, 'support-around').map(([, v]) => v)).toEqual(['skipped', 'skipped']);
    // strengths too ("krachten uitvragen", 003: "zowel voor moeder als voor Paul")
    expect(of(e, 'strengths').map(([who]) => who)).toEqual(['Paul', 'moeder']);
    expect(of(e, 'shared-goal')).toHaveLength(1);
    expect(of(e, 'meet-again')).toEqual([[undefined, 'on-own']]);
    // one scale, one meaning
    expect(e.answers.find((a) => a.question === 'ten')?.asked).toMatch(
      /De 10 betekent: wat je hoopt, is helemaal uitgekomen\. De 0: hoe het was toen de eerste afspraak werd gemaakt\./,
    );
  });

  it('speaks to both with "u" when the session is formal, and stores that with the session', async () => {
    const r = await paul('--formal');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const e = storedSessions<Stored>(sb.journal)[0]!;
    expect(e.formal).toBe(true);
    const asked = (id: string) => e.answers.find((a) => a.question === id)!.asked;
    expect(asked('hopes')).toBe('Wat hoopt u dat deze gesprekken u opleveren? Wat is er dan anders dan nu?');
    expect(asked('ten')).toMatch(/^Stelt u zich een schaal voor van 0 tot 10\./);
    expect(asked('meet-again')).toBe(
      'U bepaalt wanneer u zonder hulp verder kunt. Wilt u nog een keer afspreken, of kunt u nu zelf verder?',
    );
    // kept in the journal's own export, so an import keeps it too
    const json = JSON.parse((await oplosIn(['journal', 'export', '--format', 'json'], sb.env)).stdout) as { entries: Stored[] };
    expect(json.entries[0]!.formal).toBe(true);
    // practitioner notes stay as they were: they speak to the practitioner
    expect(asked('relationship')).toBe('Hoe zie je de samenwerking met Paul op dit moment?');
    const plain = await oplosIn(
      ['start', 'first-session', '--client', 'x', '--lang', 'nl', '--answers', path.join(WALKS, 'paul-alone.yaml')],
      sb.env,
    );
    expect(plain.code).toBe(0);
    const second = storedSessions<Stored>(sb.journal).find((s) => s.formal === undefined)!;
    expect(second.answers.find((a) => a.question === 'hopes')!.asked).toBe(
      'Wat hoop je dat deze gesprekken je opleveren? Wat is er dan anders dan nu?',
    );
  });
  it('does not tell a visitor, who sees no problem, that it sounds as if things have been hard for a while', async () => {
    const file = path.join(sb.dir, 'visitor.yaml');
    await writeFile(
      file,
      'pre-change: false\nhopes: {Paul: "Weet ik niet.", moeder: "Dat hij praat."}\nrelationship: {Paul: visitor, moeder: complainant}\nnow: {Paul: 7, moeder: 5}\nmeet-again: again\n',
    );
    const r = await oplosIn(
      ['start', 'first-session', '--client', 'gezin-P', '--with', 'Paul,moeder', '--lang', 'nl', '--answers', file],
      sb.env,
    );
    expect(r.stderr).toBe('');
    const e = storedSessions<Stored>(sb.journal)[0]!;
    // no exceptions from either: the coping question goes to the mother only
    expect(of(e, 'coping').map(([who]) => who)).toEqual(['moeder']);
  });

  it("in the network set, Paul's number for his mother is asked without his name in the question (it stands in front), and alone without a label", async () => {
    const both = path.join(sb.dir, 'network-both.yaml');
    await writeFile(
      both,
      'goal: {Paul: "Nee kunnen zeggen.", moeder: "Dat hij praat."}\npeople: [zus]\nsupport-given: {Paul: 8}\ncontact: zus\n',
    );
    const alone = path.join(sb.dir, 'network-alone.yaml');
    await writeFile(alone, 'goal: "Rust."\npeople: [zus]\ncontact: zus\n');
    expect(
      (await oplosIn(['start', 'network', '--client', 'gezin-P', '--with', 'Paul,moeder', '--lang', 'nl', '--answers', both], sb.env)).code,
    ).toBe(0);
    expect((await oplosIn(['start', 'network', '--client', 'P.', '--lang', 'nl', '--answers', alone], sb.env)).code).toBe(0);
    const asked = storedSessions<Stored>(sb.journal).flatMap((e) =>
      e.answers.filter((a) => a.question === 'support-given').map((a) => a.asked),
    );
    expect(new Set(asked)).toEqual(new Set(['Welk cijfer geef je de steun die je krijgt van de ander die hier zit?']));
    expect(asked).toHaveLength(3);
  });

  it("a follow-up shows last time's latest judgement of the relationship: Paul as judged again, his mother as at the start", async () => {
    expect((await paul()).code).toBe(0);
    const r = await oplosIn(
      [
        'start',
        'follow-up',
        '--client',
        'gezin-P',
        '--with',
        'Paul,moeder',
        '--lang',
        'nl',
        '--answers',
        path.join(WALKS, 'paul-follow-up.yaml'),
      ],
      sb.env,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const follow = storedSessions<Stored & { set: string }>(sb.journal).find((s) => s.set === 'follow-up')!;
    // the same scale, said in a few words: its 0 and 10 stand with the question, as in the first session
    expect(follow.answers.find((a) => a.question === 'now')!.asked).toBe('Waar sta je nu, op dezelfde schaal als in het eerste gesprek?');
    // last time's step as Paul said it, with one full stop after it
    expect(follow.answers.find((a) => a.question === 'step-done' && a.participant === 'Paul')!.asked).toBe(
      "Vorige keer koos je als kleine stap: Op school meedoen met de lessen over 'nee' zeggen. Hoe is dat gegaan?",
    );
    const asked = follow.answers.filter((a) => a.question === 'relationship').map((a) => a.asked);
    expect(asked).toEqual([
      'Hoe zie je de samenwerking met Paul nu? Vorige keer: Klanttypisch: wil er zelf mee aan de slag.',
      'Hoe zie je de samenwerking met moeder nu? Vorige keer: Klagertypisch: ziet een probleem, maar vindt dat een ander moet veranderen.',
    ]);
  });
});

describe('an intervision meeting (004): Anna brings the case, Bram asks, Carla leads', () => {
  it('gives each a leerverslag with those present, their own next step, the same confidence question twice, and room for the register', async () => {
    const r = await oplosIn(
      [
        'start',
        'intervision',
        '--client',
        'casus-vader',
        '--with',
        'Anna,Bram,Carla',
        '--lang',
        'nl',
        '--answers',
        path.join(WALKS, 'intervision.yaml'),
      ],
      sb.env,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const e = storedSessions<Stored>(sb.journal)[0]!;
    // the same question at the start and at the end
    const start = e.answers.find((a) => a.question === 'confidence-start')!.asked;
    expect(e.answers.find((a) => a.question === 'confidence')!.asked).toBe(start);
    expect(e.answers.find((a) => a.question === 'case-question')!.asked).toMatch(/weten, of kunnen doen/);
    // the prompt puts the name in front ("Anna: …"), so the question does not say it again
    expect(e.answers.filter((a) => a.question === 'role').map((a) => a.asked)).toEqual(Array(3).fill('Welke rol heb je vandaag?'));

    const x = await oplosIn(['journal', 'export', '--format', 'leerverslag', '--lang', 'nl'], sb.env);
    expect(x.code).toBe(0);
    const [anna, bram, carla] = x.stdout.split('# Leerverslag intervisie').slice(1) as [string, string, string];
    for (const report of [anna, bram, carla]) {
      expect(report).toContain('## Aanwezigen\n\n- Anna (Inbrenger)\n- Bram (Vragensteller)\n- Carla (Gespreksleider)\n');
      expect(report).toContain('_Dit verslag legt vast dat ik een oplossingsgerichte intervisiebijeenkomst heb bijgewoond');
      expect(report).toContain('| Naam | Rol | Handtekening |');
      expect(report).toContain('(casuslabel: casus-vader)');
      expect(report).not.toContain('casus casus');
    }
    // the presenter's own report speaks of her goal as hers; the others' of the presenter's
    expect(anna).toContain('## Wat ik na de bespreking wilde weten of kunnen\n\nIk wil weten hoe ik een vader');
    expect(anna).not.toContain('Wat de inbrenger na de bespreking');
    expect(bram).toContain('## Wat de inbrenger na de bespreking wilde weten of kunnen\n\nIk wil weten hoe ik een vader');
    // the report lists those present by name on purpose, so its closing note asks about clients only
    for (const report of [anna, bram, carla]) {
      expect(report).toContain('Kijk voor je het deelt na of er niets in staat waaraan een cliënt te herkennen is.');
      expect(report).not.toMatch(/namen van cliënten of collega/);
    }
    expect(anna).toContain('## Mijn volgende stap\n\nIk bel vader, laat hem het tijdstip kiezen en begin bij zijn werk.\n');
    expect(anna).toContain('3 → 7,5 (dezelfde vraag aan het begin en aan het eind');
    expect(bram).toContain('## Mijn volgende stap\n\nIn mijn gesprekken deze week na elke uitzondering vragen: wat deed je toen anders?\n');
    expect(bram).toContain('## De volgende stap van de inbrenger\n\nIk bel vader');
    expect(carla).toContain('## Mijn volgende stap\n\nBij de volgende intervisie de rondes vooraf in tijd verdelen.\n');
    expect(carla).toContain('- Duur: 90 minuten');
  });
});

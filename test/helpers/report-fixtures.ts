/** Hand-built question sets and journal entries for the report tests. */
import { afterAll, beforeAll } from 'vitest';
import type { Answer, AnswerValue, Entry } from '../../src/domain/types.js';
import type { LocalTemplate, LocalText, Question, QuestionSet } from '../../src/sets/types.js';

export const text = (nl: string, en: string): LocalText => ({ nl, en });
export const tpl = (nl: string, en: string): LocalTemplate => ({
  nl: { source: nl, parts: [nl] },
  en: { source: en, parts: [en] },
});

type QSpec = {
  id: string;
  kind: Question['kind'];
  nl: string;
  en: string;
  highlight?: boolean;
  goalFor?: string;
  min?: number;
  max?: number;
};

const question = (phase: string, q: QSpec): Question => {
  const base = { id: q.id, phase, ask: tpl(q.nl, q.en), optional: false, highlight: q.highlight ?? false };
  switch (q.kind) {
    case 'scale':
      return {
        ...base,
        kind: 'scale',
        min: q.min ?? 0,
        max: q.max ?? 10,
        labels: new Map([
          [q.min ?? 0, text('niets', 'nothing')],
          [q.max ?? 10, text('alles', 'everything')],
        ]),
        ...(q.goalFor ? { goalFor: q.goalFor } : {}),
      };
    case 'list':
      return { ...base, kind: 'list', more: tpl('Wat nog meer?', 'What else?'), max: 10 };
    case 'choice':
      return {
        ...base,
        kind: 'choice',
        choices: [
          { value: 'visitor', label: text('bezoeker', 'visitor') },
          { value: 'customer', label: text('klant', 'customer') },
        ],
      };
    case 'confirm':
      return { ...base, kind: 'confirm' };
    default:
      return { ...base, kind: q.kind };
  }
};

export const makeSet = (
  id: string,
  title: LocalText,
  phases: { id: string; title: LocalText; questions: QSpec[] }[],
  continues?: string,
): QuestionSet => {
  const built = phases.map((p) => ({ id: p.id, title: p.title, questions: p.questions.map((q) => question(p.id, q)) }));
  return {
    format: 1,
    id,
    revision: 1,
    languages: ['nl', 'en'],
    title,
    audience: [],
    ...(continues ? { continues } : {}),
    phases: built,
    questions: built.flatMap((p) => p.questions),
    source: { origin: 'bundled', file: `${id}.yaml` },
  };
};

export const firstSession = makeSet('first-session', text('Eerste gesprek', 'First session'), [
  {
    id: 'best-hopes',
    title: text('Beste hoop', 'Best hopes'),
    questions: [{ id: 'hopes', kind: 'text', nl: 'Wat hoop je?', en: 'What are your best hopes?', highlight: true }],
  },
  {
    id: 'future',
    title: text('Gewenste toekomst', 'Preferred future'),
    questions: [
      { id: 'signs', kind: 'list', nl: 'Waaraan merk je het?', en: 'How would you notice?' },
      { id: 'relationship', kind: 'choice', nl: 'Werkrelatie?', en: 'Working relationship?' },
    ],
  },
  {
    id: 'scaling',
    title: text('Schalen', 'Scaling'),
    questions: [
      { id: 'now', kind: 'scale', nl: 'Waar sta je nu?', en: 'Where are you now?' },
      { id: 'good-enough', kind: 'scale', nl: 'Wat is goed genoeg?', en: 'What is good enough?', goalFor: 'now' },
    ],
  },
  {
    id: 'closing',
    title: text('Afsluiting', 'Closing'),
    questions: [
      { id: 'small-step', kind: 'text', nl: 'Kleine stap?', en: 'A small step?', highlight: true },
      { id: 'again', kind: 'confirm', nl: 'Nog eens afspreken?', en: 'Meet again?' },
    ],
  },
]);

export const followUp = makeSet(
  'follow-up',
  text('Vervolggesprek', 'Follow-up session'),
  [
    {
      id: 'ears',
      title: text('Wat is beter', 'What is better'),
      questions: [{ id: 'better', kind: 'list', nl: 'Wat is er beter?', en: 'What is better?', highlight: true }],
    },
    {
      id: 'scaling',
      title: text('Schalen', 'Scaling'),
      questions: [
        { id: 'now', kind: 'scale', nl: 'En nu?', en: 'And now?' },
        { id: 'good-enough', kind: 'scale', nl: 'Goed genoeg?', en: 'Good enough?', goalFor: 'now' },
      ],
    },
  ],
  'first-session',
);

export const intervision = makeSet('intervision', text('Intervisie', 'Peer supervision'), [
  {
    id: 'case',
    title: text('Casus', 'Case'),
    questions: [
      { id: 'case-question', kind: 'text', nl: 'Je casusvraag?', en: 'Your case question?' },
      { id: 'group-questions', kind: 'list', nl: 'Vragen van de groep?', en: 'Questions from the group?' },
      { id: 'impressed', kind: 'list', nl: 'Wat maakte indruk?', en: 'What impressed?' },
      { id: 'reflections', kind: 'long', nl: 'Reflecties?', en: 'Reflections?' },
    ],
  },
  {
    id: 'closing',
    title: text('Afsluiting', 'Closing'),
    questions: [
      { id: 'next-step', kind: 'text', nl: 'Volgende stap?', en: 'Next step?' },
      { id: 'learned', kind: 'long', nl: 'Geleerd?', en: 'Learned?' },
    ],
  },
]);

export const allSets = (...sets: QuestionSet[]): Map<string, QuestionSet> => new Map(sets.map((s) => [s.id, s]));

let counter = 0;

/** An answer; `value: undefined` makes it skipped. */
export const ans = (
  question: string,
  phase: string,
  kind: string,
  asked: string,
  value: AnswerValue | undefined,
  answeredAt = '2026-11-03T10:00:00.000Z',
): Answer =>
  value === undefined ? { question, phase, kind, asked, skipped: true, answeredAt } : { question, phase, kind, asked, value, answeredAt };

export const entry = (partial: Partial<Entry> & Pick<Entry, 'set' | 'startedAt' | 'answers'>): Entry => ({
  id: partial.id ?? `e${String(++counter).padStart(4, '0')}aaaa`,
  lang: 'nl',
  tags: [],
  status: 'complete',
  finishedAt: new Date(Date.parse(partial.startedAt) + 45 * 60_000).toISOString(),
  ...partial,
});

/** A first session then two follow-ups for client P. (scale `now`: 3, 5, 6; good enough 7 then 8). */
export const journeyP = (): Entry[] => [
  entry({
    id: 'aaa111',
    set: 'first-session',
    client: 'P.',
    startedAt: '2026-11-03T10:00:00.000Z',
    finishedAt: '2026-11-03T10:45:00.000Z',
    tags: ['intake'],
    answers: [
      ans('hopes', 'best-hopes', 'text', 'Wat hoop je?', 'Weer rust in huis'),
      ans('signs', 'future', 'list', 'Waaraan merk je het?', ['samen eten', 'lachen']),
      ans('relationship', 'future', 'choice', 'Werkrelatie?', 'customer'),
      ans('now', 'scaling', 'scale', 'Waar sta je nu?', 3),
      ans('good-enough', 'scaling', 'scale', 'Wat is goed genoeg?', 7),
      ans('small-step', 'closing', 'text', 'Kleine stap?', 'Zondag samen ontbijten'),
      ans('again', 'closing', 'confirm', 'Nog eens afspreken?', true),
    ],
  }),
  entry({
    id: 'bbb222',
    set: 'follow-up',
    client: 'P.',
    startedAt: '2026-11-17T10:00:00.000Z',
    finishedAt: '2026-11-17T10:40:00.000Z',
    answers: [
      ans('better', 'ears', 'list', 'Wat is er beter?', ['minder ruzie']),
      ans('now', 'scaling', 'scale', 'En nu, na 3 vorige keer?', 5),
    ],
  }),
  entry({
    id: 'ccc333',
    set: 'follow-up',
    client: 'P.',
    startedAt: '2026-12-01T10:00:00.000Z',
    finishedAt: '2026-12-01T10:30:00.000Z',
    answers: [
      ans('better', 'ears', 'list', 'Wat is er beter?', ['we praten weer']),
      ans('now', 'scaling', 'scale', 'En nu, na 5 vorige keer?', 6),
      ans('good-enough', 'scaling', 'scale', 'Goed genoeg?', 8),
    ],
  }),
];

/**
 * The reports print dates in local time; the tests pin the zone (and put it
 * back afterwards) so the day of a 10:00Z session is the same on every machine.
 */
export const pinTimeZone = (zone = 'Europe/Amsterdam'): void => {
  let before: string | undefined;
  beforeAll(() => {
    before = process.env['TZ'];
    process.env['TZ'] = zone;
  });
  afterAll(() => {
    if (before === undefined) delete process.env['TZ'];
    else process.env['TZ'] = before;
  });
};

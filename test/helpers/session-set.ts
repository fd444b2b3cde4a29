/** A small two-language set with every kind, for the runner tests. */
import { buildSet, cmp } from './build-set.js';

export const sessionSet = buildSet({
  id: 'first-session',
  revision: 3,
  languages: ['en', 'nl'],
  phases: [
    {
      id: 'start',
      title: { en: 'Start', nl: 'Begin' },
      questions: [
        {
          id: 'hopes',
          kind: 'text',
          ask: { en: 'What are your best hopes, {{client}}?', nl: 'Wat hoop je, {{client}}?' },
          highlight: true,
        },
        { id: 'extra', kind: 'text', ask: 'Anything else?', optional: true },
        {
          id: 'signs',
          kind: 'list',
          ask: { en: 'First sign?', nl: 'Eerste teken?' },
          more: { en: 'What else besides {{hopes}}?', nl: 'Wat nog meer?' },
          max: 3,
          highlight: true,
        },
      ],
    },
    {
      id: 'scaling',
      title: { en: 'Scaling', nl: 'Schalen' },
      questions: [
        {
          id: 'now',
          kind: 'scale',
          ask: 'Where are you now?',
          labels: { 0: { en: 'worst', nl: 'slechtst' }, 10: { en: 'best', nl: 'best' } },
        },
        { id: 'cope', kind: 'text', ask: 'How do you keep going?', when: cmp('now', '<=', 2) },
        { id: 'higher', kind: 'long', ask: 'What would {{now.next}} look like?', optional: true },
        { id: 'enough', kind: 'scale', ask: 'What would be good enough?', goalFor: 'now' },
        {
          id: 'stance',
          kind: 'choice',
          ask: 'Which fits?',
          highlight: true,
          choices: [
            { value: 'visitor', label: { en: 'Just looking', nl: 'Even kijken' } },
            { value: 'customer', label: { en: 'Wants to work on it', nl: 'Wil ermee aan de slag' } },
          ],
        },
        { id: 'again', kind: 'confirm', ask: 'Meet again?', optional: true },
      ],
    },
  ],
});

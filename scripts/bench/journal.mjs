// Synthetic journals for the bench: `{ "version": 1, "entries": [...] }`,
// entries as in shared/spec/cli.md's export format, written one entry per
// line (as oplos writes them). Deterministic: the same seed gives the same file.
import { closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { parse } from 'yaml';

/** A small, fast, seeded random source (mulberry32). */
export const random = (seed) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const HEX = '0123456789abcdef';
const uuid = (rnd) => {
  let s = '';
  for (let i = 0; i < 32; i++) {
    let d = Math.floor(rnd() * 16);
    if (i === 12) d = 4;
    if (i === 16) d = 8 + (d & 3);
    s += HEX[d];
    if (i === 7 || i === 11 || i === 15 || i === 19) s += '-';
  }
  return s;
};

const pickOne = (rnd, list) => list[Math.floor(rnd() * list.length)];

// Fragments of answers, the way people write them in a session.
const WORDS = {
  nl: {
    who: [
      'Daan',
      'mijn zoon',
      'mijn dochter',
      'Sanne',
      'mijn partner',
      'mijn collega Eva',
      'mijn leidinggevende',
      'Noor',
      'mijn moeder',
      'het team',
    ],
    did: [
      'rustig koffie gedronken voordat de dag begon',
      'een rondje gefietst na het werk',
      'samen naar voetbal gekeken op zaterdag',
      'een lijstje gemaakt van wat echt moest',
      'om hulp gevraagd toen het te veel werd',
      'op tijd naar bed gegaan',
      'de telefoon weggelegd tijdens het eten',
      'even gewandeld in de pauze',
      'gezegd wat ik nodig had, zonder te schreeuwen',
      'een afspraak gemaakt met de mentor van school',
      'één ding tegelijk gedaan',
      'gelachen om iets kleins',
    ],
    when: ['gisteravond', 'vorige week', 'op maandagochtend', 'in het weekend', 'na de vakantie', 'twee keer deze maand', 'elke dinsdag'],
    feel: ['rustiger', 'lichter', 'meer mezelf', 'minder gejaagd', 'trots', 'opgelucht', 'meer ontspannen'],
    strengths: ['doorzetten', 'humor', 'geduld', 'eerlijk zijn', 'goed luisteren', 'plannen', 'koken voor anderen'],
  },
  en: {
    who: ['Daan', 'my son', 'my daughter', 'Sam', 'my partner', 'my colleague Eva', 'my manager', 'Noor', 'my mother', 'the team'],
    did: [
      'had a quiet coffee before the day started',
      'went for a bike ride after work',
      'watched football together on Saturday',
      'made a short list of what really had to be done',
      'asked for help when it got too much',
      'went to bed on time',
      'put my phone away during dinner',
      'took a short walk at lunch',
      'said what I needed without shouting',
      'made an appointment with the school mentor',
      'did one thing at a time',
      'laughed about something small',
    ],
    when: ['last night', 'last week', 'on Monday morning', 'at the weekend', 'after the holiday', 'twice this month', 'every Tuesday'],
    feel: ['calmer', 'lighter', 'more like myself', 'less rushed', 'proud', 'relieved', 'more relaxed'],
    strengths: ['perseverance', 'humour', 'patience', 'being honest', 'listening well', 'planning', 'cooking for others'],
  },
};

const sentence = (rnd, lang) => {
  const w = WORDS[lang];
  return lang === 'nl'
    ? `${pickOne(rnd, w.when).replace(/^./, (c) => c.toUpperCase())} heb ik ${pickOne(rnd, w.did)}, en ${pickOne(rnd, w.who)} merkte dat ik ${pickOne(rnd, w.feel)} was.`
    : `${pickOne(rnd, w.when).replace(/^./, (c) => c.toUpperCase())} I ${pickOne(rnd, w.did)}, and ${pickOne(rnd, w.who)} noticed I was ${pickOne(rnd, w.feel)}.`;
};
const short = (rnd, lang) => {
  const w = WORDS[lang];
  return lang === 'nl'
    ? `Dat ik ${pickOne(rnd, w.did)} en ${pickOne(rnd, w.feel)} ben.`
    : `That I ${pickOne(rnd, w.did)} and feel ${pickOne(rnd, w.feel)}.`;
};
const item = (rnd, lang) => pickOne(rnd, WORDS[lang].did);

/** The questions of the bundled first-session set: id, kind, phase and the asked texts. */
export const loadQuestions = (setFile) => {
  const doc = parse(readFileSync(setFile, 'utf8'));
  const out = new Map();
  for (const phase of doc.phases) for (const q of phase.questions) out.set(q.id, { id: q.id, kind: q.kind, phase: phase.id, ask: q.ask });
  return { revision: doc.revision ?? 1, questions: out };
};

const DAY = 86_400_000;
const TAGS = ['intake', 'follow-up', 'werk', 'thuis', 'school', 'team', 'online'];

/**
 * `n` complete sessions whose start times are spread over three years up to
 * yesterday, oldest first (the order in which a journal grows).
 */
export function* entries(n, questions, seed = 1) {
  const rnd = random(seed);
  const end = Date.now() - DAY;
  const span = 3 * 365 * DAY;
  const qs = questions.questions;
  for (let i = 0; i < n; i++) {
    const lang = rnd() < 0.6 ? 'nl' : 'en';
    const started = Math.floor(end - span + (span * (i + rnd())) / n);
    let at = started + 60_000;
    const answers = [];
    const values = {};
    const add = (id, value) => {
      const q = qs.get(id);
      at += Math.floor(60_000 + rnd() * 180_000);
      let asked = q.ask[lang] ?? q.ask.en;
      asked = asked.replace(/\{\{([a-z0-9-]+)(\.next)?\}\}/g, (_m, ref, next) => {
        const v = values[ref];
        if (next) return String(Math.min(10, Number(v ?? 0) + 1));
        return Array.isArray(v) ? v.join(', ') : String(v ?? '');
      });
      values[id] = value;
      answers.push({
        question: id,
        phase: q.phase,
        kind: q.kind,
        asked,
        ...(value === undefined ? { skipped: true } : { value }),
        answeredAt: new Date(at).toISOString(),
      });
    };
    const changed = rnd() < 0.3;
    add('pre-change', changed);
    if (changed) add('pre-change-what', short(rnd, lang));
    add('hopes', short(rnd, lang));
    if (rnd() < 0.5) add('burden', rnd() < 0.3 ? undefined : sentence(rnd, lang));
    if (rnd() < 0.15) add('miracle', sentence(rnd, lang));
    add('first-sign', short(rnd, lang));
    add(rnd() < 0.5 ? 'instead' : 'who-notices', short(rnd, lang));
    add(
      'exceptions',
      Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => item(rnd, lang)),
    );
    if (rnd() < 0.3) add('exceptions-how', short(rnd, lang));
    if (rnd() < 0.4)
      add(
        'strengths',
        Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pickOne(rnd, WORDS[lang].strengths)),
      );
    const now = Math.floor(rnd() * 11);
    add('now', now);
    if (now > 0) add('now-why', short(rnd, lang));
    if (now < 10 && rnd() < 0.5) add('next-point', short(rnd, lang));
    if (rnd() < 0.4) add('confidence', Math.floor(rnd() * 11));
    add('step', short(rnd, lang));
    yield {
      id: uuid(rnd),
      set: 'first-session',
      setRevision: questions.revision,
      lang,
      client: `C-${1 + Math.floor(rnd() * 400)}`,
      tags: rnd() < 0.7 ? [pickOne(rnd, TAGS)] : [],
      status: 'complete',
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date(at + Math.floor(rnd() * 300_000)).toISOString(),
      answers,
    };
  }
}

/** Writes a journal of `n` entries to `file` (journalStats tells its size and search matches). */
export const writeJournal = (file, n, questions, { seed = 1 } = {}) => {
  const fd = openSync(file, 'w', 0o600);
  try {
    writeSync(fd, '{"version":1,"entries":[\n');
    let chunk = [];
    let first = true;
    const flush = () => {
      if (chunk.length === 0) return;
      writeSync(fd, (first ? '' : ',\n') + chunk.join(',\n'));
      first = false;
      chunk = [];
    };
    for (const e of entries(n, questions, seed)) {
      chunk.push(JSON.stringify(e));
      if (chunk.length >= 1000) flush();
    }
    flush();
    writeSync(fd, ']}\n');
  } finally {
    closeSync(fd);
  }
};

/** Size of a journal file and how many of its entries hold every word of `search` (lower case, in the raw text). */
export const journalStats = (file, search) => {
  const text = readFileSync(file, 'utf8');
  let matches = 0;
  for (const line of text.split('\n').slice(1)) {
    const lower = line.toLowerCase();
    if (line.startsWith('{"id"') && search.every((w) => lower.includes(w))) matches++;
  }
  return { bytes: statSync(file).size, matches };
};

/**
 * How wide text shows on a terminal, by grapheme (what a person sees as one
 * character): an emoji with its modifiers or a letter with its accents is
 * never split, and wide characters (emoji, CJK) count as two columns. The one
 * place the program measures, cuts, pads and wraps text for a width: the
 * command line, the reports' charts and the walkthrough all use it.
 */
let segmenter: Intl.Segmenter | undefined;

const ANSI = /\x1b\[[0-9;]*m/g;

/**
 * Text of which every UTF-16 unit is one grapheme one column wide: printable
 * ASCII, Latin letters with their accents precomposed (as typed, NFC) and
 * common punctuation. It needs no segmenter, whose making costs more than a
 * whole `journal list` at the size most journals have (about 15 ms).
 */
const SIMPLE = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e]*$/;

export const graphemes = (s: string): string[] => {
  if (SIMPLE.test(s)) return s.split('');
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(s), (g) => g.segment);
};

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const PICTURE = /\p{Extended_Pictographic}/u;
const ZERO = /^[\p{Mn}\p{Me}\p{Cf}]+$/u;

/** Columns one grapheme takes: 2 for emoji and wide characters, 0 for a lone combining mark. */
const graphemeWidth = (g: string): number => {
  if (ZERO.test(g)) return 0;
  const cp = g.codePointAt(0) ?? 0;
  if (WIDE.test(g)) return 2;
  // a pictograph shown as emoji: most above U+1F000, or any with the emoji selector U+FE0F
  if (PICTURE.test(g) && (cp >= 0x1f000 || g.includes('\ufe0f'))) return 2;
  return 1;
};

/** Columns a string takes on the terminal (colour codes take none). */
export const displayWidth = (s: string): number => {
  if (SIMPLE.test(s)) return s.length;
  let w = 0;
  for (const g of graphemes(s.replace(ANSI, ''))) w += graphemeWidth(g);
  return w;
};

/** At most `width` columns, ending in "…" when cut; cut only between graphemes. For plain (uncoloured) text. */
export const clipWidth = (s: string, width: number): string => {
  if (displayWidth(s) <= width) return s;
  if (width <= 0) return '';
  let out = '';
  let w = 0;
  for (const g of graphemes(s)) {
    const gw = graphemeWidth(g);
    if (w + gw > width - 1) break;
    out += g;
    w += gw;
  }
  return `${out.trimEnd()}…`;
};

/** Pads with spaces to `width` columns. */
export const padWidth = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - displayWidth(s)));

/**
 * `text` in lines of at most `width` columns (counting `indent`, which starts every line), broken at
 * spaces; a word longer than a line is broken between graphemes, never cut off. Its own line breaks
 * are kept. For plain (uncoloured) text.
 */
export const wrapWidth = (text: string, width: number, indent = ''): string[] => {
  const room = Math.max(1, width - displayWidth(indent));
  const out: string[] = [];
  for (const para of text.split('\n')) {
    // a line that fits is kept as it is (its spacing too); one that does not keeps its own indent on every line
    if (displayWidth(para) <= room) {
      out.push(indent + para);
      continue;
    }
    const lead = /^\s*/.exec(para)![0];
    const inner = Math.max(1, room - displayWidth(lead));
    let line = '';
    let lineWidth = 0;
    const push = () => {
      out.push(indent + lead + line);
      line = '';
      lineWidth = 0;
    };
    // a no-break space (U+00A0, U+202F) joins what it stands between
    for (const word of para.split(/[^\S\u00a0\u202f]+/).filter(Boolean)) {
      const w = displayWidth(word);
      if (line !== '' && lineWidth + 1 + w <= inner) {
        line += ` ${word}`;
        lineWidth += 1 + w;
        continue;
      }
      if (line !== '') push();
      if (w <= inner) {
        line = word;
        lineWidth = w;
        continue;
      }
      // longer than a line: as much as fits on each line, the rest on the next
      for (const g of graphemes(word)) {
        const gw = graphemeWidth(g);
        if (lineWidth + gw > inner && line !== '') push();
        line += g;
        lineWidth += gw;
      }
    }
    push();
  }
  return out;
};

/**
 * Texts of a set as the model holds them: a plain string becomes the same
 * string in every language; a map must have every language of the set.
 * Templates (`ask`, `help`, `more`) are parsed here, and the references they
 * hold are handed to the caller with their place in the file.
 */
import { formalKey, type LocalTemplate, type LocalText, type Ref, type Template } from './types.js';
import { inLang, said } from './messages-problems.js';
import type { TextInput } from './schema.js';
import type { Place, SetContext } from './check-context.js';
import type { Path } from './yaml-source.js';
import { parseTemplate, refMarkerIndex } from './template.js';

/** A reference found in a template, placed in the file. */
export interface TemplateRefUse {
  readonly ref: Ref;
  readonly place: Place;
}

export class Texts {
  constructor(
    private readonly ctx: SetContext,
    readonly languages: readonly string[],
  ) {}

  /** Each language's string and its path, after reporting missing and extra languages. */
  private entries(raw: TextInput, path: Path, where: string, field: string): { lang: string; value: string; path: Path }[] {
    if (typeof raw === 'string') return this.languages.map((lang) => ({ lang, value: raw, path }));
    const out: { lang: string; value: string; path: Path }[] = [];
    for (const lang of this.languages) {
      const value = Object.hasOwn(raw, lang) ? raw[lang] : undefined;
      if (value === undefined)
        this.ctx.error(
          path,
          said((t) => t.where(where) + t.noText(field, lang)),
        );
      else out.push({ lang, value, path: [...path, lang] });
      // 1.2: the formal variant ("u" instead of "je"), kept under its own key
      const formal = formalKey(lang);
      const variant = Object.hasOwn(raw, formal) ? raw[formal] : undefined;
      if (variant !== undefined) out.push({ lang: formal, value: variant, path: [...path, formal] });
    }
    const formals = new Set(this.languages.map(formalKey));
    for (const lang of Object.keys(raw)) {
      if (!this.languages.includes(lang) && !formals.has(lang)) {
        this.ctx.warn(
          [...path, lang],
          said((t) => t.where(where) + t.otherLang(field, lang)),
          { key: true },
        );
      }
    }
    return out;
  }

  /**
   * A text without references. `{{` in it is a warning (references are only
   * filled in ask, help and more), or an error when `refs` is 'forbidden'.
   */
  text(raw: TextInput, path: Path, where: string, field: string, refs: 'warn' | 'forbidden' = 'warn'): LocalText {
    const out: Record<string, string> = {};
    const checked = new Set<string>();
    for (const e of this.entries(raw, path, where, field)) {
      out[e.lang] = e.value;
      const key = e.path.join('\0');
      const index = refMarkerIndex(e.value);
      if (index === -1 || checked.has(key)) continue;
      checked.add(key);
      if (refs === 'forbidden')
        this.ctx.error(
          e.path,
          said((t) => t.where(where) + t.noRefsHere(field)),
          { index },
        );
      else
        this.ctx.warn(
          e.path,
          said((t) => t.where(where) + t.refsAsWritten(field)),
          { index },
        );
    }
    return out;
  }

  /** A text with references. */
  template(raw: TextInput, path: Path, where: string, field: string, onRef: (use: TemplateRefUse) => void): LocalTemplate {
    const out: Record<string, Template> = {};
    // a plain string stands for every language: parse (and report) it once
    const parsed = new Map<string, Template | undefined>();
    for (const e of this.entries(raw, path, where, field)) {
      const key = e.path.join('\0');
      if (parsed.has(key)) {
        const known = parsed.get(key);
        if (known) out[e.lang] = known;
        continue;
      }
      const result = parseTemplate(e.value);
      if (!result.ok) {
        parsed.set(key, undefined);
        const why = { en: result.message, nl: result.nl };
        this.ctx.error(
          e.path,
          said((t) => `${t.where(where)}"${field}": ${inLang(t, why)}`),
          { index: result.index },
        );
        continue;
      }
      parsed.set(key, result.template);
      out[e.lang] = result.template;
      for (const r of result.refs) onRef({ ref: r.ref, place: this.ctx.place(e.path, { index: r.index }) });
    }
    return out;
  }
}

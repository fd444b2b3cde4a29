/** What building a question needs from its set: the set's context, its texts, and where references are used (build-question.ts, build-kind.ts). */
import type { SetContext } from './check-context.js';
import type { Texts } from './local-texts.js';
import type { RefUse } from './ref-use.js';

export interface QuestionBuild {
  readonly ctx: SetContext;
  readonly texts: Texts;
  readonly uses: RefUse[];
}

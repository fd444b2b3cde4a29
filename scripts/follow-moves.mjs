#!/usr/bin/env node
// One-off, for merging branches made before issue 22's moves (points 8 and 9): rewrites relative
// imports ('./x.js', '../x.js') in src/, test/ and scripts/ that point at a moved file. An import that
// resolves where it stands is left alone, so running it twice changes nothing. Run from the repository's
// root after a merge, then `npx tsc -p .`. Delete this file once every branch of that time is merged.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import path from 'node:path';

const MOVES = [
  ['src/cli/prompter.ts', 'src/cli/prompts/prompter.ts'],
  ['src/cli/line-prompt.ts', 'src/cli/prompts/line-prompt.ts'],
  ['src/cli/accessible-prompter.ts', 'src/cli/prompts/accessible-prompter.ts'],
  ['src/cli/plain-lines.ts', 'src/cli/prompts/plain-lines.ts'],
  ['src/cli/accessible-ask.ts', 'src/cli/prompts/accessible-ask.ts'],
  ['src/cli/password-prompt.ts', 'src/cli/prompts/password-prompt.ts'],
  ['src/cli/passphrase-ask.ts', 'src/cli/prompts/passphrase-ask.ts'],
  ['src/cli/editor-prompt.ts', 'src/cli/prompts/editor-prompt.ts'],
  ['src/cli/menu-prompts.ts', 'src/cli/prompts/menu-prompts.ts'],
  ['src/cli/select-theme.ts', 'src/cli/prompts/select-theme.ts'],
  ['src/cli/confirm.ts', 'src/cli/prompts/confirm.ts'],
  ['src/cli/prompt-guard.ts', 'src/cli/prompts/prompt-guard.ts'],
  ['src/cli/keys.ts', 'src/cli/prompts/key-press.ts'],
  ['src/cli/render-summary.ts', 'src/cli/render/render-summary.ts'],
  ['src/cli/table.ts', 'src/cli/render/table.ts'],
  ['src/cli/entry-glance.ts', 'src/cli/render/entry-glance.ts'],
  ['src/cli/safe-text.ts', 'src/cli/render/safe-text.ts'],
  ['src/cli/set-control-chars.ts', 'src/cli/render/set-control-chars.ts'],
  ['src/cli/wrapped.ts', 'src/cli/render/wrapped.ts'],
  ['src/cli/theme.ts', 'src/cli/render/theme.ts'],
  ['src/cli/accessible-text.ts', 'src/cli/render/accessible-text.ts'],
  ['src/cli/what-goes.ts', 'src/cli/render/what-goes.ts'],
  ['src/cli/help-texts.ts', 'src/cli/help/help-texts.ts'],
  ['src/cli/help-examples.ts', 'src/cli/help/help-examples.ts'],
  ['src/cli/help-config.ts', 'src/cli/help/help-config.ts'],
  ['src/cli/menu-find.ts', 'src/cli/menu/menu-find.ts'],
  ['src/cli/menu-people.ts', 'src/cli/menu/menu-people.ts'],
  ['src/cli/session.ts', 'src/cli/session/run-session.ts'],
  ['src/cli/participants.ts', 'src/cli/session/participants.ts'],
  ['src/cli/client-label.ts', 'src/cli/session/client-label.ts'],
  ['src/cli/answers-file.ts', 'src/cli/session/answers-file.ts'],
  ['src/cli/yaml-parse.ts', 'src/cli/session/yaml-parse.ts'],
  ['src/cli/disk-full-retry.ts', 'src/cli/session/disk-full-retry.ts'],
  ['src/cli/context.ts', 'src/cli/cli-context.ts'],
  ['src/engine/context.ts', 'src/engine/session-context.ts'],
  ['src/sets/context.ts', 'src/sets/check-context.ts'],
  ['src/sets/texts.ts', 'src/sets/local-texts.ts'],
  ['src/walkthrough/texts.ts', 'src/walkthrough/messages.ts'],
  ['src/config/keys.ts', 'src/config/setting-keys.ts'],
  ['src/config/config.ts', 'src/config/settings-file.ts'],
  ['src/engine/refs.ts', 'src/engine/resolve-ref.ts'],
  ['src/sets/refs.ts', 'src/sets/parse-ref.ts'],
  ['src/engine/last-session.ts', 'src/engine/find-last-session.ts'],
  ['src/walkthrough/prepare-sheet.ts', 'src/prepare/prepare-sheet.ts'],
  ['src/walkthrough/prepare-render.ts', 'src/prepare/prepare-render.ts'],
  ['src/journal/journal-base.ts', 'src/journal/journal-folder.ts'],
];
const oldToNew = new Map(MOVES);
const newToOld = new Map(MOVES.map(([a, b]) => [b, a]));
const files = execSync("git ls-files 'src/**.ts' 'test/**.ts' 'scripts/**.mjs'", { encoding: 'utf8' }).trim().split('\n');
let changed = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const out = text.replace(/(['"])(\.\.?\/[^'"\n]*?)\.(js|ts)\1/g, (m, q, spec, ext) => {
    const here = path.posix.normalize(path.posix.join(path.posix.dirname(file), `${spec}.ts`));
    if (existsSync(here)) return m;
    // written for the old name from here, or (a moved file's own imports) from where the file was
    const fromOld = newToOld.has(file) ? path.posix.normalize(path.posix.join(path.posix.dirname(newToOld.get(file)), `${spec}.ts`)) : undefined;
    const target = [oldToNew.get(here), fromOld && (oldToNew.get(fromOld) ?? fromOld)].find((t) => t !== undefined && existsSync(t));
    if (!target) return m;
    let rel = path.posix.relative(path.posix.dirname(file), target).replace(/\.ts$/, '');
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return `${q}${rel}.${ext}${q}`;
  });
  if (out !== text) {
    writeFileSync(file, out);
    changed++;
    console.log(file);
  }
}
console.log(`${changed} files changed`);

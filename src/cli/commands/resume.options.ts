/** `oplos resume`: its declaration and options (the action is resume.ts). */
import type { Declaration } from '../command-declaration.js';
import type { CommonOptions } from '../cli-context.js';

/** The session keeps its own client and tags: resume takes no --client or --tag. */
export interface ResumeOptions extends CommonOptions {
  answers?: string;
}

export const resumeCommand: Declaration<ResumeOptions> = {
  name: 'resume [id]',
  description: (tr) => tr('continue an unfinished session (default: the newest)'),
  options: (cmd, tr) => cmd.option('--answers <file>', tr('run without prompts, answers from a YAML or JSON file')),
};

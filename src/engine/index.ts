/** The session engine's public face: what the command line and reports call. */
export type { SessionContext, EvalContext } from './session-context.js';
export { textLang, lastSessionTime } from './session-context.js';
export { resolveRef, type Resolved } from './resolve-ref.js';
export { evaluateCondition } from './conditions.js';
export { fillTemplate, formatValue } from './fill.js';
export { nextStep, type Step, type AskStep } from './session-machine.js';
export { findLastSession } from './find-last-session.js';
export { checkAnswer, type CheckedAnswer } from './answer-check.js';
export type { SessionOptions } from './session-entry.js';
export { runInteractive, type InteractiveOptions } from './run-interactive.js';
export { runScripted, type ScriptedOptions, type ScriptedResult } from './run-scripted.js';
export { summarize, type SessionSummary, type HighlightSummary, type ScaleSummary } from './summary.js';
export type { Clock, Prompter, SessionStore, Output } from './ports.js';
export { GoBack } from './ports.js';

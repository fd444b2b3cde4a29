/**
 * Text from sets, answers or files made visible on a terminal without raw
 * control characters (minimal version; the issue-12 branch holds the full one).
 */
export const safeText = (s: string): string =>
  s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);

/**
 * The few colours the report renderers use. The command line passes its chalk
 * theme (src/cli/render/theme.ts fits this shape); `plain` keeps output uncoloured.
 */
export interface ReportStyle {
  readonly heading: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly accent: (s: string) => string;
  readonly good: (s: string) => string;
  readonly warn: (s: string) => string;
}

const same = (s: string): string => s;

export const plain: ReportStyle = { heading: same, dim: same, accent: same, good: same, warn: same };

/** A plain text table: columns padded to their widest cell, the header styled. */
const visible = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '').length;

export const table = (header: readonly string[], rows: readonly (readonly string[])[], style: (s: string) => string = (s) => s): string[] => {
  const widths = header.map((h, i) => Math.max(visible(h), ...rows.map((r) => visible(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - visible(c))))
      .join('  ')
      .trimEnd();
  return [style(line(header)), ...rows.map(line)];
};

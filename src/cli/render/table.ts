/** Plain text tables: columns padded to their widest cell, the header styled. */
import { clipWidth, displayWidth, padWidth } from '../../text/width.js';

export const table = (
  header: readonly string[],
  rows: readonly (readonly string[])[],
  style: (s: string) => string = (s) => s,
): string[] => {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : padWidth(c, widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [style(line(header)), ...rows.map(line)];
};

export interface Column {
  readonly header: string;
  /** Shortened first when the line is too wide, down to `min` columns. */
  readonly flex?: boolean;
  /** Narrowest it may be shortened to (default: the header's width). */
  readonly min?: number;
  /** Dropped when shortening is not enough: lower numbers go first; without it, never dropped. */
  readonly drop?: number;
  /** Colour for a cell, applied after it is cut and padded. */
  readonly paint?: (cell: string, row: number) => string;
}

const GAP = 2;

/**
 * A table that fits `width` columns: the flexible column is shortened first,
 * then columns are dropped in their `drop` order, then every column is cut to
 * its minimum. Cells are cut between graphemes with "…", so no row wraps.
 */
export const fitTable = (
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  width: number,
  style: (s: string) => string = (s) => s,
): string[] => {
  let keep = columns.map((_, i) => i);
  const natural = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const widths = [...natural];
  const min = (i: number) => Math.min(natural[i] ?? 0, columns[i]?.min ?? displayWidth(columns[i]?.header ?? ''));
  const total = () => keep.reduce((s, i) => s + (widths[i] ?? 0), 0) + GAP * (keep.length - 1);
  const shrink = (i: number) => {
    const over = total() - width;
    if (over > 0) widths[i] = Math.max(min(i), (widths[i] ?? 0) - over);
  };
  for (const i of keep) if (columns[i]?.flex) shrink(i);
  const droppable = keep.filter((i) => columns[i]?.drop !== undefined).sort((a, b) => (columns[a]?.drop ?? 0) - (columns[b]?.drop ?? 0));
  for (const i of droppable) {
    if (total() <= width) break;
    keep = keep.filter((k) => k !== i);
    // what the dropped column gave back goes to the flexible one again
    for (const k of keep) if (columns[k]?.flex) widths[k] = natural[k] ?? 0;
    for (const k of keep) if (columns[k]?.flex) shrink(k);
  }
  for (const i of [...keep].reverse()) shrink(i);
  const line = (cells: readonly string[], paint: (i: number, s: string) => string) =>
    keep
      .map((i, n) => {
        const cut = clipWidth(cells[i] ?? '', widths[i] ?? 0);
        return paint(i, n === keep.length - 1 ? cut : padWidth(cut, widths[i] ?? 0));
      })
      .join(' '.repeat(GAP))
      .trimEnd();
  return [
    style(
      line(
        columns.map((c) => c.header),
        (_i, s) => s,
      ),
    ),
    ...rows.map((r, row) => line(r, (i, s) => columns[i]?.paint?.(s, row) ?? s)),
  ];
};

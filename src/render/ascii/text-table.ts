/**
 * A text table fitted to a number of columns: each column as wide as its widest cell when the
 * whole table fits; otherwise the columns that need it most are narrowed and their cells wrapped
 * between words, and when even that cannot fit, the columns dropped last-listed first (the first
 * column, which names the row, stays).
 */
import { textWidth } from './text.js';
import { wrapWords } from './wrap.js';

const GAP = '  ';

export interface TextTableOptions {
  /** Columns a line may take; Infinity for no limit. */
  readonly width: number;
  /** Indices of the columns that may be dropped, the first to go first. */
  readonly droppable?: readonly number[];
}

const widest = (cells: readonly string[]): number => Math.max(0, ...cells.map(textWidth));
const longestWord = (cells: readonly string[]): number => widest(cells.flatMap((c) => c.split(/\s+/)));

/** Widths that sum to at most `room`, each at least its column's longest word: the shortfall taken from the widest. */
function shareWidths(natural: readonly number[], least: readonly number[], room: number): number[] {
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) - room;
  while (excess > 0) {
    let j = -1;
    for (let k = 0; k < widths.length; k++) if (widths[k] > least[k] && (j < 0 || widths[k] > widths[j])) j = k;
    if (j < 0) break;
    widths[j]--;
    excess--;
  }
  return widths;
}

/** The columns kept, and their widths, for a line of `width` columns. */
function layout(table: readonly (readonly string[])[], options: TextTableOptions): { keep: number[]; widths: number[] } {
  const columnCells = table[0].map((_, j) => table.map((r) => r[j]));
  const keep = table[0].map((_, j) => j);
  const drop = [...(options.droppable ?? [])];
  for (;;) {
    const natural = keep.map((j) => widest(columnCells[j]));
    const least = keep.map((j) => longestWord(columnCells[j]));
    const room = options.width - GAP.length * (keep.length - 1);
    const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
    if (sum(natural) <= room) return { keep, widths: natural };
    if (sum(least) <= room || drop.length === 0) return { keep, widths: shareWidths(natural, least, room) };
    keep.splice(keep.indexOf(drop.shift()!), 1);
  }
}

/** One row as lines: each cell wrapped to its column, the cells side by side. */
function rowLines(cells: readonly string[], widths: readonly number[]): string[] {
  const wrapped = cells.map((c, j) => (textWidth(c) <= widths[j] ? [c] : wrapWords(c, widths[j], 0, 1)));
  const height = Math.max(...wrapped.map((w) => w.length));
  const lines: string[] = [];
  for (let i = 0; i < height; i++) {
    lines.push(wrapped.map((w, j) => pad(w[i] ?? '', widths[j])).join(GAP).trimEnd());
  }
  return lines;
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - textWidth(text)));

export interface FittedTable {
  /** The header, a rule and the rows; a wrapped cell continues on the next lines, one column in. */
  readonly text: string;
  /** Headers of the columns left out to fit the width. */
  readonly dropped: readonly string[];
}

export function textTable(header: readonly string[], rows: readonly (readonly string[])[], options: TextTableOptions): FittedTable {
  const { keep, widths } = layout([header, ...rows], options);
  const pick = (r: readonly string[]) => keep.map((j) => r[j]);
  const lines = [...rowLines(pick(header), widths), widths.map((w) => '-'.repeat(w)).join(GAP), ...rows.flatMap((r) => rowLines(pick(r), widths))];
  return { text: `${lines.join('\n')}\n`, dropped: header.filter((_, j) => !keep.includes(j)) };
}

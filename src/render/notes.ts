/**
 * What a chart leaves out or bends, said in words: a series with no finite value, one that
 * overflows to infinity, values cut by a given y range, values a log axis cannot show. Every output
 * (terminal chart, image, the CLI's warning on stderr) says the same, from this one function.
 */
import { formatValue } from './ascii/numbers.js';

export interface NoteOptions {
  /** The x range drawn (default: all the data). */
  readonly xRange?: readonly [number, number];
  /** The y range given (--ylim); either side may be open. */
  readonly yRange?: readonly [number | undefined, number | undefined];
  readonly logx?: boolean;
  readonly logy?: boolean;
}

interface XY {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
}

/** The notes on one series, shortest first: [] when it is drawn whole. */
export function seriesNotes(s: XY, options: NoteOptions = {}): string[] {
  const [x0, x1] = options.xRange ?? [-Infinity, Infinity];
  const [lo, hi] = options.yRange ?? [undefined, undefined];
  const n = Math.min(s.x.length, s.y.length);
  let finite = 0;
  let firstInfinite = -1;
  let lastInfinite = -1;
  let lastX = -Infinity;
  let above = false;
  let below = false;
  let nonPositiveY = false;
  let nonPositiveX = false;
  for (let i = 0; i < n; i++) {
    const x = s.x[i];
    const y = s.y[i];
    if (!(x >= x0 && x <= x1)) continue;
    if (options.logx && x <= 0) {
      nonPositiveX = true;
      continue;
    }
    lastX = Math.max(lastX, x);
    if (y === Infinity || y === -Infinity) {
      if (firstInfinite < 0) firstInfinite = i;
      lastInfinite = i;
      continue;
    }
    if (!Number.isFinite(y)) continue;
    finite++;
    if (hi !== undefined && y > hi) above = true;
    if (lo !== undefined && y < lo) below = true;
    else if (options.logy && y <= 0) nonPositiveY = true; // below a bound given, it is cut anyway
  }
  if (finite === 0 && firstInfinite < 0) return ['no finite values'];
  const notes: string[] = [];
  if (firstInfinite >= 0) {
    const sign = s.y[firstInfinite] < 0 ? '-∞' : '∞';
    const [a, b] = [s.x[firstInfinite], s.x[lastInfinite]];
    const at = (v: number) => formatValue(v);
    if (a === b) notes.push(`${sign} at x = ${at(a)}`);
    else if (b === lastX) notes.push(`${sign} from x ≈ ${at(a)}`);
    else notes.push(`${sign} for x ≈ ${at(a)} to ${at(b)}`);
  }
  if (finite === 0) notes.unshift('no finite values');
  if (above) notes.push(`cut above ${formatValue(hi!)}`);
  if (below) notes.push(`cut below ${formatValue(lo!)}`);
  if (nonPositiveY) notes.push('y ≤ 0 not drawn on a log scale');
  if (nonPositiveX) notes.push('x ≤ 0 not drawn on a log scale');
  return notes;
}

/** A legend label with its notes: `exponential (∞ from x ≈ 710.2)`. */
export function notedLabel(label: string, notes: readonly string[]): string {
  return notes.length ? `${label} (${notes.join('; ')})` : label;
}

/** All the notes of a chart on one line, for a warning: `exponential: ∞ from x ≈ 710.2; log(x): no finite values`. */
export function notesLine(labels: readonly string[], notes: readonly (readonly string[])[]): string {
  return labels.flatMap((label, i) => (notes[i].length ? [`${label}: ${notes[i].join(', ')}`] : [])).join('; ');
}

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
  // each stretch of one infinity, as indices of the points in range: [first, last]
  const runs: [number, number][] = [];
  let firstIn = -1;
  let lastIn = -1;
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
    if (firstIn < 0) firstIn = i;
    const previous = lastIn;
    lastIn = i;
    if (y === Infinity || y === -Infinity) {
      const run = runs.at(-1);
      if (run && run[1] === previous && s.y[previous] === y) run[1] = i;
      else runs.push([i, i]);
      continue;
    }
    if (!Number.isFinite(y)) continue;
    finite++;
    if (hi !== undefined && y > hi) above = true;
    if (lo !== undefined && y < lo) below = true;
    else if (options.logy && y <= 0) nonPositiveY = true; // below a bound given, it is cut anyway
  }
  if (finite === 0 && runs.length === 0) return ['no finite values'];
  const notes = infinityNotes(s, runs, firstIn, lastIn);
  if (finite === 0) notes.unshift('no finite values');
  if (above) notes.push(`cut above ${formatValue(hi!)}`);
  if (below) notes.push(`cut below ${formatValue(lo!)}`);
  if (nonPositiveY) notes.push('y ≤ 0 not drawn on a log scale');
  if (nonPositiveX) notes.push('x ≤ 0 not drawn on a log scale');
  return notes;
}

/** Stretches drawn as one note each, up to this many; more are summed up in one. */
const MAX_STRETCHES = 3;

/**
 * Where a series is infinite, each stretch in turn: `∞ at x = 0`, `∞ from x ≈ 709.783` (to the
 * end), `∞ up to x ≈ -709.783` (from the start), `-∞ for x ≈ -1 to 0`; not the first infinity to
 * the last as one, which called exp(|x|) on [-800, 800] infinite from -800 on.
 */
function infinityNotes(s: XY, runs: readonly [number, number][], firstIn: number, lastIn: number): string[] {
  const at = (i: number) => formatValue(s.x[i]);
  const sign = (i: number) => (s.y[i] < 0 ? '-∞' : '∞');
  if (runs.length > MAX_STRETCHES) {
    const signs = [...new Set(runs.map(([a]) => sign(a)))].join(' and ');
    return [`${signs} in ${runs.length} stretches, x ≈ ${at(runs[0][0])} to ${at(runs.at(-1)![1])}`];
  }
  return runs.map(([a, b]) => {
    if (a === b) return `${sign(a)} at x = ${at(a)}`;
    if (b === lastIn) return `${sign(a)} from x ≈ ${at(a)}`;
    if (a === firstIn) return `${sign(a)} up to x ≈ ${at(b)}`;
    return `${sign(a)} for x ≈ ${at(a)} to ${at(b)}`;
  });
}

/** A legend label with its notes: `exponential (∞ from x ≈ 710.2)`. */
export function notedLabel(label: string, notes: readonly string[]): string {
  return notes.length ? `${label} (${notes.join('; ')})` : label;
}

/** All the notes of a chart on one line, for a warning: `exponential: ∞ from x ≈ 710.2; log(x): no finite values`. */
export function notesLine(labels: readonly string[], notes: readonly (readonly string[])[]): string {
  return labels.flatMap((label, i) => (notes[i].length ? [`${label}: ${notes[i].join(', ')}`] : [])).join('; ');
}

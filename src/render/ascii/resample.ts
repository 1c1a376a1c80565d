/** Reading (x, y) data at other x values: the chart's column edges. */

export interface Resampled {
  /** The data's piecewise-linear interpolant at each point; NaN outside the data or next to a value that is not finite. */
  readonly values: Float64Array;
  /** broken[i]: a value that is not finite lies strictly between points i and i + 1, so the line must not be drawn across. */
  readonly broken: Uint8Array;
  /**
   * For an interval that is not clean (broken, or an end not finite): the last finite data value
   * reached from its left end before a gap (exit), and the first after the last gap before its right
   * end (entry); NaN when there is none. They let a line run into a column up to where the gap starts.
   */
  readonly exit: Float64Array;
  readonly entry: Float64Array;
}

/** Data points with a finite x, in ascending x (stable, so a jump given as two points at one x keeps its order). */
function sortedPoints(x: ArrayLike<number>, y: ArrayLike<number>): { xs: Float64Array; ys: Float64Array } {
  const n = Math.min(x.length, y.length);
  const index: number[] = [];
  let sorted = true;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(x[i])) continue;
    if (index.length && x[i] < x[index[index.length - 1]]) sorted = false;
    index.push(i);
  }
  if (!sorted) index.sort((a, b) => x[a] - x[b] || a - b);
  return { xs: Float64Array.from(index, (i) => x[i]), ys: Float64Array.from(index, (i) => y[i]) };
}

/**
 * The data read at `at` (ascending). A point of `at` that is a data x takes that data value
 * exactly (the last one, if a jump repeats an x); between two data points the value is
 * interpolated, unless either is not finite.
 */
export function resample(x: ArrayLike<number>, y: ArrayLike<number>, at: ArrayLike<number>): Resampled {
  const { xs, ys } = sortedPoints(x, y);
  const n = xs.length;
  const intervals = Math.max(0, at.length - 1);
  const values = new Float64Array(at.length).fill(NaN);
  const broken = new Uint8Array(intervals);
  const exit = new Float64Array(intervals).fill(NaN);
  const entry = new Float64Array(intervals).fill(NaN);

  let j = 0;
  for (let i = 0; i < at.length; i++) {
    const t = at[i];
    if (n === 0 || !(t >= xs[0] && t <= xs[n - 1])) continue;
    while (j + 1 < n && xs[j + 1] <= t) j++;
    if (xs[j] === t) values[i] = ys[j];
    else if (Number.isFinite(ys[j]) && Number.isFinite(ys[j + 1])) {
      const w = (t - xs[j]) / (xs[j + 1] - xs[j]);
      values[i] = (1 - w) * ys[j] + w * ys[j + 1];
    }
  }

  // The data strictly inside each interval: [first, end).
  let first = 0;
  for (let i = 0; i < intervals; i++) {
    while (first < n && xs[first] <= at[i]) first++;
    let end = first;
    while (end < n && xs[end] < at[i + 1]) end++;
    for (let k = first; k < end; k++) if (!Number.isFinite(ys[k])) broken[i] = 1;
    if (broken[i] || !Number.isFinite(values[i]) || !Number.isFinite(values[i + 1])) {
      for (let k = first; k < end && Number.isFinite(ys[k]); k++) exit[i] = ys[k];
      for (let k = end - 1; k >= first && Number.isFinite(ys[k]); k--) entry[i] = ys[k];
    }
    first = end;
  }
  return { values, broken, exit, entry };
}

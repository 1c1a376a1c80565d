/**
 * Thinning big data for drawing: per pixel column, the first and last point, the least and the
 * greatest y, and the first value that is not finite (a gap) are kept, in their order (min/max
 * decimation, "M4"). What a column shows, the span from its lowest to its highest value, is
 * unchanged, so a one-sample spike survives; a line through the kept points is the line through
 * all of them, to within the column. Time linear; memory one byte per point and 5 ints per column.
 */

/** Columns' worth of points above which data is thinned: at most 5 points a column are kept. */
const KEEP_PER_COLUMN = 5;

/** The indices of the points kept when x0..x1 is drawn `columns` wide; all of them when they are few. */
export function thinnedIndices(x: ArrayLike<number>, y: ArrayLike<number>, x0: number, x1: number, columns: number): Uint32Array | undefined {
  const n = Math.min(x.length, y.length);
  if (n <= KEEP_PER_COLUMN * columns || !(x1 > x0)) return undefined;
  const first = new Int32Array(columns).fill(-1);
  const last = new Int32Array(columns).fill(-1);
  const low = new Int32Array(columns).fill(-1);
  const high = new Int32Array(columns).fill(-1);
  const gap = new Int32Array(columns).fill(-1);
  const perX = columns / (x1 / 2 - x0 / 2) / 2; // halves first: x1 - x0 may overflow
  for (let i = 0; i < n; i++) {
    const u = x[i];
    if (!Number.isFinite(u)) continue;
    const c = Math.min(columns - 1, Math.max(0, Math.floor((u - x0) * perX)));
    if (first[c] < 0) first[c] = i;
    last[c] = i;
    const v = y[i];
    if (!Number.isFinite(v)) {
      if (gap[c] < 0) gap[c] = i;
    } else {
      if (low[c] < 0 || v < y[low[c]]) low[c] = i;
      if (high[c] < 0 || v > y[high[c]]) high[c] = i;
    }
  }
  const keep = new Uint8Array(n);
  for (const list of [first, last, low, high, gap]) for (let c = 0; c < columns; c++) if (list[c] >= 0) keep[list[c]] = 1;
  let count = 0;
  for (let i = 0; i < n; i++) count += keep[i];
  const out = new Uint32Array(count);
  for (let i = 0, k = 0; i < n; i++) if (keep[i]) out[k++] = i;
  return out;
}

/** x and y at the kept indices (the arrays themselves when nothing is dropped). */
export function thinned(x: Float64Array, y: Float64Array, x0: number, x1: number, columns: number): { x: Float64Array; y: Float64Array } {
  const kept = thinnedIndices(x, y, x0, x1, columns);
  if (!kept) return { x, y };
  return { x: Float64Array.from(kept, (i) => x[i]), y: Float64Array.from(kept, (i) => y[i]) };
}

/** Sampling grids. */

/**
 * The i-th of n evenly spaced points from `from` to `to`, both included. Written as a weighted
 * mean so that the ends are exact and a symmetric range hits 0 exactly.
 */
export function gridPoint(from: number, to: number, n: number, i: number): number {
  if (n === 1 || i === 0) return from;
  if (i === n - 1) return to;
  const m = n - 1;
  let x: number;
  if (Math.max(Math.abs(from), Math.abs(to)) * m < Number.MAX_VALUE) x = ((m - i) * from + i * to) / m;
  else {
    // near the largest doubles the weighted sum would overflow: scale both ends down by a power
    // of two (exact) so that it cannot, and back up after the division; 0 stays exact
    const scale = 2 ** Math.ceil(Math.log2(m) + 1);
    x = (((m - i) * (from / scale) + i * (to / scale)) / m) * scale;
  }
  // rounding may pass an end by an ulp (to Infinity past the largest double): keep within them
  return Math.min(Math.max(x, Math.min(from, to)), Math.max(from, to));
}

/** n evenly spaced points from `from` to `to`, both included (numpy's linspace). */
export function linspace(from: number, to: number, n: number): Float64Array {
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = gridPoint(from, to, n, i);
  return xs;
}

/** The same points in chunks of at most `size`, so that a grid of 10^8 points is never held whole. */
export function* gridChunks(from: number, to: number, n: number, size: number): Generator<Float64Array> {
  for (let start = 0; start < n; start += size) {
    const xs = new Float64Array(Math.min(size, n - start));
    for (let i = 0; i < xs.length; i++) xs[i] = gridPoint(from, to, n, start + i);
    yield xs;
  }
}

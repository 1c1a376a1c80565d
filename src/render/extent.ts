/** Axis ranges as matplotlib draws them: the data's extent with a 5% margin on each side. */

export const MARGIN = 0.05;

/** The least and greatest finite value, or undefined when there is none. */
export function finiteExtent(arrays: Iterable<ArrayLike<number>>): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const values of arrays) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : undefined;
}

/**
 * The extent widened by a margin on each side. A flat extent (a constant function) is widened
 * around its value, as matplotlib does, so that the line is drawn in the middle.
 */
export function withMargins([lo, hi]: readonly [number, number], margin = MARGIN): [number, number] {
  if (lo === hi) {
    const half = lo === 0 ? 0.055 : Math.abs(lo) * 0.055;
    return [lo - half, hi + half];
  }
  const pad = (hi - lo) * margin;
  return [lo - pad, hi + pad];
}

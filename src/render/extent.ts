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
 * around its value, as matplotlib does, so that the line is drawn in the middle. Near the ends of
 * the doubles the margins shrink so that the width stays finite (a scale divides by it).
 */
export function withMargins([lo, hi]: readonly [number, number], margin = MARGIN): [number, number] {
  if (lo === hi) {
    const half = lo === 0 ? 0.055 : Math.abs(lo) * 0.055;
    return finiteWidth(lo - half, hi + half, lo, hi);
  }
  const pad = (hi / 2 - lo / 2) * 2 * margin; // halves first: hi - lo itself may overflow
  return finiteWidth(lo - pad, hi + pad, lo, hi);
}

function finiteWidth(a: number, b: number, lo: number, hi: number): [number, number] {
  const MAX = Number.MAX_VALUE;
  [a, b] = [Math.max(a, -MAX), Math.min(b, MAX)];
  if (Number.isFinite(b - a)) return [a, b];
  if (Number.isFinite(hi - lo)) {
    const room = (MAX - (hi - lo)) / 2; // as much margin as fits, split evenly
    return [Math.max(lo - room, -MAX), Math.min(hi + room, MAX)];
  }
  return [hi - MAX, hi]; // data wider than any double: keep the upper part
}

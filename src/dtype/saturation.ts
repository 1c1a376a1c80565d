/**
 * Where a function computed in a low type stops changing: from which x its derivative is exactly 0
 * (the gradient is gone, not small), and from which x f is exactly its limit.
 */

export interface Sides {
  /** The largest grid x ≤ 0 with the value exactly `target` at every grid point from -reach up to it; null if not at -reach. */
  readonly left: number | null;
  /** The smallest grid x ≥ 0 with the value exactly `target` at every grid point from it up to reach; null if not at reach. */
  readonly right: number | null;
}

/**
 * On the grid of multiples of `step` in [-reach, reach], where g(x) = target from there outwards
 * (scripts/make_torch_dtype.py's rule, so that act's and torch's thresholds compare).
 */
export function constantFrom(g: (x: number) => number, target: { left: number; right: number }, step: number, reach: number): Sides {
  const n = Math.round(reach / step);
  const side = (sign: 1 | -1, want: number): number | null => {
    if (!Object.is(g(sign * n * step), want) && g(sign * n * step) !== want) return null;
    let i = n;
    while (i > 0 && g(sign * (i - 1) * step) === want) i--;
    return sign * i * step;
  };
  return { left: side(-1, target.left), right: side(1, target.right) };
}

/** Where f' is exactly 0 from there outwards, each side. */
export const derivativeZeroFrom = (df: (x: number) => number, step: number, reach: number): Sides => constantFrom(df, { left: 0, right: 0 }, step, reach);

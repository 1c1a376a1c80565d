/**
 * Data moved to where the chart draws it: log10 of a log axis (values it cannot show become gaps),
 * and clipped at a given y range, so that a line runs up to the frame and stops there.
 */

export interface Points {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
}

/** log10 of the positive values; anything else cannot be drawn on a log axis (NaN: a gap). */
export const toLog = (v: number): number => (v > 0 ? Math.log10(v) : NaN);

/** The points in axis space, in ascending x: log10 where an axis is logarithmic. */
export function toAxisSpace(points: Points, logx: boolean, logy: boolean): { x: Float64Array; y: Float64Array } {
  const n = Math.min(points.x.length, points.y.length);
  const index = Array.from({ length: n }, (_, i) => i).filter((i) => Number.isFinite(logx ? toLog(points.x[i]) : points.x[i]));
  index.sort((a, b) => points.x[a] - points.x[b] || a - b);
  const x = Float64Array.from(index, (i) => (logx ? toLog(points.x[i]) : points.x[i]));
  const y = Float64Array.from(index, (i) => (logy ? toLog(points.y[i]) : points.y[i]));
  return { x, y };
}

/**
 * The points (ascending x) clipped to lo <= y <= hi: where the line between two points crosses a
 * bound, a point is added on the bound; points outside become gaps.
 */
export function clipY(points: { x: Float64Array; y: Float64Array }, lo = -Infinity, hi = Infinity): { x: Float64Array; y: Float64Array } {
  if (lo === -Infinity && hi === Infinity) return points;
  const xs: number[] = [];
  const ys: number[] = [];
  const inside = (v: number) => v >= lo && v <= hi;
  const { x, y } = points;
  for (let i = 0; i < x.length; i++) {
    if (i > 0 && Number.isFinite(y[i - 1]) && Number.isFinite(y[i])) {
      // the bounds crossed between i-1 and i, in the order the line meets them
      const crossings = [lo, hi]
        .filter((b) => Number.isFinite(b) && (y[i - 1] - b) * (y[i] - b) < 0)
        .map((b) => ({ b, t: (b - y[i - 1]) / (y[i] - y[i - 1]) }))
        .sort((p, q) => p.t - q.t);
      for (const { b, t } of crossings) {
        xs.push(x[i - 1] + t * (x[i] - x[i - 1]));
        ys.push(b);
      }
    }
    xs.push(x[i]);
    ys.push(Number.isFinite(y[i]) && !inside(y[i]) ? NaN : y[i]);
  }
  return { x: Float64Array.from(xs), y: Float64Array.from(ys) };
}

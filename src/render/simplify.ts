/**
 * Fewer points for the same picture: a sampled curve is simplified (Ramer-Douglas-Peucker, measuring distance to the segments drawn) to
 * within a tenth of a pixel, as matplotlib simplifies paths before drawing them. A straight
 * stretch of relu needs 2 points, not 500; the renderer's time goes with the points it draws.
 */
import type { Series } from '../core/series.js';

/** matplotlib's path.simplify_threshold, in pixels. */
export const TOLERANCE_PX = 1 / 9;

/**
 * Distance from a point to the segment a-b (not to the line through them: near a steep jump a
 * point can lie on that line's extension far from the drawn segment).
 */
export function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const squared = dx * dx + dy * dy;
  const t = squared > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / squared)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Indices of the points of one unbroken run [start, end] to keep, in order. */
function keepRun(px: Float64Array, py: Float64Array, start: number, end: number, tolerance: number, keep: Uint8Array): void {
  keep[start] = 1;
  keep[end] = 1;
  const stack: [number, number][] = [[start, end]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = a + 1; i < b; i++) {
      const d = distanceToSegment(px[i], py[i], px[a], py[a], px[b], py[b]);
      if (d > worstDistance) {
        worstDistance = d;
        worst = i;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
}

/** How data maps to pixels: the domains' lower ends and the pixels per unit along x and y. */
export interface PixelScale {
  readonly x0: number;
  readonly y0: number;
  readonly pixelsPerX: number;
  readonly pixelsPerY: number;
}

/**
 * The series with only the points needed to draw it within the tolerance. Non-finite values
 * (gaps in the line) are kept, so the line breaks where it did.
 */
export function simplifySeries(s: Series, scale: PixelScale, tolerance = TOLERANCE_PX): Series {
  const n = s.x.length;
  if (n <= 2) return s;
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    px[i] = (s.x[i] - scale.x0) * scale.pixelsPerX;
    py[i] = (s.y[i] - scale.y0) * scale.pixelsPerY;
  }
  const keep = new Uint8Array(n);
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const finite = i < n && Number.isFinite(py[i]) && Number.isFinite(px[i]);
    if (finite && start < 0) start = i;
    if (!finite) {
      if (start >= 0) keepRun(px, py, start, i - 1, tolerance, keep);
      if (i < n) keep[i] = 1;
      start = -1;
    }
  }
  let count = 0;
  for (let i = 0; i < n; i++) count += keep[i];
  if (count === n) return s;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  for (let i = 0, j = 0; i < n; i++) {
    if (keep[i]) {
      x[j] = s.x[i];
      y[j] = s.y[i];
      j++;
    }
  }
  return { ...s, x, y };
}

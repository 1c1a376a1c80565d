/**
 * Where the legend goes: like matplotlib's loc="best", the corner of the plot whose box covers
 * the fewest pieces of the drawn lines.
 */

export type Corner = 'top-right' | 'top-left' | 'bottom-left' | 'bottom-right';

/** In matplotlib's order of preference, which breaks ties. */
export const CORNERS: readonly Corner[] = ['top-right', 'top-left', 'bottom-left', 'bottom-right'];

/** A polyline in plot coordinates scaled to [0, 1] (0 at the left and at the bottom); NaN breaks it. */
export interface UnitLine {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** The legend's box in one corner, given its size as fractions of the plot's width and height. */
export function cornerBox(corner: Corner, width: number, height: number): Box {
  const right = corner.endsWith('right');
  const top = corner.startsWith('top');
  return {
    x0: right ? 1 - width : 0,
    x1: right ? 1 : width,
    y0: top ? 1 - height : 0,
    y1: top ? 1 : height,
  };
}

/** Whether the segment (ax, ay)-(bx, by) meets the box (Liang-Barsky clipping). */
export function segmentMeetsBox(ax: number, ay: number, bx: number, by: number, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const edges: [number, number][] = [
    [-dx, ax - box.x0],
    [dx, box.x1 - ax],
    [-dy, ay - box.y0],
    [dy, box.y1 - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** How many segments of the lines meet the box; a point standing alone counts as one. */
export function piecesInBox(lines: readonly UnitLine[], box: Box): number {
  let count = 0;
  for (const { x, y } of lines) {
    const drawn = (i: number) => i >= 0 && i < x.length && Number.isFinite(x[i]) && Number.isFinite(y[i]);
    for (let i = 0; i < x.length; i++) {
      if (!drawn(i)) continue;
      if (drawn(i + 1)) {
        if (segmentMeetsBox(x[i], y[i], x[i + 1], y[i + 1], box)) count++;
      } else if (!drawn(i - 1) && segmentMeetsBox(x[i], y[i], x[i], y[i], box)) {
        count++;
      }
    }
  }
  return count;
}

/** The corner whose legend box the lines cross least; ties go to the earlier corner in CORNERS. */
export function bestCorner(lines: readonly UnitLine[], width: number, height: number): Corner {
  let best = CORNERS[0];
  let fewest = Infinity;
  for (const corner of CORNERS) {
    const n = piecesInBox(lines, cornerBox(corner, width, height));
    if (n < fewest) {
      fewest = n;
      best = corner;
    }
  }
  return best;
}

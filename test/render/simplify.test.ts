/** Simplification keeps the picture: no point moves more than the tolerance from the drawn line. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Series } from '../../src/core/series.js';
import { parseSpec } from '../../src/spec/parse.js';
import { sampleSeries } from '../../src/core/series.js';
import { distanceToSegment, simplifySeries, TOLERANCE_PX } from '../../src/render/simplify.js';

const unit = { x0: 0, y0: 0, pixelsPerX: 1, pixelsPerY: 1 };

function series(x: ArrayLike<number>, y: ArrayLike<number>): Series {
  return { label: 't', spec: parseSpec('relu'), derivative: false, x: Float64Array.from(x), y: Float64Array.from(y) };
}


/** The largest distance of an original point from the simplified polyline, between its neighbours kept. */
function worstDeviation(original: Series, simplified: Series): number {
  let worst = 0;
  let j = 0;
  for (let i = 0; i < original.x.length; i++) {
    if (!Number.isFinite(original.y[i])) continue;
    while (j + 1 < simplified.x.length && simplified.x[j + 1] < original.x[i]) j++;
    const k = Math.min(j + 1, simplified.x.length - 1);
    worst = Math.max(worst, distanceToSegment(original.x[i], original.y[i], simplified.x[j], simplified.y[j], simplified.x[k], simplified.y[k]));
  }
  return worst;
}

describe('simplifySeries', () => {
  it('draws a straight run with its two ends, and keeps a corner', () => {
    const [relu] = sampleSeries([parseSpec('relu')], { from: -5, to: 5, points: 1001 });
    const s = simplifySeries(relu, unit);
    expect(Array.from(s.x)).toEqual([-5, 0, 5]);
    expect(Array.from(s.y)).toEqual([0, 0, 5]);
  });

  it('keeps the gaps where the function is not finite', () => {
    const s = simplifySeries(series([0, 1, 2, 3, 4, 5, 6], [0, 1, 2, NaN, 4, 5, 6]), unit);
    expect(Array.from(s.x)).toEqual([0, 2, 3, 4, 6]);
    expect(Number.isNaN(s.y[2])).toBe(true);
  });

  it('moves no sampled point more than the tolerance from the line (smooth functions)', () => {
    for (const name of ['gelu', 'sigmoid', 'tanh', 'swish', 'gaussian', 'elu']) {
      const [f] = sampleSeries([parseSpec(name)], { from: -6, to: 6, points: 1000 });
      const scale = { x0: -6, y0: -2, pixelsPerX: 640 / 12, pixelsPerY: 480 / 8 };
      const s = simplifySeries(f, scale);
      expect(s.x.length, name).toBeLessThan(f.x.length / 3);
      const px = (t: Series) => series(Array.from(t.x, (v) => (v - scale.x0) * scale.pixelsPerX), Array.from(t.y, (v) => (v - scale.y0) * scale.pixelsPerY));
      expect(worstDeviation(px(f), px(s)), name).toBeLessThanOrEqual(TOLERANCE_PX + 1e-9);
    }
  });

  it('moves no point more than the tolerance (random walks, steep jumps included)', () => {
    const step = fc.oneof(fc.double({ min: 1e-6, max: 1e-3, noNaN: true }), fc.double({ min: 0.01, max: 2, noNaN: true }));
    const point = fc.tuple(step, fc.double({ min: -50, max: 50, noNaN: true }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 300 }), (points) => {
        let x = 0;
        const original = series(points.map(([dx]) => (x += dx)), points.map(([, y]) => y));
        const s = simplifySeries(original, unit);
        expect(s.x[0]).toBe(original.x[0]);
        expect(s.x[s.x.length - 1]).toBe(original.x[original.x.length - 1]);
        expect(worstDeviation(original, s)).toBeLessThanOrEqual(TOLERANCE_PX + 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('a steep jump keeps the points that lie on its line beyond the segment', () => {
    // (0.0005, -50) is 0.001 px from the line through the ends but 50 px from the segment
    const s = simplifySeries(series([0, 0.0005, 0.001], [0, -50, 100]), unit);
    expect(s.x.length).toBe(3);
  });
});

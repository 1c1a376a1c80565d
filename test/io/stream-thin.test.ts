/** Min/max decimation while reading (stream-thin.ts) and per pixel column (plot/thin.ts). */
import { describe, expect, it } from 'vitest';
import { BUCKETS, StreamThinner } from '../../src/io/stream-thin.js';
import { thinnedIndices } from '../../src/plot/thin.js';

/** The least and greatest y in each of `columns` columns over x0..x1 (NaN: none). */
function columnExtremes(x: ArrayLike<number>, y: ArrayLike<number>, x0: number, x1: number, columns: number): [number, number][] {
  const out: [number, number][] = Array.from({ length: columns }, () => [Infinity, -Infinity]);
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(y[i])) continue;
    const c = Math.min(columns - 1, Math.floor(((x[i] - x0) / (x1 - x0)) * columns));
    out[c] = [Math.min(out[c][0], y[i]), Math.max(out[c][1], y[i])];
  }
  return out;
}

describe('StreamThinner', () => {
  it('keeps every extreme of the data, and each column\'s span to within one bucket, while the range grows both ways', () => {
    const n = 300_000;
    // x runs outwards from 0 in both directions, so the range doubles to the left and the right
    const x = Float64Array.from({ length: n }, (_, i) => (i % 2 ? 1 : -1) * i);
    const slope = 1 / 500; // |dy/dx| of the smooth part
    const y = Float64Array.from({ length: n }, (_, i) => Math.sin(x[i] * slope) + (i === 123_457 ? 50 : 0) - (i === 222_222 ? 70 : 0));
    const t = new StreamThinner(0, 1);
    for (let i = 0; i < n; i++) t.add(i, x[i], y[i]);
    const kept = t.points();
    expect(kept.x.length).toBeLessThanOrEqual(4 * BUCKETS);
    expect(kept.x.length).toBeGreaterThan(BUCKETS / 4);
    const max = (a: Float64Array): number => a.reduce((m, v) => Math.max(m, v), -Infinity);
    const min = (a: Float64Array): number => a.reduce((m, v) => Math.min(m, v), Infinity);
    expect(max(kept.y)).toBe(y[123_457]); // the spikes survive
    expect(min(kept.y)).toBe(y[222_222]);
    // a pixel column's span is the data's to within the change of y across one bucket: the range
    // (2n wide) overshoots by at most 2x, so a bucket is at most 4n / BUCKETS wide
    const [lo, hi] = [min(x), max(x)];
    const within = (slope * 4 * n) / BUCKETS;
    const thin = columnExtremes(kept.x, kept.y, lo, hi, 1000);
    columnExtremes(x, y, lo, hi, 1000).forEach(([a, b], c) => {
      expect(thin[c][0]).toBeGreaterThanOrEqual(a);
      expect(thin[c][0] - a).toBeLessThanOrEqual(within);
      expect(thin[c][1]).toBeLessThanOrEqual(b);
      expect(b - thin[c][1]).toBeLessThanOrEqual(within);
    });
    // in input order
    const order = Array.from(kept.x, (v) => (v < 0 ? -v : v));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('keeps a gap (a value that is not finite) and drops points without a finite x', () => {
    const t = new StreamThinner(0, 10);
    t.add(0, 0, 1);
    t.add(1, 5, NaN);
    t.add(2, NaN, 7);
    t.add(3, 10, 2);
    const kept = t.points();
    expect(Array.from(kept.x)).toEqual([0, 5, 10]);
    expect(Array.from(kept.y)).toEqual([1, NaN, 2]);
  });
});

describe('thinnedIndices', () => {
  it('keeps each column\'s first, last, min, max and first gap, and everything when the data is short', () => {
    expect(thinnedIndices([0, 1, 2], [1, 2, 3], 0, 2, 10)).toBeUndefined();
    const n = 10_000;
    const x = Float64Array.from({ length: n }, (_, i) => i);
    const y = Float64Array.from({ length: n }, (_, i) => (i === 5_001 ? 100 : i === 7_777 ? NaN : i % 7));
    const kept = thinnedIndices(x, y, 0, n - 1, 100)!;
    expect(kept.length).toBeLessThanOrEqual(500);
    expect(kept).toContain(5_001);
    expect(kept).toContain(7_777);
    expect([...kept]).toEqual([...kept].sort((a, b) => a - b));
    const ky = Array.from(kept, (i) => y[i]);
    const kx = Array.from(kept, (i) => x[i]);
    expect(columnExtremes(kx, ky, 0, n - 1, 100)).toEqual(columnExtremes(x, y, 0, n - 1, 100));
  });
});

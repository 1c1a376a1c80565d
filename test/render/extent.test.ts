import { describe, expect, it } from 'vitest';
import { finiteExtent, withMargins } from '../../src/render/extent.js';

describe('finiteExtent', () => {
  it('skips NaN and infinities', () => {
    expect(finiteExtent([Float64Array.of(NaN, 2, -Infinity, -1), [Infinity, 5]])).toEqual([-1, 5]);
  });
  it('is undefined without any finite value', () => {
    expect(finiteExtent([[NaN, Infinity]])).toBeUndefined();
    expect(finiteExtent([])).toBeUndefined();
  });
});

describe('withMargins', () => {
  it("adds matplotlib's 5% on each side", () => {
    expect(withMargins([-10, 10])).toEqual([-11, 11]);
  });
  it('widens a flat extent around its value', () => {
    const [lo, hi] = withMargins([3, 3]);
    expect(lo).toBeLessThan(3);
    expect(hi).toBeGreaterThan(3);
    expect((lo + hi) / 2).toBeCloseTo(3, 12);
    expect(withMargins([0, 0])).toEqual([-0.055, 0.055]);
  });
});

describe('withMargins near the ends of the doubles', () => {
  const width = ([lo, hi]: [number, number]) => hi - lo;

  it('shrinks the margins so that the width stays finite', () => {
    const [lo, hi] = withMargins([0, Number.MAX_VALUE]);
    expect(lo).toBeLessThanOrEqual(0);
    expect(hi).toBe(Number.MAX_VALUE);
    expect(Number.isFinite(width([lo, hi]))).toBe(true);
    expect(Number.isFinite(width(withMargins([Number.MAX_VALUE, Number.MAX_VALUE])))).toBe(true);
    expect(withMargins([-1e300, 1e300])).toEqual([-1.1e300, 1.1e300]);
  });

  it('keeps the upper part of data wider than any double', () => {
    for (const extent of [
      [-8.8e306, 1.79e308],
      [-Number.MAX_VALUE, Number.MAX_VALUE],
    ] as [number, number][]) {
      const [lo, hi] = withMargins(extent);
      expect(hi).toBe(extent[1]);
      expect(Number.isFinite(hi - lo)).toBe(true);
    }
  });
});

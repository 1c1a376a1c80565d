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

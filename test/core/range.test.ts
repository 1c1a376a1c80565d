import { describe, expect, it } from 'vitest';
import { contains, hull, isDiscrete, noted, reals, span, union, values } from '../../src/core/range.js';

describe('sets of reals', () => {
  it('span closes only finite ends', () => {
    expect(span(0, Infinity, '[]').pieces).toEqual([{ lo: 0, hi: Infinity, loClosed: true, hiClosed: false }]);
    expect(reals.pieces).toEqual([{ lo: -Infinity, hi: Infinity, loClosed: false, hiClosed: false }]);
  });
  it('union merges pieces that overlap or touch, and keeps gaps', () => {
    expect(union(span(0, 1, '(]'), values(1))).toEqual(span(0, 1, '(]'));
    expect(union(span(0, 0.5, '(]'), values(1)).pieces).toHaveLength(2);
    expect(union(values(0), span(0, Infinity))).toEqual(span(0, Infinity, '[)'));
    expect(union(span(-Infinity, 0), values(0), span(0, Infinity))).toEqual(reals);
    expect(union(span(-Infinity, -0.5), values(0), span(0.5, Infinity)).pieces).toHaveLength(3);
    expect(union(span(0, 1), span(1, 2)).pieces).toHaveLength(2); // 1 itself is missing
    expect(union(span(0, 2, '[]'), span(1, 3)).pieces).toEqual([{ lo: 0, hi: 3, loClosed: true, hiClosed: false }]);
    expect(union(values(1, 0, 1)).pieces.map((p) => p.lo)).toEqual([0, 1]);
  });
  it('drops empty pieces', () => {
    expect(span(0, 0, '(]').pieces).toEqual([]);
    expect(span(1, 0, '[]').pieces).toEqual([]);
  });
  it('contains respects open and closed ends', () => {
    const s = union(span(0, 0.25, '(]'), values(1));
    expect([0, 1e-300, 0.25, 0.2500001, 1, 0.5].map((v) => contains(s, v))).toEqual([false, true, true, false, true, false]);
  });
  it('hull, discreteness and notes', () => {
    expect(hull(span(-1, 1))).toEqual({ lo: -1, hi: 1 });
    expect(isDiscrete(values(0, 1))).toBe(true);
    expect(isDiscrete(span(0, 1))).toBe(false);
    expect(noted(span(0, 1), 'sums to 1').note).toBe('sums to 1');
    expect(union(noted(span(0, 1), 'n'), values(2)).note).toBe('n');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { multiplyByTransposed, norm, transpose } from '../../src/gradient/matrix.js';

/** The textbook triple loop, for comparison. */
function naive(x: Float64Array, y: Float64Array, m: number, n: number, k: number): Float64Array {
  const out = new Float64Array(m * n);
  for (let r = 0; r < m; r++) for (let c = 0; c < n; c++) for (let i = 0; i < k; i++) out[r * n + c] += x[r * k + i] * y[c * k + i];
  return out;
}

describe('matrix kernels', () => {
  it('X·Yᵀ equals the triple loop for every shape, odd ones included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 9 }), (m, n, k) => {
        const x = Float64Array.from({ length: m * k }, (_, i) => Math.sin(i + 1));
        const y = Float64Array.from({ length: n * k }, (_, i) => Math.cos(2 * i));
        const got = multiplyByTransposed(x, y, m, n, k, new Float64Array(m * n));
        const want = naive(x, y, m, n, k);
        for (let i = 0; i < got.length; i++) expect(Math.abs(got[i] - want[i])).toBeLessThan(1e-12);
      }),
    );
  });

  it('transposes', () => {
    expect([...transpose(Float64Array.from([1, 2, 3, 4, 5, 6]), 2, 3)]).toEqual([1, 4, 2, 5, 3, 6]);
  });

  it('takes norms without overflow or underflow', () => {
    expect(norm(Float64Array.from([3, 4]))).toBe(5);
    expect(norm(Float64Array.from([3e200, 4e200])) / 5e200).toBeCloseTo(1, 14);
    expect(norm(Float64Array.from([3e-200, 4e-200])) / 5e-200).toBeCloseTo(1, 14);
    expect(norm(new Float64Array(3))).toBe(0);
  });
});

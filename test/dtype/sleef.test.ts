/** The edges of SLEEF's float32 functions that act reproduces, with torch 1.13's own values. */
import { describe, expect, it } from 'vitest';
import { sleefExpf, sleefLog1pf, sleefTanhf } from '../../src/dtype/sleef.js';

const UNIT = 2 ** -149;

describe("SLEEF's float32 functions, as PyTorch's vector kernels run them", () => {
  it('log1p rounds a subnormal argument to an even multiple of 2^-149 (torch.log1p: 0, 0, 2, 4, 4, 4, 6, 8 units)', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((k) => sleefLog1pf(k * UNIT) / UNIT)).toEqual([0, 0, 2, 4, 4, 4, 6, 8]);
    expect(sleefLog1pf(-3 * UNIT) / UNIT).toBe(-4);
    expect(sleefLog1pf(1e-30)).toBe(Math.fround(1e-30)); // normal: correctly rounded
  });
  it('log1p is +∞ above 1e38 (torch.log1p of a 16-element tensor: 87.498, 87.498, inf)', () => {
    const at = Math.fround(1e38);
    const next = at + 2 ** (126 - 23); // the next float32: its ulp at 2^126
    expect(Math.fround(next)).toBe(next);
    expect(sleefLog1pf(at)).toBe(Math.fround(Math.log1p(at)));
    expect(sleefLog1pf(next)).toBe(Infinity);
    expect(sleefLog1pf(Math.fround(3e38))).toBe(Infinity);
  });
  it('tanh is ±1 from |x| > 8.664339742, where the correctly rounded tanh is still below 1', () => {
    expect(sleefTanhf(8.671875)).toBe(1);
    expect(sleefTanhf(-8.671875)).toBe(-1);
    expect(Math.fround(Math.tanh(8.671875))).toBeLessThan(1);
    expect(sleefTanhf(8.65625)).toBe(Math.fround(Math.tanh(8.65625)));
  });
  it('exp keeps subnormals down to 2^-149 and is 0 below -104, infinite above 100', () => {
    // torch.exp: exp(-102.86) = 2 units, exp(-102.875) = 1, exp(-103.5) = 1
    expect(sleefExpf(Math.fround(-102.86)) / UNIT).toBe(2);
    expect(sleefExpf(-102.875) / UNIT).toBe(1);
    expect(sleefExpf(-103.5) / UNIT).toBe(1);
    expect(sleefExpf(-104.5)).toBe(0);
    expect(sleefExpf(100.5)).toBe(Infinity);
    expect(sleefExpf(0)).toBe(1);
    expect(Math.abs(sleefExpf(1) / Math.E - 1)).toBeLessThan(2 ** -23);
  });
});

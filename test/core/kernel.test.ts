import { describe, expect, it } from 'vitest';
import type { Params } from '../../src/core/define.js';
import { kernelOf } from '../../src/core/kernel.js';

describe('kernelOf', () => {
  const square = (x: number): number => x * x;
  const shift = (x: number, p: Params): number => x + p.by;

  it('applies the function to every element, with its parameters', () => {
    const xs = Float64Array.from([-2, -0.5, 0, 3, NaN, Infinity]);
    const out = new Float64Array(xs.length);
    kernelOf(square)(xs, {}, out);
    expect(Array.from(out)).toEqual([4, 0.25, 0, 9, NaN, Infinity]);
    kernelOf(shift)(xs, { by: 1 }, out);
    expect(Array.from(out)).toEqual([-1, 0.5, 1, 4, NaN, Infinity]);
    kernelOf(shift)([10, 20], { by: -1 }, out); // any array-like; only its length is written
    expect(Array.from(out.subarray(0, 3))).toEqual([9, 19, 1]);
  });

  it('gives each function a loop of its own, made once', () => {
    expect(kernelOf(square)).toBe(kernelOf(square));
    expect(kernelOf(square)).not.toBe(kernelOf(shift));
    expect(kernelOf(Math.exp)).not.toBe(kernelOf(Math.tanh));
  });
});

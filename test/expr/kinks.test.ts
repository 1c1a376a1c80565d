import { describe, expect, it } from 'vitest';
import { affine, findKinks } from '../../src/expr/kinks.js';
import { parseExpression } from '../../src/expr/parser.js';

const kinks = (text: string) => findKinks(parseExpression(text));

describe('findKinks', () => {
  it('finds the corners and jumps of non-smooth operations on affine arguments', () => {
    expect(kinks('max(0, x)')).toEqual([0]);
    expect(kinks('max(0,x)^2')).toEqual([0]);
    expect(kinks('abs(2*x - 1)')).toEqual([0.5]);
    expect(kinks('sign(3 - x)')).toEqual([3]);
    // the constant 2 is above min(x, 1 - x) everywhere: its crossings at -1 and 2 are not corners
    expect(kinks('min(x, 1 - x, 2)')).toEqual([0.5]);
    expect(kinks('min(x, 1 - x, 0.25)')).toEqual([0.25, 0.75]);
    expect(kinks('x > 1 ? x : 1')).toEqual([1]);
    expect(kinks('x >= 2*x - 3 ? 0 : 1')).toEqual([3]);
    expect(kinks('-x/2 < 1 && x < 4 ? 1 : 0')).toEqual([-2, 4]);
  });

  it('finds the corners of max and min of many affine arguments as their envelope, in O(n log n)', () => {
    // max(x - 1, 2x - 4, 3x - 9, ...): line k (slope k, intercept -k²) is on top over [2k - 1, 2k + 1]
    for (const n of [3, 10, 400]) {
      const lines = Array.from({ length: n }, (_, i) => `${i + 1}*x - ${(i + 1) ** 2}`);
      const t0 = performance.now();
      expect(kinks(`max(${lines.join(', ')})`)).toEqual(Array.from({ length: n - 1 }, (_, i) => 2 * (i + 1) + 1));
      expect(kinks(`min(${lines.map((l) => `-(${l})`).join(', ')})`)).toEqual(Array.from({ length: n - 1 }, (_, i) => 2 * (i + 1) + 1));
      expect(performance.now() - t0).toBeLessThan(2000);
    }
    // parallel and repeated lines, and lines under the envelope
    expect(kinks('max(x, x, x + 1, 0, -5, 0.5*x - 10)')).toEqual([-1]);
    expect(kinks('max(0, x, sin(x), 1000 - x)')).toEqual([500]);
  });

  it("maps a catalog function's kinks through an affine argument", () => {
    expect(kinks('relu(x)')).toEqual([0]);
    expect(kinks('relu6(x + 1)')).toEqual([-1, 5]);
    expect(kinks('hardtanh(x/2, min=-1, max=3)')).toEqual([-2, 6]);
    expect(kinks('elu(2*x, alpha=0.5)')).toEqual([0]);
    expect(kinks('elu(2*x)')).toEqual([]); // alpha = 1: smooth
    expect(kinks('threshold(-x, threshold=1)')).toEqual([-1]);
  });

  it('lists each kink once, ascending, and nothing for smooth expressions', () => {
    expect(kinks('abs(x) + max(0, x) + relu(2*x)')).toEqual([0]);
    expect(kinks('x*sigmoid(x)')).toEqual([]);
    expect(kinks('exp(-x^2)')).toEqual([]);
  });

  it('does not find corners of non-affine arguments, or of constant ones', () => {
    expect(kinks('abs(x^2 - 1)')).toEqual([]);
    expect(kinks('max(0, sin(x))')).toEqual([]);
    expect(kinks('max(1, 2) + x')).toEqual([]);
  });
});

describe('affine', () => {
  it('reads a·x + b through sums, scalings and signs', () => {
    expect(affine(parseExpression('3*(x - 1)/2 + pi'))).toEqual([1.5, -1.5 + Math.PI]);
    expect(affine(parseExpression('-(2 - x)'))).toEqual([1, -2]);
    expect(affine(parseExpression('x*x'))).toBeUndefined();
    expect(affine(parseExpression('1/x'))).toBeUndefined();
  });
});

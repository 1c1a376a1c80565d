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
    expect(kinks('min(x, 1 - x, 2)')).toEqual([-1, 0.5, 2]);
    expect(kinks('x > 1 ? x : 1')).toEqual([1]);
    expect(kinks('x >= 2*x - 3 ? 0 : 1')).toEqual([3]);
    expect(kinks('-x/2 < 1 && x < 4 ? 1 : 0')).toEqual([-2, 4]);
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

/** Values: the arithmetic conventions, conditionals, constants, and the same closures for every shape. */
import { describe, expect, it } from 'vitest';
import { compileExpression } from '../../src/expr/activation.js';
import { compare, maxSlope, minNormSlope, power, strongProduct } from '../../src/expr/arithmetic.js';
import type { Expression } from '../../src/expr/ast.js';
import { compileValue } from '../../src/expr/compile.js';
import { parseExpression } from '../../src/expr/parser.js';

const f = (text: string) => compileValue(parseExpression(text));

describe('calls with many arguments', () => {
  it('compiles nested calls of three arguments once each (the work grew 2x a level: depth 22 took 12 s)', () => {
    let text = 'x';
    for (let i = 0; i < 22; i++) text = `max(${text},1,2)`;
    const start = performance.now();
    const g = f(text);
    expect(performance.now() - start).toBeLessThan(1000);
    expect([g(0), g(5)]).toEqual([2, 5]);
  });

  it('evaluate max and min of 50,000 arguments, values and slopes, as a loop (no stack overflow)', async () => {
    const { compileDerivative } = await import('../../src/expr/dual.js');
    const { mathFunctions } = await import('../../src/expr/functions.js');
    for (const name of ['max', 'min'] as const) {
      const fn = mathFunctions.find((m) => m.name === name)!;
      // x + k for k = 0..n-1, built as a tree: the parser caps a call at MAX_ARGUMENTS, the library's trees are not capped
      const args: Expression[] = Array.from({ length: 50_000 }, (_, k) => ({ type: 'binary', op: '+', left: { type: 'x', pos: 0 }, right: { type: 'number', value: k, pos: 0 }, pos: 0 }));
      const tree: Expression = { type: 'call', fn, args, pos: 0 };
      expect(compileValue(tree)(2)).toBe(name === 'max' ? 50_001 : 2);
      expect(compileDerivative(tree)(2)).toBe(1);
    }
    const three = parseExpression('max(2*x, 1, -x)');
    expect(compileDerivative(three)(3)).toBe(2);
    expect(compileDerivative(three)(-3)).toBe(-1);
    expect(compileDerivative(three)(0.1)).toBe(0);
  });
});

describe('compileValue', () => {
  it('computes with the usual precedence', () => {
    expect(f('1 + 2*x^2')(3)).toBe(19);
    expect(f('-x^2')(3)).toBe(-9);
    expect(f('2^-x')(1)).toBe(0.5);
    expect(f('(x - 1)/(x + 1)')(3)).toBe(0.5);
    expect(f('x ** 3')(2)).toBe(8);
    expect(f('max(1, x, 3)')(2)).toBe(3);
    expect(f('min(x, 1, -3)')(2)).toBe(-3);
    expect(f('hypot(x, 4)')(3)).toBe(5);
    expect(f('pow(x, 0.5)')(9)).toBe(3);
  });

  it('gives the same value for every specialised shape of an operation', () => {
    // operands that are x, constants or general sub-expressions take different closures
    const shapes: [string, (x: number) => number][] = [
      ['x + 2', (x) => x + 2], ['2 + x', (x) => 2 + x], ['(x + 0) + 2', (x) => x + 2], ['x - 2', (x) => x - 2],
      ['2 - x', (x) => 2 - x], ['x*3', (x) => x * 3], ['3*x', (x) => 3 * x], ['x*x', (x) => x * x],
      ['x*sin(x)', (x) => x * Math.sin(x)], ['sin(x)*x', (x) => Math.sin(x) * x], ['x/4', (x) => x / 4], ['4/x', (x) => 4 / x],
      ['x^2', (x) => x * x], ['sin(x)^2', (x) => Math.sin(x) ** 2], ['x^3', (x) => x ** 3], ['2^x', (x) => 2 ** x],
    ];
    for (const [text, g] of shapes) {
      for (const x of [-2.5, -1, 0, 0.3, 7]) expect(f(text)(x), `${text} at ${x}`).toBeCloseTo(g(x), 14);
    }
  });

  it('folds sub-expressions without x to constants', () => {
    expect(f('2*pi')(NaN)).toBe(2 * Math.PI);
    expect(f('x + sqrt(2)')(1)).toBe(1 + Math.SQRT2);
    expect(f('e')(0)).toBe(Math.E);
    expect(f('inf')(0)).toBe(Infinity);
  });

  it('treats comparisons and logic as 1 and 0, and NaN as neither', () => {
    expect([f('x > 0')(1), f('x > 0')(0), f('x >= 0')(0), f('x == 1')(1), f('x != 1')(1), f('x < 2')(1), f('x <= 1')(1)]).toEqual([1, 0, 1, 1, 0, 1, 1]);
    expect([f('x > 0 && x < 2')(1), f('x > 0 && x < 2')(3), f('x < 0 || x > 2')(3), f('!x')(0), f('!x')(5)]).toEqual([1, 0, 1, 1, 0]);
    expect(f('x > 0')(NaN)).toBeNaN();
    expect(f('x > 0 ? 1 : 2')(NaN)).toBeNaN();
    expect(f('x ? 1 : 2')(0)).toBe(2);
    expect(f('x ? 1 : 2')(-3)).toBe(1);
  });

  it('evaluates only the branch a conditional takes', () => {
    expect(f('x > 0 ? log(x) : 0')(-1)).toBe(0);
  });

  it('uses the stable building blocks: no cancellation or overflow in the tails', () => {
    expect(f('sigmoid(x)')(-800)).toBe(0);
    expect(f('sigmoid(x)')(-700)).toBeGreaterThan(0);
    expect(f('softplus(x)')(1000)).toBe(1000);
    expect(f('log1p(x)')(1e-20)).toBe(1e-20);
    expect(f('expm1(x)')(1e-20)).toBe(1e-20);
    expect(f('erfc(x)')(10) / 2.088487583762545e-45 - 1).toBeLessThan(1e-14);
    expect(f('normcdf(x)')(-30) / 4.906713927148187e-198 - 1).toBeLessThan(1e-13);
  });
});

describe('the arithmetic conventions', () => {
  it('strongProduct: 0·∞ = 0, signed; NaN stays NaN; everything else as IEEE', () => {
    expect(strongProduct(0, Infinity)).toBe(0);
    expect(strongProduct(-Infinity, 0)).toBe(-0);
    expect(strongProduct(-0, -Infinity)).toBe(0);
    expect(strongProduct(0, NaN)).toBeNaN();
    expect(strongProduct(NaN, Infinity)).toBeNaN();
    expect(strongProduct(3, -2)).toBe(-6);
    expect(strongProduct(1e200, 1e200)).toBe(Infinity);
  });

  it('minNormSlope: 0 between slopes of opposite signs, else the smaller one', () => {
    expect([minNormSlope(0, 1), minNormSlope(-1, 1), minNormSlope(0.5, 2), minNormSlope(-3, -0.5)]).toEqual([0, 0, 0.5, -0.5]);
    expect(minNormSlope(NaN, 1)).toBeNaN();
  });

  it('maxSlope follows the larger argument off a tie', () => {
    expect(maxSlope(2, 1, 5, 7)).toBe(5);
    expect(maxSlope(1, 2, 5, 7)).toBe(7);
    expect(maxSlope(NaN, 2, 5, 7)).toBeNaN();
  });

  it('power squares exactly and takes e^x as exp(x)', () => {
    expect(power(0.1, 2)).toBe(0.1 * 0.1);
    expect(power(Math.E, 0.7)).toBe(Math.exp(0.7));
    expect(power(-8, 1 / 3)).toBeNaN();
  });

  it('compare is NaN when either side is', () => {
    expect(compare('<', NaN, 1)).toBeNaN();
    expect(compare('==', 1, 1)).toBe(1);
  });
});

describe('compileExpression', () => {
  it('keeps the text, the tree, f, df and the kinks together', () => {
    const e = compileExpression('  max(0, x)^2 ');
    expect(e.text).toBe('max(0, x)^2');
    expect(e.tree.type).toBe('binary');
    expect([e.f(3), e.df(3), e.f(-1), e.df(-1)]).toEqual([9, 6, 0, 0]);
    expect(e.kinks).toEqual([0]);
  });

  it('compiles a tree as well as text', () => {
    const tree = parseExpression('x*sigmoid(x)');
    const e = compileExpression(tree);
    expect(e.text).toBe('x*sigmoid(x)');
    expect(e.f(1)).toBe(1 / (1 + Math.exp(-1)));
  });
});

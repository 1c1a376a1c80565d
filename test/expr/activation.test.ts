/** An expression as an activation: what eval, plot, info and the library see. */
import { describe, expect, it } from 'vitest';
import * as library from '../../src/index.js';
import { evaluate } from '../../src/spec/evaluate.js';
import { sampleSeries } from '../../src/core/series.js';
import { compileExpression, expressionActivation } from '../../src/expr/activation.js';

describe('expressionActivation', () => {
  const a = expressionActivation('max(0, x)^2');

  it('is an elementwise activation named and described by its text', () => {
    expect(a.kind).toBe('elementwise');
    expect(a.name).toBe('max(0, x)^2');
    expect(a.summary).toBe('user expression');
    expect(a.formula.text).toBe('f(x) = max(0, x)^2');
    expect(a.formula.tex).toBe('f(x) = \\texttt{max(0, x)\\^{}2}');
    expect(a.derivative.text).toContain('automatic differentiation');
    expect(a.params).toEqual({});
    expect(a.aliases).toEqual([]);
    expect(a.defaultRange).toEqual([-5, 5]);
    expect(a.notes.useCase).toContain('user expression');
    expect(a.kinks({})).toEqual([0]);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('evaluates through the same evaluate() as the catalog', () => {
    expect([...evaluate(a, [-1, 0, 3])]).toEqual([0, 0, 9]);
    expect([...evaluate(a, [-1, 0, 3], { derivative: true })]).toEqual([0, 0, 6]);
    expect([...evaluate('x*sigmoid(x)', [0, 1])]).toEqual([...evaluate('swish', [0, 1])]);
  });

  it('puts its kinks on the plotting grid, like a catalog function', () => {
    const [f] = sampleSeries([library.parseSpec('abs(x - 0.3)')], { from: -1, to: 1, points: 5 });
    expect([...f.x]).toEqual([-1, -0.5, 0, 0.3, 0.5, 1]);
    expect(f.y[3]).toBe(0);
  });

  it('takes a compiled expression too', () => {
    expect(expressionActivation(compileExpression('2*x')).f(3, {})).toBe(6);
  });
});

describe('the library exports the expression API', () => {
  it('parseExpression, printExpression, compileExpression, expressionActivation, ExpressionError, mathFunctions', () => {
    const tree = library.parseExpression('x*sigmoid(1.702*x)');
    expect(library.printExpression(tree)).toBe('x*sigmoid(1.702*x)');
    expect(library.compileExpression(tree).df(0)).toBe(0.5);
    expect(library.expressionActivation('x').name).toBe('x');
    expect(() => library.parseExpression('x +')).toThrow(library.ExpressionError);
    expect(library.mathFunctions.map((f) => f.name)).toEqual(expect.arrayContaining(['exp', 'log1p', 'erf', 'max', 'pow']));
    expect(library.splitLabel('soft=elu(alpha=0.5)')).toEqual({ label: 'soft', spec: 'elu(alpha=0.5)', offset: 5 });
  });
});

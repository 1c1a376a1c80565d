/** parseSpec with expressions and labels, beside the catalog specs (spec.test.ts). */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { parseSpec } from '../../src/spec/parse.js';
import { splitLabel } from '../../src/core/spec.js';
import { ExpressionError } from '../../src/expr/errors.js';

const usage = (text: string): UsageError => {
  try {
    parseSpec(text);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return e as UsageError;
  }
  throw new Error(`"${text}" was accepted`);
};

describe('parseSpec: catalog spec or expression', () => {
  it('reads text that is not a catalog spec as an expression in x', () => {
    for (const text of ['x*sigmoid(1.702*x)', 'max(0,x)^2', 'x', 'pi', '2*x + 1', 'elu(2*x)', 'elu(x, 0.5)', 'sin(x)', 'exp(x)', 'relu(x)']) {
      const spec = parseSpec(text);
      expect(spec.activation.summary, text).toBe('user expression');
      expect(spec.label).toBe(text);
      expect(spec.params).toEqual({});
    }
  });

  it('keeps catalog specs as they were: a catalog name with numeric parameters is the catalog function', () => {
    expect(parseSpec('elu(0.5)').activation.name).toBe('elu');
    expect(parseSpec('elu(0.5)').params).toEqual({ alpha: 0.5 });
    expect(parseSpec('hardtanh(max=3)').activation.name).toBe('hardtanh'); // max=3 holds no x
    expect(parseSpec('exp').activation.name).toBe('exponential');
    expect(parseSpec('leaky-relu').activation.name).toBe('leaky_relu');
    expect(usage('leaky-reul').message).toMatch(/^unknown function "leaky-reul" \(did you mean leaky_relu/);
  });

  it('reads a difference that looks like a hyphenated name as the expression it is: x-1, x-x, x-exp(x)', () => {
    for (const [text, at2] of [['x-1', 1], ['x-x', 0], ['x-exp(x)', 2 - Math.exp(2)], ['exp(x)-x', Math.exp(2) - 2]] as const) {
      const { activation: a, label } = parseSpec(text);
      if (a.kind !== 'elementwise') throw new Error('not elementwise');
      expect([label, a.summary, a.f(2, {})]).toEqual([text, 'user expression', at2]);
    }
    expect(usage('elu(alpha=abc)').message).toBe('elu: parameter alpha must be a number ≥ 0, got "abc"');
    expect(usage('elu(pi)').message).toBe('elu: parameter alpha must be a number ≥ 0, got "pi"');
    expect(usage('gelux').message).toMatch(/^unknown function "gelux" \(did you mean gelu/);
    expect(usage('gelux(alpha=1)').message).toMatch(/^unknown function "gelux" \(did you mean gelu/);
  });

  it('evaluates the expression exactly, f and f\'', () => {
    const { activation: a } = parseSpec('x*sigmoid(1.702*x)');
    if (a.kind !== 'elementwise') throw new Error('not elementwise');
    const s = 1 / (1 + Math.exp(-1.702));
    expect(a.f(1, {})).toBeCloseTo(s, 15);
    expect(a.df(1, {})).toBeCloseTo(s + 1.702 * s * (1 - s), 14);
  });

  it('reports an expression error with the whole spec and the caret in place', () => {
    const e = usage('x*sigmoidd(x)');
    expect(e).toBeInstanceOf(ExpressionError);
    expect(e.message).toBe('unknown function "sigmoidd" (did you mean sigmoid?)\n  x*sigmoidd(x)\n    ^');
    expect(usage('x*sigmoid(1.702*x').message).toBe(
      'cannot read the function spec: expected "," or ")" to close the "(" in column 10, found the end\n  x*sigmoid(1.702*x\n                   ^',
    );
    expect(usage('elu(alpha=0.5').message).toContain('cannot read the function spec');
    expect(usage('sin').message.split('\n')[0]).toBe('sin is a function: write sin(x)');
  });

  it('keeps user text to its lines in one-line errors', () => {
    expect(usage('elu(alpha=1\n2)').message).toBe('elu: parameter alpha must be a number ≥ 0, got "1␊2"');
    expect(usage('elu(a\nb=1)').message).toBe('elu: unknown parameter "a␊b" (elu takes alpha)');
    expect(usage('=\nx').message).toBe('the label before "=" is empty in "=␊x" (write name=spec)');
  });

  it('rejects parameter names that JavaScript objects carry (they are not parameters)', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(usage(`elu(${name}=1)`).message).toBe(`elu: unknown parameter "${name}" (elu takes alpha)`);
      expect(usage(`relu(${name}=1)`).message).toBe(`relu: unknown parameter "${name}" (relu takes no parameters)`);
    }
    expect(usage('constructor').message).toMatch(/^unknown function "constructor"/);
    expect(usage('__proto__').message).toMatch(/^unknown function "__proto__"/);
  });
});

describe('labels: name=spec', () => {
  it('gives the legend and CSV label, for expressions and catalog specs alike', () => {
    expect(parseSpec('quick=x*sigmoid(1.702*x)').label).toBe('quick');
    expect(parseSpec(' quick gelu = x*sigmoid(1.702*x) ').label).toBe('quick gelu');
    expect(parseSpec('soft=elu(alpha=0.5)').label).toBe('soft');
    expect(parseSpec('soft=elu(alpha=0.5)').params).toEqual({ alpha: 0.5 });
    expect(parseSpec('σ(1.702x)=x*sigmoid(1.702*x)').label).toBe('σ(1.702x)');
  });

  it('is not confused by = inside parentheses or in ==, <=, >=, !=', () => {
    expect(splitLabel('elu(alpha=0.5)')).toEqual({ label: undefined, spec: 'elu(alpha=0.5)', offset: 0 });
    expect(splitLabel('x == 0 ? 1 : 0').label).toBeUndefined();
    expect(splitLabel('x <= 0 ? 1 : x >= 2 ? 3 : x != 1')).toMatchObject({ label: undefined });
    expect(splitLabel('a = x<=1')).toEqual({ label: 'a', spec: 'x<=1', offset: 4 });
    expect(parseSpec('x <= 0 ? 0 : x').label).toBe('x <= 0 ? 0 : x');
  });

  it('points the caret into the spec after the label', () => {
    expect(usage('q = x*sigmoidd(x)').message).toBe('unknown function "sigmoidd" (did you mean sigmoid?)\n  q = x*sigmoidd(x)\n        ^');
    // by terminal columns: σ is one wide, an emoji or a CJK character two
    expect(usage('σ=y+1').message.split('\n')[2]).toBe('    ^');
    expect(usage('😀=y+1').message.split('\n')[2]).toBe('     ^');
    expect(usage('二次=y+1').message.split('\n')[2]).toBe('       ^');
  });

  it('refuses an empty label or an empty spec', () => {
    expect(usage('=x').message).toBe('the label before "=" is empty in "=x" (write name=spec)');
    expect(usage('quick=').message).toMatch(/^cannot read the function spec "quick=": expected NAME, NAME\(param=value, \.\.\.\) or an expression in x$/);
    expect(usage('').message).toMatch(/^cannot read the function spec ""/);
  });
});

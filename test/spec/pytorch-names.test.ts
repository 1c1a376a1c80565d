/** PyTorch's names for parameters and options, accepted as act's own (issue 22). */
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateInto, findActivation, toSpec } from '../../src/index.js';
import { parseSpec } from '../../src/spec/parse.js';
import { compileExpression } from '../../src/expr/activation.js';
import { act } from '../helpers/cli.js';

describe("PyTorch's names", () => {
  it('are aliases of the declared parameters, in specs, expressions and the library', () => {
    expect(parseSpec('leaky_relu(negative_slope=0.2)').params).toEqual({ alpha: 0.2 });
    expect(parseSpec('prelu(init=0.25)').params).toEqual({ alpha: 0.25 });
    expect(parseSpec('hardtanh(min_val=-2, max_val=3)').params).toEqual({ min: -2, max: 3 });
    expect(parseSpec('softshrink(lambd=1)').params).toEqual({ lambda: 1 });
    expect(parseSpec('hardshrink(lambd=0.25)').params).toEqual({ lambda: 0.25 });
    expect(compileExpression('leaky_relu(x, negative_slope=0.5)').f(-2)).toBe(-1);
    expect(toSpec('leaky_relu', { negative_slope: 0.3 }).params).toEqual({ alpha: 0.3 });
    // a parsed spec: the params given override its own, the rest and its label stay
    const parsed = toSpec(parseSpec('l=hardtanh(min=-2, max=3)'), { max_val: 4 });
    expect([parsed.label, parsed.params]).toEqual(['l', { min: -2, max: 4 }]);
    const leaky = findActivation('leaky_relu')!;
    expect(leaky.kind === 'elementwise' && leaky.f(-1, { negative_slope: 0.5 })).toBe(-0.5);
    expect([...evaluate('hardtanh', [-5, 5], { params: { min_val: -2 } })]).toEqual([-2, 1]);
  });

  it('refuses a parameter given under both names, and names still unknown', () => {
    expect(() => parseSpec('leaky_relu(alpha=0.1, negative_slope=0.2)')).toThrow('leaky_relu: parameter alpha is given twice');
    expect(() => toSpec('leaky_relu', { alpha: 0.1, negative_slope: 0.2 })).toThrow(/alpha is given twice \(as negative_slope\)/);
    expect(() => parseSpec('elu(negative_slope=1)')).toThrow('elu: unknown parameter "negative_slope" (elu takes alpha)');
  });

  it('gelu(approximate=tanh) is gelu_tanh and approximate=none is gelu, as in PyTorch', () => {
    expect(parseSpec('gelu(approximate=tanh)').activation.name).toBe('gelu_tanh');
    expect(parseSpec("gelu(approximate='tanh')").activation.name).toBe('gelu_tanh');
    expect(parseSpec('gelu(approximate=none)').activation.name).toBe('gelu');
    expect(parseSpec('gelu_tanh(approximate="none")').activation.name).toBe('gelu');
    expect(parseSpec('gelu(approximate=tanh)').label).toBe('gelu(approximate=tanh)');
    expect(() => parseSpec('gelu(approximate=fast)')).toThrow('gelu: approximate must be none or tanh, got "fast"');
    expect(() => parseSpec('relu(approximate=tanh)')).toThrow(/unknown parameter "approximate"/);
  });

  it('softplus(threshold=20) cuts over to x where βx > 20, as PyTorch; the default is exact', () => {
    const [cut, exact] = [evaluate('softplus(threshold=20)', [20, 20.5]), evaluate('softplus', [20.5])];
    expect(cut[0]).toBe(20 + Math.log1p(Math.exp(-20))); // at the threshold: still the function
    expect(cut[1]).toBe(20.5);
    expect(exact[0]).toBeGreaterThan(20.5);
    expect([...evaluate('softplus(beta=2, threshold=20)', [10.5], { derivative: true })]).toEqual([1]);
    expect(parseSpec('softplus(threshold=20)').activation.kinks(parseSpec('softplus(threshold=20)').params)).toEqual([20]);
    expect(() => parseSpec('softplus(threshold=-1)')).toThrow(/threshold must be a number ≥ 0/);
    // the default, Infinity, passes wherever complete parameters are handed back in
    expect([...evaluate('softplus', [1], { params: { beta: 2 } })]).toEqual([Math.log1p(Math.exp(2)) / 2]);
    expect(toSpec('softplus', { threshold: Infinity }).params).toEqual({ beta: 1, threshold: Infinity });
    const spec = parseSpec('softplus');
    expect(evaluateInto(findActivation('softplus')!, spec.params, [0], false, new Float64Array(1))[0]).toBe(Math.LN2);
  });

  it('act eval "leaky_relu(negative_slope=0.2)" works', () => {
    const r = act(['eval', 'leaky_relu(negative_slope=0.2)', '--from', '-1', '--to', '1', '-n', '3']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('x,leaky_relu(negative_slope=0.2)\n-1,-0.2\n0,0\n1,1\n');
    const g = act(['eval', 'gelu(approximate=nope)']);
    expect([g.code, g.stderr]).toEqual([2, 'act: gelu: approximate must be none or tanh, got "nope"\n']);
  });
});

import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { parseSpec } from '../../src/spec/parse.js';

const usage = (text: string): string => {
  try {
    parseSpec(text);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error(`"${text}" was accepted`);
};

describe('parseSpec', () => {
  it('finds names case-insensitively, with - and _ alike, and aliases', () => {
    for (const [text, name] of [
      ['GELU', 'gelu'], ['Leaky-ReLU', 'leaky_relu'], ['leakyrelu', 'leaky_relu'], ['lrelu', 'leaky_relu'],
      ['silu', 'swish'], ['logistic', 'sigmoid'], ['log-softmax', 'log_softmax'], ['hard_swish', 'hardswish'],
    ]) {
      expect(parseSpec(text).activation.name, text).toBe(name);
    }
  });

  it('fills defaults and reads parameters by name or position', () => {
    expect(parseSpec('elu').params).toEqual({ alpha: 1 });
    expect(parseSpec('elu(alpha=0.5)').params).toEqual({ alpha: 0.5 });
    expect(parseSpec(' hardtanh( min = -2 , max=3 ) ').params).toEqual({ min: -2, max: 3 });
    expect(parseSpec('leaky_relu(0.2)').params).toEqual({ alpha: 0.2 });
    expect(parseSpec('hardtanh(-2, 3)').params).toEqual({ min: -2, max: 3 });
    expect(parseSpec('relu()').params).toEqual({});
    expect(parseSpec('elu(alpha=1e-3)').params).toEqual({ alpha: 0.001 });
  });

  it('keeps the text as written for labels', () => {
    expect(parseSpec('  elu(alpha=0.5) ').label).toBe('elu(alpha=0.5)');
  });

  it('names the closest functions for an unknown name', () => {
    expect(usage('gelux')).toMatch(/^unknown function "gelux" \(did you mean gelu/);
    expect(usage('sigmoud')).toContain('sigmoid');
    expect(usage('zzzzzzzz')).toContain('act list');
  });

  it('answers an unknown name of 1 MB at once (no edit distance against far longer words), still suggesting by prefix', () => {
    const start = performance.now();
    expect(usage('q'.repeat(1 << 20))).toMatch(/; `act list` shows the catalog$/);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(usage(`gelu_approximate${'q'.repeat(1 << 20)}`)).toMatch(/\(did you mean gelu, gelu_tanh\?\)$/);
  });

  it('rejects unknown, repeated, non-numeric and out-of-domain parameters, naming them', () => {
    expect(usage('elu(beta=1)')).toBe('elu: unknown parameter "beta" (elu takes alpha)');
    expect(usage('relu(alpha=1)')).toBe('relu: unknown parameter "alpha" (relu takes no parameters)');
    expect(usage('elu(alpha=abc)')).toBe('elu: parameter alpha must be a number ≥ 0, got "abc"');
    expect(usage('elu(alpha=1,alpha=2)')).toBe('elu: parameter alpha is given twice');
    expect(usage('celu(alpha=0)')).toBe('celu: parameter alpha must be a number > 0, got 0');
    expect(usage('hardtanh(min=3,max=2)')).toBe('hardtanh: min must be less than max (got min=3, max=2)');
    expect(usage('hardtanh(min=1)')).toContain('min must be less than max');
    expect(usage('elu(1,2)')).toContain('too many parameters');
    expect(usage('elu(alpha=0x10)')).toContain('must be a number');
    expect(usage('elu(alpha=1e999)')).toContain('must be a finite number ≥ 0, got Infinity');
    expect(usage('elu(alpha=0.5')).toContain('cannot read the function spec');
  });
});

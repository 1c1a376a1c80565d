/** The library's dtype option. */
import { describe, expect, it } from 'vitest';

describe('the library', () => {
  it("evaluate(spec, xs, { dtype }) computes as PyTorch does in the type", async () => {
    const { evaluate } = await import('../../src/index.js');
    expect([...evaluate('sigmoid', [16.6, 16.7], { dtype: 'float32', derivative: true })]).toEqual([1.1920927533992653e-7, 0]);
    expect(evaluate('sigmoid', [16.7], { derivative: true })[0]).toBeGreaterThan(0);
  });
});

describe('precision()', () => {
  it("gives act info --dtype's facts: where f' is exactly 0, as torch has it", async () => {
    const { precision } = await import('../../src/index.js');
    const p = precision('sigmoid', 'bfloat16');
    expect(p.derivativeZero).toEqual({ left: -88.75, right: 6.234375 });
    expect(p.limit.right).toEqual({ value: 1, from: 6.234375 });
    expect(p.df.over1pct).toBeGreaterThan(0.4);
    expect(precision('elu', 'float32', { alpha: 0.5 }).torch).toBe('F.elu(x, alpha=0.5)');
    expect(() => precision('sigmoid', 'float64' as never)).toThrow(/dtype must be one of/);
  });
});

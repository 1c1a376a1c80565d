/** The library's dtype option. */
import { describe, expect, it } from 'vitest';

describe('the library', () => {
  it("evaluate(spec, xs, { dtype }) computes as PyTorch does in the type", async () => {
    const { evaluate } = await import('../../src/index.js');
    expect([...evaluate('sigmoid', [16.6, 16.7], { dtype: 'float32', derivative: true })]).toEqual([1.1920927533992653e-7, 0]);
    expect(evaluate('sigmoid', [16.7], { derivative: true })[0]).toBeGreaterThan(0);
  });
});

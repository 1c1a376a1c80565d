/**
 * Parameters that ATen's kernels take in the tensor's type (Scalar.to<scalar_t>()), not as a float.
 * hardshrink's forward and both shrinks' backward compare x with λ in the tensor's type
 * (lambd.to<scalar_t>() in ATen's kernels), while softshrink's forward keeps λ a float. Where λ is
 * not a bfloat16 (0.3 is 0.30078125 there), x = 0.30078125 lies inside the dead zone: torch 1.13
 * gives hardshrink 0 and f' 0 there, and softshrink x - 0.3 = 0.000782 with f' 0 (run on
 * Debian's python3-torch: `F.hardshrink(torch.tensor([0.30078125]*32, dtype=torch.bfloat16), 0.3)`).
 */
import { describe, expect, it } from 'vitest';
import { inType } from '../../src/dtype/engine.js';
import { TORCH } from '../../src/dtype/torch.js';
import { toBfloat16 } from '../../src/dtype/rounding.js';

const shrink = (name: 'hardshrink' | 'softshrink', lambda: number) => inType(TORCH[name], { lambda }, 'bfloat16');

describe('hardshrink and softshrink in bfloat16: λ in the type where torch takes it so', () => {
  for (const lambda of [0.3, 0.1]) {
    const edge = toBfloat16(lambda); // above λ: 0.30078125, 0.10009765625
    it(`λ = ${lambda}: x = ±${edge} is inside the dead zone for hardshrink and both derivatives`, () => {
      expect(edge).toBeGreaterThan(lambda);
      const hard = shrink('hardshrink', lambda);
      const soft = shrink('softshrink', lambda);
      for (const x of [edge, -edge]) {
        expect(hard.f(x), `hardshrink(${x})`).toBe(0); // was x
        expect(hard.df(x), `hardshrink'(${x})`).toBe(0); // was 1
        expect(soft.df(x), `softshrink'(${x})`).toBe(0); // was 1
        // softshrink's forward compares with the float λ: x - λ, as torch gives it
        expect(soft.f(x)).toBe(Math.sign(x) * toBfloat16(Math.fround(edge - Math.fround(lambda))));
      }
      // past the edge, outside
      const next = toBfloat16(edge * (1 + 2 ** -7));
      expect(next).toBeGreaterThan(edge);
      expect(hard.f(next)).toBe(next);
      expect(hard.df(next)).toBe(1);
    });
  }
  it('λ = 0.7 (0.69921875 in bfloat16, below λ): x = 0.69921875 is inside either way', () => {
    const x = toBfloat16(0.7);
    expect(shrink('hardshrink', 0.7).f(x)).toBe(0);
    expect(shrink('softshrink', 0.7).df(x)).toBe(0);
  });
});

describe("threshold in bfloat16: the threshold in the type, as threshold_kernel takes it", () => {
  // torch 1.13: F.threshold(torch.tensor([0.30078125]*32, dtype=torch.bfloat16), 0.3, 0.1) is 0.10009765625, f' 0
  for (const [threshold, value] of [[0.3, 0.1], [0.1, -0.7]]) {
    it(`threshold ${threshold}: x = ${toBfloat16(threshold)} takes the value ${toBfloat16(value)}, f' = 0`, () => {
      const fn = inType(TORCH.threshold, { threshold, value }, 'bfloat16');
      const edge = toBfloat16(threshold);
      expect(edge).toBeGreaterThan(threshold);
      expect(fn.f(edge)).toBe(toBfloat16(value)); // was the edge itself
      expect(fn.df(edge)).toBe(0); // was 1
      const next = toBfloat16(edge * (1 + 2 ** -7));
      expect(fn.f(next)).toBe(next);
      expect(fn.df(next)).toBe(1);
    });
  }
});

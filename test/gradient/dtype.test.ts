/** The library's gradientExperiment in a low-precision type. */
import { describe, expect, it } from 'vitest';
import { gradientExperiment } from '../../src/index.js';

describe('gradientExperiment({ dtype })', () => {
  it('runs the network in the type: labels, setting, and gradients that underflow in float16', () => {
    const shape = { depth: 25, width: 32, batch: 8 };
    const exact = gradientExperiment({ functions: 'tanh', ...shape, init: 'normal:0.05' });
    const half = gradientExperiment({ functions: 'tanh', ...shape, init: 'normal:0.05', dtype: 'float16' });
    expect(half.setting.dtype).toBe('float16');
    expect(exact.setting.dtype).toBeUndefined();
    expect(half.results[0].label).toBe('float16 tanh');
    const first = (e: typeof exact) => e.results[0].layers[0].gradNorm;
    expect(first(exact)).toBeGreaterThan(0);
    expect(first(exact)).toBeLessThan(1e-8);
    expect(first(half)).toBe(0);
  });
});

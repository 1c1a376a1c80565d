/** `act table --cost` through the real bin/act: it measures every function for a few seconds, so it is in the slow suite. */
import { describe, expect, it } from 'vitest';
import { activations } from '../../src/activations/index.js';
import { act } from '../helpers/cli.js';

describe('act table --cost', () => {
  it('--cost measures ns per evaluation of f and f\' for every function', () => {
    const r = act(['table', '--cost', '--format', 'csv'], { timeout: 120_000 });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0].endsWith(',ns_f,ns_df')).toBe(true);
    expect(lines).toHaveLength(1 + activations.length);
    for (const line of lines.slice(1)) {
      const [f, df] = line.split(',').slice(-2).map(Number);
      expect(f, line).toBeGreaterThan(0);
      expect(df, line).toBeGreaterThan(0);
    }
  });
});

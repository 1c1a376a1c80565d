/** glu: each half of the vector gated by the other; its first half is PyTorch's F.glu. */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/spec/evaluate.js';
import { act } from '../helpers/cli.js';

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const close = (got: Float64Array, want: number[]) => want.forEach((w, i) => expect(Math.abs(got[i] - w)).toBeLessThanOrEqual(2e-16 * Math.abs(w)));

describe('glu', () => {
  it('[a, b] ↦ [a ⊙ σ(b), b ⊙ σ(a)], with f\' the gate σ(partner)', () => {
    const xs = [1, -2, 0.5, 3, 4, -1];
    close(evaluate('glu', xs), [1 * sigmoid(3), -2 * sigmoid(4), 0.5 * sigmoid(-1), 3 * sigmoid(1), 4 * sigmoid(-2), -1 * sigmoid(0.5)]);
    close(evaluate('glu', xs, { derivative: true }), [sigmoid(3), sigmoid(4), sigmoid(-1), sigmoid(1), sigmoid(-2), sigmoid(0.5)]);
  });

  it('an odd count: the middle entry has the gate σ(0) = 1/2', () => {
    close(evaluate('glu', [2, 6, -1]), [2 * sigmoid(-1), 3, -1 * sigmoid(2)]);
    expect([...evaluate('glu', [6], { derivative: true })]).toEqual([0.5]);
  });

  it('NaN spreads only to the entries it gates or is; -∞ gates to 0', () => {
    const y = evaluate('glu', [NaN, 1, 2, 3]);
    expect([Number.isNaN(y[0]), y[1], Number.isNaN(y[2]), y[3]]).toEqual([true, 1 * sigmoid(3), true, 3 * sigmoid(1)]);
    expect([...evaluate('glu', [5, -Infinity])]).toEqual([0, -Infinity]);
  });

  it('act eval and act plot take it', () => {
    const r = act(['eval', 'glu', '--from', '-1', '--to', '1', '-n', '4']);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe('x,glu');
    const p = act(['plot', 'glu']);
    expect(p.stderr).toBe('');
    expect(p.stdout).toContain('glu (of a');
  });
});

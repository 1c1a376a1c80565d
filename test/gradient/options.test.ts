import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { experimentBytes } from '../../src/gradient/network.js';
import { checkedShape, GRADIENT_LIMITS, parseInit } from '../../src/gradient/options.js';

describe('gradient options', () => {
  it('bound the memory of one experiment: weights and kept activations', () => {
    // --depth 1000 --width 2048 --batch 1: 33.5 GB of weights
    expect(experimentBytes({ depth: 1000, width: 2048, batch: 1 })).toBeGreaterThan(33e9);
    for (const shape of [{ depth: 1000, width: 2048, batch: 1 }, { depth: 1000, width: 100, batch: 1000 }, { depth: 8, width: 2048, batch: 2048 }]) {
      expect(() => checkedShape(shape)).toThrow(/^the network needs \d+ MB \(weights depth × width², and activations 2 × depth × batch × width, as float64\); at most 512 MB/);
    }
    expect(experimentBytes({ depth: 1000, width: 64, batch: 450 })).toBeLessThanOrEqual(GRADIENT_LIMITS.memory);
    expect(() => checkedShape({ depth: 1000, width: 64, batch: 450 })).not.toThrow();
  });

  it('bound the total work of all the activations, not each', () => {
    const shape = { depth: 1000, width: 100, batch: 250 }; // 2.5e9 multiply-adds each
    expect(() => checkedShape(shape, 4)).not.toThrow();
    expect(() => checkedShape(shape, 5)).toThrow('5 activations × depth × width² × batch must be at most 1e+10 in all (about a minute of work), got 1.25e+10');
    expect(() => checkedShape({ depth: 100, width: 1000, batch: 101 })).toThrow(UsageError);
  });

  it('read --init names from a Map: Object.prototype names are refused', () => {
    expect(parseInit('Kaiming')).toEqual({ kind: 'he' });
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(() => parseInit(name)).toThrow(`--init must be xavier, he, lecun or normal:STD (STD > 0), got "${name}"`);
    }
  });
});

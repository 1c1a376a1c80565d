/** Measured facts (for user expressions) agree with the declared facts of the catalog functions they spell. */
import { describe, expect, it } from 'vitest';
import { propertiesOf, rangeOf, derivativeRangeOf, defaultParams } from '../../src/core/define.js';
import { findActivation } from '../../src/activations/lookup.js';
import { parseSpec } from '../../src/spec/parse.js';

const pairs: [string, string][] = [
  ['1/(1+exp(-x))', 'sigmoid'],
  ['max(0,x)', 'relu'],
  ['x*sigmoid(x)', 'swish'],
  ['x*tanh(softplus(x))', 'mish'],
  ['x/(1+abs(x))', 'softsign'],
  ['exp(-x^2)', 'gaussian'],
  ['min(max(x,-1),1)', 'hardtanh'],
];

describe('measured facts of expressions', () => {
  for (const [expression, name] of pairs) {
    it(`${expression} measures as ${name} is declared`, () => {
      const measured = parseSpec(expression);
      const declared = findActivation(name)!;
      const p = defaultParams(declared);
      const close = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
      const m = rangeOf(measured.activation, measured.params).pieces;
      const d = rangeOf(declared, p).pieces;
      expect(close(m[0].lo, d[0].lo) && close(m[m.length - 1].hi, d[d.length - 1].hi), `range ${JSON.stringify(m)} vs ${JSON.stringify(d)}`).toBe(true);
      expect(m[0].loClosed).toBe(d[0].loClosed);
      expect(m[m.length - 1].hiClosed).toBe(d[d.length - 1].hiClosed);
      const mp = propertiesOf(measured.activation, measured.params);
      const dp = propertiesOf(declared, p);
      expect({ ...mp, continuity: Math.min(mp.continuity, 2) }).toEqual({ ...dp, continuity: Math.min(dp.continuity, 2) });
      const dm = derivativeRangeOf(measured.activation, measured.params).pieces;
      const dd = derivativeRangeOf(declared, p).pieces;
      expect(close(dm[0].lo, dd[0].lo) && close(dm[dm.length - 1].hi, dd[dd.length - 1].hi), `f' range ${JSON.stringify(dm)} vs ${JSON.stringify(dd)}`).toBe(true);
    });
  }
});
